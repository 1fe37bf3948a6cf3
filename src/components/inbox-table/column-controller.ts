/**
 * The table's column model on screen: widths that fit the first page's text, the grid tracks
 * header and rows share, and the tooltip of a header name the column cuts.
 */
import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { Conversation } from '../../data/types.js';
import type { ColumnDef, ColumnId } from '../../format/columns.js';
import { clampWidth, DEFAULT_PINNED, fitWidth, gridTracks, isFitted, RESIZE_MAX_PX, RESIZE_MIN_PX, rowMinWidth } from '../../format/column-state.js';
import { isTruncated } from '../shared/tooltip-controller.js';
import type { TableStrings } from './table-strings.js';

/** Rows of the first page whose text sets the default widths. */
const FIT_ROWS = 200;
/** Loaded rows a double-click on a resize handle fits to. */
const REFIT_ROWS = 2000;
/** Pixels an arrow key moves a resize handle. */
const KEY_STEP_PX = 16;

export interface ColumnHost extends ReactiveElement {
  readonly visibleColumns: readonly ColumnDef[];
  readonly rows: readonly Conversation[];
  readonly strings: TableStrings;
  readonly locale?: string;
  readonly timeZone?: string;
}

export class ColumnController implements ReactiveController {
  /** Content widths of the first page, by fitted column. */
  private readonly fitted = new Map<ColumnId, number>();
  /** Widths the user set. */
  private readonly userWidths = new Map<ColumnId, number>();
  /** The first page has set the widths (or is about to, once its rows are on screen). */
  private measured = false;
  private canvas?: CanvasRenderingContext2D | null;
  /** The table's width changes what fitted and flexible columns get. */
  private readonly resizes = new ResizeObserver(() => this.reportWidths());
  private observed?: HTMLElement;

  constructor(private readonly host: ColumnHost) {
    host.addController(this);
  }

  /** A new source or column set: fit again to the next first page. */
  reset(): void {
    this.fitted.clear();
    this.measured = false;
  }

  hostDisconnected(): void {
    this.resizes.disconnect();
    this.observed = undefined;
  }

  hostUpdated(): void {
    const head = this.root.querySelector<HTMLElement>('.head');
    if (head && head !== this.observed) {
      this.observed = head;
      this.resizes.observe(head);
    }
    this.apply();
    if (this.measured || this.host.rows.length === 0) return;
    // The rows render after the table, through the virtualizer: measure once they are laid out.
    const virtualizer = this.root.querySelector<VirtualizerHostElement>('.body')?.[virtualizerRef];
    if (!virtualizer) return;
    this.measured = true;
    void virtualizer.layoutComplete.then(() => this.fitAll(), () => undefined);
  }

  /** The column kept in view while the table scrolls sideways. */
  get pinned(): ColumnId | undefined {
    return this.host.visibleColumns.some((column) => column.id === DEFAULT_PINNED) ? DEFAULT_PINNED : undefined;
  }

  /** The header row: each column's name (read by assistive technology only over icon columns). */
  renderHeader(active: number, selectAll: (active: boolean) => TemplateResult): TemplateResult {
    const { strings } = this.host;
    const pinned = this.pinned;
    return html`<div class="row" role="row" aria-rowindex="1">
      ${this.host.visibleColumns.map((column, index) => {
        const name = strings.columns[column.id] ?? column.id;
        return html`<div role="columnheader" class="cell c-${column.id} ${column.id === pinned ? 'pinned' : ''}" data-col=${index}
          tabindex=${index === active ? '0' : '-1'} data-tooltip=${column.iconOnly ? nothing : 'cut'}>
          ${column.id === 'select' ? selectAll(index === active) : column.iconOnly ? html`<span class="sr-only">${name}</span>` : html`<span class="text">${name}</span>`}
          ${column.iconOnly
            ? nothing
            : html`<div role="separator" class="resize" aria-orientation="vertical" aria-label=${strings.columnTools.resize(name)}
                aria-valuemin=${RESIZE_MIN_PX} aria-valuemax=${RESIZE_MAX_PX} tabindex=${index === active ? '0' : '-1'} data-resize=${column.id}
                @pointerdown=${this.onResizeStart} @keydown=${this.onResizeKey} @dblclick=${this.onResizeFit}></div>`}
        </div>`;
      })}
    </div>`;
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
    grid?.style.setProperty('--_columns', gridTracks(columns, this.fitted, this.userWidths));
    // The probe gives the host its width where the page lets content decide it (inline-block).
    const minWidth = `${rowMinWidth(columns, this.fitted, this.userWidths)}px`;
    for (const element of [grid, this.root.querySelector<HTMLElement>('.size-probe')]) element?.style.setProperty('--_min-width', minWidth);
    this.reportWidths();
  }

  /** The handles report the widths laid out: a fitted or flexible column's depends on the room. */
  private reportWidths(): void {
    for (const handle of this.root.querySelectorAll<HTMLElement>('.head [data-resize]')) {
      handle.setAttribute('aria-valuenow', String(Math.round(this.widthOf(handle.dataset.resize as ColumnId))));
    }
  }

  /** A width the user set, from a handle; header and cells follow at once. */
  setWidth(id: ColumnId, px: number): void {
    this.userWidths.set(id, clampWidth(px));
    this.apply();
  }

  /** The column's width on screen. */
  private widthOf(id: ColumnId): number {
    return this.root.querySelector(`.head .c-${id}`)?.getBoundingClientRect().width ?? 0;
  }

  private get rtl(): boolean {
    return getComputedStyle(this.host).direction === 'rtl';
  }

  private readonly onResizeStart = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    const handle = event.currentTarget as HTMLElement;
    const id = handle.dataset.resize as ColumnId;
    // No text selection and no header drag while resizing.
    event.preventDefault();
    event.stopPropagation();
    handle.focus();
    handle.setPointerCapture(event.pointerId);
    const startX = event.clientX;
    const startWidth = this.widthOf(id);
    const direction = this.rtl ? -1 : 1;
    const move = (moved: PointerEvent) => this.setWidth(id, startWidth + (moved.clientX - startX) * direction);
    const end = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
      handle.removeEventListener('pointercancel', end);
      this.changed();
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
  };

  /** APG window splitter: Left/Right move the handle (the column's end edge), Home/End to the bounds, Enter fits. */
  private readonly onResizeKey = (event: KeyboardEvent): void => {
    const id = (event.currentTarget as HTMLElement).dataset.resize as ColumnId;
    const width = this.widthOf(id);
    const wider = this.rtl ? 'ArrowLeft' : 'ArrowRight';
    const narrower = this.rtl ? 'ArrowRight' : 'ArrowLeft';
    const next =
      event.key === wider ? width + KEY_STEP_PX : event.key === narrower ? width - KEY_STEP_PX : event.key === 'Home' ? RESIZE_MIN_PX : event.key === 'End' ? RESIZE_MAX_PX : undefined;
    if (next !== undefined) this.setWidth(id, next);
    else if (event.key === 'Enter') this.fitColumn(id);
    else return;
    // The grid's own arrow keys move between cells: not while a handle has them.
    event.preventDefault();
    event.stopPropagation();
    this.changed();
  };

  private readonly onResizeFit = (event: MouseEvent): void => {
    this.fitColumn((event.currentTarget as HTMLElement).dataset.resize as ColumnId);
    this.changed();
  };

  /** Fits a column to the widest text of the loaded rows. */
  fitColumn(id: ColumnId): void {
    const column = this.host.visibleColumns.find((candidate) => candidate.id === id);
    if (column) this.setWidth(id, this.contentWidth(column, REFIT_ROWS));
  }

  /** The user changed the columns. */
  private changed(): void {
    this.apply();
  }

  private fitAll(): void {
    for (const column of this.host.visibleColumns) if (isFitted(column)) this.fitted.set(column.id, fitWidth(this.contentWidth(column, FIT_ROWS)));
    this.apply();
  }

  /** Widest text of the column (first page and header), plus the cell's padding and controls. */
  private contentWidth(column: ColumnDef, rows: number): number {
    const header = this.root.querySelector<HTMLElement>(`.head .c-${column.id}`);
    const cells = [...this.root.querySelectorAll<HTMLElement>(`conversation-row > .c-${column.id}`)];
    const sample = cells[0] ?? header;
    if (!header || !sample) return column.minWidth;
    const { strings, locale, timeZone } = this.host;
    const context = { strings, locale, timeZone };
    const cellFont = getComputedStyle(sample).font;
    let widest = 0;
    for (const row of this.host.rows.slice(0, rows)) {
      widest = Math.max(widest, this.textWidth(column.text?.(row, context) ?? context.strings.missing, cellFont));
    }
    widest += Math.max(0, ...cells.map(controlsWidth));
    const headerStyle = getComputedStyle(header);
    widest = Math.max(widest, this.textWidth(strings.columns[column.id] ?? column.id, headerStyle.font));
    const padding = parseFloat(headerStyle.paddingLeft) + parseFloat(headerStyle.paddingRight);
    // One pixel over the measured text: layout rounds sub-pixel widths, which could cut the last glyph.
    return widest + padding + 1;
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
