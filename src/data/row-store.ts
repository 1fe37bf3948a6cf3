/**
 * The conversations loaded for one query: pages appended in order, de-duplicated by id (cursor
 * and offset pages both repeat rows), with where the next page starts and the total when known.
 *
 * Every change gives `rows` a new identity (renderers and the virtualizer compare by identity) and
 * a new `revision`, yet appending costs O(page), not O(rows loaded): the store keeps two equal
 * arrays, changes both in place, and publishes them in turn. So an earlier `rows` may change after
 * a later one replaced it; read the current one.
 */
import type { Continuation, Conversation, Page } from './types.js';

export class RowStore {
  rows: readonly Conversation[] = [];
  /** Where the next page starts; `null` once the list has ended; `undefined` before the first page. */
  next: Continuation | null | undefined = undefined;
  total?: number;
  pagesLoaded = 0;
  /** Counts changes to `rows`: equal revisions, equal rows. */
  revision = 0;
  private copies: [Conversation[], Conversation[]] = [[], []];
  private readonly positions = new Map<string, number>();

  get done(): boolean {
    return this.next === null;
  }

  get started(): boolean {
    return this.pagesLoaded > 0;
  }

  reset(): void {
    this.copies = [[], []];
    this.rows = [];
    this.next = undefined;
    this.total = undefined;
    this.pagesLoaded = 0;
    this.positions.clear();
    this.revision += 1;
  }

  /** Appends a page; rows already present are updated in place. Returns how many were new. */
  append(page: Page): number {
    let added = 0;
    for (const conversation of page.items) {
      const position = this.positions.get(conversation.id);
      if (position === undefined) {
        this.positions.set(conversation.id, this.copies[0].length);
        for (const copy of this.copies) copy.push(conversation);
        added += 1;
      } else {
        this.put(position, conversation);
      }
    }
    this.publish();
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
    const fresh = new Map<string, Conversation>();
    for (const conversation of conversations) {
      const position = this.positions.get(conversation.id);
      if (position !== undefined) this.put(position, conversation);
      else if (!fresh.has(conversation.id)) fresh.set(conversation.id, conversation);
    }
    if (fresh.size > 0) {
      const rows = [...fresh.values(), ...this.copies[0]];
      this.copies = [rows, rows.slice()];
      // Every loaded row moved down.
      this.positions.clear();
      rows.forEach((conversation, index) => this.positions.set(conversation.id, index));
      if (this.total !== undefined) this.total += fresh.size;
    }
    this.publish();
    return fresh.size;
  }

  /** Replaces a loaded conversation (after an action or a live update); false when not loaded. */
  replace(conversation: Conversation): boolean {
    const position = this.positions.get(conversation.id);
    if (position === undefined) return false;
    this.put(position, conversation);
    this.publish();
    return true;
  }

  get(id: string): Conversation | undefined {
    const position = this.positions.get(id);
    return position === undefined ? undefined : this.copies[0][position];
  }

  indexOf(id: string): number {
    return this.positions.get(id) ?? -1;
  }

  private put(position: number, conversation: Conversation): void {
    for (const copy of this.copies) copy[position] = conversation;
  }

  /** The other copy becomes `rows`: a new identity, no copying. */
  private publish(): void {
    this.revision += 1;
    this.rows = this.copies[this.revision % 2]!;
  }
}
