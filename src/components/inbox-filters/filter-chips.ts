/**
 * The applied filters as removable chips: one per filter, one per value of a list filter, one per
 * range. Each chip knows the selection that remains once it is removed.
 */
import type { FilterSelection } from '../../data/query-url.js';
import type { InboxQuery, NamedOption } from '../../data/types.js';
import { counter } from '../../format/count.js';
import { formatDate } from '../../format/datetime.js';
import { titleCase } from '../../format/text.js';
import type { FilterStrings } from './filter-strings.js';

export interface FilterChip {
  /** Stable key for rendering. */
  key: string;
  /** `Status: Completed`. */
  text: string;
  /** The filter's name and its value, the parts of `text`. */
  label: string;
  value: string;
  /** What is left when this chip is removed. */
  without: FilterSelection;
}

export interface ChipContext {
  strings: FilterStrings;
  agents: readonly NamedOption[];
  assignees: readonly NamedOption[];
  timeZone?: string;
  locale?: string;
}

type Key = keyof InboxQuery;

/** Chips for every filter of `selection`, in the order of the form; `sort` is not a filter. */
export function filterChips(selection: FilterSelection, context: ChipContext): FilterChip[] {
  const { query } = selection;
  const { strings } = context;
  const { labels } = strings;
  const chips: FilterChip[] = [];
  const drop = (keys: Key[]): FilterSelection => {
    const rest = { ...query };
    for (const key of keys) delete rest[key];
    // The preset names the date range; it goes with it.
    const datePreset = keys.includes('createdAfter') ? undefined : selection.datePreset;
    return datePreset === undefined ? { query: rest } : { query: rest, datePreset };
  };
  const add = (key: string, label: string, value: string, without: FilterSelection) =>
    chips.push({ key, text: strings.chip(label, value), label, value, without });
  const single = (key: Key, label: string, show: (value: string) => string = (value) => value) => {
    const value = query[key];
    if (value !== undefined) add(key, label, show(String(value)), drop([key]));
  };
  const list = (key: 'channels' | 'tags', label: string, show: (value: string) => string) => {
    for (const value of query[key] ?? []) {
      const others = (query[key] as string[]).filter((item) => item !== value);
      const without = drop([key]);
      if (others.length) (without.query as Record<string, unknown>)[key] = others;
      add(`${key}:${value}`, label, show(value), without);
    }
  };
  const range = (minKey: Key, maxKey: Key, label: string, show: (value: string) => string) => {
    const min = query[minKey] === undefined ? undefined : show(String(query[minKey]));
    const max = query[maxKey] === undefined ? undefined : show(String(query[maxKey]));
    const value =
      min !== undefined && max !== undefined
        ? strings.between(min, max)
        : min !== undefined
          ? strings.atLeast(min)
          : max !== undefined
            ? strings.atMost(max)
            : undefined;
    if (value !== undefined) add(minKey, label, value, drop([minKey, maxKey]));
  };
  const nameOf = (options: readonly NamedOption[]) => (id: string) => options.find((option) => option.id === id)?.name ?? id;
  const number = (value: string) => (Number.isFinite(Number(value)) ? counter(context.locale)(Number(value)).text : value);
  const day = (instant: string) => formatDate(instant, { timeZone: context.timeZone, locale: context.locale }) ?? instant;

  single('search', labels.search);
  single('callerId', labels.callerId);
  single('direction', labels.direction, (value) => strings.directions[value] ?? value);
  list('channels', labels.channels, (value) => strings.channels[value] ?? value);
  single('status', labels.status, (value) => strings.statuses[value] ?? titleCase(value));
  single('agentId', labels.agentId, nameOf(context.agents));
  single('agentVersionId', labels.agentVersionId);
  single('webWidgetId', labels.webWidgetId);
  single('agentNumber', labels.agentNumber);
  single('campaign', labels.campaign);
  if (query.customMetadata !== undefined) add('customMetadata', labels.customMetadata, JSON.stringify(query.customMetadata), drop(['customMetadata']));
  range('durationMin', 'durationMax', labels.duration, number);
  range('userTurnsMin', 'userTurnsMax', labels.userTurns, number);
  if (selection.datePreset !== undefined) add('date', labels.date, strings.presets[selection.datePreset], drop(['createdAfter', 'createdBefore']));
  else range('createdAfter', 'createdBefore', labels.date, day);
  single('assigneeId', labels.assigneeId, nameOf(context.assignees));
  single('customerId', labels.customerId);
  list('tags', labels.tags, (value) => value);
  single('priority', labels.priority, (value) => strings.priorities[value] ?? value);
  return chips;
}
