/**
 * `live.ts` (streams and polling), loaded when a subscription starts: the script-tag bundle keeps it
 * in a chunk of its own, so a table that never goes live never fetches it.
 */
import type { LiveListener } from './live.js';

export type LiveModule = typeof import('./live.js');

/** Calls `use` with the module once it is loaded; a chunk that cannot be fetched ends the subscription with an error. */
export function withLiveModule(listener: LiveListener, signal: AbortSignal, use: (live: LiveModule) => void): void {
  import('./live.js').then(
    (live) => {
      if (!signal.aborted) use(live);
    },
    (error: unknown) => {
      if (!signal.aborted) listener({ type: 'error', error: error instanceof Error ? error : new Error(String(error)) });
    },
  );
}
