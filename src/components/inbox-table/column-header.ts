/**
 * The header row: each column's name, its sort button where the source can sort by it, its menu
 * button and resize handle, and the toolbar's column chooser button. What those controls do (resize,
 * move, the menu and the chooser) loads on first use with the column tools; keys a handle takes are
 * claimed at once, so the grid never moves focus meanwhile.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { ColumnDef, ColumnId } from '../../format/columns.js';
import { nextSort, sortDirection } from '../../format/column-sort.js';
import { RESIZE_MAX_PX, RESIZE_MIN_PX } from '../../format/column-state.js';
import type { ColumnTools, PopoverKind } from '../inbox-column-menu/column-tools.js';
import { moreIcon } from '../shared/icons.js';
import { lazy } from '../../data/lazy.js';
import { isTruncated } from '../shared/tooltip-controller.js';
import type { ColumnController, ColumnHost } from './column-controller.js';

const columnTools = lazy(() => import('../inbox-column-menu/column-tools.js'));

/** Keys a focused resize handle takes (APG window splitter). */
const HANDLE_KEYS = ['ArrowLeft', 'ArrowRight', 'Home', 'End', 'Enter'];

export class ColumnHeader implements ReactiveController {
  private tools?: ColumnTools;
  /** A header press that became a drag: its click must not sort. */
  dragged = false;

  constructor(
    private readonly host: ColumnHost,
    private readonly model: ColumnController,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.tools?.hostUpdated();
  }

  hostDisconnected(): void {
    this.tools?.close(false);
  }

  /** Text of a header name the column cuts, for the shared tooltip; `undefined` when it fits. */
  headerTooltip(cell: HTMLElement): string | undefined {
    const name = cell.querySelector<HTMLElement>('.text');
    return name && isTruncated(cell) ? (name.textContent ?? '').trim() : undefined;
  }

  /** The header row: each column's name (read by assistive technology only over icon columns) and its tools. */
  renderHeader(active: number, selectAll: (active: boolean) => TemplateResult): TemplateResult {
    const pinned = this.model.pinned;
    return html`<div class="row" role="row" aria-rowindex="1" @pointerdown=${this.onPointerDown} @keydown=${this.onKeyDown} @dblclick=${this.onDoubleClick}>
      ${this.model.columns.map((column, index) => {
        const tabindex = index === active ? '0' : '-1';
        if (column.iconOnly) {
          return html`<div role="columnheader" class="cell c-${column.id}" data-col=${index} tabindex=${tabindex}>
            ${column.id === 'select' ? selectAll(index === active) : html`<span class="sr-only">${this.nameOf(column)}</span>`}
          </div>`;
        }
        return this.renderTextHeader(column, index, tabindex, column.id === pinned);
      })}
    </div>`;
  }

  private nameOf(column: ColumnDef): string {
    return this.host.strings.columns[column.id] ?? column.id;
  }

  private renderTextHeader(column: ColumnDef, index: number, tabindex: string, pinned: boolean): TemplateResult {
    const strings = this.host.strings.columnTools;
    const name = this.nameOf(column);
    const sorts = this.model.sortsOf(column.id);
    const direction = sortDirection(sorts, this.model.sort);
    const label = html`<span class="text">${name}</span>`;
    return html`<div role="columnheader" class="cell c-${column.id} ${pinned ? 'pinned' : ''}" data-col=${index} tabindex=${tabindex}
      data-tooltip="cut" data-column=${column.id} aria-sort=${sorts.ascending || sorts.descending ? direction ?? 'none' : nothing}>
      ${sorts.ascending || sorts.descending
        ? html`<button type="button" class="sort" tabindex=${tabindex} @click=${() => this.onSortClick(column.id)}>${label}</button>`
        : label}
      <button type="button" class="column-menu" tabindex=${tabindex} aria-haspopup="menu" aria-label=${strings.menu(name)}
        aria-expanded=${this.isOpen('column', column.id) ? 'true' : 'false'}
        @click=${(event: MouseEvent) => this.openPopover('column', event.currentTarget as HTMLElement, column.id)}>${moreIcon}</button>
      <div role="separator" class="resize" aria-orientation="vertical" aria-label=${strings.resize(name)}
        aria-valuemin=${RESIZE_MIN_PX} aria-valuemax=${RESIZE_MAX_PX} tabindex=${tabindex} data-resize=${column.id}></div>
    </div>`;
  }

  /** The toolbar button that opens the column chooser. */
  renderChooserButton(): TemplateResult {
    return html`<button type="button" class="action column-chooser" part="column-chooser" aria-haspopup="true"
      aria-expanded=${this.isOpen('chooser') ? 'true' : 'false'}
      @click=${(event: MouseEvent) => this.openPopover('chooser', event.currentTarget as HTMLElement)}>${this.host.strings.columnTools.chooser}</button>`;
  }

  /** The chooser or a column's menu, while one is open. */
  renderPopover(): TemplateResult | typeof nothing {
    return this.tools?.renderPopover() ?? nothing;
  }

  private isOpen(kind: PopoverKind, id?: ColumnId): boolean {
    return this.tools?.isOpen(kind, id) ?? false;
  }

  /**
   * Runs `use` with the column tools, loading them the first time (`busy` is `aria-busy` meanwhile);
   * a failed load is tried again on the next use.
   */
  private withTools(use: (tools: ColumnTools) => void, busy?: HTMLElement): void {
    if (!columnTools.value) busy?.setAttribute('aria-busy', 'true');
    columnTools
      .load()
      .then(({ ColumnTools }) => use((this.tools ??= new ColumnTools(this.host, this.model, this))))
      .catch(() => undefined)
      .finally(() => busy?.removeAttribute('aria-busy'));
  }

  private openPopover(kind: PopoverKind, trigger: HTMLElement, id?: ColumnId): void {
    this.withTools((tools) => tools.open(kind, trigger, id), trigger);
  }

  private onSortClick(id: ColumnId): void {
    if (this.dragged) return;
    const sort = nextSort(this.model.sortsOf(id), this.model.sort);
    if (sort) this.model.sortBy(sort);
  }

  private readonly onPointerDown = (event: PointerEvent): void => {
    const target = event.target as Element;
    if (event.button !== 0 || target.closest('.column-menu')) return;
    const handle = target.closest<HTMLElement>('[data-resize]');
    if (handle) {
      // No text selection and no header drag while resizing; the pointer stays with the handle.
      event.preventDefault();
      handle.focus();
      handle.setPointerCapture(event.pointerId);
      const start = { x: event.clientX, width: this.model.widthOf(handle.dataset.resize as ColumnId) };
      this.withTools((tools) => tools.resizeWithPointer(handle, event.pointerId, start), handle);
      return;
    }
    const header = target.closest<HTMLElement>('[data-column]');
    if (header) this.withTools((tools) => tools.moveWithPointer(header, event.clientX), header);
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const handle = (event.target as Element).closest<HTMLElement>('[data-resize]');
    if (!handle || !HANDLE_KEYS.includes(event.key)) return;
    // Claimed at once: the grid's own arrow keys move between cells, not while a handle has them.
    event.preventDefault();
    event.stopPropagation();
    const { key } = event;
    this.withTools((tools) => tools.resizeWithKey(handle.dataset.resize as ColumnId, key));
  };

  private readonly onDoubleClick = (event: MouseEvent): void => {
    const handle = (event.target as Element).closest<HTMLElement>('[data-resize]');
    if (handle) this.model.fitColumn(handle.dataset.resize as ColumnId);
  };
}
