/**
 * The one HTTP helper under both API sources: JSON in, validated JSON out, typed `InboxError`s,
 * and retries with exponential backoff and full jitter for answers that say "try again".
 */
import { InboxError, isAbortError, type InboxErrorKind } from './errors.js';
import { isRecord } from './fields.js';
import type { Conversation } from './types.js';

export interface RetryOptions {
  /** Attempts in total, the first included. Default 4; 1 turns retrying off. */
  attempts?: number;
  /** Ceiling of the first backoff in ms; it doubles with every retry. Default 500. */
  baseDelayMs?: number;
  /**
   * Longest wait before a retry, in ms. Default 30 000. A `Retry-After` asking for longer ends
   * the retries at once: trying earlier than the server allows would only be refused again.
   */
  maxDelayMs?: number;
  /** The wait between attempts; replaceable so tests can control timing. Must reject on abort. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Uniform random number in [0, 1) for the jitter; replaceable so tests can control timing. */
  random?: () => number;
}

/** Options both HTTP sources share. */
export interface HttpSourceOptions {
  /** The fetch to call; defaults to the global one. */
  fetch?: typeof fetch;
  /** Adjusts each normalized conversation, e.g. to read a field the API names differently (`raw` has the API's object). */
  mapConversation?: (conversation: Conversation) => Conversation;
  retry?: RetryOptions;
}

export interface RequestJsonInit<T> extends Omit<RequestInit, 'signal'> {
  signal?: AbortSignal;
  retry?: RetryOptions;
  /**
   * Checks the shape of the parsed body; the body is `undefined` when the answer was empty
   * (204). A body it refuses becomes `InboxError('bad_response')`.
   */
  validate: (body: unknown) => body is T;
  /** The fetch to call; defaults to the global one. */
  fetch?: typeof fetch;
}

const DEFAULT_ATTEMPTS = 4;
const DEFAULT_BASE_DELAY_MS = 500;
const DEFAULT_MAX_DELAY_MS = 30_000;
const MAX_DETAIL_LENGTH = 200;

/** Answers that say nothing happened and the same request may succeed later. */
const RETRY_ALWAYS = new Set([429, 503]);
/** Answers after which a write may or may not have happened: retried only for idempotent methods. */
const RETRY_IF_IDEMPOTENT = new Set([502, 504]);
const NON_IDEMPOTENT_METHODS = new Set(['POST', 'PATCH']);

const SUMMARIES: Record<InboxErrorKind, string> = {
  unauthorized: 'The access credential was refused: it is missing, invalid or expired',
  forbidden: 'The access credential is not allowed to do this',
  not_found: 'Not found',
  rate_limited: 'Too many requests; try again in a moment',
  server: 'The server could not answer',
  network: 'The server could not be reached',
  bad_response: 'The server answered in an unexpected way',
  config: 'The server refused the request as invalid',
};

/**
 * Fetches `url` and resolves to its JSON body once `validate` accepts it.
 *
 * Rejects with an `InboxError` whose kind follows the status (401 `unauthorized`, 403
 * `forbidden`, 404 `not_found`, 429 `rate_limited`, 5xx `server`, other 4xx `config`), or
 * `network` when no answer came, or `bad_response` for a body that is not JSON or not of the
 * expected shape. The API's `detail`/`error` text is appended; a credential never is.
 *
 * 429 and 503 are retried, and so are 502, 504 and network failures unless the method is POST or
 * PATCH, honouring `Retry-After`. Once `signal` aborts, nothing is retried and the promise rejects
 * with an `AbortError` straight away, even in the middle of a backoff wait.
 */
export async function requestJson<T>(url: string, init: RequestJsonInit<T>): Promise<T> {
  const { signal, retry = {}, validate, fetch: fetchImpl = globalThis.fetch, ...request } = init;
  const attempts = Math.max(1, Math.floor(retry.attempts ?? DEFAULT_ATTEMPTS));
  const headers = new Headers(request.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  const secrets = credentialsIn(headers);
  const method = (request.method ?? 'GET').toUpperCase();

  for (let attempt = 1; ; attempt += 1) {
    throwIfAborted(signal);
    const answer = await send(fetchImpl, url, { ...request, headers, signal }, signal);
    if (answer.ok) return parseBody(answer.text, answer.status, validate);
    const failure = answer.error ?? errorForStatus(answer.status, answer.text, secrets);
    const delay = attempt < attempts && isRetryable(failure, method) ? backoff(attempt, answer.retryAfterMs, retry) : undefined;
    if (delay === undefined) throw failure;
    await (retry.sleep ?? sleep)(delay, signal);
    throwIfAborted(signal);
  }
}

interface Answer {
  ok: boolean;
  status: number;
  text: string;
  retryAfterMs?: number;
  /** Set when no answer came. */
  error?: InboxError;
}

async function send(fetchImpl: typeof fetch, url: string, init: RequestInit, signal?: AbortSignal): Promise<Answer> {
  try {
    const response = await fetchImpl(url, init);
    const text = await response.text();
    return {
      ok: response.ok,
      status: response.status,
      text,
      retryAfterMs: parseRetryAfter(response.headers.get('Retry-After')),
    };
  } catch (error) {
    if (signal?.aborted) throw abortReason(signal);
    return { ok: false, status: 0, text: '', error: new InboxError('network', `${SUMMARIES.network}.`, { cause: error }) };
  }
}

function parseBody<T>(text: string, status: number, validate: (body: unknown) => body is T): T {
  let body: unknown;
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text);
    } catch (error) {
      throw new InboxError('bad_response', `${SUMMARIES.bad_response}: the answer was not JSON.`, { status, cause: error });
    }
  }
  if (!validate(body)) {
    throw new InboxError('bad_response', `${SUMMARIES.bad_response}: the answer did not have the expected shape.`, {
      status,
    });
  }
  return body;
}

function kindForStatus(status: number): InboxErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server';
  if (status >= 400) return 'config';
  return 'bad_response';
}

function errorForStatus(status: number, text: string, secrets: string[]): InboxError {
  const kind = kindForStatus(status);
  const detail = redact(apiMessage(text), secrets);
  return new InboxError(kind, `${SUMMARIES[kind]} (HTTP ${status})${detail ? `: ${detail}` : '.'}`, { status });
}

/** The API's own explanation: `{"detail": "…"}`, `{"error": "…"}` or `{"error": {"message": "…"}}`. */
function apiMessage(text: string): string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return '';
  }
  if (!isRecord(body)) return '';
  const error = body.error;
  const message =
    typeof body.detail === 'string'
      ? body.detail
      : typeof error === 'string'
        ? error
        : isRecord(error) && typeof error.message === 'string'
          ? error.message
          : '';
  const clean = message.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
  return clean.length > MAX_DETAIL_LENGTH ? `${clean.slice(0, MAX_DETAIL_LENGTH - 1)}…` : clean;
}

/** Credentials this request carries, so an API that echoes one never gets it into a message. */
function credentialsIn(headers: Headers): string[] {
  const authorization = headers.get('Authorization');
  if (!authorization) return [];
  const token = authorization.replace(/^\s*\S+\s+/, '');
  return [authorization, token].filter((secret) => secret.length >= 4);
}

function redact(message: string, secrets: string[]): string {
  return secrets.reduce((text, secret) => text.split(secret).join('[credential]'), message);
}

function isRetryable(error: InboxError, method: string): boolean {
  if (error.status !== undefined && RETRY_ALWAYS.has(error.status)) return true;
  const maybeApplied = error.kind === 'network' || (error.status !== undefined && RETRY_IF_IDEMPOTENT.has(error.status));
  return maybeApplied && !NON_IDEMPOTENT_METHODS.has(method);
}

/** Full-jitter exponential backoff, never shorter than `Retry-After`; `undefined` = give up. */
function backoff(attempt: number, retryAfterMs: number | undefined, options: RetryOptions): number | undefined {
  const maxDelay = options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
  if (retryAfterMs !== undefined && retryAfterMs > maxDelay) return undefined;
  const ceiling = Math.min(maxDelay, (options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS) * 2 ** (attempt - 1));
  const jitter = (options.random ?? Math.random)() * ceiling;
  return Math.max(jitter, retryAfterMs ?? 0);
}

/** `Retry-After` in ms: delay-seconds or an HTTP date; `undefined` when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // HTTP dates end in GMT; requiring it keeps Date.parse from guessing at arbitrary text.
  if (!/GMT$/i.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Waits `ms`, rejecting with the AbortError as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The signal's own reason when it is an abort error, so every aborted run ends the same way. */
function abortReason(signal: AbortSignal): unknown {
  return isAbortError(signal.reason) ? signal.reason : new DOMException('The request was aborted.', 'AbortError');
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortReason(signal);
}

/** Whether `value` can travel in an HTTP header as a credential or an id: visible ASCII, no spaces. */
export function isHeaderToken(value: unknown): value is string {
  return typeof value === 'string' && /^[\x21-\x7e]+$/.test(value);
}

/** `url` with `params` as its query string, if there are any. */
export function withQuery(url: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${url}?${query}` : url;
}
