/**
 * The filter form's values as typed (`FilterDraft`) and the query they mean. A draft that does not
 * make sense (a non-number, a minimum above its maximum, a range ending before it starts) gives
 * messages and no query, so nothing is requested.
 */
import { dayRange, civilDateOf, parseCivilDate, presetRange, type DatePresetId } from '../format/date-presets.js';
import { oneOf, parseWholeNumber, trimmed } from './fields.js';
import type { FilterSelection } from './query-url.js';
import { PRIORITIES, SORT_ORDERS, type Channel, type Direction, type InboxQuery, type SourceCapabilities } from './types.js';

/** The form's state: text exactly as typed, choices as their values (`''` = All). */
export interface FilterDraft {
  search: string;
  callerId: string;
  direction: string;
  channels: Channel[];
  status: string;
  agentId: string;
  campaign: string;
  durationMin: string;
  durationMax: string;
  userTurnsMin: string;
  userTurnsMax: string;
  /** A preset, `custom` (use `dateFrom`/`dateTo`), or `''` for any time. */
  date: DatePresetId | 'custom' | '';
  /** `YYYY-MM-DD`, days in the time zone. */
  dateFrom: string;
  dateTo: string;
  assigneeId: string;
  customerId: string;
  /** Comma-separated. */
  tags: string;
  priority: string;
  sort: string;
}

/** Groups of controls a message belongs to. */
export type ErrorGroup = 'duration' | 'userTurns' | 'date';

export interface DraftError {
  message: string;
  /** The controls at fault. */
  fields: (keyof FilterDraft)[];
}

export type DraftErrors = Partial<Record<ErrorGroup, DraftError>>;

export interface ValidationMessages {
  notWholeNumber: (field: string) => string;
  minAboveMax: (field: string) => string;
  notADate: (field: string) => string;
  endBeforeStart: string;
}

export interface DraftContext {
  now: Date;
  timeZone?: string;
  /** Group names used in messages. */
  labels: Record<ErrorGroup, string>;
  messages: ValidationMessages;
}

export type DraftResult = { selection: FilterSelection; errors?: undefined } | { errors: DraftErrors; selection?: undefined };

/** The form showing `selection`; days are read in `timeZone`. */
export function draftFromSelection({ query, datePreset }: FilterSelection, timeZone?: string): FilterDraft {
  const hasDates = query.createdAfter !== undefined || query.createdBefore !== undefined;
  return {
    search: query.search ?? '',
    callerId: query.callerId ?? '',
    direction: query.direction ?? '',
    channels: [...(query.channels ?? [])],
    status: query.status ?? '',
    agentId: query.agentId ?? '',
    campaign: query.campaign ?? '',
    durationMin: numberText(query.durationMin),
    durationMax: numberText(query.durationMax),
    userTurnsMin: numberText(query.userTurnsMin),
    userTurnsMax: numberText(query.userTurnsMax),
    date: datePreset ?? (hasDates ? 'custom' : ''),
    dateFrom: civilDateOf(query.createdAfter, timeZone),
    dateTo: civilDateOf(query.createdBefore, timeZone),
    assigneeId: query.assigneeId ?? '',
    customerId: query.customerId ?? '',
    tags: (query.tags ?? []).join(', '),
    priority: query.priority ?? '',
    sort: query.sort ?? '',
  };
}

function numberText(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}

/**
 * The selection the draft means, or the messages explaining why it means none. Query fields the
 * form does not show are kept from `base`, and so are `base`'s exact date instants while the days
 * shown for them are unchanged.
 */
export function parseDraft(draft: FilterDraft, base: FilterSelection, context: DraftContext): DraftResult {
  const errors: DraftErrors = {};
  const duration = parseBounds(draft, 'durationMin', 'durationMax', 'duration', context, errors);
  const userTurns = parseBounds(draft, 'userTurnsMin', 'userTurnsMax', 'userTurns', context, errors);
  const dates = parseDates(draft, base, context, errors);
  if (Object.keys(errors).length) return { errors };
  const tags = [...new Set(draft.tags.split(',').map((tag) => tag.trim()).filter(Boolean))];
  const query: InboxQuery = {
    ...base.query,
    search: trimmed(draft.search),
    callerId: trimmed(draft.callerId),
    direction: oneOf<Direction>(draft.direction, ['inbound', 'outbound']),
    channels: draft.channels.length ? [...draft.channels] : undefined,
    status: draft.status === 'all' ? undefined : trimmed(draft.status),
    agentId: trimmed(draft.agentId),
    campaign: trimmed(draft.campaign),
    durationMin: duration.min,
    durationMax: duration.max,
    userTurnsMin: userTurns.min,
    userTurnsMax: userTurns.max,
    createdAfter: dates.after,
    createdBefore: dates.before,
    assigneeId: trimmed(draft.assigneeId),
    customerId: trimmed(draft.customerId),
    tags: tags.length ? tags : undefined,
    priority: oneOf(draft.priority, PRIORITIES),
    sort: oneOf(draft.sort, SORT_ORDERS),
  };
  return { selection: withoutEmpty({ query, datePreset: dates.preset }) };
}

function parseBounds(
  draft: FilterDraft,
  minField: keyof FilterDraft,
  maxField: keyof FilterDraft,
  group: ErrorGroup,
  { labels, messages }: DraftContext,
  errors: DraftErrors,
): { min?: number; max?: number } {
  const minText = draft[minField] as string;
  const maxText = draft[maxField] as string;
  const min = minText.trim() === '' ? undefined : parseWholeNumber(minText);
  const max = maxText.trim() === '' ? undefined : parseWholeNumber(maxText);
  const notNumbers = [
    ...(minText.trim() !== '' && min === undefined ? [minField] : []),
    ...(maxText.trim() !== '' && max === undefined ? [maxField] : []),
  ];
  if (notNumbers.length) errors[group] = { message: messages.notWholeNumber(labels[group]), fields: notNumbers };
  else if (min !== undefined && max !== undefined && min > max) errors[group] = { message: messages.minAboveMax(labels[group]), fields: [minField, maxField] };
  return { min, max };
}

function parseDates(
  draft: FilterDraft,
  base: FilterSelection,
  { now, timeZone, labels, messages }: DraftContext,
  errors: DraftErrors,
): { after?: string; before?: string; preset?: DatePresetId } {
  if (draft.date === '') return {};
  if (draft.date !== 'custom') return { ...presetRange(draft.date, now, timeZone), preset: draft.date };
  const from = draft.dateFrom === '' ? undefined : parseCivilDate(draft.dateFrom);
  const to = draft.dateTo === '' ? undefined : parseCivilDate(draft.dateTo);
  const notDates = [
    ...(draft.dateFrom !== '' && from === undefined ? (['dateFrom'] as const) : []),
    ...(draft.dateTo !== '' && to === undefined ? (['dateTo'] as const) : []),
  ];
  if (notDates.length) {
    errors.date = { message: messages.notADate(labels.date), fields: notDates };
    return {};
  }
  if (from && to && draft.dateTo < draft.dateFrom) {
    errors.date = { message: messages.endBeforeStart, fields: ['dateFrom', 'dateTo'] };
    return {};
  }
  const range = dayRange(from, to, timeZone);
  const shown = draftFromSelection(base, timeZone);
  return {
    after: base.datePreset === undefined && shown.dateFrom === draft.dateFrom ? base.query.createdAfter : range.after,
    before: base.datePreset === undefined && shown.dateTo === draft.dateTo ? base.query.createdBefore : range.before,
  };
}

/** The selection with `undefined` fields removed, so equal selections look equal. */
function withoutEmpty({ query, datePreset }: FilterSelection): FilterSelection {
  const cleaned = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined)) as InboxQuery;
  return datePreset === undefined ? { query: cleaned } : { query: cleaned, datePreset };
}

/**
 * Only what `capabilities` supports: unknown filters, statuses and channels are dropped, and so
 * are more channels than the source takes at once. A URL or stored value can name anything.
 */
export function supportedSelection({ query, datePreset }: FilterSelection, capabilities: SourceCapabilities): FilterSelection {
  const supported: Record<string, unknown> = {};
  for (const key of capabilities.filters) if (query[key] !== undefined) supported[key] = query[key];
  if (supported.status !== undefined && !capabilities.statuses.includes(supported.status as string)) delete supported.status;
  if (supported.channels !== undefined) {
    const channels = (supported.channels as Channel[]).filter((channel) => capabilities.channels.includes(channel));
    if (channels.length === 0 || channels.length > capabilities.maxChannels) delete supported.channels;
    else supported.channels = channels;
  }
  if (query.sort !== undefined && capabilities.sorts.includes(query.sort)) supported.sort = query.sort;
  const keepsPreset = datePreset !== undefined && supported.createdAfter !== undefined && supported.createdBefore !== undefined;
  return keepsPreset ? { query: supported as InboxQuery, datePreset } : { query: supported as InboxQuery };
}
