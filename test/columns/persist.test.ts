/** Column state kept per organization with `persist`, reported by `column-state-change`, settable as `columnState`. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../filters/helpers.js';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { createMemorySource } from '../../src/data/memory.js';
import type { ColumnStateChangeEvent } from '../../src/events.js';
import { makeConversations } from '../fixtures/conversations.js';
import { renderedRows, waitForRows } from '../table/helpers.js';
import { buttonNamed, centerOf, clickOn, text } from '../table/pointer.js';
import { expectAligned, fitted, handle, header, headerOrder, widthOf } from './helpers.js';

const DEFAULTS = ['copy', 'play', 'agent', 'callerId', 'callerName', 'agentNumber', 'direction', 'status', 'summary', 'duration', 'date', 'time', 'type'];
const ORG_A = `memory:persist-a-${Date.now()}`;
const ORG_B = `memory:persist-b-${Date.now()}`;

/** A page with the inbox, its filters remembering their selection and the table its columns. */
async function mountPage(organization: string): Promise<InboxTable> {
  const source = createMemorySource(makeConversations(20), { id: organization });
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 780px; height: 480px">
    <inbox-table persist .source=${source} locale="en-US" time-zone="UTC">
      <inbox-filters slot="toolbar" persist></inbox-filters>
    </inbox-table>
  </div>`);
  const table = wrapper.querySelector('inbox-table')!;
  await waitForRows(table, 5);
  await fitted(table);
  return table;
}

function popover(table: InboxTable): HTMLElement | null {
  return table.shadowRoot!.querySelector<HTMLElement>('#inbox-column-menu');
}

async function pickInChooser(table: InboxTable, name: string): Promise<void> {
  const label = [...popover(table)!.querySelectorAll('label')].find((candidate) => text(candidate) === name)!;
  label.scrollIntoView({ block: 'nearest' });
  await clickOn(label.querySelector('input')!);
}

describe('columns: remembered per organization', () => {
  after(() => {
    localStorage.removeItem(`inbox-columns:${ORG_A}`);
    localStorage.removeItem(`inbox-columns:${ORG_B}`);
    localStorage.removeItem(`inbox-filters:${ORG_A}`);
    localStorage.removeItem(`inbox-filters:${ORG_B}`);
  });
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('order, widths, hidden columns and sort survive a reload; another organization keeps its own', async () => {
    let table = await mountPage(ORG_A);
    const events: ColumnStateChangeEvent[] = [];
    table.addEventListener('column-state-change', (event) => events.push(event));

    // Hide Caller Name in the chooser.
    await clickOn(buttonNamed(table.shadowRoot!, 'Columns'));
    await waitUntil(() => popover(table)?.matches(':popover-open') && popover(table)!.querySelector('input'), 'chooser open', { timeout: 15000 });
    await pickInChooser(table, 'Caller Name');
    await waitUntil(() => !headerOrder(table).includes('callerName'), 'Caller Name hidden');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !popover(table)?.matches(':popover-open'), 'chooser closed');

    // Widen Agent from the keyboard.
    await sendMouse({ type: 'click', position: centerOf(header(table, 'agent').querySelector('.text')!) });
    const agentHandle = handle(table, 'agent');
    for (let presses = 0; presses < 3 && table.shadowRoot!.activeElement !== agentHandle; presses += 1) await sendKeys({ press: 'Tab' });
    expect(table.shadowRoot!.activeElement).to.equal(agentHandle);
    const before = widthOf(header(table, 'agent'));
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => Math.abs(widthOf(header(table, 'agent')) - (before + 32)) < 1, 'Agent widened');
    const agentWidth = widthOf(header(table, 'agent'));

    // Move Direction left from its menu.
    await clickOn(header(table, 'direction').querySelector('.column-menu')!);
    await waitUntil(() => popover(table)?.matches(':popover-open') && popover(table)!.querySelector('[role="menuitem"]'), 'menu open', { timeout: 15000 });
    await clickOn([...popover(table)!.querySelectorAll('[role="menuitem"]')].find((item) => text(item) === 'Move left')!);
    const expectedOrder = ['copy', 'play', 'agent', 'callerId', 'direction', 'agentNumber', 'status', 'summary', 'duration', 'date', 'time', 'type'];
    await waitUntil(() => headerOrder(table).join() === expectedOrder.join(), 'Direction moved');

    // Sort by Date, oldest first (the filters remember the sort with the query).
    const dateSort = header(table, 'date').querySelector('button.sort')!;
    dateSort.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    await clickOn(dateSort);
    await waitUntil(() => header(table, 'date').getAttribute('aria-sort') === 'ascending', 'sorted by date');

    const last = events.at(-1)!.state;
    expect(last.columns).to.deep.equal(expectedOrder);
    expect(last.widths!.agent).to.equal(Math.round(agentWidth));
    expect(table.columnState).to.deep.equal(last);

    // A reload: the page goes, a new one with the same organization comes.
    table.parentElement!.remove();
    table = await mountPage(ORG_A);
    expect(headerOrder(table)).to.deep.equal(expectedOrder);
    expect(widthOf(header(table, 'agent'))).to.be.closeTo(agentWidth, 1);
    expectAligned(table, 'agent');
    expect(renderedRows(table)[0]!.querySelector('.c-callerName')).to.equal(null);
    await waitUntil(() => header(table, 'date').getAttribute('aria-sort') === 'ascending', 'the sort is back');
    expect(table.columnState).to.deep.equal(last);

    // Another organization starts from the defaults.
    table.parentElement!.remove();
    const other = await mountPage(ORG_B);
    expect(headerOrder(other)).to.deep.equal(DEFAULTS);
  });

  it('"Reset columns" forgets the remembered columns', async () => {
    let table = await mountPage(ORG_A);
    expect(headerOrder(table)).to.not.deep.equal(DEFAULTS);
    await clickOn(buttonNamed(table.shadowRoot!, 'Columns'));
    await waitUntil(() => popover(table)?.matches(':popover-open') && popover(table)!.querySelector('input'), 'chooser open', { timeout: 15000 });
    await clickOn(buttonNamed(popover(table)!, 'Reset columns'));
    await waitUntil(() => headerOrder(table).join() === DEFAULTS.join(), 'defaults');
    table.parentElement!.remove();
    table = await mountPage(ORG_A);
    expect(headerOrder(table)).to.deep.equal(DEFAULTS);
  });

  it('a host restores a state it kept by setting columnState; bad values are ignored', async () => {
    const source = createMemorySource(makeConversations(5));
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 780px; height: 480px">
      <inbox-table .source=${source} locale="en-US" time-zone="UTC"></inbox-table>
    </div>`);
    const table = wrapper.querySelector('inbox-table')!;
    table.columnState = { columns: ['summary', 'agent', 'nonsense'], widths: { agent: 222, summary: Number.NaN } as Record<string, number> };
    await waitForRows(table, 5);
    expect(headerOrder(table)).to.deep.equal(['summary', 'agent']);
    expect(widthOf(header(table, 'agent'))).to.be.closeTo(222, 0.5);
    expectAligned(table, 'agent');
    expect(table.columnState).to.deep.equal({ columns: ['summary', 'agent', 'nonsense'], widths: { agent: 222 } });
  });
});
