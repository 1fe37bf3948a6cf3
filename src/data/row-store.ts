/**
 * The conversations loaded for one query: pages appended in order, de-duplicated by id (cursor
 * and offset pages both repeat rows), with where the next page starts and the total when known.
 * `rows` is a new array on every change so renderers can compare by identity.
 *
 * Appending costs O(page), not O(rows loaded): the rows live in one backing array that grows at
 * its end, and `rows` is a read-only view of its first `length` elements, not a copy. A row
 * replaced in place shows through earlier views too; they are superseded by the new one at once.
 * Only a prepend (every position moves) starts a new backing array.
 */
import type { Continuation, Conversation, Page } from './types.js';

export class RowStore {
  rows: readonly Conversation[] = [];
  /** Where the next page starts; `null` once the list has ended; `undefined` before the first page. */
  next: Continuation | null | undefined = undefined;
  total?: number;
  pagesLoaded = 0;
  private backing: Conversation[] = [];
  private readonly positions = new Map<string, number>();

  get done(): boolean {
    return this.next === null;
  }

  get started(): boolean {
    return this.pagesLoaded > 0;
  }

  reset(): void {
    this.backing = [];
    this.rows = [];
    this.next = undefined;
    this.total = undefined;
    this.pagesLoaded = 0;
    this.positions.clear();
  }

  /** Appends a page; rows already present are updated in place. Returns how many were new. */
  append(page: Page): number {
    let added = 0;
    for (const conversation of page.items) {
      const position = this.positions.get(conversation.id);
      if (position === undefined) {
        this.positions.set(conversation.id, this.backing.length);
        this.backing.push(conversation);
        added += 1;
      } else {
        this.backing[position] = conversation;
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
      if (position !== undefined) this.backing[position] = conversation;
      else if (!fresh.has(conversation.id)) fresh.set(conversation.id, conversation);
    }
    if (fresh.size > 0) {
      this.backing = [...fresh.values(), ...this.backing];
      // Every loaded row moved down.
      this.positions.clear();
      this.backing.forEach((conversation, index) => this.positions.set(conversation.id, index));
      if (this.total !== undefined) this.total += fresh.size;
    }
    this.publish();
    return fresh.size;
  }

  /** Replaces a loaded conversation (after an action or a live update); false when not loaded. */
  replace(conversation: Conversation): boolean {
    const position = this.positions.get(conversation.id);
    if (position === undefined) return false;
    this.backing[position] = conversation;
    this.publish();
    return true;
  }

  get(id: string): Conversation | undefined {
    const position = this.positions.get(id);
    return position === undefined ? undefined : this.backing[position];
  }

  indexOf(id: string): number {
    return this.positions.get(id) ?? -1;
  }

  private publish(): void {
    this.rows = prefixView(this.backing, this.backing.length);
  }
}

/**
 * A read-only array of the first `length` elements of `backing`, without copying them: a Proxy
 * of an array is an array (`Array.isArray`, every array method), which is what the virtualizer
 * and renderers take. Its length and order stay as they were while `backing` grows.
 */
function prefixView<T>(backing: T[], length: number): readonly T[] {
  return new Proxy(backing, {
    get: (target, key, receiver) => (key === 'length' ? length : isIndexPast(key, length) ? undefined : Reflect.get(target, key, receiver)),
    has: (target, key) => (isIndexPast(key, length) ? false : Reflect.has(target, key)),
    ownKeys: (target) => Reflect.ownKeys(target).filter((key) => !isIndexPast(key, length)),
    getOwnPropertyDescriptor: (target, key) => {
      if (isIndexPast(key, length)) return undefined;
      const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
      return key === 'length' && descriptor ? { ...descriptor, value: length } : descriptor;
    },
    set: () => false,
    deleteProperty: () => false,
    defineProperty: () => false,
  });
}

function isIndexPast(key: string | symbol, length: number): boolean {
  return typeof key === 'string' && /^\d+$/.test(key) && Number(key) >= length;
}
