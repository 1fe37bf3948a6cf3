/**
 * Answers that arrive late or lists that move under the user: a response for an old query after
 * the new one, a refresh while a page is on its way, rows repeated across and within pages, and
 * conversations inserted at the head while the user scrolls (cursor and offset). The table shows
 * every row once, in order, and never a row of a superseded query.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import type { Conversation, InboxDataSource, InboxQuery } from '../../src/data/types.js';
import { mountTable, renderedRows, rowsInView, scrollToEnd, waitForRows } from '../table/helpers.js';
import {
  ANYREACH_HEADERS,
  AVOCA_HEADERS,
  expectedIds,
  expectNoDuplicates,
  FetchTracker,
  guarded,
  LIST_ROUTE,
  mountIdle,
  pause,
  rowIds,
  scrollUntil,
  ServerSession,
  type Api,
} from './harness.js';

const APIS: readonly Api[] = ['anyreach', 'avoca'];
/** How each API spells the text channel in its `channel` parameter. */
const TEXT_CHANNEL: Record<Api, string> = { anyreach: 'text', avoca: 'sms' };
const SLOW_MS = 1500;

/**
 * Records, on every frame and every page load, the loaded or rendered rows that fail `belongs`:
 * a row of a superseded query shown even for one frame is caught.
 */
function watchRows(table: InboxTable, belongs: (conversation: Conversation) => boolean) {
  const strays = new Set<string>();
  const check = () => {
    for (const row of table.rows) if (!belongs(row)) strays.add(row.id);
    for (const row of renderedRows(table)) if (row.conversation && !belongs(row.conversation)) strays.add(row.conversation.id);
  };
  let frame = requestAnimationFrame(function tick() {
    check();
    frame = requestAnimationFrame(tick);
  });
  table.addEventListener('inbox-page-load', check);
  return {
    stop(): string[] {
      cancelAnimationFrame(frame);
      table.removeEventListener('inbox-page-load', check);
      check();
      return [...strays];
    },
  };
}

/**
 * A host's source that ignores the abort signal (as a hand-written one may): its answer for an
 * old query really does arrive after the new one. `answered` lists the queries in arrival order.
 */
function deafSource(inner: InboxDataSource) {
  const answered: InboxQuery[] = [];
  const source: InboxDataSource = {
    ...inner,
    id: `deaf:${inner.id}`,
    async fetchPage(request) {
      const page = await inner.fetchPage({ ...request, signal: undefined });
      answered.push(request.query);
      return page;
    },
  };
  return { source, answered };
}

for (const api of APIS) {
  const { path, position } = LIST_ROUTE[api];

  describe(`reliability: late answers and moving lists (${api})`, () => {
    it('a slow answer for the old query is aborted and never shown; only the new query’s rows appear', guarded(async () => {
      const server = new ServerSession(`rel-stale-${api}`);
      await server.control({ count: 300, seed: 3 });
      const tracker = new FetchTracker();
      const table = await mountIdle(server, api, { fetch: tracker.fetch, columns: ['type', 'callerId', 'summary'] });
      await server.control({ faults: [{ delayMs: SLOW_MS, path, times: 1 }] });
      table.query = { channels: ['email'] };
      await waitUntil(async () => (await server.listRequests(api)).some((request) => request.query.channel === 'email'), 'email request sent');
      const watch = watchRows(table, (row) => row.channel === 'text');
      table.query = { channels: ['text'] };
      await waitForRows(table);
      const emailFetch = tracker.calls.find((call) => call.url.includes('channel=email'))!;
      expect(await emailFetch.done, 'the old request was aborted').to.equal('AbortError');
      // Past the moment the server answered the old request.
      await pause(SLOW_MS + 200);
      expect(watch.stop(), 'rows of the old query ever shown').to.deep.equal([]);
      expect(table.rows.length).to.be.greaterThan(0);
      expect(renderedRows(table).every((row) => row.querySelector('.c-type')!.textContent!.trim() === 'Text')).to.equal(true);
      const channels = (await server.listRequests(api)).map((request) => request.query.channel).filter(Boolean);
      expect(channels).to.deep.equal(['email', TEXT_CHANNEL[api]]);
    }));

    it('an answer for the old query that arrives after the new one (a source ignoring aborts) is dropped', guarded(async () => {
      const server = new ServerSession(`rel-late-${api}`);
      await server.control({ count: 300, seed: 3 });
      const { source, answered } = deafSource(server.source(api, { pageSize: 100 }));
      const table = await mountTable({ source, columns: ['type', 'callerId', 'summary'] });
      await waitForRows(table);
      await server.control({ faults: [{ delayMs: SLOW_MS, path, times: 1 }] });
      const emailQuery: InboxQuery = { channels: ['email'] };
      table.query = emailQuery;
      await waitUntil(async () => (await server.listRequests(api)).some((request) => request.query.channel === 'email'), 'email request sent');
      const watch = watchRows(table, (row) => row.channel === 'text');
      table.query = { channels: ['text'] };
      await waitUntil(() => answered.includes(emailQuery), 'the old answer arrived', { timeout: 5000 });
      expect(answered.indexOf(emailQuery), 'the old answer came last').to.equal(answered.length - 1);
      // Whatever the late answer would change has rendered.
      await rowsInView(table);
      expect(watch.stop(), 'rows of the old query ever shown').to.deep.equal([]);
      expect(table.rows.length).to.be.greaterThan(0);
      expectNoDuplicates(table);
    }));

    it('a page still on its way when the user refreshes never lands in the new list', guarded(async () => {
      const server = new ServerSession(`rel-refresh-${api}`);
      await server.control({ count: 300, seed: 6 });
      const expected = await expectedIds(server, api);
      const { source, answered } = deafSource(server.source(api, { pageSize: 100 }));
      const table = await mountTable({ source });
      await waitForRows(table);
      await waitUntil(() => answered.length === 1, 'first page');
      await server.control({ faults: [{ delayMs: SLOW_MS, path, times: 1 }] });
      await scrollUntil(table, () => table.shadowRoot!.querySelector('.grid')!.getAttribute('aria-busy') === 'true', 'second page requested', 50);
      table.refresh();
      await waitUntil(() => answered.length === 3, 'the refreshed first page, then the late second page', { timeout: 5000 });
      await rowsInView(table);
      const shown = rowIds(table);
      expect(shown, 'the refreshed list is the first page only').to.deep.equal(expected.slice(0, shown.length));
      expect(shown.length).to.be.at.most(100);
      await scrollToEnd(table);
      expect(rowIds(table)).to.deep.equal(expected);
      expectNoDuplicates(table);
    }));

    it('new conversations inserted at the head while the user scrolls: every row once, in order; the new ones only at the head', guarded(async () => {
      const server = new ServerSession(`rel-head-${api}`);
      await server.control({ count: 350, seed: 12 });
      const expected = await expectedIds(server, api);
      await server.clearRequests();
      const table = await mountIdle(server, api);
      const { created: first } = await server.live({ create: 7 });
      await scrollUntil(table, () => table.rows.length > 150, 'second page');
      const { created: second } = await server.live({ create: 4, channel: 'email' });
      await scrollToEnd(table);

      const ids = rowIds(table);
      const inserted = new Set([...first, ...second]);
      expect(ids.filter((id) => !inserted.has(id)), 'every original row once, in order').to.deep.equal(expected);
      const head = ids.indexOf(expected[0]);
      expect(ids.slice(0, head).every((id) => inserted.has(id)), 'new rows only at the head').to.equal(true);
      expectNoDuplicates(table);
      const pages = (await server.listRequests(api)).map((request) => request.query[position] ?? '(first)');
      expect(new Set(pages).size, `each page asked for once: ${pages.join(' ')}`).to.equal(pages.length);

      table.refresh();
      await waitUntil(() => table.rows.length > 0 && table.rows[0].id === second.at(-1), 'the newest conversation first after a refresh', { timeout: 10000 });
      expect(rowIds(table).slice(0, 11)).to.deep.equal([...second].reverse().concat([...first].reverse()));
    }));
  });
}

describe('reliability: rows repeated across and within pages', () => {
  it('Anyreach: a page repeating the previous page’s last rows and one of its own shows each conversation once', guarded(async () => {
    const server = new ServerSession('rel-dup-anyreach');
    await server.control({ count: 260, seed: 9 });
    const expected = await expectedIds(server, 'anyreach');
    type Raw = { id: string; created_at: string };
    const pageOne = await server.raw<Raw[]>(`${LIST_ROUTE.anyreach.path}?limit=100`, ANYREACH_HEADERS);
    const pageTwo = await server.raw<Raw[]>(`${LIST_ROUTE.anyreach.path}?limit=100&cursor=${encodeURIComponent(btoa(pageOne.at(-1)!.created_at))}`, ANYREACH_HEADERS);
    const repeating = [...pageOne.slice(-5), ...pageTwo.slice(0, 10), pageTwo[3], ...pageTwo.slice(10)];
    const table = await mountIdle(server, 'anyreach');
    await server.control({ faults: [{ status: 200, body: repeating, path: LIST_ROUTE.anyreach.path, times: 1 }] });
    await scrollToEnd(table);
    expect(rowIds(table)).to.deep.equal(expected);
    expectNoDuplicates(table);
  }));

  it('Avoca: pages shifted by rows arriving at the head (offset paging repeats rows) show each conversation once, none skipped', guarded(async () => {
    const server = new ServerSession('rel-dup-avoca');
    await server.control({ count: 350, seed: 9 });
    const expected = await expectedIds(server, 'avoca');
    type Body = { data: { conversations: unknown[]; pagination: { total: number; has_more: boolean } } };
    // Five rows arrived at the head after the first page: every later offset serves rows five earlier.
    const shifted = async (offset: number): Promise<Body> => {
      const real = await server.raw<Body>(`${LIST_ROUTE.avoca.path}?limit=100&offset=${offset - 5}`, AVOCA_HEADERS);
      return { data: { conversations: real.data.conversations, pagination: { total: 355, has_more: offset + 100 < 355 } } };
    };
    const bodies = await Promise.all([100, 200, 300].map(shifted));
    const table = await mountIdle(server, 'avoca');
    await server.clearRequests();
    await server.control({ faults: bodies.map((body) => ({ status: 200, body, path: LIST_ROUTE.avoca.path, times: 1 })) });
    await scrollToEnd(table);
    expect(rowIds(table)).to.deep.equal(expected);
    expectNoDuplicates(table);
    expect((await server.listRequests('avoca')).map((request) => request.query.offset)).to.deep.equal(['100', '200', '300']);
  }));
});
