/** Mounting and reading `<inbox-table>` the way a user sees it. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import type { ConversationRow } from '../../src/components/conversation-row/conversation-row.js';
import type { InboxDataSource, InboxQuery } from '../../src/data/types.js';

export interface MountOptions {
  source?: InboxDataSource;
  query?: InboxQuery;
  columns?: string[];
  timeZone?: string;
  locale?: string;
  width?: number;
  height?: number;
  detailUrlTemplate?: string;
}

export async function mountTable(options: MountOptions = {}): Promise<InboxTable> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${options.width ?? 780}px; height: ${options.height ?? 480}px">
    <inbox-table
      .source=${options.source}
      .query=${options.query ?? {}}
      .columns=${options.columns}
      time-zone=${options.timeZone ?? 'UTC'}
      locale=${options.locale ?? 'en-US'}
      detail-url-template=${options.detailUrlTemplate ?? '/__detail/{id}'}
    ></inbox-table>
  </div>`);
  return wrapper.querySelector('inbox-table')!;
}

export function renderedRows(table: InboxTable): ConversationRow[] {
  return [...table.shadowRoot!.querySelectorAll<ConversationRow>('conversation-row')];
}

export async function waitForRows(table: InboxTable, atLeast = 1, message = 'rows rendered'): Promise<void> {
  await waitUntil(() => renderedRows(table).length >= atLeast, message, { timeout: 10000 });
}

/** Text of the cell in `columnId` for the rendered row of conversation `id`. */
export function cellText(table: InboxTable, id: string, columnId: string): string {
  const row = table.shadowRoot!.querySelector(`conversation-row[data-id="${id}"]`);
  if (!row) throw new Error(`row ${id} is not rendered`);
  const cell = row.querySelector<HTMLElement>(`.c-${columnId}`);
  if (!cell) throw new Error(`column ${columnId} is not shown`);
  return cell.textContent!.replace(/\s+/g, ' ').trim();
}

export function statusBar(table: InboxTable): string {
  return table.shadowRoot!.querySelector('[part="status"], [part="message"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Every element in the table, including inside shadow roots. */
export function countElements(root: ParentNode): number {
  let count = 0;
  for (const element of root.querySelectorAll('*')) {
    count += 1;
    if (element.shadowRoot) count += countElements(element.shadowRoot);
  }
  return count;
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Scrolls the table's body to the bottom until the list ends. */
export async function scrollToEnd(table: InboxTable, maxSteps = 500): Promise<void> {
  const toBottom = () => {
    const body = table.shadowRoot!.querySelector<HTMLElement>('.body');
    if (body) body.scrollTop = body.scrollHeight;
  };
  for (let step = 0; step < maxSteps && !(table.rows.length > 0 && !table.hasMore); step += 1) {
    toBottom();
    await nextFrame();
  }
  // The last page has arrived; bring its rows into view.
  for (let settle = 0; settle < 3; settle += 1) {
    toBottom();
    await nextFrame();
  }
}

/** URLs of the tabs the test page opened (real tabs in the browser context); `close` closes them. */
export function openedPages(close = false): Promise<string[]> {
  return executeServerCommand<string[], { close: boolean }>('opened-pages', { close });
}

/** Resolves when the table has loaded its next page (after a refresh or a new query). */
export function nextPageLoad(table: InboxTable): Promise<void> {
  return new Promise((resolve) => table.addEventListener('inbox-page-load', () => resolve(), { once: true }));
}
