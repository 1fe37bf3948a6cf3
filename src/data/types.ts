/**
 * The normalized data model every part of the inbox speaks. Both built-in APIs map into
 * `Conversation` without losing information (the API's own object stays in `raw`), and a host's
 * own source implements `InboxDataSource` in a few lines.
 */

/** The four unified channels. Anyreach `telephone webrtc email text`, Avoca `voice live_chat email sms`. */
export type Channel = 'phone' | 'web_chat' | 'email' | 'text';
export const CHANNELS: readonly Channel[] = ['phone', 'web_chat', 'email', 'text'];

export type Direction = 'inbound' | 'outbound';

export type Priority = 'urgent' | 'high' | 'normal' | 'low';
export const PRIORITIES: readonly Priority[] = ['urgent', 'high', 'normal', 'low'];

/** Anyreach statuses. `token_created` is never shown. */
export const ANYREACH_STATUSES = [
  'token_created',
  'triggered',
  'ringing',
  'in_progress',
  'completed',
  'failed',
  'cancelled',
  'transferred',
  'unanswered',
] as const;
/** Statuses of a conversation that is still happening. */
export const LIVE_STATUSES: readonly string[] = ['token_created', 'triggered', 'ringing', 'in_progress'];

/** Avoca statuses (`all` is the absence of a status filter). */
export const AVOCA_STATUSES = ['open', 'pending', 'resolved'] as const;

export interface Person {
  id?: string;
  name?: string;
  /** Only ever an http(s) URL after normalization. */
  avatarUrl?: string;
}

export interface Customer {
  id?: string;
  name?: string;
  phone?: string;
  email?: string;
  servicetitanId?: string;
}

export interface AgentRef {
  id?: string;
  name?: string;
  /** Known agent version, when the API reports one. */
  versionId?: string;
}

/**
 * One conversation, whatever API it came from. Every field but `id`, `source` and `raw` may be
 * absent: the table shows `-` for a missing value.
 */
export interface Conversation {
  id: string;
  /** Which source produced it: `anyreach`, `avoca`, `memory` or a host's own name. */
  source: string;
  /** Unified channel; absent when the API sent a channel this model does not know. */
  channel?: Channel;
  /** Channel exactly as the API spelled it. */
  channelRaw?: string;
  direction?: Direction;
  /** Status exactly as the API spelled it (`completed`, `open`, …). */
  status?: string;
  priority?: string;
  /** The caller's identifier: Anyreach `user_id`; Avoca customer phone, else email. */
  callerId?: string;
  callerName?: string;
  customer?: Customer;
  agent?: AgentRef;
  /** The agent's number or address the conversation came in on or went out to. */
  agentNumber?: string;
  /** Thread participants other than the caller and the agent (distinct, case-insensitive). */
  extraParticipants?: string[];
  summary?: string;
  durationSeconds?: number;
  userTurnCount?: number;
  messagesCount?: number;
  unreadCount?: number;
  /** ISO 8601 instants as the API sent them. */
  createdAt?: string;
  updatedAt?: string;
  lastActivityAt?: string;
  resolvedAt?: string;
  /** Only ever an http(s) or relative URL after normalization. */
  recordingUrl?: string;
  /** `null` means explicitly unassigned; absent means unknown. */
  assignee?: Person | null;
  tags?: string[];
  organizationId?: string;
  webWidgetId?: string;
  customMetadata?: Record<string, unknown>;
  /** The API's own object, untouched. */
  raw: unknown;
}

export type SortOrder =
  | 'last_activity_desc'
  | 'last_activity_asc'
  | 'created_desc'
  | 'created_asc'
  | 'priority_desc';
export const SORT_ORDERS: readonly SortOrder[] = [
  'last_activity_desc',
  'last_activity_asc',
  'created_desc',
  'created_asc',
  'priority_desc',
];

/**
 * What the user asked to see. Every field is optional; an absent field means "All".
 * Instants are exact ISO 8601 strings; number bounds are inclusive.
 */
export interface InboxQuery {
  direction?: Direction;
  /** Several channels where the source allows it (`capabilities.maxChannels`). */
  channels?: Channel[];
  /** One status as the API spells it. */
  status?: string;
  /** Caller phone number or id, case-insensitive substring (Anyreach `user_id`). */
  callerId?: string;
  agentId?: string;
  agentVersionId?: string;
  webWidgetId?: string;
  /** Substring of the agent's number. */
  agentNumber?: string;
  durationMin?: number;
  durationMax?: number;
  userTurnsMin?: number;
  userTurnsMax?: number;
  createdAfter?: string;
  createdBefore?: string;
  /** Anyreach campaign: sent as `custom_metadata={"anyreach_campaign": …}`. */
  campaign?: string;
  /** Free-form containment match on custom metadata (merged with `campaign`). */
  customMetadata?: Record<string, unknown>;
  assigneeId?: string;
  customerId?: string;
  /** Full-text search: content, customer name or phone. */
  search?: string;
  tags?: string[];
  priority?: Priority;
  sort?: SortOrder;
}

export type FilterKey = Exclude<keyof InboxQuery, 'sort'>;

export type ActionKind = 'assign' | 'status' | 'tags' | 'note';

/** What a source can do; the filters element and the table show only what is declared here. */
export interface SourceCapabilities {
  /** Filters the source honours. */
  filters: readonly FilterKey[];
  /** Status values a user may filter by (never `token_created`). */
  statuses: readonly string[];
  channels: readonly Channel[];
  /** How many channels one query may carry; Anyreach takes one. */
  maxChannels: number;
  sorts: readonly SortOrder[];
  defaultSort?: SortOrder;
  /** Largest page the API serves. */
  maxPageSize: number;
  /** Whether `Page.total` is reported. */
  knowsTotal: boolean;
  /** Default column set for this source, in order. */
  defaultColumns: readonly string[];
  /**
   * Every column the source can fill, offered by the column chooser: ids, or `all` for a source
   * holding whole conversations (the memory source); the default set when unset.
   */
  columns?: readonly string[] | 'all';
  /** Conversation fields this credential cannot read (their columns can be hidden). */
  hiddenFields?: readonly (keyof Conversation)[];
}

/** Opaque position in a result set: a cursor, an offset, or anything a host's source needs. */
export type Continuation = unknown;

export interface PageRequest {
  query: InboxQuery;
  /** Absent for the first page; otherwise the `next` of the previous page. */
  continuation?: Continuation;
  pageSize?: number;
  signal?: AbortSignal;
}

export interface Page {
  items: Conversation[];
  /** Where the next page starts; `null` when this was the last page. */
  next: Continuation | null;
  /** Total number of matching conversations, when the source knows it. */
  total?: number;
}

export interface Note {
  id: string;
  content: string;
  internal: boolean;
  createdAt?: string;
}

/**
 * Optional writes. A method that resolves to a conversation returns the server's updated copy;
 * one that resolves to `void` means the caller applies the change itself.
 */
export interface ConversationActions {
  /** `null` unassigns. */
  assign?(id: string, assigneeId: string | null, signal?: AbortSignal): Promise<Conversation | void>;
  setStatus?(id: string, status: string, resolutionNotes?: string, signal?: AbortSignal): Promise<Conversation | void>;
  addTags?(id: string, tags: string[], signal?: AbortSignal): Promise<Conversation | void>;
  addNote?(id: string, content: string, signal?: AbortSignal): Promise<Note | void>;
}

export interface NamedOption {
  id: string;
  name: string;
}

/**
 * Where the inbox reads conversations. Implement `fetchPage` and `capabilities`; everything else
 * is optional, including live updates (`subscribe`, see `LiveSource` in `live.ts`; without it a
 * live table polls the first page).
 *
 * ```ts
 * const mySource: InboxDataSource = {
 *   id: 'crm',
 *   capabilities: { filters: ['search'], statuses: [], channels: ['email'], maxChannels: 1,
 *     sorts: [], maxPageSize: 100, knowsTotal: false, defaultColumns: ['callerId', 'summary', 'date'] },
 *   async fetchPage({ query, continuation, signal }) {
 *     const offset = (continuation as number | undefined) ?? 0;
 *     const rows = await myApi.list({ q: query.search, offset, signal });
 *     return { items: rows.map(toConversation), next: rows.length ? offset + rows.length : null };
 *   },
 * };
 * ```
 */
export interface InboxDataSource {
  /** Stable identity, e.g. `anyreach:org_123`; keys per-organization settings. Never a credential. */
  readonly id: string;
  readonly capabilities: SourceCapabilities;
  fetchPage(request: PageRequest): Promise<Page>;
  readonly actions?: ConversationActions;
  /** Agents a user can filter by. */
  listAgents?(signal?: AbortSignal): Promise<NamedOption[]>;
  /** Team members a conversation can be assigned to. */
  listAssignees?(signal?: AbortSignal): Promise<NamedOption[]>;
}
