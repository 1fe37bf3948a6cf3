/** Debounced search, newest-query-wins, and the zero-glue wiring of `<inbox-filters>` to a table or a host. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InboxFilters } from '../../src/components/inbox-filters/inbox-filters.js';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import type { InboxQueryChangeEvent } from '../../src/events.js';
import { unhandledRejectionsDuring } from '../data/api-session.js';
import { $, apply, chipTexts, filterParams, filterSession, listRequestsAfter, mountInTable, openPanel, pause, searchRequested, setValue, settled, typedSearches } from './helpers.js';

describe('<inbox-filters> search as you type', () => {
  const session = filterSession('typing');
  before(() => session.control({ count: 800, seed: 17 }));
  beforeEach(() => session.clearRequests());

  it('sends at most one request per pause in typing', async () => {
    const { table, filters } = await mountInTable(session.avocaSource());
    // Longer than a busy machine takes between two keys, so the typing below has no pause in it.
    filters.typingDelay = 2000;
    await listRequestsAfter(session, 1);
    $(filters, '#q-search').focus();
    await sendKeys({ type: 'water heater' });
    let requests = await listRequestsAfter(session, 2);
    await pause(2100);
    requests = await session.listRequests();
    expect(requests.map(filterParams)).to.deep.equal([{}, { search: 'water heater' }]);

    await sendKeys({ type: 's' });
    await pause(100);
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    requests = await listRequestsAfter(session, 3);
    await pause(2100);
    requests = await session.listRequests();
    expect(requests.map(filterParams)).to.deep.equal([{}, { search: 'water heater' }, { search: 'water heate' }]);
    await settled(table);
    for (const row of table.rows) expect([row.summary, row.customer?.name, row.customer?.phone].join(' ').toLowerCase()).to.contain('water heate');
  });

  it('shows only the newest results when an older answer arrives late', async () => {
    const { table, filters } = await mountInTable(session.avocaSource());
    await listRequestsAfter(session, 1);
    await settled(table);
    // The next list request (the first search) answers only after 1.5 s.
    await session.control({ faults: [{ delayMs: 1500, path: '/inbox/conversations', times: 1 }] });
    $(filters, '#q-search').focus();
    await sendKeys({ type: 'water' });
    await searchRequested(session, 'water');
    await sendKeys({ press: 'Control+a' });
    await sendKeys({ type: 'leak' });
    const requests = await searchRequested(session, 'leak');
    expect(filterParams(requests[0]!)).to.deep.equal({});
    const water = requests.findIndex((request) => request.query.search === 'water');
    typedSearches(requests.slice(0, water + 1), 'search', 'water');
    typedSearches(requests.slice(water + 1), 'search', 'leak');
    await settled(table);
    const isLeak = () => table.rows.length > 0 && table.rows.every((row) => [row.summary, row.customer?.name].join(' ').toLowerCase().includes('leak'));
    expect(isLeak(), 'newest results shown').to.equal(true);
    // Well after the slow answer for "water" would have arrived.
    await pause(1700);
    expect(isLeak(), 'still only the newest results').to.equal(true);
    expect(chipTexts(filters)).to.deep.equal(['Search: leak']);
  });

  it('Enter applies the text at once', async () => {
    const { filters } = await mountInTable(session.anyreachSource());
    await listRequestsAfter(session, 1);
    $(filters, '#q-callerId').focus();
    // A pause in typing longer than any test's, so only Enter can apply the text.
    filters.typingDelay = 60_000;
    await sendKeys({ type: 'guest_' });
    await sendKeys({ press: 'Enter' });
    const requests = await listRequestsAfter(session, 2);
    expect(requests.map(filterParams)).to.deep.equal([{}, { user_id: 'guest_' }]);
  });
});

describe('<inbox-filters> wiring', () => {
  const session = filterSession('wiring');
  before(() => session.control({ count: 300, seed: 19 }));
  beforeEach(() => session.clearRequests());

  it('drives the table named by for="…" and announces the query', async () => {
    const source = session.anyreachSource();
    const wrapper = await fixture<HTMLDivElement>(html`<div style="height: 600px">
      <inbox-filters for="inbox-for"></inbox-filters>
      <inbox-table id="inbox-for" time-zone="UTC" .source=${source}></inbox-table>
    </div>`);
    const filters = wrapper.querySelector('inbox-filters')!;
    const table = wrapper.querySelector('inbox-table')!;
    await listRequestsAfter(session, 1);
    const events: InboxQueryChangeEvent[] = [];
    wrapper.addEventListener('inbox-query-change', (event) => events.push(event));
    await openPanel(filters);
    await setValue(filters, '#f-status', 'transferred');
    await apply(filters);
    const requests = await listRequestsAfter(session, 2);
    expect(filterParams(requests[1]!)).to.deep.equal({ status: 'transferred' });
    expect(table.query).to.deep.equal({ status: 'transferred' });
    expect(events.map((event) => event.query)).to.deep.equal([{ status: 'transferred' }]);
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
  });

  it('without a table, a host sets the query from the change event itself', async () => {
    const source = session.avocaSource();
    const wrapper = await fixture<HTMLDivElement>(html`<div style="height: 600px">
      <inbox-filters .source=${source}></inbox-filters>
      <inbox-table time-zone="UTC" .source=${source}></inbox-table>
    </div>`);
    const filters = wrapper.querySelector('inbox-filters')!;
    const table = wrapper.querySelector('inbox-table')!;
    // The host's glue, in one line.
    wrapper.addEventListener('inbox-query-change', (event) => (table.query = event.query), { once: true });
    await listRequestsAfter(session, 1);
    await openPanel(filters);
    await setValue(filters, '#f-priority', 'high');
    await apply(filters);
    const requests = await listRequestsAfter(session, 2);
    expect(filterParams(requests[1]!)).to.deep.equal({ priority: 'high' });
    await settled(table);
    for (const row of table.rows) expect(row.priority).to.equal('high');
  });

  it('follows the table to another source: its filters show, the old source’s unsupported ones are dropped', async () => {
    const { table, filters } = await mountInTable(session.anyreachSource());
    await listRequestsAfter(session, 1);
    await openPanel(filters);
    await setValue(filters, '#f-direction', 'inbound');
    await setValue(filters, '#f-status', 'completed');
    await apply(filters);
    await listRequestsAfter(session, 2);

    table.source = session.avocaSource();
    await waitUntil(() => filters.shadowRoot!.getElementById('f-priority') !== null, 'Avoca filters shown');
    expect(filters.shadowRoot!.getElementById('f-direction')).to.equal(null);
    expect(filters.shadowRoot!.getElementById('q-search')).to.exist;
    await waitUntil(async () => (await session.listRequests()).some((request) => request.path.includes('/avoca/')), 'Avoca asked');
    await pause(300);
    const last = (await session.listRequests()).at(-1)!;
    expect(last.path).to.contain('/avoca/');
    expect(filterParams(last)).to.deep.equal({});
    expect(table.query).to.deep.equal({});
    expect(chipTexts(filters)).to.deep.equal([]);
    await settled(table);
    expect(table.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('offers the agents a host supplies instead of asking the server', async () => {
    const { filters } = await mountInTable(session.anyreachSource());
    filters.agents = [
      { id: 'agt_billing', name: 'Billing (host name)' },
      { id: 'agt_dispatch', name: 'Dispatch (host name)' },
    ];
    await openPanel(filters);
    const options = [...filters.shadowRoot!.querySelectorAll<HTMLOptionElement>('#f-agentId option')].map((option) => option.textContent!.trim());
    expect(options).to.deep.equal(['All', 'Billing (host name)', 'Dispatch (host name)']);
    await pause(200);
    expect((await session.requests()).some((request) => request.path.endsWith('/agents'))).to.equal(false);
    await setValue(filters, '#f-agentId', 'agt_billing');
    await apply(filters);
    expect(chipTexts(filters)).to.deep.equal(['Agent: Billing (host name)']);
  });

  it('says so when the agent list cannot load, without breaking anything', async () => {
    await session.control({ faults: [{ status: 500, path: '/agents', times: 5 }] });
    let filters!: InboxFilters;
    let table!: InboxTable;
    const unhandled = await unhandledRejectionsDuring(async () => {
      ({ filters, table } = await mountInTable(session.anyreachSource()));
      await openPanel(filters);
      await waitUntil(() => $(filters, '#f-agentId-status').textContent!.trim() !== '', 'failure shown');
    });
    expect(unhandled).to.deep.equal([]);
    expect($(filters, '#f-agentId-status').textContent!.trim()).to.equal('The list could not be loaded.');
    await settled(table);
    expect(table.rows.length).to.be.greaterThan(0);
  });

  it('renders hostile filter values as text', async () => {
    const { filters } = await mountInTable(session.anyreachSource());
    await listRequestsAfter(session, 1);
    await openPanel(filters);
    await setValue(filters, '#f-campaign', '<img src=x onerror="window.__pwned=1">');
    await apply(filters);
    await listRequestsAfter(session, 2);
    expect(chipTexts(filters)).to.deep.equal(['Campaign: <img src=x onerror="window.__pwned=1">']);
    expect(filters.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
