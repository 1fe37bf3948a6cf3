/**
 * Roving focus for the ARIA grid: one tab stop, arrow keys by cell. Focus is tracked by
 * conversation id and column index, never by element, because the virtualizer recycles row
 * elements (lit#4945): when the focused row leaves the DOM, focus parks on the scroller and
 * returns to the same conversation's cell when it is rendered again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Conversation } from '../../data/types.js';
import { getDeepActiveElement, holdsFocus } from '../shared/deep-focus.js';

/** `rowId` null is the header row. */
export interface ActiveCell {
  rowId: string | null;
  col: number;
}

export interface GridFocusHost extends ReactiveControllerHost {
  readonly rows: readonly Conversation[];
  readonly columnCount: number;
  /** Whether a header row sits above the rows (cards have none: Up stops at the first card). */
  readonly hasHeader: boolean;
  /** Rows a page-step moves. */
  readonly pageRowCount: number;
  /** The rendered cell, if its row is in the DOM. */
  cellElement(cell: ActiveCell): HTMLElement | null;
  /** Brings a row into the rendered range. */
  scrollToRow(index: number): Promise<void>;
  /** Where focus waits while the active row is not rendered. */
  readonly parkingElement: HTMLElement | null;
  /** Whether the grid (or something inside it) holds focus. */
  readonly focusWithin: boolean;
  openRow(id: string): void;
  loadMore(): void;
  readonly hasMore: boolean;
}

export class GridFocusController implements ReactiveController {
  active: ActiveCell = { rowId: null, col: 0 };
  /** True while the grid itself puts focus back (data changed, not the user): no tooltip opens. */
  restoring = false;
  /** Focus was inside the grid and should stay there across re-renders. */
  private keepFocus = false;

  constructor(private readonly host: GridFocusHost) {
    host.addController(this);
  }

  hostUpdate(): void {
    // The active row is not among the loaded rows (new query): fall back to the first row. While
    // nothing is loaded (a refresh in flight) the remembered row is kept, so focus can return to it.
    const { rowId } = this.active;
    if (this.host.rows.length === 0) return;
    if (rowId !== null && !this.host.rows.some((row) => row.id === rowId)) {
      this.active = { rowId: this.host.rows[0]?.id ?? null, col: this.active.col };
    } else if (rowId === null && !this.keepFocus && this.host.rows.length > 0) {
      this.active = { rowId: this.host.rows[0].id, col: this.active.col };
    }
    this.active.col = Math.min(this.active.col, Math.max(0, this.host.columnCount - 1));
  }

  hostUpdated(): void {
    this.restore();
  }

  /** Column index holding the tab stop for `rowId` (-1 for other rows). */
  columnFor(rowId: string | null): number {
    return this.active.rowId === rowId ? this.active.col : -1;
  }

  /** Call on `focusin` inside the grid: remember the cell the user focused. */
  onFocusIn(cell: ActiveCell | undefined): void {
    this.keepFocus = true;
    if (cell && (cell.rowId !== this.active.rowId || cell.col !== this.active.col)) {
      this.active = cell;
      this.host.requestUpdate();
    }
  }

  /** Call on `focusout`; a focused element that was removed (recycled) does not end focus. */
  onFocusOut(target: Element, next: Element | null, insideGrid: (node: Element) => boolean): void {
    if (next && insideGrid(next)) return;
    queueMicrotask(() => {
      if (target.isConnected && !this.host.focusWithin) {
        this.keepFocus = false;
        // Coming back with Tab lands on the first row rather than the header.
        if (this.active.rowId === null && this.host.rows.length > 0) {
          this.active = { rowId: this.host.rows[0].id, col: this.active.col };
          this.host.requestUpdate();
        }
      } else {
        this.restore();
      }
    });
  }

  /** Puts focus back on the active cell if the grid had it, or parks it until the row returns. */
  restore(): void {
    if (!this.keepFocus) return;
    const cell = this.host.cellElement(this.active);
    const parking = this.host.parkingElement;
    if (cell) {
      if (!holdsFocus(cell)) {
        this.restoring = true;
        cell.focus({ preventScroll: true });
        this.restoring = false;
      }
    } else if (!this.host.focusWithin && parking) {
      parking.focus({ preventScroll: true });
    }
  }

  /** Handles a grid key; returns true when it acted (the caller prevents the default). */
  handleKey(event: KeyboardEvent, onCell: boolean): boolean {
    const rows = this.host.rows;
    const lastCol = this.host.columnCount - 1;
    const rowIndex = this.active.rowId === null ? -1 : rows.findIndex((row) => row.id === this.active.rowId);
    const ctrl = event.ctrlKey || event.metaKey;
    if (!onCell && event.key !== 'Escape') return false;
    switch (event.key) {
      case 'ArrowRight':
        return this.moveTo(rowIndex, Math.min(lastCol, this.active.col + 1));
      case 'ArrowLeft':
        return this.moveTo(rowIndex, Math.max(0, this.active.col - 1));
      case 'ArrowDown':
        if (rowIndex >= rows.length - 1 && this.host.hasMore) this.host.loadMore();
        return this.moveTo(Math.min(rows.length - 1, rowIndex + 1), this.active.col);
      case 'ArrowUp':
        return this.moveTo(Math.max(this.host.hasHeader ? -1 : 0, rowIndex - 1), this.active.col);
      case 'Home':
        return this.moveTo(ctrl ? (rows.length ? 0 : -1) : rowIndex, 0);
      case 'End':
        if (ctrl && this.host.hasMore) this.host.loadMore();
        return this.moveTo(ctrl ? rows.length - 1 : rowIndex, lastCol);
      case 'PageDown':
        if (rowIndex + this.host.pageRowCount >= rows.length - 1 && this.host.hasMore) this.host.loadMore();
        return this.moveTo(Math.min(rows.length - 1, rowIndex + this.host.pageRowCount), this.active.col);
      case 'PageUp':
        return this.moveTo(Math.max(rows.length ? 0 : -1, rowIndex - this.host.pageRowCount), this.active.col);
      case 'Enter':
        if (rowIndex < 0) return false;
        this.host.openRow(rows[rowIndex].id);
        return true;
      default:
        return false;
    }
  }

  /** Moves the grid's focus to the row of `rowId` (same column), scrolling it into view. */
  focusRow(rowId: string): void {
    const index = this.host.rows.findIndex((row) => row.id === rowId);
    if (index >= 0) this.moveTo(index, this.active.col);
  }

  /** Makes `rowId` the active row without taking focus (focus is elsewhere, e.g. in the preview), and shows it. */
  activateRow(rowId: string): void {
    const index = this.host.rows.findIndex((row) => row.id === rowId);
    if (index < 0) return;
    this.active = { rowId, col: this.active.col };
    this.host.requestUpdate();
    void this.host.scrollToRow(index);
  }

  /** Escape inside a cell's button or link returns focus to the cell. */
  returnToCell(): void {
    this.keepFocus = true;
    this.host.cellElement(this.active)?.focus();
  }

  private moveTo(rowIndex: number, col: number): boolean {
    const rows = this.host.rows;
    const rowId = rowIndex < 0 ? null : rows[rowIndex]?.id ?? null;
    this.active = { rowId, col };
    this.keepFocus = true;
    this.host.requestUpdate();
    const cell = this.host.cellElement(this.active);
    if (cell) {
      cell.focus();
      cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    } else if (rowIndex >= 0) {
      void this.host.scrollToRow(rowIndex).then(() => this.restore());
    }
    return true;
  }
}

// Shared with the other elements; re-exported where the table and its tests have always found it.
export { getDeepActiveElement };
