/**
 * Filters remembered in `localStorage`, one entry per organization: the key is the source's `id`
 * (`anyreach:org_1`, `avoca:ws_2`), which never holds a credential, so one organization's filters
 * never show up in another's inbox. Storage that is blocked or full is ignored.
 */
import { selectionFromParams, selectionToParams, type FilterSelection, type ReadContext } from './query-url.js';

const KEY_PREFIX = 'inbox-filters:';

/** The `localStorage` key of an organization's filters. */
export function storageKey(sourceId: string): string {
  return KEY_PREFIX + sourceId;
}

/** The organization's remembered selection, or `undefined` when none (or storage is unusable). */
export function readStoredSelection(sourceId: string, context: ReadContext, storage: Storage | undefined = defaultStorage()): FilterSelection | undefined {
  try {
    const stored = storage?.getItem(storageKey(sourceId));
    // Stored as URL parameters without a prefix: one format, one validating reader.
    return stored === null || stored === undefined ? undefined : (selectionFromParams(new URLSearchParams(stored), context, '') ?? { query: {} });
  } catch {
    return undefined;
  }
}

/** Remembers the organization's selection; an empty one is remembered too (the user cleared it). */
export function storeSelection(sourceId: string, selection: FilterSelection, storage: Storage | undefined = defaultStorage()): void {
  try {
    storage?.setItem(storageKey(sourceId), new URLSearchParams(selectionToParams(selection, '')).toString());
  } catch {
    // Blocked (sandboxed frame, privacy mode) or full: the filters still work, just unremembered.
  }
}

/** The selection to start from: the URL's, else the remembered one, else the defaults. */
export function initialSelection(fromUrl: FilterSelection | undefined, stored: FilterSelection | undefined, defaults: FilterSelection): FilterSelection {
  return fromUrl ?? stored ?? defaults;
}

function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
