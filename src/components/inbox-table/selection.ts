/**
 * Which conversations are selected: by id, with Shift ranges over the loaded order, and an
 * "all matching" mode that stands for every conversation of the query, loaded or not.
 */
export class Selection {
  private readonly ids = new Set<string>();
  private anchor?: string;
  /** Every conversation matching the query, including rows not loaded yet. */
  allMatching = false;

  has(id: string): boolean {
    return this.allMatching || this.ids.has(id);
  }

  get size(): number {
    return this.ids.size;
  }

  get empty(): boolean {
    return !this.allMatching && this.ids.size === 0;
  }

  selectedIds(): string[] {
    return [...this.ids];
  }

  /** Toggles `id`; with `range`, sets every row between the last toggled one and `id` alike. */
  toggle(id: string, order: readonly string[], range = false): void {
    this.allMatching = false;
    const select = !this.ids.has(id);
    const from = range && this.anchor !== undefined ? order.indexOf(this.anchor) : -1;
    const to = order.indexOf(id);
    if (from >= 0 && to >= 0) {
      const target = this.ids.has(this.anchor!);
      for (const rowId of order.slice(Math.min(from, to), Math.max(from, to) + 1)) {
        if (target) this.ids.add(rowId);
        else this.ids.delete(rowId);
      }
    } else if (select) {
      this.ids.add(id);
    } else {
      this.ids.delete(id);
    }
    this.anchor = id;
  }

  selectAll(order: readonly string[]): void {
    this.allMatching = false;
    for (const id of order) this.ids.add(id);
  }

  selectAllMatching(order: readonly string[]): void {
    this.selectAll(order);
    this.allMatching = true;
  }

  clear(): void {
    this.ids.clear();
    this.allMatching = false;
    this.anchor = undefined;
  }
}
