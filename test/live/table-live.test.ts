/**
 * `<inbox-table live>` against the local API server: arrivals, the pill, status changes, stale
 * rows, reconnection, hidden pages and paging, as the user sees them.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { createAnyreachSource } from '../../src/data/anyreach.js';
import { createAvocaSource } from '../../src/data/avoca.js';
import { MAX_UNREADABLE_EVENTS } from '../../src/data/live.js';
import type { InboxDataSource, InboxQuery } from '../../src/data/types.js';
import { cellText, renderedRows, rowsInView, scrollBodyTo, scrollToEnd, waitForRows } from '../table/helpers.js';
import { FAST_RETRY, liveSession, restorePageVisibility, setPageVisibility, sleep, waitForStreams } from './helpers.js';

const session = liveSession('table-live');

const anyreach = (pageSize = 50) => createAnyreachSource({ baseUrl: session.anyreach, token: 'ak_demo.sensitive', pageSize, retry: FAST_RETRY });
const avoca = (pageSize = 20) => createAvocaSource({ baseUrl: session.avoca, apiKey: 'avk_test', workspaceId: 'ws_demo', pageSize, retry: FAST_RETRY });

async function mountLive(source: InboxDataSource, query: InboxQuery = {}, pollInterval?: number): Promise<InboxTable> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px; height: 480px">
    <inbox-table live poll-interval=${pollInterval ?? 15000} .source=${source} .query=${query} time-zone="UTC" locale="en-US"></inbox-table>
  </div>`);
  const table = wrapper.querySelector('inbox-table')!;
  await waitForRows(table);
  return table;
}

const body = (table: InboxTable) => table.shadowRoot!.querySelector<HTMLElement>('.body')!;
const pill = (table: InboxTable) => table.shadowRoot!.querySelector<HTMLButtonElement>('[part="live-pill"]');
const liveRegion = (table: InboxTable) => table.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim();
const row = (table: InboxTable, id: string) => table.shadowRoot!.querySelector(`conversation-row[data-id="${CSS.escape(id)}"]`);
const playButton = (table: InboxTable, id: string) => row(table, id)?.querySelector<HTMLButtonElement>('.c-play button') ?? null;
const liveState = (table: InboxTable) => table.shadowRoot!.querySelector('[part="live-state"]')?.textContent?.trim() ?? '';
const firstPageRequests = async () => (await session.requestsTo('/core/conversations')).filter((request) => request.query.cursor === undefined);
const firstRenderedId = (table: InboxTable) => renderedRows(table).sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0]!.dataset.id;

/** Creates a call on the server, then moves it to In Progress: the table shows it at the top, then its new status. */
async function showsArrivalAndStatusChange(table: InboxTable, how: string): Promise<void> {
  const { created } = await session.live({ create: 1 });
  const id = created[0]!;
  await waitUntil(() => row(table, id) !== null, `arrival rendered ${how}`);
  expect(firstRenderedId(table)).to.equal(id);
  // Marked as new for a moment, as it arrived at the top.
  expect(cellText(table, id, 'status')).to.match(/^New Live Ringing · \d+:\d\d$/);
  await session.live({ advance: id, status: 'in_progress' });
  await waitUntil(() => /^(New )?Live In Progress · \d+:\d\d$/.test(cellText(table, id, 'status')), `status change shown ${how}`);
}

describe('<inbox-table live> over the local API server', () => {
  beforeEach(() => session.control({ count: 300, seed: 12, faults: [], eventFormat: 'named' }));
  afterEach(async () => {
    restorePageVisibility();
    // Before open-wc's own cleanup (a root hook, run after this one): the table leaving ends its stream.
    fixtureCleanup();
    await waitForStreams(session, 0, 'the table closed its stream');
  });

  it('shows a conversation created on the server at the top, in place, with its live status, and announces it', async () => {
    const table = await mountLive(anyreach());
    await waitForStreams(session, 1);
    const { created } = await session.live({ create: 1 });
    const id = created[0]!;
    await waitUntil(() => table.rows[0]?.id === id && row(table, id) !== null, 'arrival rendered');
    expect(firstRenderedId(table)).to.equal(id);
    expect(cellText(table, id, 'status')).to.match(/^New Live Ringing · \d+:\d\d$/);
    expect(row(table, id)!.hasAttribute('fresh')).to.equal(true);
    expect(body(table).scrollTop).to.equal(0);
    expect(pill(table)).to.equal(null);
    await waitUntil(() => liveRegion(table) === '1 new conversation', 'announced');
  });

  for (const eventFormat of ['named', 'unnamed'] as const) {
    it(`shows a conversation created and its status changed from a stream of ${eventFormat} events, saying "Live"`, async () => {
      await session.control({ eventFormat });
      await session.clearRequests();
      const table = await mountLive(anyreach());
      await waitForStreams(session, 1);
      await waitUntil(() => liveState(table) === 'Live', 'live state shown');
      await showsArrivalAndStatusChange(table, 'by the stream');
      expect(liveState(table)).to.equal('Live');
      expect(await firstPageRequests(), 'the stream, not polling: one first-page request').to.have.length(1);
      await expect(table).to.be.accessible();
    });
  }

  it('falls back to polling after a stream of unreadable events, says "Live (polling)", and shows what the stream could not', async () => {
    await session.control({ eventFormat: 'unreadable' });
    await session.clearRequests();
    const table = await mountLive(anyreach(), {}, 100);
    await waitForStreams(session, 1);
    await waitUntil(() => liveState(table) === 'Live', 'live state shown');
    const { created: unread } = await session.live({ create: MAX_UNREADABLE_EVENTS });
    await waitUntil(() => liveState(table) === 'Live (polling)', 'polling state shown');
    await waitForStreams(session, 0, 'the unreadable stream is closed');
    // The list reloads with what the unreadable events were about.
    await waitUntil(() => table.rows[0]?.id === unread.at(-1), 'missed conversations shown', { timeout: 10000 });
    // The first page, its reload, and two polls.
    await waitUntil(async () => (await firstPageRequests()).length >= 4, 'polling');

    await showsArrivalAndStatusChange(table, 'by polling');
    expect(liveState(table)).to.equal('Live (polling)');
    expect(await session.requestsTo('/core/conversations/stream'), 'no new stream').to.have.length(1);
    await expect(table).to.be.accessible();
  });

  it('says "Live updates stopped" when the server refuses the stream for good', async () => {
    await session.control({ faults: [{ status: 403, path: '/stream' }] });
    await session.clearRequests();
    const table = await mountLive(anyreach());
    await waitUntil(() => liveState(table) === 'Live updates stopped', 'stopped state shown');
    expect(await session.requestsTo('/core/conversations/stream'), 'not retried').to.have.length(1);
    await expect(table).to.be.accessible();
  });

  it('holds arrivals behind a pill while scrolled, with the scroll position unchanged to the pixel; the pill shows them', async () => {
    const table = await mountLive(anyreach());
    await waitForStreams(session, 1);
    await scrollBodyTo(table, 600);
    const scrollTop = body(table).scrollTop;
    const readingId = firstRenderedId(table)!;
    const readingTop = row(table, readingId)!.getBoundingClientRect().top;
    const loaded = table.rows.map((conversation) => conversation.id);

    const { created } = await session.live({ create: 2 });
    await waitUntil(() => pill(table) !== null, 'pill shown');
    await rowsInView(table);
    expect(pill(table)!.textContent!.trim()).to.equal('2 new conversations');
    expect(body(table).scrollTop, 'scroll position unchanged').to.equal(scrollTop);
    expect(row(table, readingId)!.getBoundingClientRect().top, 'the row being read has not moved').to.equal(readingTop);
    expect(table.rows.map((conversation) => conversation.id)).to.deep.equal(loaded);
    await waitUntil(() => liveRegion(table) === '2 new conversations', 'announced');
    await expect(table).to.be.accessible();

    pill(table)!.click();
    await waitUntil(() => row(table, created[1]!) !== null, 'arrivals rendered');
    expect(body(table).scrollTop).to.equal(0);
    expect(table.rows.slice(0, 2).map((conversation) => conversation.id)).to.deep.equal([...created].reverse());
    expect(firstRenderedId(table)).to.equal(created[1]);
    expect(pill(table)).to.equal(null);
    expect(body(table).contains(table.shadowRoot!.activeElement), 'focus continues in the grid').to.equal(true);
  });

  it('updates the row in place as the call progresses; completing it with a recording makes Play available', async () => {
    const table = await mountLive(anyreach());
    await waitForStreams(session, 1);
    const { created } = await session.live({ create: 1 });
    const id = created[0]!;
    await waitUntil(() => row(table, id) !== null, 'arrival');
    expect(playButton(table, id)).to.equal(null);
    const who = table.describe(id);

    await session.live({ advance: id, status: 'in_progress' });
    await waitUntil(() => /^(New )?Live In Progress · \d+:\d\d$/.test(cellText(table, id, 'status')), 'in progress');
    await waitUntil(() => liveRegion(table) === `${who}: In Progress`, 'announced');

    await session.live({ advance: id, status: 'completed' });
    await waitUntil(() => /^(New )?Completed$/.test(cellText(table, id, 'status')), 'completed');
    expect(playButton(table, id)!.getAttribute('aria-label')).to.equal('Play recording');
    expect(cellText(table, id, 'duration')).to.not.equal('-');
    expect(table.rows[0]!.id, 'it stays where it is').to.equal(id);
  });

  it('keeps a row that no longer matches the filters, marked in text, until the list reloads', async () => {
    const table = await mountLive(avoca(), { status: 'open' });
    await waitForStreams(session, 1);
    const id = table.rows[1]!.id;
    await session.live({ advance: id, status: 'resolved' });
    await waitUntil(() => cellText(table, id, 'status').includes('No longer matches filters'), 'marked');
    expect(cellText(table, id, 'status')).to.equal('Resolved No longer matches filters');
    expect(table.rows[1]!.id).to.equal(id);
    table.refresh();
    await waitUntil(() => table.rows.length > 0 && !table.rows.some((conversation) => conversation.id === id), 'reloaded without it');
  });

  it('reconnects after the stream drops and misses nothing that happened meanwhile', async () => {
    const table = await mountLive(anyreach());
    await waitForStreams(session, 1);
    await session.control({ faults: [{ status: 503, path: '/stream' }] });
    await session.live({ closeStreams: 'drop' });
    const { created } = await session.live({ create: 2 });
    await waitUntil(() => table.rows[1]?.id === created[0], 'both arrivals shown', { timeout: 5000 });
    expect(table.rows.slice(0, 2).map((conversation) => conversation.id)).to.deep.equal([...created].reverse());
    const ids = table.rows.map((conversation) => conversation.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('stops polling while the page is hidden and catches up when it is visible', async () => {
    const { id, capabilities, fetchPage } = anyreach();
    // A host's own source: no stream, so the table polls its first page.
    const table = await mountLive({ id: `host:${id}`, capabilities, fetchPage }, {}, 50);
    await waitUntil(async () => (await session.requestsTo('/core/conversations')).length >= 3, 'polling');
    // Chromium keeps the test page visible: the test overrides document.visibilityState (see helpers).
    setPageVisibility('hidden');
    await sleep(60);
    const polls = (await session.requestsTo('/core/conversations')).length;
    const { created } = await session.live({ create: 1 });
    await sleep(300);
    expect((await session.requestsTo('/core/conversations')).length, 'no polls while hidden').to.equal(polls);
    expect(table.rows[0]!.id).to.not.equal(created[0]);
    setPageVisibility('visible');
    await waitUntil(() => table.rows[0]?.id === created[0], 'caught up');
  });

  it('never shows a conversation twice across live arrivals and page loads', async () => {
    const table = await mountLive(avoca(20));
    await waitForStreams(session, 1);
    const { created } = await session.live({ create: 3, channel: 'text' });
    await waitUntil(() => table.rows[2]?.id === created[0], 'arrivals at the top');
    await scrollToEnd(table);
    const ids = table.rows.map((conversation) => conversation.id);
    expect(new Set(ids).size, 'no duplicates').to.equal(ids.length);
    expect(ids).to.have.length(303);
    expect(table.total).to.equal(303);
  });
});
