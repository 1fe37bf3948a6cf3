/**
 * The conversations loaded for one query: pages appended in order, de-duplicated by id (cursor
 * and offset pages both repeat rows), with where the next page starts and the total when known.
 * `rows` is replaced, never mutated, on every change so renderers can compare by identity.
 */
import type { Continuation, Conversation, Page } from './types.js';

export class RowStore {
  rows: readonly Conversation[] = [];
  /** Where the next page starts; `null` once the list has ended; `undefined` before the first page. */
  next: Continuation | null | undefined = undefined;
  total?: number;
  pagesLoaded = 0;
  private readonly positions = new Map<string, number>();

  get done(): boolean {
    return this.next === null;
  }

  get started(): boolean {
    return this.pagesLoaded > 0;
  }

  reset(): void {
    this.rows = [];
    this.next = undefined;
    this.total = undefined;
    this.pagesLoaded = 0;
    this.positions.clear();
  }

  /** Appends a page; rows already present are updated in place. Returns how many were new. */
  append(page: Page): number {
    const rows = this.rows.slice();
    let added = 0;
    for (const conversation of page.items) {
      const position = this.positions.get(conversation.id);
      if (position === undefined) {
        this.positions.set(conversation.id, rows.length);
        rows.push(conversation);
        added += 1;
      } else {
        rows[position] = conversation;
      }
    }
    this.rows = rows;
    this.next = page.next;
    if (page.total !== undefined) this.total = page.total;
    this.pagesLoaded += 1;
    return added;
  }

  /**
   * Puts conversations (newest first) before the loaded ones: live arrivals. Rows already present
   * are updated in place instead; a known total grows by the number added, which is returned.
   */
  prepend(conversations: readonly Conversation[]): number {
    const rows = this.rows.slice();
    const fresh = new Map<string, Conversation>();
    for (const conversation of conversations) {
      const position = this.positions.get(conversation.id);
      if (position !== undefined) rows[position] = conversation;
      else if (!fresh.has(conversation.id)) fresh.set(conversation.id, conversation);
    }
    this.rows = fresh.size > 0 ? [...fresh.values(), ...rows] : rows;
    if (fresh.size > 0) {
      // Every loaded row moved down.
      this.positions.clear();
      this.rows.forEach((conversation, index) => this.positions.set(conversation.id, index));
      if (this.total !== undefined) this.total += fresh.size;
    }
    return fresh.size;
  }

  /** Replaces a loaded conversation (after an action or a live update); false when not loaded. */
  replace(conversation: Conversation): boolean {
    const position = this.positions.get(conversation.id);
    if (position === undefined) return false;
    const rows = this.rows.slice();
    rows[position] = conversation;
    this.rows = rows;
    return true;
  }

  get(id: string): Conversation | undefined {
    const position = this.positions.get(id);
    return position === undefined ? undefined : this.rows[position];
  }

  indexOf(id: string): number {
    return this.positions.get(id) ?? -1;
  }
}
