/** Every control of `<inbox-filters>` by keyboard alone, and no axe violations with the panel open. */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InboxFilters } from '../../src/components/inbox-filters/inbox-filters.js';
import { $, apply, chipTexts, filterParams, filterSession, listRequestsAfter, mountInTable, openPanel, setValue } from './helpers.js';

/** The id (or class) of the control focused inside the filters. */
function focused(filters: InboxFilters): string {
  const active = filters.shadowRoot!.activeElement as HTMLElement | null;
  return active ? active.id || active.getAttribute('part') || active.className || active.getAttribute('aria-label') || active.localName : '(none)';
}

const press = (key: string) => sendKeys({ press: key });

/** Tabs forward until `target` has focus; a date input's day, month and year take a Tab each. */
async function tabTo(filters: InboxFilters, target: string): Promise<void> {
  for (let step = 0; step < 20 && focused(filters) !== target; step += 1) await press('Tab');
  expect(focused(filters)).to.equal(target);
}
const type = (text: string) => sendKeys({ type: text });

describe('<inbox-filters> by keyboard alone', () => {
  const session = filterSession('keyboard');
  before(() => session.control({ count: 600, seed: 23 }));
  beforeEach(() => session.clearRequests());

  it('sets every Anyreach filter, applies, removes a chip and closes the panel with Escape', async () => {
    const { filters } = await mountInTable(session.anyreachSource());
    await listRequestsAfter(session, 1);
    // Start before the filters, as a page visitor would.
    const start = document.createElement('button');
    start.textContent = 'start';
    filters.closest('div')!.before(start);
    start.focus();

    await press('Tab');
    expect(focused(filters)).to.equal('q-callerId');
    await type('+1');
    await press('Tab');
    expect(focused(filters)).to.equal('toggle');
    await press('Enter');
    await filters.updateComplete;
    expect(filters.open).to.equal(true);
    expect($(filters, '.toggle').getAttribute('aria-expanded')).to.equal('true');
    // Opening moves focus to the first field of the panel.
    await waitUntil(() => focused(filters) === 'f-direction', 'focus in the panel');
    await type('i'); // Inbound
    await press('Tab');
    expect(focused(filters)).to.equal('f-channels');
    await type('p'); // Phone Call
    await press('Tab');
    expect(focused(filters)).to.equal('f-status');
    await type('c'); // Completed
    await press('Tab');
    expect(focused(filters)).to.equal('f-agentId-find');
    await waitUntil(() => filters.shadowRoot!.querySelectorAll('#f-agentId option').length > 1, 'agents listed');
    await type('reception');
    await press('Tab');
    expect(focused(filters)).to.equal('f-agentId');
    await press('ArrowDown'); // the one match
    await press('Tab');
    expect(focused(filters)).to.equal('f-campaign');
    await type('Win-back');
    await press('Tab');
    await type('10');
    expect(focused(filters)).to.equal('f-durationMin');
    await press('Tab');
    await type('900');
    await press('Tab');
    await type('1');
    expect(focused(filters)).to.equal('f-userTurnsMin');
    await press('Tab');
    await type('40');
    await press('Tab');
    expect(focused(filters)).to.equal('f-date');
    await type('c'); // Custom range
    await filters.updateComplete;
    await press('Tab');
    expect(focused(filters)).to.equal('f-dateFrom');
    await type('08012026');
    await tabTo(filters, 'f-dateTo');
    await type('10312026');
    await tabTo(filters, 'apply');
    await press('Enter');

    const requests = await listRequestsAfter(session, 3);
    expect(filterParams(requests[1]!)).to.deep.equal({ user_id: '+1' });
    expect(filterParams(requests[2]!)).to.deep.equal({
      direction: 'inbound',
      channel: 'telephone',
      status: 'completed',
      user_id: '+1',
      agent_id: 'agt_reception',
      duration_above: '10',
      duration_below: '900',
      user_turn_count_above: '1',
      user_turn_count_below: '40',
      created_after: '2026-08-01T00:00:00.000Z',
      created_before: '2026-10-31T23:59:59.999Z',
      custom_metadata: '{"anyreach_campaign":"Win-back"}',
    });
    await filters.updateComplete;
    expect(filters.open, 'Apply closes the panel').to.equal(false);
    expect(focused(filters)).to.equal('toggle');

    // Into the chips: remove the first one from the keyboard.
    await press('Tab');
    expect(focused(filters)).to.equal('Remove filter Caller: +1');
    await press('Enter');
    const afterRemove = await listRequestsAfter(session, 4);
    expect(filterParams(afterRemove[3]!)).to.not.have.property('user_id');
    expect(focused(filters)).to.equal('Remove filter Direction: Inbound');

    // Escape closes the panel and returns to its button.
    await press('Shift+Tab');
    expect(focused(filters)).to.equal('toggle');
    await press('Space');
    await waitUntil(() => filters.open && focused(filters) === 'f-direction', 'panel open');
    await press('Escape');
    await filters.updateComplete;
    expect(filters.open).to.equal(false);
    expect(focused(filters)).to.equal('toggle');
    start.remove();
  });

  it('sets every Avoca filter and sort, and resets, from the keyboard', async () => {
    const { filters } = await mountInTable(session.avocaSource());
    await listRequestsAfter(session, 1);
    $(filters, '#q-search').focus();
    await type('leak');
    await press('Enter');
    await listRequestsAfter(session, 2);
    await press('Tab');
    expect(focused(filters)).to.equal('toggle');
    await press('Enter');
    await waitUntil(() => focused(filters) !== 'toggle', 'focus in the panel');
    // Channels: checkboxes, toggled with Space.
    expect(filters.shadowRoot!.activeElement!.getAttribute('value')).to.equal('phone');
    await press('Space');
    await press('Tab');
    await press('Tab');
    expect(filters.shadowRoot!.activeElement!.getAttribute('value')).to.equal('email');
    await press('Space');
    await press('Tab');
    await press('Tab');
    expect(focused(filters)).to.equal('f-status');
    await type('o'); // Open
    await press('Tab');
    expect(focused(filters)).to.equal('f-priority');
    await type('n'); // Normal
    await press('Tab');
    expect(focused(filters)).to.equal('f-assigneeId-find');
    await waitUntil(() => filters.shadowRoot!.querySelectorAll('#f-assigneeId option').length > 1, 'members listed');
    await type('priya');
    await press('Tab');
    await press('ArrowDown');
    await press('Tab');
    expect(focused(filters)).to.equal('f-customerId');
    await type('cust_x');
    await press('Tab');
    expect(focused(filters)).to.equal('f-tags');
    await type('billing, warranty');
    await press('Tab');
    expect(focused(filters)).to.equal('f-date');
    await press('Tab');
    expect(focused(filters)).to.equal('f-sort');
    await type('o'); // Oldest activity first
    await press('Tab');
    expect(focused(filters)).to.equal('apply');
    await press('Space');
    const requests = await listRequestsAfter(session, 3);
    expect(filterParams(requests[2]!)).to.deep.equal({
      status: 'open',
      channel: 'voice,email',
      assignee_id: 'user_795',
      customer_id: 'cust_x',
      search: 'leak',
      tags: 'billing,warranty',
      priority: 'normal',
      sort: 'last_activity_asc',
    });

    // Reset from the keyboard.
    await press('Enter'); // reopen (focus is back on the toggle)
    await waitUntil(() => filters.open, 'panel open');
    await tabTo(filters, 'reset');
    await press('Enter');
    const afterReset = await listRequestsAfter(session, 4);
    expect(filterParams(afterReset[3]!)).to.deep.equal({});
    await filters.updateComplete;
    expect(chipTexts(filters)).to.deep.equal([]);
  });

  it('shows a visible focus ring on its controls', async () => {
    const { filters } = await mountInTable(session.avocaSource());
    $(filters, '#q-search').focus();
    await press('Tab');
    expect(focused(filters)).to.equal('toggle');
    const style = getComputedStyle(filters.shadowRoot!.activeElement!);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});

describe('<inbox-filters> accessibility', () => {
  const session = filterSession('axe');
  before(() => session.control({ count: 200, seed: 29 }));

  for (const kind of ['anyreach', 'avoca'] as const) {
    it(`has no axe violations with the ${kind} panel open, chips shown and messages displayed`, async () => {
      const { filters } = await mountInTable(kind === 'anyreach' ? session.anyreachSource() : session.avocaSource());
      await openPanel(filters);
      await setValue(filters, '#f-status', kind === 'anyreach' ? 'completed' : 'open');
      await apply(filters);
      await openPanel(filters);
      await setValue(filters, '#f-date', 'custom');
      await setValue(filters, '#f-dateFrom', '2026-10-10');
      await setValue(filters, '#f-dateTo', '2026-10-01');
      if (kind === 'anyreach') await setValue(filters, '#f-durationMin', 'abc');
      await apply(filters);
      expect(filters.open).to.equal(true);
      expect(chipTexts(filters)).to.have.length(1);
      expect(filters.shadowRoot!.querySelector('.error')).to.exist;
      await expect(filters).to.be.accessible();
      await expect(filters.closest('inbox-table')!).to.be.accessible();
    });
  }
});
