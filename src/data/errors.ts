/**
 * Typed failures of a data source. Messages are written for the support agent reading the inbox
 * and never contain a credential.
 */
export type InboxErrorKind =
  /** 401: the credential is missing, invalid or expired. */
  | 'unauthorized'
  /** 403: the credential lacks a scope. */
  | 'forbidden'
  | 'not_found'
  /** 429 after the retries ran out. */
  | 'rate_limited'
  /** 5xx after the retries ran out. */
  | 'server'
  /** The request never got an answer (offline, connection dropped). */
  | 'network'
  /** The answer was not JSON, or not of the documented shape. */
  | 'bad_response'
  /** The source was configured wrongly (detected before any request). */
  | 'config';

export class InboxError extends Error {
  override readonly name = 'InboxError';
  readonly kind: InboxErrorKind;
  /** HTTP status, when there was an answer. */
  readonly status?: number;
  /** Whether trying again later may succeed. */
  readonly retryable: boolean;

  constructor(kind: InboxErrorKind, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
    this.retryable = kind === 'rate_limited' || kind === 'server' || kind === 'network' || kind === 'bad_response';
  }
}

/** True for the rejection an aborted request ends in; such a run is not an error to show. */
export function isAbortError(error: unknown): boolean {
  return (
    (error instanceof DOMException && (error.name === 'AbortError' || error.name === 'TimeoutError')) ||
    (error instanceof Error && error.name === 'AbortError')
  );
}
