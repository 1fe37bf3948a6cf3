// @ts-check
/** Avoca routes: the offset-paginated inbox list, the four actions, and our team members list. */
import { authorizeAvoca } from './auth.mjs';
import { AVOCA_CHANNEL, toAvoca } from './generate.js';
import { HttpError, QueryReader } from './http.mjs';

/** @typedef {import('./generate.js').StoredConversation} StoredConversation */
/** @typedef {import('./generate.js').InboxStatus} InboxStatus */
/** @typedef {import('./api.mjs').RouteContext} RouteContext */

const STATUSES = /** @type {const} */ (['open', 'pending', 'resolved']);
const CHANNELS = /** @type {const} */ (['voice', 'sms', 'email', 'live_chat']);
const PRIORITIES = /** @type {const} */ (['urgent', 'high', 'normal', 'low']);
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

/** @type {Record<string, (a: StoredConversation, b: StoredConversation) => number>} */
const SORTS = {
  last_activity_desc: (a, b) => b.lastActivityMs - a.lastActivityMs,
  last_activity_asc: (a, b) => a.lastActivityMs - b.lastActivityMs,
  created_desc: (a, b) => b.createdMs - a.createdMs,
  created_asc: (a, b) => a.createdMs - b.createdMs,
  priority_desc: (a, b) => PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority) || b.lastActivityMs - a.lastActivityMs,
};
const SORT_NAMES = Object.keys(SORTS);

/**
 * `{ data: { conversations, pagination: { total, limit, offset, has_more } }, meta }`.
 * @param {RouteContext} context
 */
export function listConversations({ session, headers, url }) {
  authorizeAvoca(headers, { write: false });
  const query = new QueryReader(url.searchParams);
  const limit = Math.min(query.integer('limit', 1) ?? DEFAULT_LIMIT, MAX_LIMIT);
  const offset = query.integer('offset', 0) ?? 0;
  const sort = query.oneOf('sort', SORT_NAMES) ?? 'last_activity_desc';
  const matches = predicate(query);
  const rows = session.rows;
  /** @type {StoredConversation[]} */
  const matched = [];
  for (const index of session.data.order(sort, SORTS[sort])) {
    if (matches(rows[index])) matched.push(rows[index]);
  }
  const conversations = matched.slice(offset, offset + limit).map(toAvoca);
  const pagination = { total: matched.length, limit, offset, has_more: offset + conversations.length < matched.length };
  return { data: { conversations, pagination }, meta: meta(session) };
}

/**
 * Our choice: `{ data: { members: [{ id, name, avatar_url }] }, meta }`.
 * @param {RouteContext} context
 */
export function listTeamMembers({ session, headers }) {
  authorizeAvoca(headers, { write: false });
  return { data: { members: session.data.dataset.teamMembers }, meta: meta(session) };
}

/**
 * `PUT /inbox/conversations/{id}/assign` `{ assignee_id }`; `null` unassigns.
 * @param {RouteContext} context
 */
export function assign(context) {
  const body = writeBody(context);
  if (!Object.hasOwn(body, 'assignee_id')) throw new HttpError(400, 'assignee_id is required');
  const { assignee_id: assigneeId } = body;
  if (assigneeId !== null && typeof assigneeId !== 'string') throw new HttpError(400, 'assignee_id must be a string or null');
  const assignee = assigneeId === null ? null : context.session.data.dataset.teamMembers.find((member) => member.id === assigneeId);
  if (assignee === undefined) throw new HttpError(400, 'Unknown assignee_id');
  return conversationAnswer(context, (row) => {
    row.assignee = assignee;
  });
}

/**
 * `PUT /inbox/conversations/{id}/status` `{ status, resolution_notes? }`.
 * @param {RouteContext} context
 */
export function setStatus(context) {
  const body = writeBody(context);
  const status = /** @type {InboxStatus} */ (body.status);
  if (!STATUSES.includes(status)) throw new HttpError(400, `status must be one of ${STATUSES.join(', ')}`);
  const notes = body.resolution_notes;
  if (notes !== undefined && notes !== null && typeof notes !== 'string') throw new HttpError(400, 'resolution_notes must be a string');
  return conversationAnswer(context, (row) => {
    row.inboxStatus = status;
    row.resolvedMs = status === 'resolved' ? Date.now() : null;
    if (typeof notes === 'string') row.resolutionNotes = notes;
  });
}

/**
 * `POST /inbox/conversations/{id}/tags` `{ tags: [] }`: added, de-duplicated.
 * @param {RouteContext} context
 */
export function addTags(context) {
  const { tags } = writeBody(context);
  if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === 'string' && tag.trim() !== '')) {
    throw new HttpError(400, 'tags must be an array of non-empty strings');
  }
  return conversationAnswer(context, (row) => {
    row.tags = [...new Set([...(row.tags ?? []), ...tags])];
  });
}

/**
 * `POST /inbox/conversations/{id}/notes` `{ content, internal }` (`internal` defaults to true).
 * @param {RouteContext} context
 */
export function addNote(context) {
  const { content, internal = true } = writeBody(context);
  if (typeof content !== 'string' || content.trim() === '') throw new HttpError(400, 'content must be a non-empty string');
  if (typeof internal !== 'boolean') throw new HttpError(400, 'internal must be a boolean');
  const note = { id: context.session.nextId('note'), content, internal, created_at: new Date().toISOString() };
  const row = context.session.update(context.params.id, (row) => {
    row.notes = [...(row.notes ?? []), note];
  });
  if (!row) throw notFound();
  return { data: { note }, meta: meta(context.session) };
}

/**
 * Authorizes a write and reads its JSON object body.
 * @param {RouteContext} context
 */
function writeBody({ headers, body }) {
  authorizeAvoca(headers, { write: true });
  return body();
}

/**
 * Applies a change to the conversation in `params.id` and answers its updated copy.
 * @param {RouteContext} context
 * @param {(row: StoredConversation) => void} change
 */
function conversationAnswer({ session, params }, change) {
  const row = session.update(params.id, change);
  if (!row) throw notFound();
  return { data: { conversation: toAvoca(row) }, meta: meta(session) };
}

function notFound() {
  return new HttpError(404, 'Conversation not found');
}

/** @param {import('./sessions.mjs').Session} session */
function meta(session) {
  return { request_id: session.nextId('req'), timestamp: new Date().toISOString() };
}

/**
 * @param {QueryReader} query
 * @returns {(c: StoredConversation) => boolean}
 */
export function predicate(query) {
  /** @type {((c: StoredConversation) => boolean)[]} */
  const tests = [];
  const status = query.oneOf('status', [...STATUSES, 'all']);
  if (status && status !== 'all') tests.push((c) => c.inboxStatus === status);
  const channels = query.listOf('channel', CHANNELS);
  if (channels) tests.push((c) => channels.includes(AVOCA_CHANNEL[c.channel]));
  const assigneeId = query.string('assignee_id');
  if (assigneeId) tests.push((c) => c.assignee?.id === assigneeId);
  const customerId = query.string('customer_id');
  if (customerId) tests.push((c) => c.customer.id === customerId);
  const from = query.instant('date_from');
  if (from !== undefined) tests.push((c) => c.createdMs >= from);
  const to = query.instant('date_to');
  if (to !== undefined) tests.push((c) => c.createdMs <= to);
  const search = query.string('search')?.toLowerCase();
  if (search) tests.push((c) => [c.summary, c.customer.name, c.customer.phone].some((text) => !!text && text.toLowerCase().includes(search)));
  const tags = query.list('tags');
  if (tags) tests.push((c) => !!c.tags && c.tags.some((tag) => tags.includes(tag)));
  const priority = query.oneOf('priority', PRIORITIES);
  if (priority) tests.push((c) => c.priority === priority);
  return (c) => tests.every((test) => test(c));
}
