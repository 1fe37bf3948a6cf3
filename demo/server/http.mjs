// @ts-check
/** HTTP plumbing shared by the routes: JSON answers, typed errors, bodies and query parameters. */

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */

/** Largest request body the server reads. */
const MAX_BODY_BYTES = 1024 * 1024;

/** A failure a route answers with `status` and a JSON message (never a credential). */
export class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string} message
   * @param {Record<string, string>} [headers]
   */
  constructor(status, message, headers = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}

/**
 * @param {Response} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
export function sendJson(res, status, body, headers = {}) {
  send(res, status, JSON.stringify(body), { 'Content-Type': 'application/json; charset=utf-8', ...headers });
}

/**
 * Ends the response unless the client already went away.
 * @param {Response} res
 * @param {number} status
 * @param {string | Uint8Array} body
 * @param {Record<string, string>} headers
 */
export function send(res, status, body, headers) {
  if (res.destroyed || res.writableEnded) return;
  res.writeHead(status, {
    'Cache-Control': 'no-store',
    'Content-Length': String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength),
    ...headers,
  });
  res.end(body);
}

/**
 * The request body as text (empty when there is none).
 * @param {Request} req
 * @returns {Promise<string>}
 */
export async function readBody(req) {
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A JSON object body; anything else is a 400.
 * @param {string} text
 * @returns {Record<string, unknown>}
 */
export function jsonObject(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'Body must be JSON');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new HttpError(400, 'Body must be a JSON object');
  return value;
}

/** @param {number} ms */
export function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Validating reader of query parameters. An empty or missing parameter reads as `undefined`
 * ("All"); a malformed one is a 400 naming the parameter.
 */
export class QueryReader {
  /** @param {URLSearchParams} params */
  constructor(params) {
    this.params = params;
  }

  /** @param {string} name */
  string(name) {
    return this.params.get(name) || undefined;
  }

  /**
   * @template {string} T
   * @param {string} name
   * @param {readonly T[]} allowed
   * @returns {T | undefined}
   */
  oneOf(name, allowed) {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!allowed.includes(/** @type {T} */ (value))) throw new HttpError(400, `${name} must be one of ${allowed.join(', ')}`);
    return /** @type {T} */ (value);
  }

  /**
   * A comma-separated list of allowed values.
   * @template {string} T
   * @param {string} name
   * @param {readonly T[]} allowed
   * @returns {T[] | undefined}
   */
  listOf(name, allowed) {
    const items = this.list(name);
    const bad = items?.find((item) => !allowed.includes(/** @type {T} */ (item)));
    if (bad !== undefined) throw new HttpError(400, `${name} values must be among ${allowed.join(', ')}`);
    return /** @type {T[] | undefined} */ (items);
  }

  /**
   * A comma-separated list, blanks dropped.
   * @param {string} name
   */
  list(name) {
    const items = this.string(name)
      ?.split(',')
      .map((item) => item.trim())
      .filter(Boolean);
    return items?.length ? items : undefined;
  }

  /** @param {string} name */
  number(name) {
    const value = this.string(name);
    if (value === undefined) return undefined;
    const number = Number(value);
    if (value.trim() === '' || !Number.isFinite(number)) throw new HttpError(400, `${name} must be a number`);
    return number;
  }

  /**
   * An integer of at least `min`.
   * @param {string} name
   * @param {number} min
   */
  integer(name, min) {
    const number = this.number(name);
    if (number !== undefined && (!Number.isInteger(number) || number < min)) {
      throw new HttpError(400, `${name} must be an integer of at least ${min}`);
    }
    return number;
  }

  /**
   * An ISO 8601 date-time, as epoch milliseconds.
   * @param {string} name
   */
  instant(name) {
    const value = this.string(name);
    if (value === undefined) return undefined;
    const ms = parseInstant(value);
    if (ms === undefined) throw new HttpError(400, `${name} must be an ISO 8601 date-time`);
    return ms;
  }
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Epoch milliseconds of an ISO 8601 date or date-time, `undefined` when it is not one. A
 * date-time without an offset is UTC, whatever the server's time zone.
 * @param {string} value
 */
export function parseInstant(value) {
  const match = ISO_8601.exec(value);
  if (!match) return undefined;
  const ms = Date.parse(value.includes('T') && !match[1] ? `${value}Z` : value);
  return Number.isNaN(ms) ? undefined : ms;
}
