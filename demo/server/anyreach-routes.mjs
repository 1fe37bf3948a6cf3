// @ts-check
/** Anyreach routes: `GET /core/conversations` (cursor pagination) and our `GET /agents`. */
import { authorizeAnyreach } from './auth.mjs';
import { toAnyreach } from './generate.js';
import { HttpError, QueryReader, parseInstant } from './http.mjs';

/** @typedef {import('./generate.js').StoredConversation} StoredConversation */
/** @typedef {import('./sessions.mjs').Session} Session */
/** @typedef {import('./api.mjs').RouteContext} RouteContext */
/** @typedef {(c: StoredConversation) => boolean} Predicate */

const DIRECTIONS = /** @type {const} */ (['inbound', 'outbound']);
const CHANNELS = /** @type {const} */ (['telephone', 'webrtc', 'email', 'text']);
const STATUSES = /** @type {const} */ ([
  'token_created',
  'triggered',
  'ringing',
  'in_progress',
  'completed',
  'failed',
  'cancelled',
  'transferred',
  'unanswered',
]);
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 100;

/**
 * A plain array of conversations, newest first, starting at the cursor's timestamp (inclusive).
 * @param {RouteContext} context
 */
export function listConversations({ session, headers, url }) {
  const { sensitive } = authorizeAnyreach(headers);
  const query = new QueryReader(url.searchParams);
  const limit = Math.min(query.integer('limit', 1) ?? DEFAULT_LIMIT, MAX_LIMIT);
  const cursor = decodeCursor(query.string('cursor'));
  const before = query.instant('created_before');
  const after = query.instant('created_after') ?? -Infinity;
  const matches = predicate(query);
  const rows = session.rows;
  const newest = Math.min(cursor ?? Infinity, before ?? Infinity);
  /** @type {Record<string, unknown>[]} */
  const page = [];
  for (let index = firstAtOrBefore(rows, newest); index < rows.length && page.length < limit; index += 1) {
    const row = rows[index];
    if (row.createdMs < after) break;
    if (matches(row)) page.push(toAnyreach(row, { sensitive }));
  }
  return page;
}

/**
 * Our choice: the agents a user can filter by.
 * @param {RouteContext} context
 */
export function listAgents({ session, headers }) {
  authorizeAnyreach(headers);
  return session.data.dataset.agents.map(({ id, name }) => ({ id, name }));
}

/**
 * The instant a cursor carries: Base64 (standard alphabet) of a `created_at` string.
 * @param {string | undefined} cursor
 */
function decodeCursor(cursor) {
  if (cursor === undefined) return undefined;
  const valid = /^[A-Za-z0-9+/]+={0,2}$/.test(cursor);
  const ms = valid ? parseInstant(Buffer.from(cursor, 'base64').toString('utf8')) : undefined;
  if (ms === undefined) throw new HttpError(400, 'Invalid cursor');
  return ms;
}

/**
 * Index of the first row (newest first) created at or before `ms`.
 * @param {readonly StoredConversation[]} rows
 * @param {number} ms
 */
function firstAtOrBefore(rows, ms) {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (rows[middle].createdMs > ms) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Every filter of the query except the time window, as one predicate.
 * @param {QueryReader} query
 * @returns {Predicate}
 */
export function predicate(query) {
  /** @type {Predicate[]} */
  const tests = [];
  const direction = query.oneOf('direction', DIRECTIONS);
  if (direction) tests.push((c) => c.direction === direction);
  const channel = query.oneOf('channel', CHANNELS);
  if (channel) tests.push((c) => c.channel === channel);
  const status = query.oneOf('status', STATUSES);
  if (status) tests.push((c) => c.status === status);
  const userId = query.string('user_id')?.toLowerCase();
  if (userId) tests.push((c) => !!c.userId && c.userId.toLowerCase().includes(userId));
  const agentId = query.string('agent_id');
  if (agentId) tests.push((c) => c.agentId === agentId);
  const versionId = query.string('agent_version_id');
  if (versionId) tests.push((c) => c.agentVersionId === versionId);
  const widgetId = query.string('web_widget_id');
  if (widgetId) tests.push((c) => c.webWidgetId === widgetId);
  const agentNumber = query.string('agent_number');
  if (agentNumber) tests.push((c) => !!c.agentNumber && c.agentNumber.includes(agentNumber));
  addRange(tests, (c) => c.duration, query.number('duration_above'), query.number('duration_below'));
  addRange(tests, (c) => c.userTurnCount, query.number('user_turn_count_above'), query.number('user_turn_count_below'));
  const metadata = metadataFilter(query.string('custom_metadata'));
  if (metadata) tests.push((c) => contains(c.customMetadata, metadata));
  return (c) => tests.every((test) => test(c));
}

/**
 * Inclusive bounds on a number; rows without the number never match a bound.
 * @param {Predicate[]} tests
 * @param {(c: StoredConversation) => number | null | undefined} read
 * @param {number | undefined} min
 * @param {number | undefined} max
 */
function addRange(tests, read, min, max) {
  if (min === undefined && max === undefined) return;
  tests.push((c) => {
    const value = read(c);
    return value != null && value >= (min ?? -Infinity) && value <= (max ?? Infinity);
  });
}

/** @param {string | undefined} text */
function metadataFilter(text) {
  if (text === undefined) return undefined;
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'custom_metadata must be a JSON object');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new HttpError(400, 'custom_metadata must be a JSON object');
  return value;
}

/**
 * JSON containment (like Postgres `@>`): every key of `pattern` is in `value` with a contained
 * value; every element of a pattern array is contained in some element of the value array.
 * @param {unknown} value
 * @param {unknown} pattern
 * @returns {boolean}
 */
export function contains(value, pattern) {
  if (Array.isArray(pattern)) {
    return Array.isArray(value) && pattern.every((wanted) => value.some((item) => contains(item, wanted)));
  }
  if (pattern !== null && typeof pattern === 'object') {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
    const object = /** @type {Record<string, unknown>} */ (value);
    return Object.entries(pattern).every(([key, wanted]) => Object.hasOwn(object, key) && contains(object[key], wanted));
  }
  return value === pattern;
}
