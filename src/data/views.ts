/**
 * Saved views: a name, a query and optionally a column set. Built-in views come from what each
 * API can filter; a user's own views are remembered in `localStorage` per organization (the
 * source's `id`, never a credential). Queries are stored in their URL form, so reading them back
 * goes through the one validating reader of `query-url.ts`.
 */
import { selectionFromParams, selectionToParams } from './query-url.js';
import { isRecord, strings, text } from './fields.js';
import type { InboxDataSource, InboxQuery } from './types.js';

/** One view. Built-in views have a fixed id (`builtin:open`) and take their name from the strings. */
export interface InboxView {
  id: string;
  /** The user's name; built-in views leave it empty and show `strings.views.builtIn[id]`. */
  name: string;
  query: InboxQuery;
  columns?: readonly string[];
  /** Built-in views cannot be renamed, saved over, deleted or moved. */
  builtIn?: boolean;
}

export type BuiltInViewId = 'all' | 'open' | 'unassigned' | 'urgent' | 'pending' | 'liveNow' | 'unanswered' | 'phoneCalls' | 'longCalls';

/** Seconds beyond which a call is long: "over 10 minutes", and the API's bound is inclusive. */
const LONG_CALL_SECONDS = 10 * 60 + 1;

/**
 * The built-in views per API, from what it can filter. Avoca has no filter for "no assignee"
 * (`assignee_id` only matches a given member), so it gets no "Unassigned" view rather than one
 * that shows assigned conversations. Anyreach filters one status at a time: "Live now" is the
 * conversations in progress.
 */
const BUILT_IN: Record<string, readonly { id: BuiltInViewId; query: InboxQuery }[]> = {
  avoca: [
    { id: 'all', query: {} },
    { id: 'open', query: { status: 'open' } },
    { id: 'urgent', query: { priority: 'urgent' } },
    { id: 'pending', query: { status: 'pending' } },
  ],
  anyreach: [
    { id: 'all', query: {} },
    { id: 'liveNow', query: { status: 'in_progress' } },
    { id: 'unanswered', query: { status: 'unanswered' } },
    { id: 'phoneCalls', query: { channels: ['phone'] } },
    { id: 'longCalls', query: { channels: ['phone'], durationMin: LONG_CALL_SECONDS } },
  ],
};

/** The source's built-in views (its kind is the part of its `id` before `:`); others get "All". */
export function builtInViews(source: InboxDataSource): InboxView[] {
  const kind = source.id.split(':', 1)[0]!;
  const { filters } = source.capabilities;
  return (BUILT_IN[kind] ?? [{ id: 'all' as const, query: {} }])
    .filter(({ query }) => Object.keys(query).every((key) => filters.includes(key as never)))
    .map(({ id, query }) => ({ id: `builtin:${id}`, name: '', query, builtIn: true }));
}

/** Equal for equal queries: their URL form, which has a fixed order. */
export function queryKey(query: InboxQuery): string {
  return new URLSearchParams(selectionToParams({ query }, '')).toString();
}

const KEY_PREFIX = 'inbox-views:';

export function viewsStorageKey(sourceId: string): string {
  return KEY_PREFIX + sourceId;
}

/** The organization's own views; malformed entries are dropped, unusable storage reads as none. */
export function readStoredViews(sourceId: string, storage: Storage | undefined = defaultStorage()): InboxView[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(viewsStorageKey(sourceId)) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((entry): InboxView[] => {
      if (!isRecord(entry)) return [];
      const id = text(entry.id);
      const name = text(entry.name);
      const params = text(entry.query) ?? '';
      if (id === undefined || id.startsWith('builtin:') || name === undefined) return [];
      // Stored without a prefix; a date preset is stored as its range (a view keeps its dates).
      const query = selectionFromParams(new URLSearchParams(params), { now: new Date() }, '')?.query ?? {};
      const columns = strings(entry.columns);
      return [{ id, name, query, ...(columns ? { columns } : {}) }];
    });
  } catch {
    return [];
  }
}

/** Remembers the organization's own views, in order. Blocked or full storage is ignored. */
export function storeViews(sourceId: string, views: readonly InboxView[], storage: Storage | undefined = defaultStorage()): void {
  const entries = views
    .filter((view) => !view.builtIn)
    .map(({ id, name, query, columns }) => ({ id, name, query: queryKey(query), ...(columns ? { columns } : {}) }));
  try {
    storage?.setItem(viewsStorageKey(sourceId), JSON.stringify(entries));
  } catch {
    // The views still work for this visit, just unremembered.
  }
}

/** A new id for a user's view. */
export function newViewId(): string {
  return `view-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** `views` with the view at `from` moved by `by` places among the user's own (built-ins stay first). */
export function moveView(views: readonly InboxView[], id: string, by: -1 | 1): InboxView[] {
  const list = [...views];
  const from = list.findIndex((view) => view.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= list.length || list[from]!.builtIn || list[to]!.builtIn) return list;
  [list[from], list[to]] = [list[to]!, list[from]!];
  return list;
}

function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
