/**
 * The header row and the column tools a person uses on it: resize handles (APG window splitter),
 * dragging a header to move its column, sorting from the header where the source can, a column's
 * menu, and the toolbar's column chooser. The menu and the chooser load on first use.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { ColumnDef, ColumnId } from '../../format/columns.js';
import { nextSort, sortDirection } from '../../format/column-sort.js';
import { RESIZE_MAX_PX, RESIZE_MIN_PX } from '../../format/column-state.js';
import type { ColumnCommand, ColumnCommandEvent, ColumnMenuItem, InboxColumnMenu } from '../inbox-column-menu/inbox-column-menu.js';
import { defineElement } from '../define.js';
import { placeBeside } from '../shared/floating.js';
import { moreIcon } from '../shared/icons.js';
import { lazy } from '../shared/lazy.js';
import { isTruncated } from '../shared/tooltip-controller.js';
import type { ColumnController, ColumnHost } from './column-controller.js';

export const COLUMN_MENU_ID = 'inbox-column-menu';
/** Pixels an arrow key moves a resize handle. */
const KEY_STEP_PX = 16;
/** Pointer travel after which pressing a header starts moving its column instead of clicking it. */
const DRAG_START_PX = 6;

const columnMenu = lazy(async () => {
  const module = await import('../inbox-column-menu/inbox-column-menu.js');
  defineElement('inbox-column-menu', module.InboxColumnMenu);
  return module;
});

/** What the open popover shows: the chooser, or one column's menu. */
type Open = { kind: 'chooser'; trigger: HTMLElement } | { kind: 'column'; id: ColumnId; trigger: HTMLElement };

export class ColumnHeader implements ReactiveController {
  private open?: Open;
  private focusFirst = false;
  /** A header press that became a drag: its click must not sort. */
  private dragged = false;

  constructor(
    private readonly host: ColumnHost,
    private readonly model: ColumnController,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const popover = (this.host.renderRoot as ParentNode).querySelector<HTMLElement>(`#${COLUMN_MENU_ID}`);
    const open = this.open;
    if (!popover || !open) return;
    placeBeside(open.trigger, popover, { placement: 'bottom-end', gap: 4, padding: 8 }, () => this.open === open && popover.isConnected);
    if (this.focusFirst) {
      this.focusFirst = false;
      void popover.querySelector<InboxColumnMenu>('inbox-column-menu')?.updateComplete.then((done) => done && popover.querySelector<InboxColumnMenu>('inbox-column-menu')?.focusFirst());
    }
  }

  hostDisconnected(): void {
    this.open = undefined;
  }

  /** Text of a header name the column cuts, for the shared tooltip; `undefined` when it fits. */
  headerTooltip(cell: HTMLElement): string | undefined {
    const name = cell.querySelector<HTMLElement>('.text');
    return name && isTruncated(cell) ? (name.textContent ?? '').trim() : undefined;
  }

  /** The header row: each column's name (read by assistive technology only over icon columns) and its tools. */
  renderHeader(active: number, selectAll: (active: boolean) => TemplateResult): TemplateResult {
    const pinned = this.model.pinned;
    return html`<div class="row" role="row" aria-rowindex="1">
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
    const sortable = sorts.ascending !== undefined || sorts.descending !== undefined;
    const direction = sortDirection(sorts, this.model.sort);
    const label = html`<span class="text">${name}</span>`;
    return html`<div role="columnheader" class="cell c-${column.id} ${pinned ? 'pinned' : ''}" data-col=${index} tabindex=${tabindex}
      data-tooltip="cut" data-column=${column.id} aria-sort=${sortable ? direction ?? 'none' : nothing} @pointerdown=${this.onHeaderPointerDown}>
      ${sortable
        ? html`<button type="button" class="sort" tabindex=${tabindex} @click=${() => this.onSortClick(column.id)}>
            ${label}<span class="sort-mark" aria-hidden="true">${direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}</span>
          </button>`
        : label}
      <button type="button" class="column-menu" tabindex=${tabindex} aria-haspopup="menu" aria-label=${strings.menu(name)}
        aria-expanded=${this.open?.kind === 'column' && this.open.id === column.id ? 'true' : 'false'}
        @click=${(event: MouseEvent) => this.openMenu({ kind: 'column', id: column.id, trigger: event.currentTarget as HTMLElement })}>${moreIcon}</button>
      <div role="separator" class="resize" aria-orientation="vertical" aria-label=${strings.resize(name)}
        aria-valuemin=${RESIZE_MIN_PX} aria-valuemax=${RESIZE_MAX_PX} tabindex=${tabindex} data-resize=${column.id}
        @pointerdown=${this.onResizeStart} @keydown=${this.onResizeKey} @dblclick=${this.onResizeFit}></div>
    </div>`;
  }

  /** The toolbar button that opens the column chooser. */
  renderChooserButton(): TemplateResult {
    return html`<button type="button" class="action column-chooser" part="column-chooser" aria-haspopup="true"
      aria-expanded=${this.open?.kind === 'chooser' ? 'true' : 'false'}
      @click=${(event: MouseEvent) => this.openMenu({ kind: 'chooser', trigger: event.currentTarget as HTMLElement })}>${this.host.strings.columnTools.chooser}</button>`;
  }

  /** The popover of the chooser or a column's menu, once its element has loaded. */
  renderPopover(): TemplateResult | typeof nothing {
    const open = this.open;
    if (!open || !columnMenu.value) return nothing;
    const strings = this.host.strings;
    const menu = open.kind === 'column' ? { label: strings.columnTools.menu(strings.columns[open.id] ?? open.id), items: this.menuItems(open.id) } : undefined;
    const chooser =
      open.kind === 'chooser'
        ? {
            heading: strings.columnTools.chooser,
            reset: strings.columnTools.reset,
            items: this.model.chooserItems().map((item) => ({ ...item, name: strings.columns[item.id] ?? item.id })),
          }
        : undefined;
    return html`<div id=${COLUMN_MENU_ID} class="menu-popover" popover="auto" part="column-menu" @toggle=${this.onToggle} @keydown=${this.onPopoverKeyDown}>
      <inbox-column-menu .menu=${menu} .chooser=${chooser} @inbox-column-command=${this.onCommand}></inbox-column-menu>
    </div>`;
  }

  private menuItems(id: ColumnId): ColumnMenuItem[] {
    const strings = this.host.strings.columnTools;
    const sorts = this.model.sortsOf(id);
    const items: ColumnMenuItem[] = [
      { label: strings.moveLeft, command: { kind: 'move', id, by: this.rtl ? 1 : -1 }, disabled: !this.model.canMove(id, this.rtl ? 1 : -1) },
      { label: strings.moveRight, command: { kind: 'move', id, by: this.rtl ? -1 : 1 }, disabled: !this.model.canMove(id, this.rtl ? -1 : 1) },
    ];
    if (sorts.ascending) items.push({ label: strings.sortAscending, command: { kind: 'sort', sort: sorts.ascending } });
    if (sorts.descending) items.push({ label: strings.sortDescending, command: { kind: 'sort', sort: sorts.descending } });
    items.push({ label: strings.fit, command: { kind: 'fit', id } });
    items.push({ label: strings.hide, command: { kind: 'toggle', id, show: false }, disabled: this.model.chooserItems().filter((item) => item.shown).length < 2 });
    return items;
  }

  private openMenu(open: Open): void {
    this.open = open;
    this.focusFirst = true;
    // Shown once the element's chunk is here; a failed load leaves the button as it was, to try again.
    columnMenu.load().then(
      () => this.host.requestUpdate(),
      () => {
        if (this.open === open) this.open = undefined;
        this.host.requestUpdate();
      },
    );
    this.host.requestUpdate();
  }

  private close(returnFocus: boolean): void {
    const trigger = this.open?.trigger;
    this.open = undefined;
    const popover = (this.host.renderRoot as ParentNode).querySelector<HTMLElement>(`#${COLUMN_MENU_ID}`);
    if (popover?.matches(':popover-open')) popover.hidePopover();
    this.host.requestUpdate();
    if (returnFocus && trigger?.isConnected) trigger.focus();
  }

  private readonly onToggle = (event: ToggleEvent): void => {
    // Light dismiss (click outside, Escape) closed the popover.
    if (event.newState === 'closed' && this.open) this.close(true);
  };

  private readonly onPopoverKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Tab' && this.open?.kind === 'column') this.close(true);
  };

  private readonly onCommand = (event: ColumnCommandEvent): void => {
    const open = this.open;
    const command: ColumnCommand = event.command;
    switch (command.kind) {
      case 'toggle':
        this.model.toggle(command.id, command.show);
        break;
      case 'reset':
        this.model.reset();
        break;
      case 'move':
        this.model.move(command.id, command.by);
        break;
      case 'sort':
        this.model.sortBy(command.sort);
        break;
      case 'fit':
        this.model.fitColumn(command.id as ColumnId);
        break;
    }
    // The chooser stays open for the next pick; a column's menu closes on its pick.
    if (open?.kind === 'column') this.close(true);
  };

  private onSortClick(id: ColumnId): void {
    if (this.dragged) return;
    const sort = nextSort(this.model.sortsOf(id), this.model.sort);
    if (sort) this.model.sortBy(sort);
  }

  private get rtl(): boolean {
    return getComputedStyle(this.host).direction === 'rtl';
  }

  /** Pressing a header and moving along the row moves its column to where it is let go. */
  private readonly onHeaderPointerDown = (event: PointerEvent): void => {
    const cell = event.currentTarget as HTMLElement;
    if (event.button !== 0 || (event.target as Element).closest('.resize, .column-menu')) return;
    const id = cell.dataset.column as ColumnId;
    const startX = event.clientX;
    this.dragged = false;
    const move = (moved: PointerEvent) => {
      if (!this.dragged && Math.abs(moved.clientX - startX) < DRAG_START_PX) return;
      if (!this.dragged) {
        this.dragged = true;
        cell.setPointerCapture(moved.pointerId);
        cell.classList.add('dragging');
      }
      this.markDrop(this.dropBefore(moved.clientX, id));
    };
    const end = (ended: PointerEvent) => {
      cell.removeEventListener('pointermove', move);
      cell.removeEventListener('pointerup', end);
      cell.removeEventListener('pointercancel', end);
      cell.classList.remove('dragging');
      this.markDrop(null);
      if (this.dragged && ended.type === 'pointerup') {
        const before = this.dropBefore(ended.clientX, id);
        if (before !== null) this.model.move(id, { before });
      }
      // The click that follows this pointerup must not sort; the next press starts afresh.
      setTimeout(() => (this.dragged = false));
    };
    cell.addEventListener('pointermove', move);
    cell.addEventListener('pointerup', end);
    cell.addEventListener('pointercancel', end);
  };

  /**
   * The shown column a header dropped at `x` goes before (`undefined`: last), or `null` when it
   * stays where it is. Only among the user's columns: selection and actions keep their places.
   */
  private dropBefore(x: number, id: ColumnId): string | undefined | null {
    const headers = [...(this.host.renderRoot as ParentNode).querySelectorAll<HTMLElement>('.head [data-column]')];
    const rtl = this.rtl;
    const target = headers.find((header) => {
      const box = header.getBoundingClientRect();
      const middle = box.left + box.width / 2;
      return rtl ? x > middle : x < middle;
    });
    const before = target?.dataset.column;
    const ids = headers.map((header) => header.dataset.column);
    const at = ids.indexOf(id);
    // Dropped on itself or just after itself: no move.
    if (before === id || (before === undefined ? at === ids.length - 1 : ids.indexOf(before) === at + 1)) return null;
    return before;
  }

  /** Shows where a dragged column would land: a bar on the start edge of that header (or the last one's end). */
  private markDrop(before: string | undefined | null): void {
    const headers = [...(this.host.renderRoot as ParentNode).querySelectorAll<HTMLElement>('.head [data-column]')];
    headers.forEach((header, index) => {
      header.classList.toggle('drop-before', before != null && header.dataset.column === before);
      header.classList.toggle('drop-after', before === undefined && index === headers.length - 1);
    });
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
    const startWidth = this.model.widthOf(id);
    const direction = this.rtl ? -1 : 1;
    const move = (moved: PointerEvent) => this.model.setWidth(id, startWidth + (moved.clientX - startX) * direction, false);
    const end = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
      handle.removeEventListener('pointercancel', end);
      this.model.setWidth(id, this.model.widthOf(id));
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
  };

  /** APG window splitter: Left/Right move the handle (the column's end edge), Home/End to the bounds, Enter fits. */
  private readonly onResizeKey = (event: KeyboardEvent): void => {
    const id = (event.currentTarget as HTMLElement).dataset.resize as ColumnId;
    const width = this.model.widthOf(id);
    const wider = this.rtl ? 'ArrowLeft' : 'ArrowRight';
    const narrower = this.rtl ? 'ArrowRight' : 'ArrowLeft';
    const next =
      event.key === wider ? width + KEY_STEP_PX : event.key === narrower ? width - KEY_STEP_PX : event.key === 'Home' ? RESIZE_MIN_PX : event.key === 'End' ? RESIZE_MAX_PX : undefined;
    if (next !== undefined) this.model.setWidth(id, next);
    else if (event.key === 'Enter') this.model.fitColumn(id);
    else return;
    // The grid's own arrow keys move between cells: not while a handle has them.
    event.preventDefault();
    event.stopPropagation();
  };

  private readonly onResizeFit = (event: MouseEvent): void => {
    this.model.fitColumn((event.currentTarget as HTMLElement).dataset.resize as ColumnId);
  };
}
