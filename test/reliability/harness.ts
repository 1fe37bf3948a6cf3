/**
 * What every reliability test watches and counts: unhandled rejections, uncaught errors and
 * console output while it runs; fetches in flight and how they ended; live timers; listeners on
 * `window` and `document`; audio elements created; open popovers; elements in the document. Plus
 * one isolated session of the local API server per use, and the table as a user sees it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { createAnyreachSource } from '../../src/data/anyreach.js';
import { createAvocaSource } from '../../src/data/avoca.js';
import type { RetryOptions } from '../../src/data/http.js';
import type { Fault as ApiFault, LoggedRequest } from '../data/api-session.js';
import { uniqueSession } from '../fixtures/conversations.js';
import { countElements, mountTable, renderedRows, rowsInView, scrollBodyTo, waitForRows } from '../table/helpers.js';

// ---- guarded tests ----

const CONSOLE_LEVELS = ['log', 'info', 'warn', 'error', 'debug'] as const;

export interface ConsoleLine {
  level: (typeof CONSOLE_LEVELS)[number];
  text: string;
}

export interface Watch {
  /** Every console line, all levels, while the test ran. */
  readonly console: ConsoleLine[];
  readonly rejections: unknown[];
  readonly pageErrors: string[];
}

/** Text of anything logged or thrown, errors with their message and cause. */
export function textOf(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}${value.cause ? ` (cause: ${textOf(value.cause)})` : ''}`;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Wraps a test body: fails it when an unhandled promise rejection, an uncaught error or a
 * `console.error` happened while it ran or within `settleMs` after (late rejections count too).
 * The benign ResizeObserver error is stopped by test/setup.js before it reaches this listener.
 */
export function guarded(test: (watch: Watch) => Promise<void>, settleMs = 250): () => Promise<void> {
  return async () => {
    const watch: Watch = { console: [], rejections: [], pageErrors: [] };
    const onRejection = (event: PromiseRejectionEvent) => watch.rejections.push(event.reason);
    const onError = (event: ErrorEvent) => watch.pageErrors.push(event.message);
    const originals = CONSOLE_LEVELS.map((level) => [level, console[level]] as const);
    for (const [level, original] of originals) {
      console[level] = (...args: unknown[]) => {
        watch.console.push({ level, text: args.map(textOf).join(' ') });
        original.apply(console, args);
      };
    }
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    try {
      await test(watch);
      await pause(settleMs);
    } finally {
      for (const [level, original] of originals) console[level] = original;
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
    }
    expect(watch.rejections.map(textOf), 'unhandled promise rejections').to.deep.equal([]);
    expect(watch.pageErrors, 'uncaught errors').to.deep.equal([]);
    expect(
      watch.console.filter((line) => line.level === 'error').map((line) => line.text),
      'console errors',
    ).to.deep.equal([]);
  };
}

export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// ---- the local API server ----

/** One fault of demo/server (README "Faults"), `truncate` (a body cut short) included. */
export type Fault = ApiFault & { truncate?: boolean };

export type Api = 'anyreach' | 'avoca';

/** Path of each API's list route, and the query parameter that says which page was asked for. */
export const LIST_ROUTE: Record<Api, { path: string; position: string }> = {
  anyreach: { path: '/anyreach/core/conversations', position: 'cursor' },
  avoca: { path: '/avoca/v1/inbox/conversations', position: 'offset' },
};

/** Fast retries so faults resolve in milliseconds; three attempts in all. */
const FAST_RETRY: RetryOptions = { attempts: 3, baseDelayMs: 5 };

export const ANYREACH_TOKEN = 'ak_rel7Q2x.sensitive';
export const AVOCA_KEY = 'avk_rel_9f8e7d6c5b4a';

export interface SourceOptions {
  pageSize?: number;
  fetch?: typeof fetch;
  token?: string;
  organizationId?: string;
  retry?: RetryOptions;
}

/** One isolated session of the local API server. */
export class ServerSession {
  readonly base: string;

  constructor(prefix: string) {
    this.base = `${location.origin}/api/s/${uniqueSession(prefix)}`;
  }

  async control(settings: { count?: number; seed?: number; faults?: Fault[]; latencyMs?: number }): Promise<void> {
    const response = await fetch(`${this.base}/_control`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(settings),
    });
    expect(response.status, `control accepted: ${await response.clone().text()}`).to.equal(200);
  }

  /** `POST {base}/_live` (the live-update simulation): `{ create: n }` inserts conversations at the head. */
  async live(body: Record<string, unknown>): Promise<{ created: string[] }> {
    const response = await fetch(`${this.base}/_live`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(response.status, `_live accepted: ${await response.clone().text()}`).to.equal(200);
    return response.json();
  }

  async requests(): Promise<LoggedRequest[]> {
    return (await fetch(`${this.base}/_requests`)).json();
  }

  /** Requests of the list route of `api`, oldest first. */
  async listRequests(api: Api): Promise<LoggedRequest[]> {
    return (await this.requests()).filter((request) => request.path.endsWith(LIST_ROUTE[api].path));
  }

  async clearRequests(): Promise<void> {
    await fetch(`${this.base}/_requests`, { method: 'DELETE' });
  }

  /** GETs a route of the session directly (bypassing the sources), as raw JSON. */
  async raw<T>(path: string, headers: Record<string, string>): Promise<T> {
    const response = await fetch(`${this.base}${path}`, { headers });
    expect(response.status, `GET ${path}`).to.equal(200);
    return response.json();
  }

  anyreach({ pageSize = 100, fetch, token = ANYREACH_TOKEN, organizationId, retry = FAST_RETRY }: SourceOptions = {}) {
    return createAnyreachSource({ baseUrl: `${this.base}/anyreach`, token, organizationId, pageSize, fetch, retry });
  }

  avoca({ pageSize = 50, fetch, token = AVOCA_KEY, retry = FAST_RETRY }: SourceOptions = {}) {
    return createAvocaSource({ baseUrl: `${this.base}/avoca/v1`, apiKey: token, workspaceId: 'ws_demo', pageSize, fetch, retry });
  }

  source(api: Api, options: SourceOptions = {}) {
    return api === 'anyreach' ? this.anyreach(options) : this.avoca(options);
  }
}

export const ANYREACH_HEADERS = { Authorization: `Bearer ${ANYREACH_TOKEN}` };
export const AVOCA_HEADERS = { Authorization: `Bearer ${AVOCA_KEY}`, 'X-Workspace-ID': 'ws_demo' };

// ---- counters ----

export interface TrackedFetch {
  url: string;
  /** `ok` once the response headers arrived, else the rejection's name (`AbortError`, `TypeError`). */
  outcome?: string;
  /** Settles (never rejects) with the outcome. */
  done: Promise<string>;
}

/** A `fetch` for a source that records every call and how it ended, around the real fetch. */
export class FetchTracker {
  readonly calls: TrackedFetch[] = [];
  private readonly realFetch = globalThis.fetch.bind(globalThis);

  readonly fetch: typeof fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const promise = this.realFetch(input, init);
    const call: TrackedFetch = { url, done: Promise.resolve('') };
    call.done = promise.then(
      () => (call.outcome = 'ok'),
      (error: unknown) => (call.outcome = error instanceof Error || error instanceof DOMException ? error.name : String(error)),
    );
    this.calls.push(call);
    return promise;
  };

  get inFlight(): number {
    return this.calls.filter((call) => call.outcome === undefined).length;
  }

  callsTo(fragment: string): TrackedFetch[] {
    return this.calls.filter((call) => call.url.includes(fragment));
  }
}

/** Installs `install` for the duration of `run`; the returned function undoes it. */
type Uninstall = () => void;

/** Code of the widget and its dependencies; timers of the test tools (waitUntil, the runner) do not count. */
const WIDGET_CODE = /https?:\/\/[^/]+\/(src|node_modules\/(lit|lit-html|lit-element|@lit|@lit-labs|@floating-ui))\//;

/**
 * Live `setTimeout`/`setInterval` timers the widget created while installed (fired or cleared
 * ones leave).
 */
export class TimerTracker {
  /** Each live timer with where it was created. */
  private readonly live = new Map<number, string>();

  get count(): number {
    return [...this.live.values()].filter((origin) => WIDGET_CODE.test(origin)).length;
  }

  /** Where the widget's live timers were created, with counts. */
  get origins(): string[] {
    const counts = new Map<string, number>();
    for (const origin of this.live.values()) if (WIDGET_CODE.test(origin)) counts.set(origin, (counts.get(origin) ?? 0) + 1);
    return [...counts].map(([origin, count]) => `${count}× ${origin}`);
  }

  install(): Uninstall {
    type Schedule = (handler: TimerHandler, ms?: number, ...args: unknown[]) => number;
    type Clear = (id?: number) => void;
    const original = {
      setTimeout: window.setTimeout as unknown as Schedule,
      clearTimeout: window.clearTimeout as Clear,
      setInterval: window.setInterval as unknown as Schedule,
      clearInterval: window.clearInterval as Clear,
    };
    const live = this.live;
    const patched = window as unknown as Record<string, unknown>;
    patched.setTimeout = (handler: TimerHandler, ms?: number, ...args: unknown[]) => {
      const id: number = original.setTimeout.call(
        window,
        (...callArgs: unknown[]) => {
          live.delete(id);
          if (typeof handler === 'function') (handler as (...values: unknown[]) => void)(...callArgs);
        },
        ms,
        ...args,
      );
      live.set(id, creator());
      return id;
    };
    patched.setInterval = (handler: TimerHandler, ms?: number, ...args: unknown[]) => {
      const id: number = original.setInterval.call(window, handler, ms, ...args);
      live.set(id, creator());
      return id;
    };
    patched.clearTimeout = (id?: number) => {
      if (id !== undefined) live.delete(id);
      original.clearTimeout.call(window, id);
    };
    patched.clearInterval = (id?: number) => {
      if (id !== undefined) live.delete(id);
      original.clearInterval.call(window, id);
    };
    return () => Object.assign(window, original);
  }
}

/** The first stack frame outside this file: who created a timer. */
function creator(): string {
  const frames = (new Error().stack ?? '').split('\n').slice(1);
  return frames.find((frame) => !frame.includes('/reliability/harness.ts'))?.trim() ?? 'unknown';
}

/** Listeners currently registered on `window` and `document` (the targets that outlive a table). */
export class GlobalListenerTracker {
  private readonly entries = new Set<string>();
  private readonly keys = new WeakMap<object, number>();
  private nextKey = 0;

  get count(): number {
    return this.entries.size;
  }

  /** `type` of each registered listener, for failure messages. */
  get types(): string[] {
    return [...this.entries].map((entry) => entry.split('|')[1]);
  }

  install(): Uninstall {
    const prototype = EventTarget.prototype;
    const add = prototype.addEventListener;
    const remove = prototype.removeEventListener;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const tracker = this;
    prototype.addEventListener = function (this: EventTarget, type, listener, options) {
      add.call(this, type, listener, options);
      if ((this !== window && this !== document) || !listener) return;
      const entry = tracker.entry(this, type, listener, options);
      tracker.entries.add(entry);
      const settings = typeof options === 'object' ? options : {};
      // A `once` listener leaves when its event fires; a signalled one when the signal aborts.
      if (settings.once) add.call(this, type, () => tracker.entries.delete(entry), { once: true, capture: settings.capture });
      settings.signal?.addEventListener('abort', () => tracker.entries.delete(entry), { once: true });
    };
    prototype.removeEventListener = function (this: EventTarget, type, listener, options) {
      remove.call(this, type, listener, options);
      if ((this === window || this === document) && listener) tracker.entries.delete(tracker.entry(this, type, listener, options));
    };
    return () => {
      prototype.addEventListener = add;
      prototype.removeEventListener = remove;
    };
  }

  private entry(target: EventTarget, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): string {
    const capture = typeof options === 'boolean' ? options : options?.capture === true;
    return `${target === window ? 'window' : 'document'}|${type}|${capture}|${this.keyOf(listener)}`;
  }

  private keyOf(listener: object): number {
    let key = this.keys.get(listener);
    if (key === undefined) {
      key = (this.nextKey += 1);
      this.keys.set(listener, key);
    }
    return key;
  }
}

/** Every audio element created (`new Audio()` or `createElement('audio')`) while installed. */
export class AudioTracker {
  readonly created: HTMLAudioElement[] = [];

  install(): Uninstall {
    const OriginalAudio = window.Audio;
    const createElement = Document.prototype.createElement;
    const created = this.created;
    function TrackedAudio(src?: string): HTMLAudioElement {
      const audio = new OriginalAudio(src);
      created.push(audio);
      return audio;
    }
    TrackedAudio.prototype = OriginalAudio.prototype;
    (window as unknown as { Audio: unknown }).Audio = TrackedAudio;
    Document.prototype.createElement = function (this: Document, tagName: string, options?: ElementCreationOptions) {
      const element = createElement.call(this, tagName, options);
      if (element instanceof HTMLAudioElement) created.push(element);
      return element;
    } as typeof createElement;
    return () => {
      window.Audio = OriginalAudio;
      Document.prototype.createElement = createElement;
    };
  }

  /** Audio elements still playing, or still holding a source. */
  get active(): HTMLAudioElement[] {
    return this.created.filter((audio) => !audio.paused || audio.getAttribute('src') !== null);
  }
}

/** Runs `run` with the trackers installed, uninstalling them whatever happens. */
export async function withTrackers<T>(trackers: { install(): Uninstall }[], run: () => Promise<T>): Promise<T> {
  const uninstall = trackers.map((tracker) => tracker.install());
  try {
    return await run();
  } finally {
    for (const undo of uninstall.reverse()) undo();
  }
}

// ---- what the user sees ----

/** Every element under `root`, shadow roots included. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

/** Popovers open anywhere in the document, shadow roots included. */
export function openPopovers(): Element[] {
  return deepElements(document).filter((element) => element.matches(':popover-open'));
}

export function documentElementCount(): number {
  return countElements(document);
}

/** Every attribute of every element in the table, its own attributes included, as `name=value`. */
export function tableAttributes(table: InboxTable): string[] {
  return [table, ...deepElements(table.shadowRoot!)].flatMap((element) => [...element.attributes].map((attribute) => `${attribute.name}=${attribute.value}`));
}

/** The visible text of the table (shadow DOM, live region and tooltip included), whitespace collapsed. */
export function tableText(table: InboxTable): string {
  return (table.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
}

/** The error message the table shows under its rows or in place of them, or `''`. */
export function shownError(table: InboxTable): string {
  const alert = table.shadowRoot!.querySelector('[part="status"][role="alert"], [part="message"][role="alert"]');
  return alert?.querySelector('span')?.textContent?.trim() ?? '';
}

export function retryButton(table: InboxTable): HTMLButtonElement | undefined {
  return [...table.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="alert"] button')].find((button) => button.textContent!.trim() === 'Retry');
}

/**
 * Words a support agent reads: a sentence, no status codes, wire formats, programming terms or
 * machine text leaking through.
 */
export function expectPlainWords(message: string): void {
  expect(message, 'a message is shown').not.to.equal('');
  for (const jargon of [/HTTP/i, /JSON/, /\b[45]\d\d\b/, /undefined|null|NaN|\[object/, /Error:|TypeError|DOMException|stack/i, /https?:\/\//, /Bearer|ak_|avk_|pat_/]) {
    expect(message, `no "${jargon.source}" in the message`).not.to.match(jargon);
  }
  expect(message, 'a sentence').to.match(/[.!]$/);
}

/** Ids of the table's loaded rows. */
export function rowIds(table: InboxTable): string[] {
  return table.rows.map((row) => row.id);
}

export function expectNoDuplicates(table: InboxTable): void {
  const ids = rowIds(table);
  expect(ids.length, 'no duplicate loaded row').to.equal(new Set(ids).size);
  const rendered = renderedRows(table).map((row) => row.dataset.id);
  expect(rendered.length, 'no duplicate rendered row').to.equal(new Set(rendered).size);
}

/** Mounts the table over `api` and waits until its first page is in and nothing is loading. */
export async function mountIdle(server: ServerSession, api: Api, options: { fetch?: typeof fetch; columns?: string[] } = {}): Promise<InboxTable> {
  const table = await mountTable({ source: server.source(api, { pageSize: 100, fetch: options.fetch }), columns: options.columns });
  await waitForRows(table);
  await waitUntil(() => table.shadowRoot!.querySelector('.grid')!.getAttribute('aria-busy') === 'false', 'idle');
  await rowsInView(table);
  // One page of 100 (less the Anyreach rows that are never shown): far longer than the viewport
  // and its prefetch margin, so no second page yet.
  expect(table.rows.length).to.be.within(90, 100);
  expect(table.hasMore).to.equal(true);
  return table;
}

/** Scrolls the body to its bottom (a user reaching the end of the loaded rows). */
export async function scrollBodyToBottom(table: InboxTable): Promise<void> {
  const body = table.shadowRoot!.querySelector<HTMLElement>('.body');
  if (body) await scrollBodyTo(table, body.scrollHeight);
  else await table.updateComplete;
}

/** Scrolls down until `done()` holds. */
export async function scrollUntil(table: InboxTable, done: () => boolean, message: string, maxSteps = 400): Promise<void> {
  for (let step = 0; step < maxSteps && !done(); step += 1) {
    await scrollBodyToBottom(table);
    // Reaching the end may have asked for the next page: wait for its answer before scrolling on.
    await waitUntil(() => done() || (table.shadowRoot!.querySelector('.grid')?.getAttribute('aria-busy') !== 'true' && !table.isUpdatePending), message, { timeout: 10000 });
  }
  await waitUntil(done, message, { timeout: 10000 });
}

/**
 * Every conversation id the table should end up showing for `api` with no filter, in order,
 * read straight from the server: the Anyreach cursor walk de-duplicated and without
 * `token_created`, the Avoca offset walk.
 */
export async function expectedIds(server: ServerSession, api: Api): Promise<string[]> {
  const ids: string[] = [];
  if (api === 'avoca') {
    for (let offset = 0; ; offset += 100) {
      const page = await server.raw<{ data: { conversations: { id: string }[] } }>(`${LIST_ROUTE.avoca.path}?limit=100&offset=${offset}`, AVOCA_HEADERS);
      ids.push(...page.data.conversations.map((row) => row.id));
      if (page.data.conversations.length < 100) return ids;
    }
  }
  const seen = new Set<string>();
  let cursor = '';
  for (;;) {
    const page = await server.raw<{ id: string; status: string; created_at: string }[]>(
      `${LIST_ROUTE.anyreach.path}?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      ANYREACH_HEADERS,
    );
    for (const row of page) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      if (row.status !== 'token_created') ids.push(row.id);
    }
    if (page.length < 100) return ids;
    cursor = btoa(page[page.length - 1].created_at);
  }
}

/**
 * Waits until `predicate` holds, like `waitUntil`, but leaves no timer behind when it does:
 * `waitUntil`'s timeout timer keeps its predicate (and whatever it reads) alive for its whole
 * timeout, which would hide a table from the garbage collector.
 */
export function until(predicate: () => boolean, message: string, timeoutMs = 10000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const check = () => {
      if (predicate()) resolve();
      else if (performance.now() - started > timeoutMs) reject(new Error(`Timeout: ${message}`));
      else requestAnimationFrame(check);
    };
    check();
  });
}
