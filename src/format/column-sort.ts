/**
 * Which sort orders a column's header offers. The API sorts map to the columns that show what they
 * sort by (Avoca's five, which the memory source shares); a source with one fixed order offers none.
 */
import type { SortOrder } from '../data/types.js';
import type { ColumnId } from './columns.js';

export interface ColumnSorts {
  ascending?: SortOrder;
  descending?: SortOrder;
}

const CREATED: ColumnSorts = { ascending: 'created_asc', descending: 'created_desc' };

const BY_COLUMN: Partial<Record<ColumnId, ColumnSorts>> = {
  lastActivity: { ascending: 'last_activity_asc', descending: 'last_activity_desc' },
  created: CREATED,
  dateTime: CREATED,
  date: CREATED,
  priority: { descending: 'priority_desc' },
};

/** The orders of `column` the source supports; none when it has a single fixed order. */
export function columnSorts(column: ColumnId, supported: readonly SortOrder[]): ColumnSorts {
  if (supported.length < 2) return {};
  const sorts = BY_COLUMN[column] ?? {};
  return {
    ascending: sorts.ascending && supported.includes(sorts.ascending) ? sorts.ascending : undefined,
    descending: sorts.descending && supported.includes(sorts.descending) ? sorts.descending : undefined,
  };
}

/** The column order `sort` is, as `aria-sort` says it; `undefined` when `sort` is not this column's. */
export function sortDirection(sorts: ColumnSorts, sort: SortOrder | undefined): 'ascending' | 'descending' | undefined {
  if (sort === undefined) return undefined;
  return sort === sorts.ascending ? 'ascending' : sort === sorts.descending ? 'descending' : undefined;
}

/** What a click on the header sorts by next: descending first (newest, highest), then ascending. */
export function nextSort(sorts: ColumnSorts, sort: SortOrder | undefined): SortOrder | undefined {
  return sortDirection(sorts, sort) === 'descending' ? (sorts.ascending ?? sorts.descending) : (sorts.descending ?? sorts.ascending);
}
