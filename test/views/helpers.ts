/** Mounting `<inbox-views>` in an `<inbox-table>` against the local API server, and reading what a user sees. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import type { InboxViews } from '../../src/components/inbox-views/inbox-views.js';
import type { InboxDataSource } from '../../src/data/types.js';
import type { LoggedRequest } from '../data/api-session.js';
import { filterSession, type FilterSession } from '../filters/helpers.js';
import { clickOn, text } from '../table/pointer.js';

export { filterSession, type FilterSession, clickOn, text };

export interface MountedViews {
  table: InboxTable;
  views: InboxViews;
}

export interface ViewsOptions {
  persist?: boolean;
  syncUrl?: boolean;
  live?: boolean;
  withFilters?: boolean;
}

export async function mountViews(source: InboxDataSource, options: ViewsOptions = {}): Promise<MountedViews> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px; height: 700px">
    <inbox-table .source=${source} time-zone="UTC" locale="en-US" ?live=${options.live ?? false}>
      <inbox-views slot="toolbar" ?persist=${options.persist ?? false} ?sync-url=${options.syncUrl ?? false}></inbox-views>
      ${options.withFilters ? html`<inbox-filters slot="toolbar"></inbox-filters>` : ''}
    </inbox-table>
  </div>`);
  const table = wrapper.querySelector('inbox-table')!;
  const views = wrapper.querySelector('inbox-views')!;
  await views.updateComplete;
  return { table, views };
}

/** The view buttons, as a user reads them (name and count). */
export function viewButtons(views: InboxViews): HTMLButtonElement[] {
  return [...views.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.view')];
}

/** Each view's visible name (without its count). */
export function viewNames(views: InboxViews): string[] {
  return viewButtons(views).map((button) => text(button.querySelector('span')));
}

export function viewButton(views: InboxViews, name: string): HTMLButtonElement {
  const button = viewButtons(views).find((candidate) => text(candidate.querySelector('span')) === name);
  if (!button) throw new Error(`no view named "${name}"`);
  return button;
}

/** The number a view shows, or `undefined` when it shows none. */
export function shownCount(views: InboxViews, name: string): string | undefined {
  const count = viewButton(views, name).querySelector('.count [aria-hidden="true"]');
  return count ? text(count) : undefined;
}

export function activeViewName(views: InboxViews): string | undefined {
  const active = viewButtons(views).filter((button) => button.getAttribute('aria-current') === 'true');
  if (active.length > 1) throw new Error('more than one view is marked current');
  return active[0] ? text(active[0].querySelector('span')) : undefined;
}

/** A request of the table's list (not a count): offset 0, more than one row. */
export function isListRequest(request: LoggedRequest): boolean {
  return /\/(core|inbox)\/conversations$/.test(request.path) && request.query.limit !== '1' && request.query.cursor === undefined && (request.query.offset ?? '0') === '0';
}

export function isCountRequest(request: LoggedRequest): boolean {
  return /\/inbox\/conversations$/.test(request.path) && request.query.limit === '1';
}

/** The query of a logged request without paging parameters. */
export function filterParams(request: LoggedRequest): Record<string, string> {
  const { limit: _limit, offset: _offset, cursor: _cursor, ...rest } = request.query;
  return rest;
}

/** Clicks a view and waits for the table's request for it. */
export async function chooseView(session: { requests(): Promise<LoggedRequest[]> }, mounted: MountedViews, name: string): Promise<LoggedRequest> {
  const before = (await session.requests()).filter(isListRequest).length;
  // Counts arriving widen their buttons: click once they are there, so the pointer hits the view it aims at.
  if (mounted.table.source?.capabilities.knowsTotal) {
    await waitUntil(() => viewButtons(mounted.views).every((button) => button.querySelector('.count') !== null), 'counts shown', { timeout: 10000 });
  }
  await clickOn(viewButton(mounted.views, name));
  let requests: LoggedRequest[] = [];
  await waitUntil(async () => (requests = (await session.requests()).filter(isListRequest)).length > before, `request for view ${name}`, { timeout: 10000 });
  await waitUntil(() => mounted.table.rows.length > 0 || mounted.table.shadowRoot!.querySelector('[part="message"]') !== null, 'table answered', { timeout: 10000 });
  return requests.at(-1)!;
}
