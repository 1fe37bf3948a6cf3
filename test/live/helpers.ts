/** Helpers of the live-update tests: the server's `_live` control, raw event streams, page visibility. */
import { waitUntil } from '@open-wc/testing';
import { EventStreamParser, type LiveEvent, type ServerSentEvent } from '../../src/data/live.js';
import { apiSession, type ApiSession } from '../data/api-session.js';

export const ANYREACH_HEADERS = { Authorization: 'Bearer ak_demo.sensitive' };
export const AVOCA_HEADERS = { Authorization: 'Bearer avk_test', 'X-Workspace-ID': 'ws_demo' };
/** Fast reconnects, so tests of dropped streams take milliseconds. */
export const FAST_RETRY = { baseDelayMs: 20, maxDelayMs: 200, attempts: 2 };

export interface LiveStatus {
  created: string[];
  lastEventId: number;
  streams: number;
  traffic: boolean;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
}

export interface LiveSession extends ApiSession {
  /** POSTs `{base}/_live`; fails the test unless it answers 200. */
  live(body: Record<string, unknown>): Promise<LiveStatus>;
  liveStatus(): Promise<LiveStatus>;
  /** Every logged request whose path ends with `suffix`. */
  requestsTo(suffix: string): Promise<LoggedRequest[]>;
}

export function liveSession(prefix: string): LiveSession {
  const session = apiSession(prefix);
  const answer = async (response: Response) => {
    if (!response.ok) throw new Error(`_live answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as LiveStatus;
  };
  return {
    ...session,
    live: async (body) => answer(await fetch(`${session.base}/_live`, { method: 'POST', body: JSON.stringify(body) })),
    liveStatus: async () => answer(await fetch(`${session.base}/_live`)),
    requestsTo: async (suffix) => ((await session.requests()) as unknown as LoggedRequest[]).filter((request) => request.path.endsWith(suffix)),
  };
}

/** Waits until the session has `count` open streams (the server registers one as it answers). */
export async function waitForStreams(session: LiveSession, count: number, message = `${count} open stream(s)`): Promise<void> {
  await waitUntil(async () => (await session.liveStatus()).streams === count, message, { timeout: 5000, interval: 20 });
}

/** A raw event stream read in the test, parsed as it arrives. */
export interface RawStream {
  status: number;
  contentType: string;
  events: ServerSentEvent[];
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

export async function openRawStream(url: string, headers: Record<string, string>): Promise<RawStream> {
  const abort = new AbortController();
  const response = await fetch(url, { headers, signal: abort.signal });
  const events: ServerSentEvent[] = [];
  const parser = new EventStreamParser();
  const ended = (async () => {
    if (!response.ok || !response.body) return;
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        events.push(...parser.push(value));
      }
    } catch {
      // Closed by the test.
    }
  })();
  return { status: response.status, contentType: response.headers.get('Content-Type') ?? '', events, ended, close: () => abort.abort() };
}

/** Waits until `events` holds an event `predicate` accepts, and returns it. */
export async function eventWhere<T>(events: readonly T[], predicate: (event: T) => boolean, message: string): Promise<T> {
  await waitUntil(() => events.some(predicate), message, { timeout: 5000, interval: 10 });
  return events.find(predicate)!;
}

/** The `conversation.id` of a raw `created`/`updated` event. */
export function idOf(event: ServerSentEvent): string | undefined {
  return (JSON.parse(event.data) as { conversation?: { id?: string } }).conversation?.id;
}

/** A listener that records what it hears. */
export function recorder(): { events: LiveEvent[]; listener: (event: LiveEvent) => void; ids: (type: LiveEvent['type']) => string[] } {
  const events: LiveEvent[] = [];
  return {
    events,
    listener: (event) => events.push(event),
    ids: (type) => events.flatMap((event) => (event.type === type && 'conversation' in event ? [event.conversation.id] : [])),
  };
}

/**
 * Emulates the page being hidden or shown: Chromium keeps a test page visible, so the test
 * overrides `document.visibilityState` (and `hidden`) on the document itself and dispatches
 * `visibilitychange`, as the browser does when a tab goes to the background.
 */
export function setPageVisibility(state: 'hidden' | 'visible'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Removes the override: the document's own (visible) state shows again. */
export function restorePageVisibility(): void {
  delete (document as { visibilityState?: unknown }).visibilityState;
  delete (document as { hidden?: unknown }).hidden;
  document.dispatchEvent(new Event('visibilitychange'));
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
