/** The column chooser: every column the source can fill, with a checkbox, and "Reset columns". */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { createMemorySource } from '../../src/data/memory.js';
import { DEFAULT_FORMAT_STRINGS } from '../../src/format/strings.js';
import { PICKABLE_COLUMNS } from '../../src/format/columns.js';
import type { ColumnStateChangeEvent } from '../../src/events.js';
import { makeConversations } from '../fixtures/conversations.js';
import { mountTable, renderedRows, waitForRows } from '../table/helpers.js';
import { buttonNamed, clickOn, text } from '../table/pointer.js';
import { expectAligned, fitted, headerOrder } from './helpers.js';

const DEFAULTS = ['copy', 'play', 'agent', 'callerId', 'callerName', 'agentNumber', 'direction', 'status', 'summary', 'duration', 'date', 'time', 'type'];

function popover(table: InboxTable): HTMLElement | null {
  return table.shadowRoot!.querySelector<HTMLElement>('#inbox-column-menu');
}

function checkbox(table: InboxTable, name: string): HTMLInputElement {
  const label = [...popover(table)!.querySelectorAll('label')].find((candidate) => text(candidate) === name);
  if (!label) throw new Error(`no checkbox for ${name}`);
  return label.querySelector('input')!;
}

/** Clicks a column's checkbox, scrolled into view first as a person scrolls the list. */
async function pick(table: InboxTable, name: string): Promise<void> {
  const box = checkbox(table, name);
  box.scrollIntoView({ block: 'nearest' });
  await clickOn(box);
}

async function openChooser(table: InboxTable): Promise<void> {
  await clickOn(buttonNamed(table.shadowRoot!, 'Columns'));
  await waitUntil(() => popover(table)?.matches(':popover-open') && popover(table)!.querySelector('input'), 'chooser open', { timeout: 15000 });
}

describe('columns: hide and show', () => {
  let table: InboxTable;
  let events: ColumnStateChangeEvent[];

  beforeEach(async () => {
    table = await mountTable({ source: createMemorySource(makeConversations(8)), width: 1400 });
    events = [];
    table.addEventListener('column-state-change', (event) => events.push(event));
    await waitForRows(table, 8);
    await fitted(table);
  });

  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('lists every column the source can fill, shown ones checked, and is accessible', async () => {
    await openChooser(table);
    const labels = [...popover(table)!.querySelectorAll('label')].map(text);
    expect([...labels].sort()).to.deep.equal(PICKABLE_COLUMNS.map((id) => DEFAULT_FORMAT_STRINGS.columns[id]!).sort());
    for (const id of PICKABLE_COLUMNS) {
      expect(checkbox(table, DEFAULT_FORMAT_STRINGS.columns[id]!).checked, id).to.equal(DEFAULTS.includes(id));
    }
    expect(text(popover(table)!.querySelector('.chooser > button'))).to.equal('Reset columns');
    await expect(table).to.be.accessible();
  });

  it('hides a column by unchecking it and shows one by checking it; cells follow their headers', async () => {
    await openChooser(table);
    await pick(table, 'Agent');
    await waitUntil(() => !headerOrder(table).includes('agent'), 'Agent hidden');
    expect(renderedRows(table)[0]!.querySelector('.c-agent')).to.equal(null);
    expect(events.at(-1)!.state.columns).to.deep.equal(DEFAULTS.filter((id) => id !== 'agent'));

    // From the keyboard: Space on a focused checkbox.
    checkbox(table, 'Customer').focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => headerOrder(table).includes('customer'), 'Customer shown');
    expect(headerOrder(table).at(-1)).to.equal('customer');
    await waitUntil(() => renderedRows(table)[0]!.querySelector('.c-customer'), 'customer cells');
    expect(text(renderedRows(table)[0]!.querySelector('.c-customer'))).to.not.equal('');
    expectAligned(table, 'customer');
    expectAligned(table, 'summary');
    expect(popover(table)!.matches(':popover-open'), 'the chooser stays open for the next pick').to.equal(true);
    await expect(table).to.be.accessible();
  });

  it('"Reset columns" brings back the default set, order and widths', async () => {
    await openChooser(table);
    await pick(table, 'Agent');
    await pick(table, 'Tags');
    await waitUntil(() => headerOrder(table).includes('tags') && !headerOrder(table).includes('agent'), 'changed');
    await clickOn(buttonNamed(popover(table)!, 'Reset columns'));
    await waitUntil(() => headerOrder(table).join() === DEFAULTS.join(), 'defaults back');
    expect(events.at(-1)!.state).to.deep.equal({});
    expect(checkbox(table, 'Agent').checked).to.equal(true);
    expect(checkbox(table, 'Tags').checked).to.equal(false);
  });

  it('picking Date and time replaces Date and Time', async () => {
    await openChooser(table);
    await pick(table, 'Date and time');
    await waitUntil(() => headerOrder(table).includes('dateTime'), 'Date and time shown');
    expect(headerOrder(table)).to.not.include.members(['date']);
    expect(headerOrder(table)).to.not.include.members(['time']);
    expect(checkbox(table, 'Date').checked).to.equal(false);
    const row = renderedRows(table)[0]!;
    const conversation = table.rows.find((candidate) => candidate.id === row.dataset.id)!;
    // The whole instant in one cell, in the table's locale and zone.
    const expected = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(new Date(conversation.createdAt!));
    expect(text(row.querySelector('.c-dateTime'))).to.equal(expected);
    expectAligned(table, 'dateTime');
  });
});
