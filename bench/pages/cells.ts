/**
 * The 13 default columns as the peers and the floor show them: the same text functions the
 * widget uses (format/columns.ts), the same missing-value mark, the same widths.
 */
import type { Conversation } from '../../src/data/types.js';
import { COLUMNS, DEFAULT_COLUMNS, type ColumnDef, type FormatContext } from '../../src/format/columns.js';
import { DEFAULT_FORMAT_STRINGS } from '../../src/format/strings.js';

/** The widget puts at most this much of a summary in its cell (conversation-row.ts). */
const SUMMARY_CELL_CHARS = 400;
const CONTEXT: FormatContext = { strings: DEFAULT_FORMAT_STRINGS };

export const ROW_HEIGHT = 44;
export const FONT_SIZE = '14px';

export const BENCH_COLUMNS: readonly ColumnDef[] = DEFAULT_COLUMNS.map((id) => COLUMNS.get(id)!);

/** Visible text of a cell; icon columns (copy, play) have none. */
export function cellText(column: ColumnDef, conversation: Conversation): string {
  if (!column.text) return '';
  const text = column.text(conversation, CONTEXT);
  if (text === undefined || text === '') return DEFAULT_FORMAT_STRINGS.missing;
  return column.id === 'summary' ? text.slice(0, SUMMARY_CELL_CHARS) : text;
}

export function headerText(column: ColumnDef): string {
  return column.iconOnly ? '' : (DEFAULT_FORMAT_STRINGS.columns[column.id] ?? column.id);
}

/** A CSS grid track as a flex column: `40px` → fixed 40; `minmax(130px, 1fr)` → at least 130, grows 1. */
export function trackSize(column: ColumnDef): { width: number; grow: number } {
  const fr = /(\d+(?:\.\d+)?)fr/.exec(column.track);
  return { width: column.minWidth, grow: fr ? Number(fr[1]) : 0 };
}
