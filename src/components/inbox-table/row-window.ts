/**
 * The slice of the loaded rows the virtualizer holds. The virtualizer clamps its height near
 * 8.2 million px (about 186,000 rows of 44 px), so a longer list would end in rows that can never
 * be scrolled to. Instead the virtualizer gets at most `WINDOW_ROWS` rows, and the window moves
 * under the viewport: when scrolling comes near an edge that has more rows beyond it, the window is
 * re-centred on what is visible and the scroll position moves by the same number of rows, so
 * nothing on screen changes. Rows all have one height, which makes that exact.
 */

/** Rows the virtualizer holds at most: 40,000 × 44 px is 1.8 million px, reachable up to 205 px rows (cards included). */
export const WINDOW_ROWS = 40_000;

/** How close (in rows) the viewport may come to a window edge before the window moves. */
export const EDGE_ROWS = 5_000;

export class RowWindow<T> {
  /** Index of the window's first row among all loaded rows. */
  start = 0;

  private slice?: { revision: number; start: number; items: readonly T[] };

  /** For a new list: from its first row, without the previous list's slice. */
  reset(): void {
    this.start = 0;
    this.slice = undefined;
  }

  /**
   * The rows the virtualizer holds; the same array until the rows (`revision`, the row store's) or
   * the window change.
   */
  items(rows: readonly T[], revision: number): readonly T[] {
    this.start = clampStart(this.start, rows.length);
    if (rows.length <= WINDOW_ROWS) return rows;
    const cached = this.slice;
    if (cached?.revision === revision && cached.start === this.start) return cached.items;
    const items = rows.slice(this.start, this.start + WINDOW_ROWS);
    this.slice = { revision, start: this.start, items };
    return items;
  }

  /**
   * Moves the window so that row `index` (among all loaded rows) is inside it with room on both
   * sides, if it is not. Returns how many rows the window moved (positive: towards the end).
   */
  reveal(index: number, total: number): number {
    return this.follow(index - this.start, index - this.start, total);
  }

  /**
   * After a scroll that shows window rows `firstVisible`…`lastVisible`: re-centres the window on them
   * when they come near an edge with more rows beyond. Returns how many rows the window moved, by
   * which the scroll position must move back to keep the same rows on screen.
   */
  follow(firstVisible: number, lastVisible: number, total: number): number {
    const nearStart = firstVisible < EDGE_ROWS && this.start > 0;
    const nearEnd = lastVisible >= WINDOW_ROWS - EDGE_ROWS && this.start + WINDOW_ROWS < total;
    if (!nearStart && !nearEnd) return 0;
    return this.moveTo(this.start + Math.round((firstVisible + lastVisible) / 2) - WINDOW_ROWS / 2, total);
  }

  private moveTo(start: number, total: number): number {
    const previous = this.start;
    this.start = clampStart(start, total);
    return this.start - previous;
  }
}

function clampStart(start: number, total: number): number {
  return Math.max(0, Math.min(start, total - WINDOW_ROWS));
}
