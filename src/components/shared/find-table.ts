import type { InboxTable } from '../inbox-table/inbox-table.js';

/**
 * The `<inbox-table>` a toolbar element drives: the one with id `forId` in its tree, else the one
 * it is placed in (its toolbar slot).
 */
export function findTable(element: HTMLElement, forId: string | undefined): InboxTable | undefined {
  const root = element.getRootNode() as Document | ShadowRoot;
  const found = forId ? root.getElementById?.(forId) : element.closest('inbox-table');
  return found?.localName === 'inbox-table' ? (found as InboxTable) : undefined;
}
