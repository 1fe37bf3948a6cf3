/**
 * A filter selection as URL parameters and back, so a filtered view can be shared and
 * remembered. Parameters carry a prefix (`inbox_status=completed`) so the host page's own
 * parameters are never read or rewritten. Values read back are checked: anything malformed is
 * dropped, never passed on to a request.
 */
import { DATE_PRESETS, presetRange, type DatePresetId } from '../format/date-presets.js';
import { isRecord, oneOf, parseWholeNumber } from './fields.js';
import { CHANNELS, PRIORITIES, SORT_ORDERS, type InboxQuery } from './types.js';

/** What the user applied: the query, and the date preset its range came from, if any. */
export interface FilterSelection {
  query: InboxQuery;
  /** A preset is stored by name and recomputed when read, so "Today" stays today. */
  datePreset?: DatePresetId;
}

/** Where "today" is when a stored preset is read back. */
export interface ReadContext {
  now: Date;
  timeZone?: string;
}

export const DEFAULT_URL_PREFIX = 'inbox_';
const DATE_PARAM = 'date';

type Kind = 'text' | 'count' | 'instant' | 'list' | 'json' | readonly string[];

/** Every query field, its parameter name and how its value is spelled. */
const FIELDS: readonly { key: keyof InboxQuery; param: string; kind: Kind }[] = [
  { key: 'search', param: 'q', kind: 'text' },
  { key: 'callerId', param: 'caller', kind: 'text' },
  { key: 'direction', param: 'direction', kind: ['inbound', 'outbound'] },
  { key: 'channels', param: 'channel', kind: 'list' },
  { key: 'status', param: 'status', kind: 'text' },
  { key: 'agentId', param: 'agent', kind: 'text' },
  { key: 'agentVersionId', param: 'agent_version', kind: 'text' },
  { key: 'webWidgetId', param: 'widget', kind: 'text' },
  { key: 'agentNumber', param: 'agent_number', kind: 'text' },
  { key: 'campaign', param: 'campaign', kind: 'text' },
  { key: 'customMetadata', param: 'metadata', kind: 'json' },
  { key: 'durationMin', param: 'duration_min', kind: 'count' },
  { key: 'durationMax', param: 'duration_max', kind: 'count' },
  { key: 'userTurnsMin', param: 'turns_min', kind: 'count' },
  { key: 'userTurnsMax', param: 'turns_max', kind: 'count' },
  { key: 'createdAfter', param: 'after', kind: 'instant' },
  { key: 'createdBefore', param: 'before', kind: 'instant' },
  { key: 'assigneeId', param: 'assignee', kind: 'text' },
  { key: 'customerId', param: 'customer', kind: 'text' },
  { key: 'tags', param: 'tags', kind: 'list' },
  { key: 'priority', param: 'priority', kind: PRIORITIES },
  { key: 'sort', param: 'sort', kind: SORT_ORDERS },
];

const DATE_KEYS: readonly (keyof InboxQuery)[] = ['createdAfter', 'createdBefore'];

/** The selection as `[name, value]` pairs, names prefixed; empty values are left out. */
export function selectionToParams(selection: FilterSelection, prefix = DEFAULT_URL_PREFIX): [string, string][] {
  const pairs: [string, string][] = [];
  const { query, datePreset } = selection;
  for (const { key, param, kind } of FIELDS) {
    if (datePreset !== undefined && DATE_KEYS.includes(key)) continue;
    const value = query[key];
    if (value === undefined || value === '') continue;
    if (kind === 'list') for (const item of value as string[]) pairs.push([prefix + param, item]);
    else if (kind === 'json') pairs.push([prefix + param, JSON.stringify(value)]);
    else pairs.push([prefix + param, String(value)]);
  }
  if (datePreset !== undefined) pairs.push([prefix + DATE_PARAM, datePreset]);
  return pairs;
}

/**
 * The selection the prefixed parameters describe, or `undefined` when there are none (the URL
 * says nothing, so stored or default filters apply).
 */
export function selectionFromParams(params: URLSearchParams, context: ReadContext, prefix = DEFAULT_URL_PREFIX): FilterSelection | undefined {
  if (![...params.keys()].some((name) => name.startsWith(prefix))) return undefined;
  const query: Record<string, unknown> = {};
  for (const { key, param, kind } of FIELDS) {
    const values = params.getAll(prefix + param);
    const value = kind === 'list' ? readList(key, values) : values.length ? readValue(values[0]!, kind) : undefined;
    if (value !== undefined) query[key] = value;
  }
  const datePreset = oneOf(params.get(prefix + DATE_PARAM), DATE_PRESETS);
  if (datePreset === undefined) return { query };
  const range = presetRange(datePreset, context.now, context.timeZone);
  return { query: { ...query, createdAfter: range.after, createdBefore: range.before }, datePreset };
}

function readList(key: keyof InboxQuery, values: string[]): string[] | undefined {
  const items = [...new Set(values.map((value) => value.trim()).filter(Boolean))];
  const known = key === 'channels' ? items.filter((item) => (CHANNELS as readonly string[]).includes(item)) : items;
  return known.length ? known : undefined;
}

function readValue(raw: string, kind: Exclude<Kind, 'list'>): unknown {
  const value = raw.trim();
  if (value === '') return undefined;
  if (typeof kind !== 'string') return oneOf(value, kind);
  switch (kind) {
    case 'count':
      return parseWholeNumber(value);
    case 'instant': {
      const ms = Date.parse(value);
      return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
    }
    case 'json':
      try {
        const parsed: unknown = JSON.parse(value);
        return isRecord(parsed) && Object.keys(parsed).length ? parsed : undefined;
      } catch {
        return undefined;
      }
    default:
      return value;
  }
}

/**
 * `search` (a `location.search`) with every prefixed parameter replaced by the selection's. The
 * host's parameters keep their exact spelling and order.
 */
export function replaceSelectionInSearch(search: string, selection: FilterSelection, prefix = DEFAULT_URL_PREFIX): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((segment) => segment !== '' && !parameterName(segment).startsWith(prefix));
  const ours = selectionToParams(selection, prefix).map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  const all = [...kept, ...ours];
  return all.length ? `?${all.join('&')}` : '';
}

/** The decoded name of one `name=value` segment; a malformed one is compared as written. */
function parameterName(segment: string): string {
  const name = segment.split('=', 1)[0]!.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
