/**
 * The Anyreach data source: `GET {baseUrl}/core/conversations`, newest first, with a Base64
 * `created_at` cursor (see shared/api/README.md §1).
 */
import { safeUrl } from '../format/url.js';
import { InboxError } from './errors.js';
import { compact, finite, identifier, namedOptions, nonNegative, oneOf, record, text, trimmed } from './fields.js';
import { DEFAULT_COLUMNS } from '../format/columns.js';
import { isHeaderToken, requestJson, withQuery, type HttpSourceOptions } from './http.js';
import type { LiveSource } from './live.js';
import { streamOrPoll } from './live-on-demand.js';
import {
  ANYREACH_STATUSES,
  CHANNELS,
  type Channel,
  type Conversation,
  type Direction,
  type FilterKey,
  type InboxDataSource,
  type InboxQuery,
  type NamedOption,
  type Page,
  type SourceCapabilities,
} from './types.js';
import { isWalkPosition, loadUntilVisible, normalizeAll, pageLimit, startWalk, stepWalk, type LoadedPage, type WalkPosition } from './walk.js';

export interface AnyreachSourceOptions extends HttpSourceOptions {
  /** Where the API lives, e.g. `https://api.anyreach.ai`; requests go to `{baseUrl}/core/conversations`. */
  baseUrl: string;
  /** An org API key (`ak_…`) or a personal access token (`pat_…`); sent only as `Authorization`. */
  token: string;
  /** The organization a `pat_` token acts in (required with one; never sent with an `ak_` key). */
  organizationId?: string;
  /** Rows per request, 1–100. Default 50. */
  pageSize?: number;
}

const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 50;
const HIDDEN_STATUS = 'token_created';
const DIRECTIONS: readonly Direction[] = ['inbound', 'outbound'];

const API_CHANNELS: Record<Channel, string> = { phone: 'telephone', web_chat: 'webrtc', email: 'email', text: 'text' };
const UNIFIED_CHANNELS = new Map(CHANNELS.map((channel) => [API_CHANNELS[channel], channel]));

const FILTERS: readonly FilterKey[] = [
  'direction',
  'channels',
  'status',
  'callerId',
  'agentId',
  'agentVersionId',
  'webWidgetId',
  'agentNumber',
  'durationMin',
  'durationMax',
  'userTurnsMin',
  'userTurnsMax',
  'createdAfter',
  'createdBefore',
  'campaign',
  'customMetadata',
];

export const ANYREACH_CAPABILITIES: SourceCapabilities = {
  filters: FILTERS,
  statuses: ANYREACH_STATUSES.filter((status) => status !== HIDDEN_STATUS),
  channels: CHANNELS,
  maxChannels: 1,
  sorts: ['created_desc'],
  defaultSort: 'created_desc',
  maxPageSize: MAX_PAGE_SIZE,
  knowsTotal: false,
  defaultColumns: DEFAULT_COLUMNS,
  columns: [...DEFAULT_COLUMNS, 'created', 'dateTime'],
};

/** An Anyreach source: the agent list and live updates are always there. */
export type AnyreachSource = InboxDataSource & Required<Pick<InboxDataSource, 'listAgents'>> & Required<LiveSource>;

/** A walk's position: the `created_at` to continue from, `null` on the first page. */
type AnyreachPosition = WalkPosition<string | null>;

/**
 * Tells org keys apart (each is bound to its own organization) without the key itself: a short
 * FNV-1a hash of the key's public id part (`ak_<id>.<secret>`), never of the secret.
 */
function keyFingerprint(token: string): string {
  const publicPart = token.split('.')[0];
  let hash = 0x811c9dc5;
  for (let index = 0; index < publicPart.length; index += 1) {
    hash = Math.imul(hash ^ publicPart.charCodeAt(index), 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * A source reading Anyreach conversations. Throws `InboxError('config')` at once, before any
 * request, when the credential is unusable or a `pat_` token comes without `organizationId`.
 *
 * ```ts
 * const source = createAnyreachSource({ baseUrl: 'https://api.anyreach.ai', token: 'ak_…' });
 * ```
 */
export function createAnyreachSource(options: AnyreachSourceOptions): AnyreachSource {
  const { token, organizationId, mapConversation = (conversation: Conversation) => conversation, retry } = options;
  const baseUrl = text(options.baseUrl)?.trim().replace(/\/+$/, '');
  if (baseUrl === undefined) throw new InboxError('config', 'The Anyreach source needs a base URL.');
  if (!isHeaderToken(token)) throw new InboxError('config', 'The Anyreach credential is missing or malformed.');
  if (organizationId !== undefined && !isHeaderToken(organizationId)) {
    throw new InboxError('config', 'The Anyreach organization id is malformed.');
  }
  const isOrgKey = token.startsWith('ak_');
  if (token.startsWith('pat_') && organizationId === undefined) {
    throw new InboxError('config', 'A personal access token (pat_) needs an organization id.');
  }
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  // Org keys carry their organization; the API refuses the header from them.
  if (organizationId !== undefined && !isOrgKey) headers['X-Anyreach-Org'] = organizationId;
  const defaultPageSize = pageLimit(options.pageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const get = <T>(path: string, validate: (body: unknown) => body is T, signal?: AbortSignal) =>
    requestJson(`${baseUrl}${path}`, { headers, signal, retry, fetch: options.fetch, validate });

  // Per source: what the credential may read is learned from its first answer.
  const capabilities: SourceCapabilities = { ...ANYREACH_CAPABILITIES };

  const source: AnyreachSource = {
    id: organizationId !== undefined ? `anyreach:${organizationId}` : `anyreach:key:${keyFingerprint(token)}`,
    capabilities,

    async fetchPage({ query, continuation, pageSize, signal }): Promise<Page> {
      const limit = pageLimit(pageSize, defaultPageSize, MAX_PAGE_SIZE);
      const params = queryParams(query);
      params.set('limit', String(limit));
      const start = continuation === undefined ? startWalk<string | null>(null) : anyreachPosition(continuation);

      const load = async (position: AnyreachPosition): Promise<LoadedPage<AnyreachPosition>> => {
        if (position.at !== null) params.set('cursor', encodeCursor(position.at));
        const rows = await get(`/core/conversations?${params}`, isArray, signal);
        if (rows.length > 0) capabilities.hiddenFields = rows.some(hasSensitiveFields) ? [] : SENSITIVE_FIELDS;
        const fresh = position.seen.keepNew(normalizeAll(rows, normalizeAnyreachConversation), position.page);
        const items = fresh.filter((conversation) => conversation.status !== HIDDEN_STATUS).map(mapConversation);
        // The end rule and the cursor look at the page as received, hidden rows included.
        const cursor = text(record(rows.at(-1))?.created_at);
        const stalled = fresh.length === 0 && cursor === position.at;
        const goesOn = rows.length >= limit && cursor !== undefined && !stalled;
        return { items, next: goesOn ? stepWalk(position, cursor) : null };
      };
      const page = await loadUntilVisible(start, load);
      return { items: page.items, next: page.next };
    },

    async listAgents(signal?: AbortSignal): Promise<NamedOption[]> {
      return namedOptions(await get('/agents', isArray, signal));
    },

    /** Server-Sent Events from `{baseUrl}/core/conversations/stream`; polls when the server has none. */
    subscribe(query, listener, signal, live) {
      streamOrPoll(source, query, listener, signal, live, {
        url: () => withQuery(`${baseUrl}/core/conversations/stream`, queryParams(query)),
        headers,
        normalize: (raw) => {
          const conversation = normalizeAnyreachConversation(raw);
          return conversation && mapConversation(conversation);
        },
        hidden: (conversation) => conversation.status === HIDDEN_STATUS,
        retry,
        fetch: options.fetch,
      });
    },
  };
  return source;
}

/** Keys the API sends only with `conversations:read_sensitive`. */
const SENSITIVE_KEYS = ['summary', 'initial_context', 'custom_metadata', 'conversation', 'recording_details'];
/** The normalized fields read from those keys. */
const SENSITIVE_FIELDS: readonly (keyof Conversation)[] = ['summary', 'callerName', 'extraParticipants', 'recordingUrl', 'customMetadata'];

function hasSensitiveFields(row: unknown): boolean {
  const fields = record(row);
  return fields !== undefined && SENSITIVE_KEYS.some((key) => key in fields);
}

/** The documented query parameters for `query`; absent or blank values mean "All" and are omitted. */
function queryParams(query: InboxQuery): URLSearchParams {
  const params = new URLSearchParams();
  const set = (name: string, value: string | number | undefined) => {
    if (value !== undefined) params.set(name, String(value));
  };
  set('direction', oneOf(query.direction, DIRECTIONS));
  set('channel', apiChannel(query.channels));
  set('status', trimmed(query.status));
  set('user_id', trimmed(query.callerId));
  set('agent_id', trimmed(query.agentId));
  set('agent_version_id', trimmed(query.agentVersionId));
  set('web_widget_id', trimmed(query.webWidgetId));
  set('agent_number', trimmed(query.agentNumber));
  set('duration_above', finite(query.durationMin));
  set('duration_below', finite(query.durationMax));
  set('user_turn_count_above', finite(query.userTurnsMin));
  set('user_turn_count_below', finite(query.userTurnsMax));
  set('created_after', trimmed(query.createdAfter));
  set('created_before', trimmed(query.createdBefore));
  set('custom_metadata', metadataFilter(query));
  return params;
}

/** The one API channel a query asks for; all four (or none) means no filter. */
function apiChannel(channels: readonly Channel[] | undefined): string | undefined {
  const wanted = [...new Set(channels ?? [])].filter((channel) => CHANNELS.includes(channel));
  if (wanted.length === 0 || wanted.length === CHANNELS.length) return undefined;
  if (wanted.length > 1) throw new InboxError('config', 'Anyreach filters by one channel at a time.');
  return API_CHANNELS[wanted[0]!];
}

/** `custom_metadata` as the dashboard sends it: the free-form match with the campaign merged in. */
function metadataFilter({ customMetadata, campaign }: InboxQuery): string | undefined {
  const name = trimmed(campaign);
  const metadata = { ...record(customMetadata), ...(name === undefined ? {} : { anyreach_campaign: name }) };
  return Object.keys(metadata).length ? JSON.stringify(metadata) : undefined;
}

/** Standard Base64 of the timestamp's UTF-8 bytes (URLSearchParams URL-encodes it). */
export function encodeCursor(createdAt: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(createdAt)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function anyreachPosition(continuation: unknown): AnyreachPosition {
  if (isWalkPosition(continuation) && typeof continuation.at === 'string') return continuation as AnyreachPosition;
  throw new InboxError('config', 'This continuation did not come from an Anyreach source.');
}

function isArray(body: unknown): body is unknown[] {
  return Array.isArray(body);
}

/**
 * One Anyreach conversation object as a `Conversation`, or `undefined` when it has no id.
 * Fields of the wrong type read as absent.
 */
export function normalizeAnyreachConversation(raw: unknown): Conversation | undefined {
  const row = record(raw);
  const id = identifier(row?.id);
  if (row === undefined || id === undefined) return undefined;
  const agent = record(row.agent);
  const customMetadata = record(row.custom_metadata);
  const channelRaw = text(row.channel);
  const callerId = text(row.user_id);
  const agentNumber = text(row.agent_number);
  return {
    id,
    source: 'anyreach',
    channel: channelRaw === undefined ? undefined : UNIFIED_CHANNELS.get(channelRaw),
    channelRaw,
    direction: oneOf(row.direction, DIRECTIONS),
    status: text(row.status),
    callerId,
    callerName: text(customMetadata?.caller_name),
    agent: compact({
      id: identifier(agent?.id) ?? identifier(row.agent_id),
      name: text(agent?.name),
      versionId: identifier(row.agent_version_id),
    }),
    agentNumber,
    extraParticipants: extraParticipants(record(row.conversation)?.participants, [callerId, agentNumber]),
    summary: text(row.summary),
    durationSeconds: nonNegative(row.duration),
    userTurnCount: nonNegative(row.user_turn_count),
    createdAt: text(row.created_at),
    updatedAt: text(row.updated_at),
    recordingUrl: safeUrl(record(row.recording_details)?.url),
    organizationId: identifier(row.organization_id),
    webWidgetId: identifier(row.web_widget_id),
    customMetadata,
    raw,
  };
}

/**
 * The thread's addresses other than the caller's and the agent's, each once compared
 * case-insensitively (first spelling kept); `undefined` when the thread lists none.
 */
function extraParticipants(participants: unknown, exclude: readonly (string | undefined)[]): string[] | undefined {
  if (!Array.isArray(participants)) return undefined;
  const seen = new Set(exclude.flatMap((address) => (address === undefined ? [] : [address.trim().toLowerCase()])));
  const extra: string[] = [];
  for (const participant of participants) {
    const address = text(typeof participant === 'string' ? participant : record(participant)?.address)?.trim();
    if (address === undefined || seen.has(address.toLowerCase())) continue;
    seen.add(address.toLowerCase());
    extra.push(address);
  }
  return extra;
}
