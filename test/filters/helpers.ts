/** Mounting `<inbox-filters>` in an `<inbox-table>` against the local API server, and reading what a user sees. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { defineElement } from '../../src/components/define.js';
import { InboxFilters } from '../../src/components/inbox-filters/inbox-filters.js';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { createAnyreachSource } from '../../src/data/anyreach.js';
import { createAvocaSource } from '../../src/data/avoca.js';
import type { Conversation, InboxDataSource } from '../../src/data/types.js';
import { apiSession, type ApiSession, type LoggedRequest } from '../data/api-session.js';

defineElement('inbox-filters', InboxFilters);

export const FAST_RETRY = { baseDelayMs: 10, attempts: 2 };

export interface FilterSession extends Omit<ApiSession, 'anyreach' | 'avoca'> {
  anyreachSource(options?: { token?: string; organizationId?: string }): InboxDataSource;
  avocaSource(): InboxDataSource;
  /**
   * First-page list requests received, oldest first: one per query the table asked for (later
   * pages, agents, members and the like left out).
   */
  listRequests(): Promise<LoggedRequest[]>;
}

export function filterSession(prefix: string): FilterSession {
  const session = apiSession(`filters-${prefix}`);
  const origin = location.origin;
  return {
    ...session,
    anyreachSource: ({ token = 'ak_demo.sensitive', organizationId } = {}) =>
      createAnyreachSource({ baseUrl: origin + session.anyreach, token, organizationId, retry: FAST_RETRY }),
    avocaSource: () => createAvocaSource({ baseUrl: origin + session.avoca, apiKey: 'avk_demo', workspaceId: 'ws_demo', retry: FAST_RETRY }),
    async listRequests() {
      return (await session.requests()).filter(
        (request) => /\/(core|inbox)\/conversations$/.test(request.path) && request.query.cursor === undefined && (request.query.offset ?? '0') === '0',
      );
    },
  };
}

export interface Mounted {
  table: InboxTable;
  filters: InboxFilters;
}

export interface MountOptions {
  timeZone?: string;
  syncUrl?: boolean;
  persist?: boolean;
  /** The host page's column width in px (900 by default). */
  width?: number;
  dir?: 'ltr' | 'rtl';
}

/** `<inbox-filters slot="toolbar">` inside an `<inbox-table>`, as a plain page would write it. */
export async function mountInTable(source: InboxDataSource, options: MountOptions = {}): Promise<Mounted> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${options.width ?? 900}px; height: 700px" dir=${options.dir ?? 'ltr'}>
    <inbox-table .source=${source} time-zone=${options.timeZone ?? 'UTC'} locale="en-US">
      <inbox-filters slot="toolbar" ?sync-url=${options.syncUrl ?? false} ?persist=${options.persist ?? false}></inbox-filters>
    </inbox-table>
  </div>`);
  const table = wrapper.querySelector('inbox-table')!;
  const filters = wrapper.querySelector('inbox-filters')!;
  await filters.updateComplete;
  return { table, filters };
}

/** Waits until the table has answered its latest query (rows, or the empty message). */
export async function settled(table: InboxTable, message = 'table loaded'): Promise<void> {
  await waitUntil(() => table.hasMore || (table.rows.length > 0 && !table.hasMore) || emptyMessage(table) !== '', message, { timeout: 10000 });
}

function emptyMessage(table: InboxTable): string {
  return table.shadowRoot!.querySelector('[part="message"]')?.textContent?.trim() ?? '';
}

/** Waits for the number of list requests to reach `count`, then a little longer so extras would show. */
export async function listRequestsAfter(session: FilterSession, count: number): Promise<LoggedRequest[]> {
  await waitUntil(async () => (await session.listRequests()).length >= count, `${count} list requests`, { timeout: 10000 });
  await new Promise((resolve) => setTimeout(resolve, 150));
  return session.listRequests();
}

/** The list requests so far, once one sent `param=text`. */
export async function searchRequested(session: FilterSession, text: string, param = 'search'): Promise<LoggedRequest[]> {
  let requests: LoggedRequest[] = [];
  await waitUntil(async () => (requests = await session.listRequests()).some((request) => request.query[param] === text), `${param}=${text}`, { timeout: 10000 });
  return requests;
}

/**
 * The values `param` took in `requests`, checked to be what typing `text` searches: the last is
 * `text`, and any before it are what was typed so far when a pause in typing (a busy machine's
 * slow keys) applied it.
 */
export function typedSearches(requests: LoggedRequest[], param: string, text: string): string[] {
  const values = requests.map((request) => request.query[param]).filter((value): value is string => value !== undefined);
  expect(values.at(-1), `the last ${param}`).to.equal(text);
  for (const value of values) expect(text.startsWith(value), `${param}=${value} is what was typed so far`).to.equal(true);
  return values;
}

/** The query of a logged request without paging parameters. */
export function filterParams(request: LoggedRequest): Record<string, string> {
  const { limit: _limit, offset: _offset, cursor: _cursor, ...rest } = request.query;
  return rest;
}

export function $<T extends Element = HTMLElement>(filters: InboxFilters, selector: string): T {
  const element = filters.shadowRoot!.querySelector<T>(selector);
  if (!element) throw new Error(`${selector} is not rendered`);
  return element;
}

export function chipTexts(filters: InboxFilters): string[] {
  return [...filters.shadowRoot!.querySelectorAll('.chip > span')].map((chip) => chip.textContent!.trim());
}

export function removeButton(filters: InboxFilters, name: string): HTMLButtonElement {
  const button = [...filters.shadowRoot!.querySelectorAll<HTMLButtonElement>('.chip button')].find((candidate) => candidate.getAttribute('aria-label') === name);
  if (!button) throw new Error(`no chip button named "${name}"`);
  return button;
}

/** Sets a control the way a user's edit does: value, then the events a browser fires. */
export async function setValue(filters: InboxFilters, selector: string, value: string): Promise<void> {
  const control = $<HTMLInputElement | HTMLSelectElement>(filters, selector);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await filters.updateComplete;
}

export async function check(filters: InboxFilters, selector: string, checked: boolean): Promise<void> {
  const box = $<HTMLInputElement>(filters, selector);
  if (box.checked !== checked) box.click();
  await filters.updateComplete;
}

export async function openPanel(filters: InboxFilters): Promise<void> {
  if (!filters.open) $(filters, '.toggle').click();
  await filters.updateComplete;
  // On a narrow table the panel is a dialog, loaded the first time it opens.
  const shown = () => filters.open && (filters.shadowRoot!.querySelector('[part="panel"]')?.getClientRects().length ?? 0) > 0;
  if (!shown()) await waitUntil(shown, 'filter panel shown');
}

export async function apply(filters: InboxFilters): Promise<void> {
  $<HTMLButtonElement>(filters, '[part="apply"]').click();
  await filters.updateComplete;
}

/** Applies the panel; returns the one list request the table made for it, its filter parameters and the rows it shows. */
export async function applyAndLoad(
  mounted: Mounted,
  session: FilterSession,
): Promise<{ request: LoggedRequest; params: Record<string, string>; rows: readonly Conversation[] }> {
  await apply(mounted.filters);
  const requests = await listRequestsAfter(session, 2);
  expect(requests, 'one new request').to.have.length(2);
  await settled(mounted.table);
  return { request: requests[1]!, params: filterParams(requests[1]!), rows: mounted.table.rows };
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
