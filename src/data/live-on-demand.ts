/**
 * Live updates' code (event streams, polling) is loaded when something first watches a source: a
 * page that never turns `live` on never downloads it (in the script-tag bundle it is a chunk of its
 * own). The built-in sources' `subscribe` and the table go through here.
 */
import { lazy } from './lazy.js';
import type { LiveDataSource, LiveListener, LiveOptions, StreamRequest } from './live.js';
import type { InboxQuery } from './types.js';

type LiveModule = typeof import('./live.js');

const liveModule = lazy(() => import('./live.js'));

/**
 * Runs `subscribe` with the live module once it has loaded, unless `signal` has aborted by then. A
 * chunk that cannot load (or a subscription that throws) ends with an `error` event, as live
 * failures do, never an unhandled rejection.
 */
function withLiveModule(listener: LiveListener, signal: AbortSignal, subscribe: (live: LiveModule) => void): void {
  liveModule
    .load()
    .then((live) => signal.aborted || subscribe(live))
    .catch((error: unknown) => signal.aborted || listener({ type: 'error', error: error instanceof Error ? error : new Error(String(error)) }));
}

/** `watchConversations` of `./live.js`, loading it first. Never throws; failures arrive as an `error` event. */
export function watchConversations(source: LiveDataSource, query: InboxQuery, listener: LiveListener, signal: AbortSignal, options: LiveOptions = {}): void {
  withLiveModule(listener, signal, (live) => live.watchConversations(source, query, listener, signal, options));
}

/**
 * `subscribe` of a source whose server streams changes as Server-Sent Events: reads the stream,
 * and polls the source's first page instead when the server has none.
 */
export function streamOrPoll(
  source: LiveDataSource,
  query: InboxQuery,
  listener: LiveListener,
  signal: AbortSignal,
  options: LiveOptions | undefined,
  stream: Omit<StreamRequest, 'fallback' | 'onMode'>,
): void {
  withLiveModule(listener, signal, (live) =>
    live.streamConversations(
      { ...stream, fallback: () => live.pollConversations(source, query, listener, signal, options), onMode: options?.onMode },
      listener,
      signal,
    ),
  );
}
