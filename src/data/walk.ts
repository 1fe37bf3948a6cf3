/**
 * What the paginated API sources share: remembering the ids a walk through a list has served
 * (timestamp cursors re-serve rows, offset pages shift when rows arrive), and asking for more
 * pages when one shows nothing new.
 */
import type { Conversation } from './types.js';

/**
 * The ids served so far in one walk, each with the number of the page that served it first.
 * A page requested again (a retry, a refresh) serves the same rows again; a later page never
 * repeats a row an earlier page served.
 */
export class SeenIds {
  private readonly firstPage = new Map<string, number>();

  /** The rows no earlier page served, each id once, now recorded as served by `page`. */
  keepNew(items: readonly Conversation[], page: number): Conversation[] {
    const inPage = new Set<string>();
    return items.filter(({ id }) => {
      const first = this.firstPage.get(id);
      if (inPage.has(id) || (first !== undefined && first < page)) return false;
      inPage.add(id);
      if (first === undefined) this.firstPage.set(id, page);
      return true;
    });
  }
}

/** Where a walk stands: the API's own position plus what the walk has served. */
export interface WalkPosition<P> {
  at: P;
  /** 0 for the first page of the walk. */
  page: number;
  seen: SeenIds;
}

export function startWalk<P>(at: P): WalkPosition<P> {
  return { at, page: 0, seen: new SeenIds() };
}

export function stepWalk<P>(from: WalkPosition<P>, at: P): WalkPosition<P> {
  return { at, page: from.page + 1, seen: from.seen };
}

/** Whether a host handed back a continuation this source produced. */
export function isWalkPosition(value: unknown): value is WalkPosition<unknown> {
  return typeof value === 'object' && value !== null && (value as WalkPosition<unknown>).seen instanceof SeenIds;
}

export interface LoadedPage<P> {
  items: Conversation[];
  next: P | null;
  total?: number;
}

/** Requests after the first one in a single `fetchPage` call, when pages hold nothing to show. */
const MAX_EXTRA_REQUESTS = 9;

/**
 * Loads from `start` and keeps loading while a page has nothing to show (only repeats or hidden
 * rows) and the list goes on, so a caller never receives an empty page in the middle of a list.
 * Bounded: after a few empty pages the empty page is returned with its `next`.
 */
export async function loadUntilVisible<P>(start: P, load: (at: P) => Promise<LoadedPage<P>>): Promise<LoadedPage<P>> {
  let page = await load(start);
  for (let extra = 0; page.items.length === 0 && page.next !== null && extra < MAX_EXTRA_REQUESTS; extra += 1) {
    page = await load(page.next);
  }
  return page;
}

/** The page size to ask an API for: a whole number from 1 to `max`, else `fallback`. */
export function pageLimit(requested: number | undefined, fallback: number, max: number): number {
  const size = requested !== undefined && Number.isFinite(requested) ? Math.floor(requested) : fallback;
  return Math.min(max, Math.max(1, size));
}

/** The rows that could be normalized (a row without an id can be neither shown nor de-duplicated). */
export function normalizeAll(rows: readonly unknown[], normalize: (row: unknown) => Conversation | undefined): Conversation[] {
  return rows.map(normalize).filter((conversation): conversation is Conversation => conversation !== undefined);
}
