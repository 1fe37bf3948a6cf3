/**
 * The Avoca data source: `GET {baseUrl}/inbox/conversations` with offset pagination, a total,
 * every filter and sort, and the four conversation actions (see shared/api/README.md §2).
 */
import { safeUrl } from '../format/url.js';
import { InboxError } from './errors.js';
import { compact, identifier, isRecord, namedOptions, nonNegative, oneOf, record, strings, text, trimmed } from './fields.js';
import { isHeaderToken, requestJson, withQuery, type HttpSourceOptions } from './http.js';
import type { LiveSource } from './live.js';
import { streamOrPoll } from './live-on-demand.js';
import {
  AVOCA_STATUSES,
  CHANNELS,
  PRIORITIES,
  SORT_ORDERS,
  type Channel,
  type Conversation,
  type ConversationActions,
  type FilterKey,
  type InboxDataSource,
  type InboxQuery,
  type NamedOption,
  type Note,
  type Page,
  type Person,
  type SourceCapabilities,
} from './types.js';
import { isWalkPosition, loadUntilVisible, normalizeAll, pageLimit, startWalk, stepWalk, type LoadedPage, type WalkPosition } from './walk.js';

export interface AvocaSourceOptions extends HttpSourceOptions {
  /** Where the API lives including its version, e.g. `https://api.avoca.ai/v1`. */
  baseUrl: string;
  /** Sent only as `Authorization: Bearer …`. */
  apiKey: string;
  /** Sent as `X-Workspace-ID`. */
  workspaceId: string;
  /** Rows per request, 1–100. Default 20. */
  pageSize?: number;
}

const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 20;

const API_CHANNELS: Record<Channel, string> = { phone: 'voice', web_chat: 'live_chat', email: 'email', text: 'sms' };
const UNIFIED_CHANNELS = new Map(CHANNELS.map((channel) => [API_CHANNELS[channel], channel]));

const FILTERS: readonly FilterKey[] = [
  'channels',
  'status',
  'assigneeId',
  'customerId',
  'createdAfter',
  'createdBefore',
  'search',
  'tags',
  'priority',
];

export const AVOCA_CAPABILITIES: SourceCapabilities = {
  filters: FILTERS,
  statuses: AVOCA_STATUSES,
  channels: CHANNELS,
  maxChannels: CHANNELS.length,
  sorts: SORT_ORDERS,
  defaultSort: 'last_activity_desc',
  maxPageSize: MAX_PAGE_SIZE,
  knowsTotal: true,
  defaultColumns: ['play', 'customer', 'type', 'status', 'priority', 'assignee', 'tags', 'unread', 'summary', 'lastActivity', 'duration'],
  columns: ['play', 'customer', 'callerId', 'type', 'status', 'priority', 'assignee', 'tags', 'unread', 'summary', 'lastActivity', 'created', 'date', 'time', 'dateTime', 'duration'],
};

/** An Avoca source: every action, the assignee list and live updates are always there. */
export type AvocaSource = InboxDataSource &
  Required<Pick<InboxDataSource, 'listAssignees'>> & { readonly actions: Required<ConversationActions> } & Required<LiveSource>;

interface ListBody {
  data: { conversations: unknown[]; pagination?: unknown };
}

/** The `{ data: { <key>: {…} } }` answer of an action, or `undefined` for 204. */
type ActionBody<K extends string> = { data: Record<K, Record<string, unknown>> } | undefined;

/**
 * A source reading (and, with a key allowed to, changing) Avoca conversations. Throws
 * `InboxError('config')` at once, before any request, when the key or workspace is unusable.
 *
 * ```ts
 * const source = createAvocaSource({ baseUrl: 'https://api.avoca.ai/v1', apiKey, workspaceId: 'ws_1' });
 * ```
 */
export function createAvocaSource(options: AvocaSourceOptions): AvocaSource {
  const { apiKey, workspaceId, mapConversation = (conversation: Conversation) => conversation, retry } = options;
  const baseUrl = text(options.baseUrl)?.trim().replace(/\/+$/, '');
  if (baseUrl === undefined) throw new InboxError('config', 'The Avoca source needs a base URL.');
  if (!isHeaderToken(apiKey)) throw new InboxError('config', 'The Avoca API key is missing or malformed.');
  if (!isHeaderToken(workspaceId)) throw new InboxError('config', 'The Avoca workspace id is missing or malformed.');
  const headers = { Authorization: `Bearer ${apiKey}`, 'X-Workspace-ID': workspaceId };
  const defaultPageSize = pageLimit(options.pageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const request = <T>(path: string, validate: (body: unknown) => body is T, signal?: AbortSignal, init: RequestInit = {}) =>
    requestJson(`${baseUrl}${path}`, { ...init, headers: { ...headers, ...init.headers }, signal, retry, fetch: options.fetch, validate });

  /** Sends one action; the server's updated conversation, or `undefined` after a 204. */
  const act = async <K extends string>(
    method: 'PUT' | 'POST',
    id: string,
    action: string,
    payload: Record<string, unknown>,
    key: K,
    signal?: AbortSignal,
  ): Promise<Record<string, unknown> | undefined> => {
    const body = await request(`/inbox/conversations/${encodeURIComponent(id)}/${action}`, actionBody(key), signal, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(payload),
    });
    return body?.data[key];
  };
  const conversationAction = async (
    method: 'PUT' | 'POST',
    id: string,
    action: string,
    payload: Record<string, unknown>,
    signal?: AbortSignal,
  ): Promise<Conversation | undefined> => {
    const updated = await act(method, id, action, payload, 'conversation', signal);
    // The validator already required an id, so normalizing cannot fail.
    return updated === undefined ? undefined : mapConversation(normalizeAvocaConversation(updated)!);
  };

  const source: AvocaSource = {
    id: `avoca:${workspaceId}`,
    capabilities: AVOCA_CAPABILITIES,

    async fetchPage({ query, continuation, pageSize, signal }): Promise<Page> {
      const limit = pageLimit(pageSize, defaultPageSize, MAX_PAGE_SIZE);
      const params = queryParams(query);
      params.set('limit', String(limit));
      const start = continuation === undefined ? startWalk(0) : avocaPosition(continuation);

      const load = async (position: WalkPosition<number>): Promise<LoadedPage<WalkPosition<number>>> => {
        params.set('offset', String(position.at));
        const { data } = await request(`/inbox/conversations?${params}`, isListBody, signal);
        const rows = data.conversations;
        // Offset pages shift when conversations arrive mid-walk: drop the ones already served.
        const items = position.seen.keepNew(normalizeAll(rows, normalizeAvocaConversation), position.page).map(mapConversation);
        const pagination = record(data.pagination);
        const total = nonNegative(pagination?.total);
        const nextOffset = position.at + rows.length;
        const hasMore =
          typeof pagination?.has_more === 'boolean'
            ? pagination.has_more
            : total === undefined
              ? rows.length >= limit
              : nextOffset < total;
        return { items, next: hasMore && rows.length > 0 ? stepWalk(position, nextOffset) : null, total };
      };
      const page = await loadUntilVisible(start, load);
      return { items: page.items, next: page.next, total: page.total };
    },

    actions: {
      assign: (id, assigneeId, signal) => conversationAction('PUT', id, 'assign', { assignee_id: assigneeId }, signal),
      setStatus: (id, status, resolutionNotes, signal) =>
        conversationAction('PUT', id, 'status', { status, ...(resolutionNotes === undefined ? {} : { resolution_notes: resolutionNotes }) }, signal),
      addTags: (id, tags, signal) => conversationAction('POST', id, 'tags', { tags }, signal),
      async addNote(id, content, signal): Promise<Note | void> {
        const note = await act('POST', id, 'notes', { content, internal: true }, 'note', signal);
        if (note === undefined) return;
        return {
          id: identifier(note.id)!,
          content: typeof note.content === 'string' ? note.content : content,
          internal: typeof note.internal === 'boolean' ? note.internal : true,
          createdAt: text(note.created_at),
        };
      },
    },

    async listAssignees(signal?: AbortSignal): Promise<NamedOption[]> {
      const body = await request('/team/members', isMembersBody, signal);
      return namedOptions(body.data.members);
    },

    /** Server-Sent Events from `{baseUrl}/inbox/conversations/stream`; polls when the server has none. */
    subscribe(query, listener, signal, live) {
      streamOrPoll(source, query, listener, signal, live, {
        url: () => withQuery(`${baseUrl}/inbox/conversations/stream`, queryParams(query)),
        headers,
        normalize: (raw) => {
          const conversation = normalizeAvocaConversation(raw);
          return conversation && mapConversation(conversation);
        },
        retry,
        fetch: options.fetch,
      });
    },
  };
  return source;
}

/** The documented query parameters for `query`; absent or blank values mean "All" and are omitted. */
function queryParams(query: InboxQuery): URLSearchParams {
  const params = new URLSearchParams();
  const set = (name: string, value: string | undefined) => {
    if (value !== undefined && value !== '') params.set(name, value);
  };
  const status = trimmed(query.status);
  set('status', status === 'all' ? undefined : status);
  set('channel', (query.channels ?? []).filter((channel) => CHANNELS.includes(channel)).map((channel) => API_CHANNELS[channel]).join(','));
  set('assignee_id', trimmed(query.assigneeId));
  set('customer_id', trimmed(query.customerId));
  set('date_from', trimmed(query.createdAfter));
  set('date_to', trimmed(query.createdBefore));
  set('search', trimmed(query.search));
  set('tags', (strings(query.tags) ?? []).map((tag) => tag.trim()).join(','));
  set('priority', oneOf(query.priority, PRIORITIES));
  set('sort', oneOf(query.sort, SORT_ORDERS));
  return params;
}

function avocaPosition(continuation: unknown): WalkPosition<number> {
  if (isWalkPosition(continuation) && typeof continuation.at === 'number') return continuation as WalkPosition<number>;
  throw new InboxError('config', 'This continuation did not come from an Avoca source.');
}

function isListBody(body: unknown): body is ListBody {
  return isRecord(body) && isRecord(body.data) && Array.isArray(body.data.conversations);
}

function isMembersBody(body: unknown): body is { data: { members: unknown[] } } {
  return isRecord(body) && isRecord(body.data) && Array.isArray(body.data.members);
}

/** Accepts 204 (no body) or `{ data: { <key>: { id, … } } }`. */
function actionBody<K extends string>(key: K) {
  return (body: unknown): body is ActionBody<K> =>
    body === undefined || (isRecord(body) && isRecord(body.data) && identifier(record(body.data[key])?.id) !== undefined);
}

/**
 * One Avoca conversation object as a `Conversation`, or `undefined` when it has no id. Fields of
 * the wrong type read as absent.
 */
export function normalizeAvocaConversation(raw: unknown): Conversation | undefined {
  const row = record(raw);
  const id = identifier(row?.id);
  if (row === undefined || id === undefined) return undefined;
  const customer = record(row.customer);
  const metadata = record(row.metadata);
  const channelRaw = text(row.channel);
  const phone = text(customer?.phone);
  const email = text(customer?.email);
  const name = text(customer?.name);
  return {
    id,
    source: 'avoca',
    channel: channelRaw === undefined ? undefined : UNIFIED_CHANNELS.get(channelRaw),
    channelRaw,
    status: text(row.status),
    priority: text(row.priority),
    callerId: phone ?? email,
    callerName: name,
    customer: compact({ id: identifier(customer?.id), name, phone, email, servicetitanId: identifier(customer?.servicetitan_id) }),
    summary: text(row.summary),
    durationSeconds: nonNegative(metadata?.call_duration),
    messagesCount: nonNegative(row.messages_count),
    unreadCount: nonNegative(row.unread_count),
    createdAt: text(row.created_at),
    lastActivityAt: text(row.last_activity_at),
    resolvedAt: text(row.resolved_at),
    recordingUrl: safeUrl(metadata?.recording_url),
    assignee: row.assignee === null ? null : assignee(record(row.assignee)),
    tags: strings(row.tags),
    raw,
  };
}

function assignee(person: Record<string, unknown> | undefined): Person | undefined {
  return compact({
    id: identifier(person?.id),
    name: text(person?.name),
    avatarUrl: safeUrl(person?.avatar_url, { allowRelative: false }),
  });
}
