/** Each Avoca filter and sort, set through `<inbox-filters>`, reaches the API as its documented parameter. */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Conversation } from '../../src/data/types.js';
import { $, apply, applyAndLoad, check, filterParams, filterSession, listRequestsAfter, mountInTable, openPanel, searchRequested, setValue, settled, typedSearches, type Mounted } from './helpers.js';

describe('<inbox-filters> with the Avoca API', () => {
  const session = filterSession('avoca');
  let mounted: Mounted;

  before(async () => {
    await session.control({ count: 700, seed: 9 });
  });

  beforeEach(async () => {
    await session.clearRequests();
    mounted = await mountInTable(session.avocaSource());
    await listRequestsAfter(session, 1);
    await settled(mounted.table);
  });

  const applied = () => applyAndLoad(mounted, session);

  const raw = (row: Conversation) => row.raw as Record<string, any>;

  it('shows only the filters the Avoca source supports', async () => {
    const { filters } = mounted;
    await openPanel(filters);
    for (const id of ['q-search', 'f-status', 'f-assigneeId', 'f-customerId', 'f-tags', 'f-priority', 'f-sort', 'f-date']) {
      expect(filters.shadowRoot!.getElementById(id), id).to.exist;
    }
    for (const id of ['q-callerId', 'f-direction', 'f-agentId', 'f-campaign', 'f-durationMin', 'f-userTurnsMin']) {
      expect(filters.shadowRoot!.getElementById(id), id).to.equal(null);
    }
    const statuses = [...filters.shadowRoot!.querySelectorAll<HTMLOptionElement>('#f-status option')].map((option) => option.textContent!.trim());
    expect(statuses).to.deep.equal(['All', 'Open', 'Pending', 'Resolved']);
  });

  it('status sends status, and All sends none', async () => {
    await openPanel(mounted.filters);
    await setValue(mounted.filters, '#f-status', 'pending');
    const { params, rows } = await applied();
    expect(params).to.deep.equal({ status: 'pending' });
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) expect(row.status).to.equal('pending');
    await openPanel(mounted.filters);
    await setValue(mounted.filters, '#f-status', '');
    await apply(mounted.filters);
    const requests = await listRequestsAfter(session, 3);
    expect(filterParams(requests[2]!)).to.deep.equal({});
  });

  it('several channels at once send one comma-separated channel parameter', async () => {
    const { filters } = mounted;
    await openPanel(filters);
    await check(filters, 'input[type="checkbox"][value="phone"]', true);
    await check(filters, 'input[type="checkbox"][value="text"]', true);
    const { params, rows } = await applied();
    expect(params).to.deep.equal({ channel: 'voice,sms' });
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) expect(['voice', 'sms']).to.include(row.channelRaw);
    expect(new Set(rows.map((row) => row.channelRaw)).size).to.equal(2);
  });

  it('assignee: a list from the team members sends assignee_id', async () => {
    const { filters } = mounted;
    await openPanel(filters);
    await waitUntil(() => filters.shadowRoot!.querySelectorAll('#f-assigneeId option').length > 1, 'members listed');
    expect((await session.requests()).some((request) => request.path.endsWith('/team/members'))).to.equal(true);
    await setValue(filters, '#f-assigneeId', 'user_790');
    const { params, rows } = await applied();
    expect(params).to.deep.equal({ assignee_id: 'user_790' });
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) expect(row.assignee?.name).to.equal('Miguel Ángel Ortega');
  });

  it('customer sends customer_id', async () => {
    const customerId = mounted.table.rows[0]!.customer!.id!;
    await openPanel(mounted.filters);
    await setValue(mounted.filters, '#f-customerId', customerId);
    const { params, rows } = await applied();
    expect(params).to.deep.equal({ customer_id: customerId });
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) expect(row.customer?.id).to.equal(customerId);
  });

  it('a date range sends date_from and date_to', async () => {
    await openPanel(mounted.filters);
    await setValue(mounted.filters, '#f-date', 'custom');
    await setValue(mounted.filters, '#f-dateFrom', '2026-09-01');
    await setValue(mounted.filters, '#f-dateTo', '2026-09-03');
    const { params, rows } = await applied();
    expect(params).to.deep.equal({ date_from: '2026-09-01T00:00:00.000Z', date_to: '2026-09-03T23:59:59.999Z' });
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) expect(row.createdAt! >= '2026-09-01T00:00:00Z' && row.createdAt! <= '2026-09-03T23:59:59Z', row.createdAt).to.equal(true);
  });

  it('search applies as the user types and sends search', async () => {
    $(mounted.filters, '#q-search').focus();
    await sendKeys({ type: 'water' });
    const requests = await searchRequested(session, 'water');
    expect(filterParams(requests[0]!)).to.deep.equal({});
    typedSearches(requests, 'search', 'water');
    await settled(mounted.table);
    expect(mounted.table.rows.length).to.be.greaterThan(0);
    for (const row of mounted.table.rows) {
      const haystack = [row.summary, row.customer?.name, row.customer?.phone].join(' ').toLowerCase();
      expect(haystack).to.contain('water');
    }
  });

  it('several tags send one comma-separated tags parameter (any of them matches)', async () => {
    await openPanel(mounted.filters);
    await setValue(mounted.filters, '#f-tags', ' billing, needs callback ,billing');
    const { params, rows } = await applied();
    expect(params).to.deep.equal({ tags: 'billing,needs callback' });
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) expect(row.tags!.some((tag) => tag === 'billing' || tag === 'needs callback')).to.equal(true);
  });

  it('priority sends priority', async () => {
    await openPanel(mounted.filters);
    await setValue(mounted.filters, '#f-priority', 'urgent');
    const { params, rows } = await applied();
    expect(params).to.deep.equal({ priority: 'urgent' });
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) expect(row.priority).to.equal('urgent');
  });

  const sorted = (values: string[], direction: 1 | -1) => values.every((value, i) => i === 0 || direction * value.localeCompare(values[i - 1]!) >= 0);
  const sortChecks: Record<string, (rows: readonly Conversation[]) => boolean> = {
    last_activity_desc: (rows) => sorted(rows.map((row) => raw(row).last_activity_at), -1),
    last_activity_asc: (rows) => sorted(rows.map((row) => raw(row).last_activity_at), 1),
    created_desc: (rows) => sorted(rows.map((row) => raw(row).created_at), -1),
    created_asc: (rows) => sorted(rows.map((row) => raw(row).created_at), 1),
    priority_desc: (rows) => {
      const rank = rows.map((row) => ['urgent', 'high', 'normal', 'low'].indexOf(row.priority!));
      return rank.every((value, i) => i === 0 || value >= rank[i - 1]!);
    },
  };
  for (const [sort, isSorted] of Object.entries(sortChecks)) {
    it(`sort ${sort} sends sort=${sort} and the rows come back in that order`, async () => {
      await openPanel(mounted.filters);
      await setValue(mounted.filters, '#f-sort', sort);
      const { params, rows } = await applied();
      expect(params).to.deep.equal({ sort });
      expect(rows.length).to.be.greaterThan(1);
      expect(isSorted(rows), `rows in ${sort} order`).to.equal(true);
      // A sort is an order, not a filter: no chip.
      expect(mounted.filters.shadowRoot!.querySelector('.chip')).to.equal(null);
    });
  }

  it('shows the total matching count the API reports', async () => {
    await openPanel(mounted.filters);
    await setValue(mounted.filters, '#f-priority', 'low');
    await applied();
    const total = mounted.table.total!;
    expect(total).to.be.greaterThan(0).and.lessThan(700);
    const count = mounted.table.shadowRoot!.querySelector('.count')!.textContent!;
    expect(count).to.contain(`of ${total}`);
  });
});
