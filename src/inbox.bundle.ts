/**
 * Entry of the script-tag bundle (`dist/inbox.bundle.js`): registers the elements and exports what a
 * page needs to show rows from any source, also as `window.UnifiedInbox` for classic scripts (a
 * second copy on the page keeps the first one's global). What a user reaches only by acting (CSV
 * export, tooltip and menu placement) is not exported here: the elements load it on first use from
 * chunks beside this file. The npm package exports all of it.
 */
import * as UnifiedInbox from './inbox.bundle.js';
import './define.js';

export * from './elements-api.js';
export * from './data-api.js';

declare global {
  // `var`: a global property, as classic scripts read it.
  // eslint-disable-next-line no-var
  var UnifiedInbox: typeof import('./inbox.bundle.js') | undefined;
}

globalThis.UnifiedInbox ??= UnifiedInbox;
