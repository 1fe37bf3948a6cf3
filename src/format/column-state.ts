/**
 * Column widths: defaults that fit the content and the grid tracks they give. Pure: the column
 * controller measures text on screen, this module decides what the widths become.
 */
import type { ColumnDef, ColumnId } from './columns.js';

/** Widest a content-fit default makes a column, so one long value cannot take the row. */
export const FIT_MAX_PX = 360;
/** The column that takes the room the others leave. */
export const FILL_COLUMN: ColumnId = 'summary';

/** Pixel widths by column; a column without one keeps its track from columns.ts. */
export type ColumnWidths = ReadonlyMap<ColumnId, number>;

/**
 * Whether a column's default width comes from its content: text columns do; icon columns keep
 * their fixed track, Summary fills, and Status keeps room for its badge and stale note.
 */
export function isFitted(column: ColumnDef): boolean {
  return column.text !== undefined && !column.iconOnly && column.id !== FILL_COLUMN && column.id !== 'status';
}

/** The width that shows `contentPx` (text and the cell's padding and controls), within the column's bounds. */
export function fitWidth(column: ColumnDef, contentPx: number): number {
  return Math.min(Math.max(Math.ceil(contentPx), column.minWidth), Math.max(column.minWidth, FIT_MAX_PX));
}

/** CSS grid tracks: a fixed width where one is known, else the column's own track (Summary's takes what is left). */
export function gridTracks(columns: readonly ColumnDef[], widths: ColumnWidths): string {
  return columns.map((column) => {
    const width = widths.get(column.id);
    return width === undefined ? column.track : `${width}px`;
  }).join(' ');
}

/** The row's minimum width: narrower than this, the table scrolls sideways instead of crushing columns. */
export function rowMinWidth(columns: readonly ColumnDef[], widths: ColumnWidths): number {
  return columns.reduce((sum, column) => sum + (widths.get(column.id) ?? column.minWidth), 0);
}
