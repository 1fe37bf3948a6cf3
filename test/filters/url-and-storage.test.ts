/** Filters mirrored to the page URL (shareable, back/forward) and remembered per organization. */
import { expect, waitUntil } from '@open-wc/testing';
import { storageKey } from '../../src/data/query-storage.js';
import {
  $,
  apply,
  chipTexts,
  filterParams,
  filterSession,
  listRequestsAfter,
  mountInTable,
  openPanel,
  pause,
  setValue,
  settled,
} from './helpers.js';

/** The page's own URL (the test runner's parameters play the host's). */
const pageUrl = `${location.pathname}${location.search}`;
const hostSearch = location.search;

function withParams(params: string): string {
  return `${location.pathname}${hostSearch}${hostSearch ? '&' : '?'}${params}`;
}

/** Our parameters in the current URL, in order. */
function ourParams(): [string, string][] {
  return [...new URLSearchParams(location.search)].filter(([name]) => name.startsWith('inbox_'));
}

function hostPart(): string {
  return location.search
    .replace(/^\?/, '')
    .split('&')
    .filter((segment) => segment && !segment.startsWith('inbox_'))
    .join('&');
}

const popped = () => new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));

describe('<inbox-filters sync-url>', () => {
  const session = filterSession('url');
  before(() => session.control({ count: 400, seed: 12 }));
  beforeEach(() => session.clearRequests());
  afterEach(() => history.replaceState(null, '', pageUrl));

  it('loads filters from the URL: same UI state and exactly one request, host parameters untouched', async () => {
    history.replaceState(null, '', withParams('host_tab=2&inbox_status=completed&inbox_channel=email&inbox_duration_min=30&inbox_caller=example.com&x=a%20b'));
    const { table, filters } = await mountInTable(session.anyreachSource(), { syncUrl: true });
    const requests = await listRequestsAfter(session, 1);
    expect(requests, 'the first request already carries the URL filters').to.have.length(1);
    expect(filterParams(requests[0]!)).to.deep.equal({ channel: 'email', status: 'completed', user_id: 'example.com', duration_above: '30' });
    await settled(table);
    for (const row of table.rows) expect([row.channel, row.status]).to.deep.equal(['email', 'completed']);
    expect(chipTexts(filters)).to.deep.equal(['Caller: example.com', 'Channel: Email', 'Status: Completed', 'Duration (seconds): from 30']);
    expect($<HTMLInputElement>(filters, '#q-callerId').value).to.equal('example.com');
    await openPanel(filters);
    expect($<HTMLSelectElement>(filters, '#f-status').value).to.equal('completed');
    expect($<HTMLSelectElement>(filters, '#f-channels').value).to.equal('email');
    expect($<HTMLInputElement>(filters, '#f-durationMin').value).to.equal('30');
    // The host's parameters keep their exact spelling.
    expect(location.search).to.contain('host_tab=2');
    expect(location.search).to.contain('x=a%20b');
    expect(location.search.startsWith(hostSearch)).to.equal(true);
  });

  it('ignores malformed and unsupported URL values instead of sending them', async () => {
    history.replaceState(
      null,
      '',
      withParams('inbox_channel=phone&inbox_channel=email&inbox_status=token_created&inbox_duration_min=abc&inbox_after=yesterday&inbox_metadata=%7Bnope&inbox_priority=urgent&inbox_direction=sideways&inbox_turns_max=3'),
    );
    const { table, filters } = await mountInTable(session.anyreachSource(), { syncUrl: true });
    const requests = await listRequestsAfter(session, 1);
    expect(requests.map(filterParams)).to.deep.equal([{ user_turn_count_below: '3' }]);
    await settled(table);
    expect(table.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(chipTexts(filters)).to.deep.equal(['User turns: up to 3']);
    // The URL is cleaned to what is in force.
    expect(ourParams()).to.deep.equal([['inbox_turns_max', '3']]);
  });

  it('a preset in the URL is recomputed for today; exact instants are kept as they are', async () => {
    history.replaceState(null, '', withParams('inbox_date=today'));
    const first = await mountInTable(session.avocaSource(), { syncUrl: true, timeZone: 'America/New_York' });
    const [request] = await listRequestsAfter(session, 1);
    const { date_from: from, date_to: to } = filterParams(request!);
    expect(Date.parse(from!)).to.be.at.most(Date.now());
    expect(Date.parse(to!)).to.be.at.least(Date.now());
    expect(Date.parse(to!) - Date.parse(from!)).to.be.within(23 * 3600e3 - 1, 25 * 3600e3 - 1);
    expect(chipTexts(first.filters)).to.deep.equal(['Date: Today']);
    first.table.remove();

    await session.clearRequests();
    history.replaceState(null, '', withParams('inbox_after=2026-10-01T04%3A00%3A00.000Z&inbox_before=2026-10-03T03%3A59%3A59.999Z'));
    const second = await mountInTable(session.avocaSource(), { syncUrl: true, timeZone: 'America/New_York' });
    const [exact] = await listRequestsAfter(session, 1);
    expect(filterParams(exact!)).to.deep.equal({ date_from: '2026-10-01T04:00:00.000Z', date_to: '2026-10-03T03:59:59.999Z' });
    expect(chipTexts(second.filters)).to.deep.equal(['Date: Oct 1, 2026 – Oct 2, 2026']);
    await openPanel(second.filters);
    expect($<HTMLSelectElement>(second.filters, '#f-date').value).to.equal('custom');
    expect($<HTMLInputElement>(second.filters, '#f-dateFrom').value).to.equal('2026-10-01');
    expect($<HTMLInputElement>(second.filters, '#f-dateTo').value).to.equal('2026-10-02');
  });

  it('applying pushes a history entry; typing replaces the current one', async () => {
    const { filters } = await mountInTable(session.avocaSource(), { syncUrl: true });
    await listRequestsAfter(session, 1);
    const length = history.length;
    await openPanel(filters);
    await setValue(filters, '#f-priority', 'high');
    await setValue(filters, '#f-sort', 'created_asc');
    await apply(filters);
    await listRequestsAfter(session, 2);
    expect(ourParams()).to.deep.equal([
      ['inbox_priority', 'high'],
      ['inbox_sort', 'created_asc'],
    ]);
    expect(history.length).to.equal(length + 1);
    expect(hostPart()).to.equal(hostSearch.replace(/^\?/, ''));

    await setValue(filters, '#q-search', 'leak');
    await listRequestsAfter(session, 3);
    expect(ourParams()).to.deep.equal([
      ['inbox_q', 'leak'],
      ['inbox_priority', 'high'],
      ['inbox_sort', 'created_asc'],
    ]);
    expect(history.length, 'typing adds no entry').to.equal(length + 1);
  });

  it('back and forward restore the filters, the form and the request', async () => {
    const { table, filters } = await mountInTable(session.anyreachSource(), { syncUrl: true });
    await listRequestsAfter(session, 1);
    await openPanel(filters);
    await setValue(filters, '#f-status', 'failed');
    await apply(filters);
    await listRequestsAfter(session, 2);
    await openPanel(filters);
    await setValue(filters, '#f-direction', 'outbound');
    await apply(filters);
    await listRequestsAfter(session, 3);
    expect(chipTexts(filters)).to.deep.equal(['Direction: Outbound', 'Status: Failed']);

    let pop = popped();
    history.back();
    await pop;
    let requests = await listRequestsAfter(session, 4);
    expect(filterParams(requests[3]!)).to.deep.equal({ status: 'failed' });
    await filters.updateComplete;
    expect(chipTexts(filters)).to.deep.equal(['Status: Failed']);
    await openPanel(filters);
    expect($<HTMLSelectElement>(filters, '#f-direction').value).to.equal('');
    expect($<HTMLSelectElement>(filters, '#f-status').value).to.equal('failed');
    await settled(table);
    for (const row of table.rows) expect(row.status).to.equal('failed');

    pop = popped();
    history.back();
    await pop;
    requests = await listRequestsAfter(session, 5);
    expect(filterParams(requests[4]!)).to.deep.equal({});
    await filters.updateComplete;
    expect(chipTexts(filters)).to.deep.equal([]);
    expect(location.search).to.equal(hostSearch);

    pop = popped();
    history.forward();
    await pop;
    requests = await listRequestsAfter(session, 6);
    expect(filterParams(requests[5]!)).to.deep.equal({ status: 'failed' });
  });

  it('without sync-url the URL is neither read nor written', async () => {
    history.replaceState(null, '', withParams('inbox_status=completed'));
    const { filters } = await mountInTable(session.anyreachSource());
    const requests = await listRequestsAfter(session, 1);
    expect(filterParams(requests[0]!)).to.deep.equal({});
    await openPanel(filters);
    await setValue(filters, '#f-direction', 'inbound');
    await apply(filters);
    await listRequestsAfter(session, 2);
    expect(ourParams()).to.deep.equal([['inbox_status', 'completed']]);
  });
});

describe('<inbox-filters persist>', () => {
  const session = filterSession('persist');
  // Two organizations: a personal token acting in org_demo, and an org API key.
  const orgA = () => session.anyreachSource({ token: 'pat_sensitive', organizationId: 'org_demo' });
  const orgB = () => session.anyreachSource({ token: 'ak_demo.sensitive' });

  before(() => session.control({ count: 300, seed: 13 }));
  beforeEach(async () => {
    localStorage.removeItem(storageKey(orgA().id));
    localStorage.removeItem(storageKey(orgB().id));
    await session.clearRequests();
  });
  afterEach(() => history.replaceState(null, '', pageUrl));

  it('remembers each organization’s filters apart: nothing of one reaches the other', async () => {
    expect(orgA().id).to.not.equal(orgB().id);
    const { table, filters } = await mountInTable(orgA(), { persist: true });
    await listRequestsAfter(session, 1);
    await openPanel(filters);
    await setValue(filters, '#f-status', 'completed');
    await apply(filters);
    await listRequestsAfter(session, 2);

    // Switching the table to the other organization: its own (empty) filters.
    table.source = orgB();
    await waitUntil(async () => (await session.listRequests()).some((request) => request.headers.authorization === 'Bearer ak_demo.sensitive'), 'org B asked');
    await pause(300);
    const toB = (await session.listRequests()).filter((request) => request.headers.authorization === 'Bearer ak_demo.sensitive');
    expect(toB.map(filterParams), 'no request to B carries A’s filters').to.deep.equal([{}]);
    await filters.updateComplete;
    expect(chipTexts(filters)).to.deep.equal([]);
    await openPanel(filters);
    await setValue(filters, '#f-direction', 'outbound');
    await apply(filters);
    await listRequestsAfter(session, 4);

    // Back to A: A's filters, without B's.
    table.source = orgA();
    const requests = await listRequestsAfter(session, 5);
    expect(filterParams(requests.at(-1)!)).to.deep.equal({ status: 'completed' });
    expect(requests.at(-1)!.headers['x-anyreach-org']).to.equal('org_demo');
    await filters.updateComplete;
    expect(chipTexts(filters)).to.deep.equal(['Status: Completed']);

    // Stored under each organization's own key, never with a credential in it.
    expect(localStorage.getItem(storageKey(orgA().id))).to.equal('status=completed');
    expect(localStorage.getItem(storageKey(orgB().id))).to.equal('direction=outbound');
    for (const key of Object.keys(localStorage)) expect(key + localStorage.getItem(key)).to.not.match(/pat_|ak_|sensitive/);
  });

  it('restores the remembered filters on the next visit, and the URL wins over them', async () => {
    const first = await mountInTable(orgB(), { persist: true });
    await listRequestsAfter(session, 1);
    await openPanel(first.filters);
    await setValue(first.filters, '#f-channels', 'text');
    await apply(first.filters);
    await listRequestsAfter(session, 2);
    first.table.remove();

    // Next visit: remembered.
    await session.clearRequests();
    const second = await mountInTable(orgB(), { persist: true, syncUrl: true });
    expect((await listRequestsAfter(session, 1)).map(filterParams)).to.deep.equal([{ channel: 'text' }]);
    expect(chipTexts(second.filters)).to.deep.equal(['Channel: Text']);
    expect(ourParams(), 'mirrored to the URL').to.deep.equal([['inbox_channel', 'text']]);
    second.table.remove();

    // A shared link: the URL's filters, not the remembered ones.
    await session.clearRequests();
    history.replaceState(null, '', withParams('inbox_status=failed'));
    const third = await mountInTable(orgB(), { persist: true, syncUrl: true });
    expect((await listRequestsAfter(session, 1)).map(filterParams)).to.deep.equal([{ status: 'failed' }]);
    expect(chipTexts(third.filters)).to.deep.equal(['Status: Failed']);
  });

  it('without persist nothing is stored', async () => {
    const { filters } = await mountInTable(orgA());
    await listRequestsAfter(session, 1);
    await openPanel(filters);
    await setValue(filters, '#f-status', 'completed');
    await apply(filters);
    await listRequestsAfter(session, 2);
    expect(localStorage.getItem(storageKey(orgA().id))).to.equal(null);
  });
});
