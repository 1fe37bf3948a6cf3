/**
 * What the header's column controls do, loaded on their first use: resizing with the pointer and
 * the keys, moving a column by dragging its header, a column's menu and the column chooser.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ColumnId } from '../../format/columns.js';
import { chooserColumns, moveColumn, toggleColumn } from '../../format/column-edits.js';
import { RESIZE_MAX_PX, RESIZE_MIN_PX } from '../../format/column-state.js';
import { defineElement } from '../define.js';
import { placeBeside } from '../shared/floating.js';
import type { ColumnController, ColumnHost } from '../inbox-table/column-controller.js';
import type { ColumnHeader } from '../inbox-table/column-header.js';
import { InboxColumnMenu, type ColumnCommandEvent, type ColumnMenuItem } from './inbox-column-menu.js';

export type PopoverKind = 'chooser' | 'column';

const POPOVER_ID = 'inbox-column-menu';
/** Pixels an arrow key moves a resize handle. */
const KEY_STEP_PX = 16;
/** Pointer travel after which pressing a header starts moving its column instead of clicking it. */
const DRAG_START_PX = 6;

interface Open {
  kind: PopoverKind;
  trigger: HTMLElement;
  id?: ColumnId;
}

export class ColumnTools {
  private opened?: Open;
  private focusFirst = false;

  constructor(
    private readonly host: ColumnHost,
    private readonly model: ColumnController,
    private readonly header: ColumnHeader,
  ) {
    defineElement('inbox-column-menu', InboxColumnMenu);
  }

  private get rtl(): boolean {
    return getComputedStyle(this.host).direction === 'rtl';
  }

  private get popover(): HTMLElement | null {
    return (this.host.renderRoot as ParentNode).querySelector<HTMLElement>(`#${POPOVER_ID}`);
  }

  isOpen(kind: PopoverKind, id?: ColumnId): boolean {
    return this.opened?.kind === kind && this.opened.id === id;
  }

  open(kind: PopoverKind, trigger: HTMLElement, id?: ColumnId): void {
    this.opened = { kind, trigger, id };
    this.focusFirst = true;
    this.host.requestUpdate();
  }

  close(returnFocus: boolean): void {
    const opened = this.opened;
    this.opened = undefined;
    const popover = this.popover;
    if (popover?.matches(':popover-open')) popover.hidePopover();
    this.host.requestUpdate();
    if (!returnFocus || !opened) return;
    // A column's menu button is found again by its column: a move re-renders the header in the new order.
    void this.host.updateComplete.then(() => {
      const root = this.host.renderRoot as ParentNode;
      const trigger = opened.id ? root.querySelector<HTMLElement>(`.head [data-column="${opened.id}"] .column-menu`) : opened.trigger;
      trigger?.focus();
    });
  }

  hostUpdated(): void {
    const popover = this.popover;
    const opened = this.opened;
    if (!popover || !opened) return;
    placeBeside(opened.trigger, popover, { placement: 'bottom-end', gap: 4, padding: 8 }, () => this.opened === opened && popover.isConnected);
    if (!this.focusFirst) return;
    this.focusFirst = false;
    const menu = popover.querySelector('inbox-column-menu');
    void menu?.updateComplete.then(() => menu.focusFirst());
  }

  renderPopover(): TemplateResult | typeof nothing {
    const opened = this.opened;
    if (!opened) return nothing;
    const strings = this.host.strings;
    const nameOf = (id: string) => strings.columns[id] ?? id;
    const menu = opened.kind === 'column' && opened.id ? { label: strings.columnTools.menu(nameOf(opened.id)), items: this.menuItems(opened.id) } : undefined;
    const chooser =
      opened.kind === 'chooser'
        ? {
            heading: strings.columnTools.chooser,
            reset: strings.columnTools.reset,
            items: chooserColumns(this.model.shownIds, this.model.available).map((item) => ({ ...item, name: nameOf(item.id) })),
          }
        : undefined;
    return html`<div id=${POPOVER_ID} class="menu-popover" popover="auto" part="column-menu" @toggle=${this.onToggle} @keydown=${this.onKeyDown}>
      <inbox-column-menu .menu=${menu} .chooser=${chooser} @inbox-column-command=${this.onCommand}></inbox-column-menu>
    </div>`;
  }

  /** Whether `id` can move one place that way among the shown columns. */
  private canMove(id: ColumnId, by: -1 | 1): boolean {
    const shown = this.model.shownIds;
    const at = shown.indexOf(id);
    return at >= 0 && at + by >= 0 && at + by < shown.length;
  }

  private menuItems(id: ColumnId): ColumnMenuItem[] {
    const strings = this.host.strings.columnTools;
    const sorts = this.model.sortsOf(id);
    // "Left" and "right" as seen: in RTL the start is on the right.
    const left = this.rtl ? 1 : -1;
    const items: ColumnMenuItem[] = [
      { label: strings.moveLeft, command: { kind: 'move', id, by: left }, disabled: !this.canMove(id, left) },
      { label: strings.moveRight, command: { kind: 'move', id, by: -left as -1 | 1 }, disabled: !this.canMove(id, -left as -1 | 1) },
    ];
    if (sorts.ascending) items.push({ label: strings.sortAscending, command: { kind: 'sort', sort: sorts.ascending } });
    if (sorts.descending) items.push({ label: strings.sortDescending, command: { kind: 'sort', sort: sorts.descending } });
    items.push({ label: strings.fit, command: { kind: 'fit', id } });
    items.push({ label: strings.hide, command: { kind: 'toggle', id, show: false }, disabled: this.model.shownIds.length < 2 });
    return items;
  }

  private readonly onToggle = (event: ToggleEvent): void => {
    // Light dismiss (click outside, Escape) closed the popover.
    if (event.newState === 'closed' && this.opened) this.close(true);
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Tab' && this.opened?.kind === 'column') this.close(true);
  };

  private readonly onCommand = (event: ColumnCommandEvent): void => {
    const { command } = event;
    const model = this.model;
    const shown = model.shownIds;
    if (command.kind === 'toggle') model.change({ ...model.columnState, columns: toggleColumn(shown, command.id, command.show) });
    else if (command.kind === 'move') model.change({ ...model.columnState, columns: moveColumn(shown, command.id, command.by) });
    else if (command.kind === 'reset') model.change({});
    else if (command.kind === 'sort') model.sortBy(command.sort);
    else model.fitColumn(command.id as ColumnId);
    // The chooser stays open for the next pick; a column's menu closes on its pick.
    if (this.opened?.kind === 'column') this.close(true);
  };

  /** Follows the pointer the header captured for `handle` (moves made before this loaded are caught up on the next). */
  resizeWithPointer(handle: HTMLElement, pointerId: number, start: { x: number; width: number }): void {
    const id = handle.dataset.resize as ColumnId;
    const direction = this.rtl ? -1 : 1;
    const widthAt = (x: number) => start.width + (x - start.x) * direction;
    const move = (moved: PointerEvent) => this.model.setWidth(id, widthAt(moved.clientX), false);
    const end = (ended: PointerEvent) => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
      handle.removeEventListener('pointercancel', end);
      this.model.setWidth(id, widthAt(ended.clientX));
    };
    if (!handle.hasPointerCapture(pointerId)) return;
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
  }

  /** APG window splitter: Left/Right move the handle (the column's end edge), Home/End to the bounds, Enter fits. */
  resizeWithKey(id: ColumnId, key: string): void {
    const width = this.model.widthOf(id);
    const wider = this.rtl ? 'ArrowLeft' : 'ArrowRight';
    if (key === 'Enter') return this.model.fitColumn(id);
    const next = key === 'Home' ? RESIZE_MIN_PX : key === 'End' ? RESIZE_MAX_PX : width + (key === wider ? KEY_STEP_PX : -KEY_STEP_PX);
    this.model.setWidth(id, next);
  }

  /** Pressing a header and moving along the row moves its column to where it is let go. */
  moveWithPointer(cell: HTMLElement, startX: number): void {
    const id = cell.dataset.column as ColumnId;
    let dragging = false;
    const move = (moved: PointerEvent) => {
      if (!dragging && Math.abs(moved.clientX - startX) < DRAG_START_PX) return;
      if (!dragging) {
        dragging = this.header.dragged = true;
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
      if (dragging && ended.type === 'pointerup') {
        const before = this.dropBefore(ended.clientX, id);
        if (before !== null) this.model.change({ ...this.model.columnState, columns: moveColumn(this.model.shownIds, id, { before }) });
      }
      // The click that follows this pointerup must not sort; the next press starts afresh.
      setTimeout(() => (this.header.dragged = false));
    };
    cell.addEventListener('pointermove', move);
    cell.addEventListener('pointerup', end);
    cell.addEventListener('pointercancel', end);
  }

  private get headers(): HTMLElement[] {
    return [...(this.host.renderRoot as ParentNode).querySelectorAll<HTMLElement>('.head [data-column]')];
  }

  /**
   * The shown column a header dropped at `x` goes before (`undefined`: last), or `null` when it
   * stays where it is. Only among the user's columns: selection and actions keep their places.
   */
  private dropBefore(x: number, id: ColumnId): string | undefined | null {
    const headers = this.headers;
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
    const headers = this.headers;
    headers.forEach((header, index) => {
      header.classList.toggle('drop-before', before != null && header.dataset.column === before);
      header.classList.toggle('drop-after', before === undefined && index === headers.length - 1);
    });
  }
}
