/**
 * Entry of the script-tag bundle (`dist/inbox.bundle.js`): everything `index.ts` exports (importing
 * it registers the elements), also as `window.UnifiedInbox` for classic scripts. A second copy on
 * the page keeps the first one's global.
 */
import * as UnifiedInbox from './index.js';

export * from './index.js';

declare global {
  // `var`: a global property, as classic scripts read it.
  // eslint-disable-next-line no-var
  var UnifiedInbox: typeof import('./index.js') | undefined;
}

globalThis.UnifiedInbox ??= UnifiedInbox;
