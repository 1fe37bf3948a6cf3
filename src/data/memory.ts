/**
 * A data source over conversations already in memory: demos, tests and hosts that load
 * everything at once. Filters and sorts mean what they mean for the APIs; paging is by offset.
 */
import { ANYREACH_CAPABILITIES } from './anyreach.js';
import { AVOCA_CAPABILITIES } from './avoca.js';
import { InboxError } from './errors.js';
import { throwIfAborted } from './http.js';
import { finite, isRecord } from './fields.js';
import { pageLimit } from './walk.js';
import {
  ANYREACH_STATUSES,
  AVOCA_STATUSES,
  CHANNELS,
  SORT_ORDERS,
  type Conversation,
  type ConversationActions,
  type FilterKey,
  type InboxDataSource,
  type InboxQuery,
  type NamedOption,
  type Page,
  type SortOrder,
  type SourceCapabilities,
} from './types.js';

export interface MemorySourceOptions<R = Conversation> {
  /** The source's identity. Default `memory`. */
  id?: string;
  /** Rows per page when a request names none. Default 50. */
  pageSize?: number;
  /** Replaces parts of the declared capabilities (e.g. `defaultColumns`). */
  capabilities?: Partial<SourceCapabilities>;
  /** Offer the four actions; they change the conversations held in memory. Default `false`. */
  actions?: boolean;
  /** Team members for `listAssignees` and for naming an assignee; default: those found in the data. */
  assignees?: readonly NamedOption[];
  /**
   * Reads one of the host's rows as a conversation, for rows in the host's own shape. Applied to
   * the rows a page returns and wherever a filter or sort reads a row, so the source keeps no
   * converted copy of each row. Default: the rows are conversations already.
   */
  map?: (row: R) => Conversation;
}

const HIDDEN_STATUS = 'token_created';
const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 1000;
/** Orders of recently asked queries kept, so scrolling a query pages in O(page size). */
const CACHED_QUERIES = 16;
/**
 * A query's first page of up to this many rows is picked from its matches without sorting them
 * all: the first rows show sooner, and the sort runs when a later page is asked for.
 */
const PICKED_FIRST_PAGE = 1000;
const KNOWN_STATUSES: readonly string[] = [...ANYREACH_STATUSES, ...AVOCA_STATUSES];
const PRIORITY_RANK: Readonly<Record<string, number>> = { urgent: 0, high: 1, normal: 2, low: 3 };
/** Every filter either API has. */
const FILTERS: readonly FilterKey[] = [...new Set([...ANYREACH_CAPABILITIES.filters, ...AVOCA_CAPABILITIES.filters])];

/** Reads row `index` as a conversation. */
type RowReader = (index: number) => Conversation;

/**
 * Per-row numbers the sorts and date filters compare (`NaN` = missing, sorted last), each computed
 * the first time a query needs it: the first answer pays only for the key its order uses.
 */
class SortKeys {
  private createdKey?: Float64Array;
  private activityKey?: Float64Array;
  private priorityKey?: Uint8Array;

  constructor(
    private readonly count: number,
    private readonly row: RowReader,
  ) {}

  get created(): Float64Array {
    return (this.createdKey ??= this.times((c) => c.createdAt));
  }

  get activity(): Float64Array {
    return (this.activityKey ??= this.times((c) => c.lastActivityAt ?? c.updatedAt ?? c.createdAt));
  }

  get priority(): Uint8Array {
    if (!this.priorityKey) {
      const ranks = new Uint8Array(this.count);
      for (let index = 0; index < this.count; index += 1) ranks[index] = PRIORITY_RANK[this.row(index).priority ?? ''] ?? 4;
      this.priorityKey = ranks;
    }
    return this.priorityKey;
  }

  /** Milliseconds of each row's instant; the common `…Z` form skips the strict parse. */
  private times(pick: (c: Conversation) => string | undefined): Float64Array {
    const values = new Float64Array(this.count);
    for (let index = 0; index < this.count; index += 1) {
      const value = pick(this.row(index));
      values[index] = typeof value !== 'string' ? NaN : value.endsWith('Z') ? Date.parse(value) : instant(value);
    }
    return values;
  }
}

/** The rows matching one query: their indexes, in the query's order once `sorted`. */
interface Order {
  indexes: Uint32Array;
  sorted: boolean;
  /** The query's order, ties broken by row index: a total order, so a picked page equals the sorted one. */
  compare: (a: number, b: number) => number;
}

/**
 * A source over `rows` (never shows `token_created` conversations). Knows its total. The rows are
 * read where they are, never copied; actions keep their changed conversations beside them.
 *
 * ```ts
 * const source = createMemorySource(rows, { actions: true });
 * const fromApiRows = createMemorySource(apiRows, { map: normalizeAnyreachConversation });
 * ```
 */
export function createMemorySource<R = Conversation>(rows: readonly R[], options: MemorySourceOptions<R> = {}): InboxDataSource {
  const map = options.map ?? ((row: R) => row as unknown as Conversation);
  const count = rows.length;
  /** Conversations the actions changed, by row index; the host's rows stay as they are. */
  const changed = new Map<number, Conversation>();
  const row: RowReader = (index) => changed.get(index) ?? map(rows[index]!);
  // Built on the first action: reading never needs it.
  let indexById: Map<string, number> | undefined;
  let statuses: string[] | undefined;
  const orders = new Map<string, Order>();
  const sortKeys = new SortKeys(count, row);
  let notes = 0;

  /** The rows matching `query`, cached per query; sorted once a page beyond the first needs it. */
  const orderFor = (query: InboxQuery): Order => {
    const key = stableKey(query);
    let order = orders.get(key);
    if (order) {
      orders.delete(key); // re-inserted below: most recently used last
    } else {
      const matches = matcher(query, sortKeys);
      const indexes = new Uint32Array(count);
      let found = 0;
      for (let index = 0; index < count; index += 1) {
        const conversation = row(index);
        if (conversation.status !== HIDDEN_STATUS && matches(conversation, index)) indexes[found++] = index;
      }
      const compare = comparator(query.sort ?? 'created_desc', sortKeys);
      order = { indexes: indexes.slice(0, found), sorted: false, compare: (a, b) => compare(a, b) || a - b };
    }
    orders.set(key, order);
    if (orders.size > CACHED_QUERIES) orders.delete(orders.keys().next().value!);
    return order;
  };

  /** Row indexes `offset`…`end` (exclusive) of `order`. */
  const indexesBetween = (order: Order, offset: number, end: number): ArrayLike<number> => {
    if (!order.sorted && offset === 0 && end <= PICKED_FIRST_PAGE && end < order.indexes.length) {
      return firstInOrder(order.indexes, end, order.compare);
    }
    if (!order.sorted) {
      order.indexes.sort(order.compare);
      order.sorted = true;
    }
    return order.indexes.subarray(offset, end);
  };

  /** Where a conversation is held; an unknown id is `not_found`, as the APIs answer 404. */
  const indexOf = (id: string, signal?: AbortSignal): number => {
    throwIfAborted(signal);
    if (!indexById) {
      indexById = new Map();
      for (let index = 0; index < count; index += 1) {
        const conversation = row(index);
        if (conversation.status !== HIDDEN_STATUS) indexById.set(conversation.id, index);
      }
    }
    const index = indexById.get(id);
    if (index === undefined) throw new InboxError('not_found', 'Conversation not found.');
    return index;
  };

  /** Keeps a conversation's changed copy; every cached order may now be wrong. */
  const update = (id: string, change: (current: Conversation) => Partial<Conversation>, signal?: AbortSignal): Conversation => {
    const index = indexOf(id, signal);
    const current = row(index);
    const updated = { ...current, ...change(current) };
    changed.set(index, updated);
    orders.clear();
    statuses = undefined;
    return updated;
  };

  /** `pick` of every shown conversation, in row order. */
  const shownValues = <T>(pick: (conversation: Conversation) => T): T[] => {
    const values: T[] = [];
    for (let index = 0; index < count; index += 1) {
      const conversation = row(index);
      if (conversation.status !== HIDDEN_STATUS) values.push(pick(conversation));
    }
    return values;
  };

  const assignees = () => options.assignees ?? distinctOptions(shownValues((conversation) => conversation.assignee));
  const defaultPageSize = pageLimit(options.pageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);

  const actions: ConversationActions = {
    assign: async (id, assigneeId, signal) =>
      update(id, () => ({ assignee: assigneeId === null ? null : { id: assigneeId, name: assignees().find((member) => member.id === assigneeId)?.name } }), signal),
    setStatus: async (id, status, _resolutionNotes, signal) => update(id, () => ({ status }), signal),
    addTags: async (id, tags, signal) => update(id, (current) => ({ tags: [...new Set([...(current.tags ?? []), ...tags])] }), signal),
    addNote: async (id, content, signal) => {
      indexOf(id, signal);
      notes += 1;
      return { id: `note_${notes}`, content, internal: true, createdAt: new Date().toISOString() };
    },
  };

  return {
    id: options.id ?? 'memory',
    capabilities: {
      filters: FILTERS,
      // Read when the filter panel shows statuses, not before the first page.
      get statuses(): string[] {
        return (statuses ??= statusesOf(shownValues((conversation) => conversation.status)));
      },
      channels: CHANNELS,
      maxChannels: CHANNELS.length,
      sorts: SORT_ORDERS,
      defaultSort: 'created_desc',
      maxPageSize: MAX_PAGE_SIZE,
      knowsTotal: true,
      defaultColumns: ['copy', 'play', 'agent', 'callerId', 'callerName', 'agentNumber', 'direction', 'status', 'summary', 'duration', 'date', 'time', 'type'],
      columns: 'all',
      ...options.capabilities,
    },

    async fetchPage({ query, continuation, pageSize, signal }): Promise<Page> {
      throwIfAborted(signal);
      const offset = continuation ?? 0;
      if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) {
        throw new InboxError('config', 'This continuation did not come from a memory source.');
      }
      const size = pageLimit(pageSize, defaultPageSize, MAX_PAGE_SIZE);
      const order = orderFor(query);
      const end = offset + size;
      return {
        items: Array.from(indexesBetween(order, offset, end), row),
        next: end < order.indexes.length ? end : null,
        total: order.indexes.length,
      };
    },

    ...(options.actions ? { actions } : {}),

    async listAgents(): Promise<NamedOption[]> {
      return distinctOptions(shownValues((conversation) => conversation.agent));
    },

    async listAssignees(): Promise<NamedOption[]> {
      return [...assignees()];
    },
  };
}

/** The first `count` of `indexes` in the total order `compare`, without sorting them all: O(n log count). */
function firstInOrder(indexes: Uint32Array, count: number, compare: (a: number, b: number) => number): number[] {
  const first: number[] = [];
  for (const index of indexes) {
    if (first.length === count && compare(index, first[count - 1]!) >= 0) continue;
    let low = 0;
    let high = first.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compare(first[middle]!, index) < 0) low = middle + 1;
      else high = middle;
    }
    first.splice(low, 0, index);
    if (first.length > count) first.pop();
  }
  return first;
}

/** Statuses present in the data, known ones in their documented order first. */
function statusesOf(values: readonly (string | undefined)[]): string[] {
  const present = new Set<string>();
  for (const status of values) if (status !== undefined) present.add(status);
  const known = KNOWN_STATUSES.filter((status) => present.has(status) && status !== HIDDEN_STATUS);
  return [...known, ...[...present].filter((status) => !KNOWN_STATUSES.includes(status)).sort()];
}

/** Distinct `{ id, name }` of the people (agents, assignees) that have an id, first name kept. */
function distinctOptions(people: readonly ({ id?: string; name?: string } | null | undefined)[]): NamedOption[] {
  const byId = new Map<string, NamedOption>();
  for (const person of people) {
    if (person?.id !== undefined && !byId.has(person.id)) byId.set(person.id, { id: person.id, name: person.name ?? person.id });
  }
  return [...byId.values()];
}

/** The query as a string equal for equal queries, whatever the key order. */
function stableKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableKey).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).filter((key) => value[key] !== undefined).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${stableKey(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

type Check = (conversation: Conversation, index: number) => boolean;

/** One predicate for every filter the query sets, each with the API's semantics. */
function matcher(query: InboxQuery, keys: SortKeys): Check {
  const checks: Check[] = [];
  const add = <T>(wanted: T | undefined, check: (wanted: T) => Check) => {
    if (wanted !== undefined && wanted !== '' && !(Array.isArray(wanted) && wanted.length === 0)) checks.push(check(wanted));
  };
  add(query.direction, (direction) => (c) => c.direction === direction);
  add(query.channels, (channels) => (c) => c.channel !== undefined && channels.includes(c.channel));
  add(query.status === 'all' ? undefined : query.status, (status) => (c) => c.status === status);
  add(query.callerId, (callerId) => contains((c) => c.callerId, callerId));
  add(query.agentId, (agentId) => (c) => c.agent?.id === agentId);
  add(query.agentVersionId, (versionId) => (c) => c.agent?.versionId === versionId);
  add(query.webWidgetId, (webWidgetId) => (c) => c.webWidgetId === webWidgetId);
  add(query.agentNumber, (agentNumber) => (c) => c.agentNumber !== undefined && c.agentNumber.includes(agentNumber));
  add(finite(query.durationMin), (min) => (c) => c.durationSeconds !== undefined && c.durationSeconds >= min);
  add(finite(query.durationMax), (max) => (c) => c.durationSeconds !== undefined && c.durationSeconds <= max);
  add(finite(query.userTurnsMin), (min) => (c) => c.userTurnCount !== undefined && c.userTurnCount >= min);
  add(finite(query.userTurnsMax), (max) => (c) => c.userTurnCount !== undefined && c.userTurnCount <= max);
  add(bound(query.createdAfter, 'createdAfter'), (after) => {
    const created = keys.created;
    return (_c, index) => created[index]! >= after;
  });
  add(bound(query.createdBefore, 'createdBefore'), (before) => {
    const created = keys.created;
    return (_c, index) => created[index]! <= before;
  });
  add(metadataNeedle(query), (needle) => (c) => containsJson(c.customMetadata, needle));
  add(query.assigneeId, (assigneeId) => (c) => c.assignee?.id === assigneeId);
  add(query.customerId, (customerId) => (c) => c.customer?.id === customerId);
  add(query.search, (search) => contains((c) => [c.summary, c.callerName, c.callerId], search));
  add(query.tags, (tags) => (c) => c.tags !== undefined && c.tags.some((tag) => tags.includes(tag)));
  add(query.priority, (priority) => (c) => c.priority === priority);
  return (conversation, index) => checks.every((check) => check(conversation, index));
}

/** Case-insensitive substring match on one or more fields. */
function contains(fields: (c: Conversation) => string | undefined | (string | undefined)[], needle: string): Check {
  const lower = needle.toLowerCase();
  return (conversation) => {
    const values = fields(conversation);
    return (Array.isArray(values) ? values : [values]).some((value) => value !== undefined && value.toLowerCase().includes(lower));
  };
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Milliseconds of an ISO 8601 date or date-time (UTC when it names no offset, as the APIs read it); `NaN` otherwise. */
function instant(value: string | undefined): number {
  const match = value === undefined ? null : ISO_8601.exec(value);
  if (!match) return NaN;
  return Date.parse(value!.includes('T') && !match[1] ? `${value}Z` : value!);
}

/** A date bound of the query; one that is not ISO 8601 is refused, as the APIs answer 400. */
function bound(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const ms = instant(value);
  if (Number.isNaN(ms)) throw new InboxError('config', `${name} must be an ISO 8601 date-time.`);
  return ms;
}

function metadataNeedle({ customMetadata, campaign }: InboxQuery): Record<string, unknown> | undefined {
  const needle = { ...customMetadata, ...(campaign ? { anyreach_campaign: campaign } : {}) };
  return Object.keys(needle).length ? needle : undefined;
}

/** JSON containment: every key of an object needle, every element of an array needle, equal scalars. */
function containsJson(haystack: unknown, needle: unknown): boolean {
  if (Array.isArray(needle)) {
    return Array.isArray(haystack) && needle.every((item) => haystack.some((candidate) => containsJson(candidate, item)));
  }
  if (isRecord(needle)) {
    return isRecord(haystack) && Object.keys(needle).every((key) => key in haystack && containsJson(haystack[key], needle[key]));
  }
  return haystack === needle;
}

/** Compares numbers in the given direction with missing (`NaN`) values always last. */
function byNumber(values: Float64Array, direction: 1 | -1) {
  return (a: number, b: number): number => {
    const x = values[a]!;
    const y = values[b]!;
    if (Number.isNaN(x) || Number.isNaN(y)) return Number(Number.isNaN(x)) - Number(Number.isNaN(y));
    return direction * (x - y);
  };
}

/** Row-index comparator for a sort order; ties keep the input order (Array#sort is stable). */
function comparator(sort: SortOrder, keys: SortKeys): (a: number, b: number) => number {
  switch (sort) {
    case 'created_asc':
      return byNumber(keys.created, 1);
    case 'last_activity_desc':
      return byNumber(keys.activity, -1);
    case 'last_activity_asc':
      return byNumber(keys.activity, 1);
    case 'priority_desc': {
      const newestActivity = byNumber(keys.activity, -1);
      return (a, b) => keys.priority[a]! - keys.priority[b]! || newestActivity(a, b);
    }
    default:
      return byNumber(keys.created, -1);
  }
}
