/** Each Anyreach filter, set through `<inbox-filters>`, reaches the API as its documented parameter. */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Conversation } from '../../src/data/types.js';
import { $, applyAndLoad, filterParams, filterSession, listRequestsAfter, mountInTable, openPanel, searchRequested, setValue, settled, typedSearches, type Mounted } from './helpers.js';

describe('<inbox-filters> with the Anyreach API', () => {
  const session = filterSession('anyreach');
  let mounted: Mounted;

  before(async () => {
    await session.control({ count: 900, seed: 5 });
  });

  beforeEach(async () => {
    await session.clearRequests();
    mounted = await mountInTable(session.anyreachSource());
    await listRequestsAfter(session, 1);
    await settled(mounted.table);
  });

  /** Applies the panel, then the table's new request (at the table's page size) and the rows it shows. */
  async function applied(): Promise<{ params: Record<string, string>; rows: readonly Conversation[] }> {
    const { request, params, rows } = await applyAndLoad(mounted, session);
    expect(request.query.limit).to.equal('50');
    return { params, rows };
  }

  it('shows only the filters the Anyreach source supports', async () => {
    const { filters } = mounted;
    await openPanel(filters);
    for (const id of ['q-callerId', 'f-direction', 'f-channels', 'f-status', 'f-agentId', 'f-campaign', 'f-durationMin', 'f-durationMax', 'f-userTurnsMin', 'f-userTurnsMax', 'f-date']) {
      expect(filters.shadowRoot!.getElementById(id), id).to.exist;
    }
    for (const id of ['q-search', 'f-assigneeId', 'f-customerId', 'f-tags', 'f-priority', 'f-sort']) {
      expect(filters.shadowRoot!.getElementById(id), id).to.equal(null);
    }
    // One channel at a time: a list, not checkboxes.
    expect($(filters, '#f-channels').localName).to.equal('select');
  });

  it('caller: typing sends user_id and shows matching callers', async () => {
    $(mounted.filters, '#q-callerId').focus();
    await sendKeys({ type: '+1415' });
    const requests = await searchRequested(session, '+1415', 'user_id');
    expect(filterParams(requests[0]!)).to.deep.equal({});
    typedSearches(requests, 'user_id', '+1415');
    await settled(mounted.table);
    expect(mounted.table.rows.length).to.be.greaterThan(0);
    for (const row of mounted.table.rows) expect(row.callerId).to.contain('+1415');
  });

  it('agent: a searchable list from the server sends agent_id', async () => {
    const { filters } = mounted;
    await openPanel(filters);
    await waitUntil(() => filters.shadowRoot!.querySelectorAll('#f-agentId option').length > 1, 'agents listed');
    expect((await session.requests()).some((request) => request.path.endsWith('/anyreach/agents'))).to.equal(true);
    await setValue(filters, '#f-agentId-find', 'dispatch');
    const options = [...filters.shadowRoot!.querySelectorAll<HTMLOptionElement>('#f-agentId option')].map((option) => option.textContent!.trim());
    expect(options).to.deep.equal(['All', 'After-hours Dispatch']);
    await setValue(filters, '#f-agentId', 'agt_dispatch');
    const { params, rows } = await applied();
    expect(params).to.deep.equal({ agent_id: 'agt_dispatch' });
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) expect(row.agent?.id).to.equal('agt_dispatch');
  });

  it('direction sends direction', async () => {
    await openPanel(mounted.filters);
    await setValue(mounted.filters, '#f-direction', 'outbound');
    const { params, rows } = await applied();
    expect(params).to.deep.equal({ direction: 'outbound' });
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) expect(row.direction).to.equal('outbound');
  });

  it('status offers every status but token_created and sends status', async () => {
    const { filters } = mounted;
    await openPanel(filters);
    const values = [...filters.shadowRoot!.querySelectorAll<HTMLOptionElement>('#f-status option')].map((option) => option.value);
    expect(values).to.deep.equal(['', 'triggered', 'ringing', 'in_progress', 'completed', 'failed', 'cancelled', 'transferred', 'unanswered']);
    await setValue(filters, '#f-status', 'unanswered');
    const { params, rows } = await applied();
    expect(params).to.deep.equal({ status: 'unanswered' });
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) expect(row.status).to.equal('unanswered');
  });

  it('channel sends the API channel name', async () => {
    await openPanel(mounted.filters);
    await setValue(mounted.filters, '#f-channels', 'web_chat');
    const { params, rows } = await applied();
    expect(params).to.deep.equal({ channel: 'webrtc' });
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) expect(row.channelRaw).to.equal('webrtc');
  });

  it('campaign sends custom_metadata with anyreach_campaign', async () => {
    await openPanel(mounted.filters);
    await setValue(mounted.filters, '#f-campaign', 'Promo "50% off" & more');
    const { params, rows } = await applied();
    expect(params).to.deep.equal({ custom_metadata: '{"anyreach_campaign":"Promo \\"50% off\\" & more"}' });
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) expect(row.customMetadata?.anyreach_campaign).to.equal('Promo "50% off" & more');
  });

  it('duration bounds send duration_above and duration_below (inclusive)', async () => {
    await openPanel(mounted.filters);
    await setValue(mounted.filters, '#f-durationMin', '60');
    await setValue(mounted.filters, '#f-durationMax', '240');
    const { params, rows } = await applied();
    expect(params).to.deep.equal({ duration_above: '60', duration_below: '240' });
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) expect(row.durationSeconds).to.be.within(60, 240);
  });

  it('user turn bounds send user_turn_count_above and user_turn_count_below', async () => {
    await openPanel(mounted.filters);
    await setValue(mounted.filters, '#f-userTurnsMin', '3');
    await setValue(mounted.filters, '#f-userTurnsMax', '5');
    const { params, rows } = await applied();
    expect(params).to.deep.equal({ user_turn_count_above: '3', user_turn_count_below: '5' });
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) expect(row.userTurnCount).to.be.within(3, 5);
  });

  it('a custom date range sends created_after and created_before as exact instants', async () => {
    await openPanel(mounted.filters);
    await setValue(mounted.filters, '#f-date', 'custom');
    await setValue(mounted.filters, '#f-dateFrom', '2026-10-20');
    await setValue(mounted.filters, '#f-dateTo', '2026-10-22');
    const { params, rows } = await applied();
    expect(params).to.deep.equal({ created_after: '2026-10-20T00:00:00.000Z', created_before: '2026-10-22T23:59:59.999Z' });
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) expect(row.createdAt! >= '2026-10-20T00:00:00Z' && row.createdAt! <= '2026-10-22T23:59:59Z', row.createdAt).to.equal(true);
  });

  it('several filters at once send all their parameters in one request', async () => {
    const { filters } = mounted;
    await openPanel(filters);
    await setValue(filters, '#f-direction', 'inbound');
    await setValue(filters, '#f-channels', 'phone');
    await setValue(filters, '#f-status', 'completed');
    await setValue(filters, '#f-durationMin', '30');
    const { params, rows } = await applied();
    expect(params).to.deep.equal({ direction: 'inbound', channel: 'telephone', status: 'completed', duration_above: '30' });
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) {
      expect([row.direction, row.channel, row.status]).to.deep.equal(['inbound', 'phone', 'completed']);
      expect(row.durationSeconds).to.be.at.least(30);
    }
  });
});
