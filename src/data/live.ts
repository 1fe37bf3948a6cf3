/**
 * Live updates: how the inbox learns about new and changed conversations without a reload. A
 * source may offer `subscribe` (the built-in API sources read the server's Server-Sent Events);
 * any other source is polled, its first page at an interval, merged by id. Both pause while the
 * page is hidden and catch up when it is visible again.
 */
import { InboxError, isAbortError } from './errors.js';
import { isRecord } from './fields.js';
import { parseRetryAfter, requestJson, sleep, type RetryOptions } from './http.js';
import type { Conversation, InboxDataSource, InboxQuery } from './types.js';

/** One change a subscription reports. */
export type LiveEvent =
  /** A conversation new to the query's results (just created, or one the source had hidden until now). */
  | { type: 'created'; conversation: Conversation }
  /** A conversation changed. `matches: false` when it no longer fits the query; unknown when absent. */
  | { type: 'updated'; conversation: Conversation; matches?: boolean }
  /** Changes were missed and cannot be replayed: the list should be reloaded. */
  | { type: 'reset' }
  /** The subscription has ended for good, e.g. because the credential was refused. */
  | { type: 'error'; error: InboxError | Error };

/** `stream`: the server's event stream; `polling`: the first page, fetched at an interval. */
export type LiveMode = 'stream' | 'polling';

export type LiveListener = (event: LiveEvent) => void;

export interface LiveOptions {
  /** Milliseconds between polls of the first page, for sources without a stream. Default 15 000, at least 50. */
  pollIntervalMs?: number;
  /** Rows per poll; the source's default when unset. */
  pageSize?: number;
  /** Told how changes arrive: `stream` whenever a stream opens, `polling` when polling starts (no stream, or one that cannot be read). */
  onMode?: (mode: LiveMode) => void;
}

/**
 * The optional live member of a data source (`InboxDataSource & LiveSource`). Without it the
 * inbox polls the source's first page.
 */
export interface LiveSource {
  /**
   * Tells `listener` about created and updated conversations matching `query` until `signal`
   * aborts, and `options.onMode` whether it streams or polls. Never throws or rejects: a
   * subscription that cannot go on ends with an `error` event.
   * Pauses while the page is hidden and, once visible again, delivers what it missed.
   */
  subscribe?(query: InboxQuery, listener: LiveListener, signal: AbortSignal, options?: LiveOptions): void;
}

export type LiveDataSource = InboxDataSource & LiveSource;

export const DEFAULT_POLL_INTERVAL_MS = 15_000;
const MIN_POLL_INTERVAL_MS = 50;
/** Longest wait between polls after failures. */
const MAX_POLL_BACKOFF_MS = 5 * 60_000;
const DEFAULT_RECONNECT_BASE_MS = 1000;
const DEFAULT_RECONNECT_MAX_MS = 30_000;
/** Answers that say the server has no stream at this address (an API without live updates). */
const NO_STREAM_STATUSES = new Set([404, 405, 501]);
/** Longest line, or event, a stream may send; more is a broken or hostile server. */
const MAX_EVENT_CHARS = 1_000_000;
/** Hidden conversations remembered per stream, so one that becomes visible counts as created. */
const MAX_HIDDEN_IDS = 10_000;
/**
 * Events (and stray lines) a stream may send that the reader cannot use, before it has sent one it
 * can, until the stream is taken to speak another convention and the source polls instead. A few
 * are tolerated: a broken or hostile event among good ones is skipped.
 */
export const MAX_UNREADABLE_EVENTS = 5;

/**
 * Subscribes to `source`: its own `subscribe` when it has one, else polls its first page.
 * Never throws; failures arrive as an `error` event.
 */
export function watchConversations(source: LiveDataSource, query: InboxQuery, listener: LiveListener, signal: AbortSignal, options: LiveOptions = {}): void {
  if (!source.subscribe) {
    pollConversations(source, query, listener, signal, options);
    return;
  }
  try {
    source.subscribe(query, listener, signal, options);
  } catch (error) {
    listener({ type: 'error', error: error instanceof Error ? error : new Error(String(error)) });
  }
}

// ---- visibility ----

function pageHidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden';
}

/** Resolves once the page is visible (at once if it is); rejects when `signal` aborts first. */
function whenVisible(signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    if (!pageHidden()) return resolve();
    const stop = () => {
      document.removeEventListener('visibilitychange', onChange);
      signal.removeEventListener('abort', onAbort);
    };
    const onChange = () => {
      if (pageHidden()) return;
      stop();
      resolve();
    };
    const onAbort = () => {
      stop();
      reject(signal.reason);
    };
    document.addEventListener('visibilitychange', onChange);
    signal.addEventListener('abort', onAbort);
  });
}

/** A run that lasts while the page stays visible: its signal aborts when `signal` does or the page is hidden. */
interface VisibleRun {
  readonly signal: AbortSignal;
  /** Whether the run ended because the page was hidden. */
  readonly hidden: boolean;
  release(): void;
}

function whileVisible(signal: AbortSignal): VisibleRun {
  const hiding = new AbortController();
  const onChange = () => {
    if (pageHidden()) hiding.abort(new DOMException('The page was hidden.', 'AbortError'));
  };
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onChange);
  return {
    signal: AbortSignal.any([signal, hiding.signal]),
    get hidden() {
      return hiding.signal.aborted;
    },
    release: () => {
      if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onChange);
    },
  };
}

/**
 * Calls `visit` again and again until `signal` aborts, each time once the page is visible, with a
 * run that ends when the page is hidden. `visit` returns `false` to stop; a wait it was in that
 * ended early (aborted, or the page hidden) ends only that visit.
 */
async function repeatWhileVisible(signal: AbortSignal, visit: (run: VisibleRun) => Promise<boolean | void>): Promise<void> {
  while (!signal.aborted) {
    try {
      await whenVisible(signal);
    } catch {
      return;
    }
    const run = whileVisible(signal);
    try {
      if ((await visit(run)) === false) return;
    } catch {
      // The wait ended early: aborted (the loop ends) or hidden (the loop waits for the page).
    } finally {
      run.release();
    }
  }
}

/** Calls a listener; one that throws is reported but never ends the subscription. */
function deliver<T>(listener: ((value: T) => void) | undefined, value: T, signal: AbortSignal): void {
  if (signal.aborted || !listener) return;
  try {
    listener(value);
  } catch (error) {
    globalThis.reportError?.(error);
  }
}

// ---- polling ----

/**
 * Polls the first page of `source` for `query` every `pollIntervalMs`, merged by id: an id the
 * previous poll did not have is `created` when it is newer than every conversation seen before
 * (or has no creation time), `updated` otherwise; a known id whose content changed is `updated`.
 * The first poll only sets the baseline. A failed poll waits longer each time; one that can never
 * succeed (refused credential, bad query) ends with an `error` event. Never throws.
 */
export function pollConversations(
  source: Pick<InboxDataSource, 'fetchPage'>,
  query: InboxQuery,
  listener: LiveListener,
  signal: AbortSignal,
  options: LiveOptions = {},
): void {
  void new Poller(source, query, listener, signal, options).run();
}

class Poller {
  private previous?: Map<string, string>;
  private newestCreated = -Infinity;
  private failures = 0;
  private readonly intervalMs: number;

  constructor(
    private readonly source: Pick<InboxDataSource, 'fetchPage'>,
    private readonly query: InboxQuery,
    private readonly listener: LiveListener,
    private readonly signal: AbortSignal,
    private readonly options: LiveOptions,
  ) {
    const interval = options.pollIntervalMs;
    this.intervalMs = interval !== undefined && Number.isFinite(interval) ? Math.max(MIN_POLL_INTERVAL_MS, interval) : DEFAULT_POLL_INTERVAL_MS;
  }

  run(): Promise<void> {
    deliver(this.options.onMode, 'polling', this.signal);
    return repeatWhileVisible(this.signal, async (run) => {
      let wait = this.intervalMs;
      try {
        const page = await this.source.fetchPage({ query: this.query, pageSize: this.options.pageSize, signal: run.signal });
        this.failures = 0;
        this.merge(page.items);
      } catch (error) {
        // Hidden: poll again, at once, when the page is visible.
        if (this.signal.aborted || run.hidden) return;
        if (error instanceof InboxError && !error.retryable) {
          deliver(this.listener, { type: 'error', error }, this.signal);
          return false;
        }
        this.failures += 1;
        wait = Math.min(MAX_POLL_BACKOFF_MS, this.intervalMs * 2 ** this.failures);
      }
      await sleep(wait, run.signal);
    });
  }

  private merge(items: readonly Conversation[]): void {
    const previous = this.previous;
    const newestBefore = this.newestCreated;
    const current = new Map(items.map((conversation) => [conversation.id, signature(conversation)]));
    this.previous = current;
    for (const conversation of items) this.newestCreated = Math.max(this.newestCreated, instant(conversation.createdAt));
    if (!previous) return;
    const created: Conversation[] = [];
    for (const conversation of items) {
      const before = previous.get(conversation.id);
      if (before === undefined) {
        const at = instant(conversation.createdAt);
        if (Number.isNaN(at) || at > newestBefore) created.push(conversation);
        else this.emit({ type: 'updated', conversation, matches: true });
      } else if (before !== current.get(conversation.id)) {
        this.emit({ type: 'updated', conversation, matches: true });
      }
    }
    // Oldest first, as a stream delivers them.
    for (const conversation of created.reverse()) this.emit({ type: 'created', conversation });
  }

  private emit(event: LiveEvent): void {
    deliver(this.listener, event, this.signal);
  }
}

/** Milliseconds of an ISO 8601 instant; `NaN` when absent or unreadable. */
function instant(value: string | undefined): number {
  return value === undefined ? NaN : Date.parse(value);
}

/** What a conversation says, to tell a changed one from the same one polled again. */
function signature(conversation: Conversation): string {
  try {
    return JSON.stringify(conversation);
  } catch {
    // A host's conversation that cannot be serialized (a cycle in `raw`) is compared as unchanged.
    return '';
  }
}

// ---- Server-Sent Events ----

/** One event of a `text/event-stream`. */
export interface ServerSentEvent {
  /** The `event:` field; `message` when absent. */
  type: string;
  data: string;
  /** The stream's last event id once this event was dispatched. */
  lastEventId: string;
}

/**
 * An incremental `text/event-stream` parser, as the HTML standard describes it: any line ending,
 * comments, multi-line `data`, and an `id` that persists across events (and reconnections, when
 * the next parser starts from it). `retry` is ignored: the reader chooses its own backoff.
 */
export class EventStreamParser {
  lastEventId: string;
  /** Lines so far that are neither a comment nor a field of the format (e.g. bare JSON). */
  strayLines = 0;
  private idBuffer: string;
  private pending = '';
  private type = '';
  private data = '';
  private started = false;
  /** The previous chunk ended in CR: an LF starting the next one belongs to it. */
  private afterCr = false;

  constructor(lastEventId = '') {
    this.lastEventId = lastEventId;
    this.idBuffer = lastEventId;
  }

  /** Feeds decoded text; returns the events it completed. Throws `InboxError('bad_response')` for an oversized line or event. */
  push(chunk: string): ServerSentEvent[] {
    let text = chunk;
    if (!this.started && text !== '') {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.afterCr && text !== '') {
      this.afterCr = false;
      if (text.charCodeAt(0) === 10) text = text.slice(1);
    }
    const buffer = this.pending + text;
    const events: ServerSentEvent[] = [];
    let start = 0;
    for (let index = 0; index < buffer.length; index += 1) {
      const code = buffer.charCodeAt(index);
      if (code !== 10 && code !== 13) continue;
      this.line(buffer.slice(start, index), events);
      if (code === 13) {
        if (index + 1 === buffer.length) this.afterCr = true;
        else if (buffer.charCodeAt(index + 1) === 10) index += 1;
      }
      start = index + 1;
    }
    this.pending = buffer.slice(start);
    if (this.pending.length + this.data.length > MAX_EVENT_CHARS) {
      throw new InboxError('bad_response', 'The live updates stream sent an event too large to read.');
    }
    return events;
  }

  private line(line: string, events: ServerSentEvent[]): void {
    if (line === '') return this.dispatch(events);
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.type = value;
    else if (field === 'data') this.data += `${value}\n`;
    else if (field === 'id') {
      if (!value.includes('\0')) this.idBuffer = value;
    } else if (field !== 'retry') this.strayLines += 1;
  }

  private dispatch(events: ServerSentEvent[]): void {
    this.lastEventId = this.idBuffer;
    if (this.data !== '') events.push({ type: this.type || 'message', data: this.data.slice(0, -1), lastEventId: this.lastEventId });
    this.type = '';
    this.data = '';
  }
}

/** How an API source reads its event stream (see demo/server/README.md "Live" for the format). */
export interface StreamRequest {
  /** The stream's URL for the query; may throw `InboxError('config')` for a query the API cannot express. */
  url: () => string;
  /** Sent on every connection: credentials travel here, never in the URL. */
  headers: Record<string, string>;
  /** The normalized conversation of one event's `conversation`; `undefined` skips the event. */
  normalize: (raw: unknown) => Conversation | undefined;
  /** Conversations the source never shows: skipped, and reported as created once they become visible. */
  hidden?: (conversation: Conversation) => boolean;
  /**
   * Called instead when the server has no stream at this address (404, 405, 501, or not an event
   * stream) or its stream cannot be read (see `MAX_UNREADABLE_EVENTS`): usually polls.
   */
  fallback: () => void;
  /** Told `stream` whenever a connection opens (see `LiveOptions.onMode`). */
  onMode?: (mode: LiveMode) => void;
  /** Reconnection backoff: `baseDelayMs` (default 1000), `maxDelayMs` (30 000), `random`, `sleep`. A stream reconnects until aborted, whatever `attempts` says. */
  retry?: RetryOptions;
  fetch?: typeof fetch;
}

/**
 * Reads a conversation event stream over `fetch` (EventSource cannot send an Authorization
 * header) and tells `listener` about its changes until `signal` aborts. A dropped or ended stream
 * is reconnected with exponential backoff and full jitter, resuming with `Last-Event-ID` so
 * nothing is missed; while the page is hidden the connection is closed, and it reopens at once,
 * resuming, when the page is visible. Never throws.
 */
export function streamConversations(request: StreamRequest, listener: LiveListener, signal: AbortSignal): void {
  void new ConversationStream(request, listener, signal).run();
}

/** `url` with `params` as its query string (none when empty). */

/** The server has no event stream at this address, or none this reader understands. */
class NoStream extends Error {
  /** Whether changes were sent that could not be read (and so were missed). */
  constructor(readonly missedChanges = false) {
    super();
  }
}

class ConversationStream {
  private lastEventId = '';
  /** Failed connections since the last `ready`, for the backoff. */
  private failures = 0;
  private retryAfterMs?: number;
  private readonly hiddenIds = new Set<string>();
  /** Whether the stream has sent a change this reader understood; until then unreadable events are counted. */
  private understood = false;
  private unreadable = 0;

  constructor(
    private readonly request: StreamRequest,
    private readonly listener: LiveListener,
    private readonly signal: AbortSignal,
  ) {}

  async run(): Promise<void> {
    let url: string;
    try {
      url = this.request.url();
    } catch (error) {
      return this.end(error);
    }
    return repeatWhileVisible(this.signal, async (run) => {
      this.retryAfterMs = undefined;
      try {
        // A stream the server ended is reconnected like a dropped one.
        await this.connect(url, run.signal);
      } catch (error) {
        if (this.signal.aborted || run.hidden) return;
        if (error instanceof NoStream) {
          // The list may miss what the unreadable events said: it reloads, then polling keeps it current.
          if (error.missedChanges) this.emit({ type: 'reset' });
          this.request.fallback();
          return false;
        }
        const failure = error instanceof InboxError ? error : new InboxError('network', 'The live updates connection failed.', { cause: error });
        if (!failure.retryable) {
          this.end(failure);
          return false;
        }
      }
      this.failures += 1;
      await (this.request.retry?.sleep ?? sleep)(this.backoff(), run.signal);
    });
  }

  /** Full-jitter exponential backoff, never shorter than the server's `Retry-After`. */
  private backoff(): number {
    const retry = this.request.retry ?? {};
    const ceiling = Math.min(retry.maxDelayMs ?? DEFAULT_RECONNECT_MAX_MS, (retry.baseDelayMs ?? DEFAULT_RECONNECT_BASE_MS) * 2 ** (this.failures - 1));
    return Math.max((retry.random ?? Math.random)() * ceiling, this.retryAfterMs ?? 0);
  }

  /** One connection: resolves when the server ends the stream, rejects when it fails. */
  private async connect(url: string, signal: AbortSignal): Promise<void> {
    const headers: Record<string, string> = { ...this.request.headers, Accept: 'text/event-stream' };
    if (this.lastEventId !== '') headers['Last-Event-ID'] = this.lastEventId;
    let response: Response;
    try {
      response = await (this.request.fetch ?? globalThis.fetch)(url, { headers, signal, cache: 'no-store' });
    } catch (error) {
      if (signal.aborted || isAbortError(error)) throw error;
      throw new InboxError('network', 'The server could not be reached for live updates.', { cause: error });
    }
    if (!response.ok) {
      this.retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
      if (NO_STREAM_STATUSES.has(response.status)) throw new NoStream();
      throw await refusal(url, headers, response);
    }
    if (!response.body || !/^text\/event-stream\b/i.test(response.headers.get('Content-Type') ?? '')) {
      void response.body?.cancel().catch(() => undefined);
      throw new NoStream();
    }
    deliver(this.request.onMode, 'stream', signal);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const parser = new EventStreamParser(this.lastEventId);
    try {
      for (;;) {
        let chunk: ReadableStreamReadResult<string>;
        try {
          chunk = await reader.read();
        } catch (error) {
          if (signal.aborted) throw error;
          throw new InboxError('network', 'The live updates connection was lost.', { cause: error });
        }
        if (chunk.done) return;
        const strayBefore = parser.strayLines;
        for (const event of parser.push(chunk.value)) this.dispatch(event);
        this.countUnreadable(parser.strayLines - strayBefore);
        this.lastEventId = parser.lastEventId;
      }
    } finally {
      reader.cancel().catch(() => undefined);
    }
  }

  /**
   * Reads both conventions: named events (`event: created`, `data: {"conversation": …}`) and
   * unnamed messages whose data carries the type (`data: {"type": "created", "conversation": …}`).
   */
  private dispatch(event: ServerSentEvent): void {
    this.lastEventId = event.lastEventId;
    const body = parseObject(event.data);
    const type = event.type === 'message' ? body?.type : event.type;
    if (type === 'ready') this.failures = 0;
    else if (type === 'reset') this.emit({ type: 'reset' });
    else {
      const conversation = type === 'created' || type === 'updated' ? this.request.normalize(body?.conversation) : undefined;
      if (!conversation) return this.countUnreadable(1);
      this.understood = true;
      const change = this.change(type as 'created' | 'updated', conversation, body!.matches);
      if (change) this.emit(change);
    }
  }

  /** Throws `NoStream` once a stream that never sent a readable change has sent too much it could not read. */
  private countUnreadable(count: number): void {
    if (this.understood || count === 0) return;
    this.unreadable += count;
    if (this.unreadable >= MAX_UNREADABLE_EVENTS) throw new NoStream(true);
  }

  /** What a readable change means to the listener; `undefined` when it has nothing to show. */
  private change(type: 'created' | 'updated', conversation: Conversation, matchesValue: unknown): LiveEvent | undefined {
    const matches = typeof matchesValue === 'boolean' ? matchesValue : undefined;
    if (this.request.hidden?.(conversation)) {
      this.hiddenIds.add(conversation.id);
      if (this.hiddenIds.size > MAX_HIDDEN_IDS) this.hiddenIds.delete(this.hiddenIds.values().next().value!);
      return undefined;
    }
    // A conversation the source hid until now is new to whoever shows the list.
    if (this.hiddenIds.delete(conversation.id) || type === 'created') return matches === false ? undefined : { type: 'created', conversation };
    return matches === undefined ? { type, conversation } : { type, conversation, matches };
  }

  private emit(event: LiveEvent): void {
    deliver(this.listener, event, this.signal);
  }

  private end(error: unknown): void {
    this.emit({ type: 'error', error: error instanceof Error ? error : new Error(String(error)) });
  }
}

/** The JSON object `data` holds; `undefined` when it holds anything else. */
function parseObject(data: string): Record<string, unknown> | undefined {
  try {
    const body: unknown = JSON.parse(data);
    return isRecord(body) ? body : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The error for a refused stream request, exactly as the HTTP helper describes refused answers:
 * kind by status, the API's own message, credentials redacted.
 */
async function refusal(url: string, headers: Record<string, string>, response: Response): Promise<InboxError> {
  try {
    await requestJson(url, { headers, fetch: async () => response, retry: { attempts: 1 }, validate: (_body: unknown): _body is never => false });
  } catch (error) {
    if (error instanceof InboxError) return error;
  }
  return new InboxError('bad_response', 'The server refused the live updates stream.', { status: response.status });
}
