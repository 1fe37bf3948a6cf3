/**
 * Column widths: defaults that fit the content, widths a user set, and the grid tracks they give.
 * Pure: the column controller measures text on screen, this module decides what the widths become.
 */
import type { ColumnDef, ColumnId } from './columns.js';

/** Widest a content-fit default makes a column, so one long value cannot take the row. */
export const FIT_MAX_PX = 360;
/** Narrowest a user can make a column by dragging or with the arrow keys. */
export const RESIZE_MIN_PX = 48;
/** Widest a user can make a column. */
export const RESIZE_MAX_PX = 800;
/** The column that takes the room the others leave. */
export const FILL_COLUMN: ColumnId = 'summary';

/** Pixel widths by column. */
export type ColumnWidths = ReadonlyMap<ColumnId, number>;

/**
 * Whether a column's default width comes from its content: text columns do; icon columns keep
 * their fixed track, Summary fills, and Status keeps room for its badge and stale note.
 */
export function isFitted(column: ColumnDef): boolean {
  return column.text !== undefined && !column.iconOnly && column.id !== FILL_COLUMN && column.id !== 'status';
}

/** The width that shows `contentPx` (text and the cell's padding and controls), at most FIT_MAX_PX. */
export function fitWidth(contentPx: number): number {
  return Math.min(Math.ceil(contentPx), FIT_MAX_PX);
}

/** A width a user asked for, within the resize bounds. */
export function clampWidth(px: number): number {
  return Math.round(Math.min(Math.max(px, RESIZE_MIN_PX), RESIZE_MAX_PX));
}

/**
 * CSS grid tracks. A width the user set is fixed. A fitted column may grow from its minimum (or
 * its content, when that is narrower) up to its content's width; Summary's flexible track takes
 * only what is left once every fitted column shows its content. Grid layout gives free room to
 * fixed-maximum tracks before flexible ones, so no value is cut while Summary has room to give.
 * Without Summary, the last fitted column takes what is left, so the row still ends at the edge.
 */
export function gridTracks(columns: readonly ColumnDef[], fitted: ColumnWidths, userSet: ColumnWidths): string {
  const filler = columns.some((column) => column.id === FILL_COLUMN) ? undefined : columns.findLast((column) => fitted.has(column.id) && !userSet.has(column.id));
  return columns
    .map((column) => {
      const set = userSet.get(column.id);
      if (set !== undefined) return `${set}px`;
      const content = fitted.get(column.id);
      if (content === undefined) return column.track;
      const least = Math.min(column.minWidth, content);
      if (column === filler) return `minmax(${least}px, 1fr)`;
      return least === content ? `${content}px` : `minmax(${least}px, ${content}px)`;
    })
    .join(' ');
}

/** Width a column has at least; the row's minimum is their sum. */
function leastWidth(column: ColumnDef, fitted: ColumnWidths, userSet: ColumnWidths): number {
  return userSet.get(column.id) ?? Math.min(column.minWidth, fitted.get(column.id) ?? column.minWidth);
}

/** The row's minimum width: narrower than this, the table scrolls sideways instead of crushing columns. */
export function rowMinWidth(columns: readonly ColumnDef[], fitted: ColumnWidths, userSet: ColumnWidths): number {
  return columns.reduce((sum, column) => sum + leastWidth(column, fitted, userSet), 0);
}

/**
 * What a user made of the columns, as a host may store it (`columnState`, `column-state-change`).
 * The sort is part of the query (`InboxQuery.sort`), kept with the filters.
 */
export interface ColumnState {
  /** The columns shown, in order; the table's default set when unset. The others are hidden. */
  columns?: readonly string[];
  /** Widths the user set, in CSS pixels, by column id. */
  widths?: Readonly<Record<string, number>>;
}

/** The shown column ids: the state's, where the table can show them, else the defaults. */
export function shownColumnIds(state: ColumnState, defaults: readonly string[], available: readonly string[]): string[] {
  const ids = state.columns?.filter((id) => available.includes(id) || defaults.includes(id));
  return [...new Set(ids ?? defaults)];
}

/** A stored or host-given state, keeping only well-formed parts: never trusted as it comes. */
export function readColumnState(value: unknown): ColumnState {
  if (typeof value !== 'object' || value === null) return {};
  const { columns, widths } = value as Record<string, unknown>;
  const state: { columns?: string[]; widths?: Record<string, number> } = {};
  if (Array.isArray(columns) && columns.every((id) => typeof id === 'string')) state.columns = columns;
  if (typeof widths === 'object' && widths !== null) {
    const valid = Object.entries(widths).filter((entry): entry is [string, number] => typeof entry[1] === 'number' && Number.isFinite(entry[1]));
    if (valid.length > 0) state.widths = Object.fromEntries(valid.map(([id, px]) => [id, clampWidth(px)]));
  }
  return state;
}

const STORAGE_PREFIX = 'inbox-columns:';

/** The organization's remembered column state (the key is the source's `id`, never a credential). */
export function readStoredColumns(sourceId: string): ColumnState | undefined {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_PREFIX + sourceId);
    return stored === null || stored === undefined ? undefined : readColumnState(JSON.parse(stored));
  } catch {
    return undefined;
  }
}

/** Remembers the organization's column state; an empty state (reset) forgets it. */
export function storeColumns(sourceId: string, state: ColumnState): void {
  try {
    if (state.columns === undefined && state.widths === undefined) globalThis.localStorage?.removeItem(STORAGE_PREFIX + sourceId);
    else globalThis.localStorage?.setItem(STORAGE_PREFIX + sourceId, JSON.stringify(state));
  } catch {
    // Blocked or full storage: the columns still work, just unremembered.
  }
}
