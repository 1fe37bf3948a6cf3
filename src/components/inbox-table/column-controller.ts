/**
 * The table's column model on screen: widths that fit the first page's text, the grid tracks
 * header and rows share, and the tooltip of a header name the column cuts.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { Conversation } from '../../data/types.js';
import type { ColumnDef, ColumnId } from '../../format/columns.js';
import { fitWidth, gridTracks, isFitted, rowMinWidth } from '../../format/column-state.js';
import { isTruncated } from '../shared/tooltip-controller.js';
import type { TableStrings } from './table-strings.js';

/** Rows of the first page whose text sets the default widths. */
const FIT_ROWS = 200;

export interface ColumnHost extends ReactiveElement {
  readonly visibleColumns: readonly ColumnDef[];
  readonly rows: readonly Conversation[];
  readonly strings: TableStrings;
  readonly locale?: string;
  readonly timeZone?: string;
}

export class ColumnController implements ReactiveController {
  private readonly widths = new Map<ColumnId, number>();
  /** The first page has set the widths (or is about to, once its rows are on screen). */
  private fitted = false;
  private canvas?: CanvasRenderingContext2D | null;

  constructor(private readonly host: ColumnHost) {
    host.addController(this);
  }

  /** A new source or column set: fit again to the next first page. */
  reset(): void {
    this.widths.clear();
    this.fitted = false;
  }

  hostUpdated(): void {
    this.apply();
    if (this.fitted || this.host.rows.length === 0) return;
    // The rows render after the table, through the virtualizer: measure once they are laid out.
    const virtualizer = this.root.querySelector<VirtualizerHostElement>('.body')?.[virtualizerRef];
    if (!virtualizer) return;
    this.fitted = true;
    void virtualizer.layoutComplete.then(() => this.fitAll(), () => undefined);
  }

  /** Text of a header the column cuts, for the shared tooltip; `undefined` when it fits. */
  headerTooltip(cell: HTMLElement): string | undefined {
    return isTruncated(cell) ? (cell.textContent ?? '').trim() : undefined;
  }

  private get root(): ParentNode {
    return this.host.renderRoot as ParentNode;
  }

  /** Layout values set from script, never inline style attributes: strict CSP blocks those. */
  private apply(): void {
    const columns = this.host.visibleColumns;
    const grid = this.root.querySelector<HTMLElement>('.grid');
    grid?.style.setProperty('--_columns', gridTracks(columns, this.widths));
    // The probe gives the host its width where the page lets content decide it (inline-block).
    const minWidth = `${rowMinWidth(columns, this.widths)}px`;
    for (const element of [grid, this.root.querySelector<HTMLElement>('.size-probe')]) element?.style.setProperty('--_min-width', minWidth);
  }

  private fitAll(): void {
    for (const column of this.host.visibleColumns) if (isFitted(column)) this.widths.set(column.id, this.contentWidth(column));
    this.apply();
  }

  /** Widest text of the column (first page and header), plus the cell's padding and controls. */
  private contentWidth(column: ColumnDef): number {
    const header = this.root.querySelector<HTMLElement>(`.head .c-${column.id}`);
    const cells = [...this.root.querySelectorAll<HTMLElement>(`conversation-row > .c-${column.id}`)];
    const sample = cells[0] ?? header;
    if (!header || !sample) return column.minWidth;
    const { strings, locale, timeZone } = this.host;
    const context = { strings, locale, timeZone };
    const cellFont = getComputedStyle(sample).font;
    let widest = 0;
    for (const row of this.host.rows.slice(0, FIT_ROWS)) {
      widest = Math.max(widest, this.textWidth(column.text?.(row, context) ?? context.strings.missing, cellFont));
    }
    widest += Math.max(0, ...cells.map(controlsWidth));
    const headerStyle = getComputedStyle(header);
    widest = Math.max(widest, this.textWidth(strings.columns[column.id] ?? column.id, headerStyle.font));
    const padding = parseFloat(headerStyle.paddingLeft) + parseFloat(headerStyle.paddingRight);
    // One pixel over the measured text: layout rounds sub-pixel widths, which could cut the last glyph.
    return fitWidth(column, widest + padding + 1);
  }

  private textWidth(text: string, font: string): number {
    this.canvas ??= document.createElement('canvas').getContext('2d');
    if (!this.canvas) return 0;
    this.canvas.font = font;
    return this.canvas.measureText(text).width;
  }
}

/** Room a cell's controls take beside its text: the agent link, the +N participants bubble. */
function controlsWidth(cell: HTMLElement): number {
  const style = getComputedStyle(cell);
  const gap = parseFloat(style.columnGap) || 0;
  let width = 0;
  for (const child of cell.children) {
    if (child.matches('.text, .agent-name')) continue;
    const childStyle = getComputedStyle(child);
    width += child.getBoundingClientRect().width + gap + (parseFloat(childStyle.marginInlineStart) || 0) + (parseFloat(childStyle.marginInlineEnd) || 0);
  }
  return width;
}
