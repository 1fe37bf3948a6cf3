/** Mounting and reading `<inbox-table>` the way a user sees it. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
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

/** The table's scrolling body, which holds the virtualized rows. */
export function tableBody(table: InboxTable): HTMLElement {
  return table.shadowRoot!.querySelector<HTMLElement>('.body')!;
}

/** Resolves on the next `type` event at `target`. */
export function nextEvent(target: EventTarget, type: string): Promise<Event> {
  return new Promise((resolve) => target.addEventListener(type, resolve, { once: true }));
}

/**
 * Follows a table's virtualizer so a test can wait until its layout has settled. Each range change
 * is a new layout, and the virtualizer keeps refining it (measuring rows, re-anchoring) until it
 * reports `layoutComplete`; a scroll made before then can be pulled back to the old anchor. Call
 * before the table has rows (give it its source after), so no range change is missed.
 */
export function watchLayout(table: InboxTable): { settled(): Promise<void> } {
  let latest: Promise<unknown> = Promise.resolve();
  // `rangeChanged` does not bubble; a capturing listener on the shadow root still sees it.
  table.shadowRoot!.addEventListener(
    'rangeChanged',
    (event) => {
      const virtualizer = (event.target as VirtualizerHostElement)[virtualizerRef];
      // Rejected only when the table is removed, after the test.
      if (virtualizer) latest = virtualizer.layoutComplete.catch(() => undefined);
    },
    { capture: true },
  );
  return {
    async settled() {
      let current: Promise<unknown>;
      do {
        current = latest;
        await current;
      } while (current !== latest);
    },
  };
}

/**
 * Whether rows are laid out over the whole of the body's viewport: a rendered row across its top
 * edge, and one across its bottom edge unless the list's last row ends above it.
 */
function viewportFilled(table: InboxTable): boolean {
  const body = tableBody(table);
  if (!body) return false;
  const top = body.getBoundingClientRect().top + body.clientTop;
  const bottom = top + body.clientHeight;
  const lastIndex = String(table.rows.length + 1);
  const boxes = renderedRows(table).map((row) => ({ box: row.getBoundingClientRect(), last: row.getAttribute('aria-rowindex') === lastIndex }));
  const atTop = boxes.some(({ box }) => box.height > 0 && box.top <= top + 0.5 && box.bottom > top);
  const atBottom = boxes.some(({ box, last }) => box.height > 0 && box.top < bottom && (box.bottom >= bottom - 0.5 || last));
  return atTop && atBottom;
}

/**
 * Resolves once what the table holds is on screen: the table and its rendered rows have no update
 * pending, and rows are laid out over the body's whole viewport (or end inside it).
 */
export async function rowsInView(table: InboxTable, message = 'rows laid out over the viewport'): Promise<void> {
  await waitUntil(
    () => !table.isUpdatePending && renderedRows(table).every((row) => !row.isUpdatePending) && viewportFilled(table),
    message,
    { timeout: 10000 },
  );
}

/**
 * Scrolls the body to `top` and resolves once the result is on screen: the scroll has reached the
 * table (which may move its row window, then scroll back by as many rows) and its virtualizer
 * (whose layout has settled too, when followed with `watchLayout`), with rows over the viewport.
 */
export async function scrollBodyTo(table: InboxTable, top: number, layout?: { settled(): Promise<void> }): Promise<void> {
  const body = tableBody(table);
  let scrolled = nextEvent(body, 'scroll');
  const before = body.scrollTop;
  body.scrollTop = top;
  if (body.scrollTop !== before) {
    await scrolled;
    const target = body.scrollTop;
    scrolled = nextEvent(body, 'scroll');
    await table.updateComplete;
    // The table moved its row window and scrolled back by the rows it moved.
    if (body.scrollTop !== target) await scrolled;
  }
  await layout?.settled();
  await rowsInView(table);
}

/** Whether the table is loading a page. */
function loading(table: InboxTable): boolean {
  return table.shadowRoot!.querySelector('[role="grid"]')?.getAttribute('aria-busy') === 'true';
}

/** Scrolls the table's body to the bottom, page after page, until the list ends; its last rows on screen. */
export async function scrollToEnd(table: InboxTable, maxSteps = 500): Promise<void> {
  for (let step = 0; step < maxSteps && !(table.rows.length > 0 && !table.hasMore); step += 1) {
    await scrollBodyTo(table, tableBody(table).scrollHeight);
    // Reaching the end asks for the next page; wait for its answer (rows or an error).
    await waitUntil(() => !loading(table) && !table.isUpdatePending, 'page answered', { timeout: 10000 });
  }
  // The last page has arrived; bring its rows into view.
  await scrollBodyTo(table, tableBody(table).scrollHeight);
}

/** URLs of the tabs the test page opened (real tabs in the browser context); `close` closes them. */
export function openedPages(close = false): Promise<string[]> {
  return executeServerCommand<string[], { close: boolean }>('opened-pages', { close });
}

/** Resolves when the table has loaded its next page (after a refresh or a new query). */
export function nextPageLoad(table: InboxTable): Promise<void> {
  return new Promise((resolve) => table.addEventListener('inbox-page-load', () => resolve(), { once: true }));
}
