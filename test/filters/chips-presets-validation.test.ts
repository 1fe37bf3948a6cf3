/** Chips, date presets and validation as a user meets them, against the local API server. */
import { expect, waitUntil } from '@open-wc/testing';
import type { InboxFilters } from '../../src/components/inbox-filters/inbox-filters.js';
import {
  $,
  apply,
  check,
  chipTexts,
  filterParams,
  filterSession,
  listRequestsAfter,
  mountInTable,
  openPanel,
  pause,
  removeButton,
  setValue,
  settled,
} from './helpers.js';

/** `2026-03-08 00:00:00`: the wall clock of an instant in a zone (Intl, independent of the code under test). */
function wallClock(instant: number | string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((part) => part.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
}

/** What a screen reader reads for the Filters button. */
function toggleText(filters: InboxFilters): string {
  return $(filters, '.toggle').textContent!.replace(/\s+/g, ' ').trim();
}

describe('<inbox-filters> chips', () => {
  const session = filterSession('chips');
  before(() => session.control({ count: 600, seed: 21 }));
  beforeEach(() => session.clearRequests());

  it('shows applied filters as chips; removing one sends the others; Clear all sends none', async () => {
    const { table, filters } = await mountInTable(session.anyreachSource());
    await listRequestsAfter(session, 1);
    await openPanel(filters);
    await waitUntil(() => filters.shadowRoot!.querySelectorAll('#f-agentId option').length > 1, 'agents listed');
    await setValue(filters, '#f-channels', 'email');
    await setValue(filters, '#f-status', 'completed');
    await setValue(filters, '#f-agentId', 'agt_billing');
    await apply(filters);
    await listRequestsAfter(session, 2);
    expect(chipTexts(filters)).to.deep.equal(['Channel: Email', 'Status: Completed', 'Agent: Billing Assistant']);

    removeButton(filters, 'Remove filter Status: Completed').click();
    let requests = await listRequestsAfter(session, 3);
    expect(filterParams(requests[2]!)).to.deep.equal({ channel: 'email', agent_id: 'agt_billing' });
    await filters.updateComplete;
    expect(chipTexts(filters)).to.deep.equal(['Channel: Email', 'Agent: Billing Assistant']);
    // Focus stays in the chip list, on the chip that took the removed one's place.
    expect(filters.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Remove filter Agent: Billing Assistant');
    await settled(table);
    for (const row of table.rows) expect([row.channel, row.agent?.id]).to.deep.equal(['email', 'agt_billing']);

    $(filters, '.clear').click();
    requests = await listRequestsAfter(session, 4);
    expect(filterParams(requests[3]!)).to.deep.equal({});
    await filters.updateComplete;
    expect(chipTexts(filters)).to.deep.equal([]);
    expect(toggleText(filters)).to.equal('Filters');
  });

  it('gives each of several channels and tags its own chip', async () => {
    const { filters } = await mountInTable(session.avocaSource());
    await listRequestsAfter(session, 1);
    await openPanel(filters);
    await check(filters, 'input[value="phone"]', true);
    await check(filters, 'input[value="email"]', true);
    await setValue(filters, '#f-tags', 'billing, warranty');
    await apply(filters);
    await listRequestsAfter(session, 2);
    expect(chipTexts(filters)).to.deep.equal(['Channel: Phone Call', 'Channel: Email', 'Tags: billing', 'Tags: warranty']);
    expect(toggleText(filters)).to.equal('Filters 4 active');
    removeButton(filters, 'Remove filter Channel: Phone Call').click();
    const requests = await listRequestsAfter(session, 3);
    expect(filterParams(requests[2]!)).to.deep.equal({ channel: 'email', tags: 'billing,warranty' });
  });

  it('Reset clears every filter and applies at once; the table’s own "Clear filters" clears the chips', async () => {
    const { table, filters } = await mountInTable(session.avocaSource());
    await listRequestsAfter(session, 1);
    await openPanel(filters);
    await setValue(filters, '#f-priority', 'urgent');
    await apply(filters);
    await listRequestsAfter(session, 2);
    await openPanel(filters);
    $(filters, '[part="reset"]').click();
    let requests = await listRequestsAfter(session, 3);
    expect(filterParams(requests[2]!)).to.deep.equal({});
    await filters.updateComplete;
    expect(chipTexts(filters)).to.deep.equal([]);
    expect($<HTMLSelectElement>(filters, '#f-priority').value).to.equal('');

    // A search nothing matches, then the table's empty-state button.
    await setValue(filters, '#q-search', 'zzzz-no-such-conversation');
    requests = await listRequestsAfter(session, 4);
    expect(filterParams(requests[3]!)).to.deep.equal({ search: 'zzzz-no-such-conversation' });
    await settled(table);
    const clear = [...table.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="message"] button')].find((button) => button.textContent!.trim() === 'Clear filters')!;
    clear.click();
    requests = await listRequestsAfter(session, 5);
    expect(filterParams(requests[4]!)).to.deep.equal({});
    await filters.updateComplete;
    expect(chipTexts(filters)).to.deep.equal([]);
    expect($<HTMLInputElement>(filters, '#q-search').value).to.equal('');
  });
});

describe('<inbox-filters> date presets in the table’s time zone', () => {
  const session = filterSession('presets');
  before(() => session.control({ count: 300, seed: 4 }));
  beforeEach(() => session.clearRequests());

  for (const [zone, preset, firstDayOffset, label] of [
    ['America/New_York', 'today', 0, 'Today'],
    ['Europe/Berlin', 'last7', -6, 'Last 7 days'],
    ['Asia/Tokyo', 'yesterday', -1, 'Yesterday'],
  ] as const) {
    it(`${label} in ${zone} sends local midnight to the last millisecond of the day as UTC instants`, async () => {
      const { filters } = await mountInTable(session.anyreachSource(), { timeZone: zone });
      await listRequestsAfter(session, 1);
      await openPanel(filters);
      await setValue(filters, '#f-date', preset);
      const now = Date.now();
      await apply(filters);
      const params = filterParams((await listRequestsAfter(session, 2))[1]!);
      expect(Object.keys(params)).to.deep.equal(['created_after', 'created_before']);
      const after = Date.parse(params.created_after!);
      const before = Date.parse(params.created_before!);
      // Calendar days counted in the zone, independently of the code under test.
      const today = wallClock(now, zone).slice(0, 10);
      const dayOf = (offset: number) => {
        const [y, m, d] = today.split('-').map(Number);
        return new Date(Date.UTC(y!, m! - 1, d! + offset)).toISOString().slice(0, 10);
      };
      const lastDay = preset === 'yesterday' ? -1 : 0;
      expect(wallClock(after, zone)).to.equal(`${dayOf(firstDayOffset)} 00:00:00`);
      expect(wallClock(after - 1000, zone).slice(0, 10)).to.equal(dayOf(firstDayOffset - 1));
      expect(wallClock(before + 1, zone)).to.equal(`${dayOf(lastDay + 1)} 00:00:00`);
      expect(params.created_after).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z$/);
      expect(params.created_before).to.match(/:59\.999Z$/);
      expect(chipTexts(filters)).to.deep.equal([`Date: ${label}`]);
    });
  }
});

describe('<inbox-filters> validation', () => {
  const session = filterSession('validation');
  before(() => session.control({ count: 200, seed: 8 }));
  beforeEach(() => session.clearRequests());

  async function expectNoNewRequest(count: number): Promise<void> {
    await pause(400);
    expect(await session.listRequests()).to.have.length(count);
  }

  it('a minimum above its maximum sends nothing and says why, next to both fields', async () => {
    const { filters } = await mountInTable(session.anyreachSource());
    await listRequestsAfter(session, 1);
    await openPanel(filters);
    await setValue(filters, '#f-durationMin', '300');
    await setValue(filters, '#f-durationMax', '60');
    await apply(filters);
    await expectNoNewRequest(1);
    const message = $(filters, '#duration-error');
    expect(message.textContent!.trim()).to.equal('Duration (seconds): the minimum is larger than the maximum.');
    for (const id of ['#f-durationMin', '#f-durationMax']) {
      expect($(filters, id).getAttribute('aria-describedby')).to.equal('duration-error');
      expect($(filters, id).getAttribute('aria-invalid')).to.equal('true');
    }
    expect(filters.shadowRoot!.activeElement?.id).to.equal('f-durationMin');
    expect(filters.open, 'the panel stays open').to.equal(true);

    // Fixing it clears the message and applies.
    await setValue(filters, '#f-durationMax', '600');
    expect(filters.shadowRoot!.querySelector('#duration-error')).to.equal(null);
    await apply(filters);
    const requests = await listRequestsAfter(session, 2);
    expect(filterParams(requests[1]!)).to.deep.equal({ duration_above: '300', duration_below: '600' });
  });

  it('a non-number in a number field sends nothing and says why', async () => {
    const { filters } = await mountInTable(session.anyreachSource());
    await listRequestsAfter(session, 1);
    await openPanel(filters);
    await setValue(filters, '#f-userTurnsMax', '4.5');
    await setValue(filters, '#f-durationMin', 'abc');
    await apply(filters);
    await expectNoNewRequest(1);
    expect($(filters, '#duration-error').textContent!.trim()).to.equal('Duration (seconds): enter a whole number of 0 or more.');
    expect($(filters, '#userTurns-error').textContent!.trim()).to.equal('User turns: enter a whole number of 0 or more.');
    expect($(filters, '#f-durationMin').getAttribute('aria-invalid')).to.equal('true');
    expect($(filters, '#f-durationMax').getAttribute('aria-invalid')).to.equal('false');
    expect($(filters, '#f-userTurnsMax').getAttribute('aria-describedby')).to.equal('userTurns-error');
  });

  it('a date range that ends before it starts sends nothing and says why', async () => {
    const { filters } = await mountInTable(session.avocaSource());
    await listRequestsAfter(session, 1);
    await openPanel(filters);
    await setValue(filters, '#f-date', 'custom');
    await setValue(filters, '#f-dateFrom', '2026-10-10');
    await setValue(filters, '#f-dateTo', '2026-10-09');
    await apply(filters);
    await expectNoNewRequest(1);
    expect($(filters, '#date-error').textContent!.trim()).to.equal('Date: the range ends before it starts.');
    expect($(filters, '#f-dateTo').getAttribute('aria-describedby')).to.equal('date-error');
    expect(chipTexts(filters)).to.deep.equal([]);
    // A one-day range is fine.
    await setValue(filters, '#f-dateTo', '2026-10-10');
    await apply(filters);
    const requests = await listRequestsAfter(session, 2);
    expect(filterParams(requests[1]!)).to.deep.equal({ date_from: '2026-10-10T00:00:00.000Z', date_to: '2026-10-10T23:59:59.999Z' });
  });
});
