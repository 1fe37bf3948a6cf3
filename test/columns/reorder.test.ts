/** Moving a column: drag its header, or "Move left" / "Move right" in its menu from the keyboard. */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { createMemorySource } from '../../src/data/memory.js';
import type { ColumnStateChangeEvent } from '../../src/events.js';
import { makeConversations } from '../fixtures/conversations.js';
import { mountTable, renderedRows, waitForRows } from '../table/helpers.js';
import { centerOf, text } from '../table/pointer.js';
import { expectAligned, fitted, header, headerOrder } from './helpers.js';

const COLUMNS = ['agent', 'callerId', 'direction', 'summary'];

/** Each row's cells in screen order are the header's order. */
function expectCellsFollow(table: InboxTable): void {
  const order = headerOrder(table);
  for (const id of order) expectAligned(table, id);
  const row = renderedRows(table)[0]!;
  const cells = [...row.querySelectorAll<HTMLElement>(':scope > .cell')]
    .sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left)
    .map((cell) => [...cell.classList].find((name) => name.startsWith('c-'))!.slice(2));
  expect(cells).to.deep.equal(order);
}

describe('columns: reorder', () => {
  let table: InboxTable;
  let events: ColumnStateChangeEvent[];

  beforeEach(async () => {
    table = await mountTable({ source: createMemorySource(makeConversations(6)), columns: COLUMNS, width: 780 });
    events = [];
    table.addEventListener('column-state-change', (event) => events.push(event));
    await waitForRows(table, 6);
    await fitted(table);
  });

  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('dragging a header moves its column; the header stays over its cells', async () => {
    const [x, y] = centerOf(header(table, 'direction').querySelector('.text')!);
    const agent = header(table, 'agent').getBoundingClientRect();
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    // The column tools load on first use; the header is busy until they have.
    await waitUntil(() => !header(table, 'direction').hasAttribute('aria-busy'), 'column tools ready', { timeout: 15000 });
    await sendMouse({ type: 'move', position: [x - 20, y] });
    await sendMouse({ type: 'move', position: [Math.round(agent.left + 10), y] });
    // While dragging, the drop place is marked on the header it goes before.
    await waitUntil(() => header(table, 'agent').classList.contains('drop-before'), 'drop place marked');
    await sendMouse({ type: 'up' });
    await waitUntil(() => headerOrder(table).join() === 'direction,agent,callerId,summary', 'Direction moved first');
    await table.updateComplete;
    expectCellsFollow(table);
    expect(table.shadowRoot!.querySelector('.drop-before, .drop-after')).to.equal(null);
    expect(events.at(-1)!.state.columns).to.deep.equal(['direction', 'agent', 'callerId', 'summary']);
    // A drag is no click: Direction's order in the list did not change.
    expect(table.query.sort).to.equal(undefined);
  });

  it('"Move left" and "Move right" in the column menu move it from the keyboard; the menu is accessible', async () => {
    await sendMouse({ type: 'click', position: centerOf(header(table, 'callerId').querySelector('.text')!) });
    await waitUntil(() => table.shadowRoot!.activeElement === header(table, 'callerId'), 'header focused');
    await sendKeys({ press: 'Tab' });
    const menuButton = () => header(table, 'callerId').querySelector<HTMLElement>('.column-menu')!;
    await waitUntil(() => table.shadowRoot!.activeElement === menuButton(), 'menu button focused');
    await sendKeys({ press: 'Enter' });
    const menu = () => table.shadowRoot!.querySelector<HTMLElement>('#inbox-column-menu');
    await waitUntil(() => menu()?.matches(':popover-open') && table.shadowRoot!.activeElement?.getAttribute('role') === 'menuitem', 'menu open, first item focused', { timeout: 15000 });
    expect(menuButton().getAttribute('aria-expanded')).to.equal('true');
    expect(text(table.shadowRoot!.activeElement)).to.equal('Move left');
    await expect(table).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => headerOrder(table).join() === 'callerId,agent,direction,summary', 'Caller ID moved left');
    expectCellsFollow(table);
    // Focus back on the moved column's menu button.
    await waitUntil(() => table.shadowRoot!.activeElement === menuButton(), 'focus back on the menu button');

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => menu()?.matches(':popover-open') && table.shadowRoot!.activeElement?.getAttribute('role') === 'menuitem', 'menu open again', { timeout: 15000 });
    // At the start, Move left is unavailable; ArrowDown reaches Move right.
    const items = [...menu()!.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
    expect(items.find((item) => text(item) === 'Move left')!.disabled).to.equal(true);
    expect(text(table.shadowRoot!.activeElement)).to.equal('Move right');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => headerOrder(table).join() === 'agent,callerId,direction,summary', 'Caller ID moved right');
    expectCellsFollow(table);
    expect(events.map((event) => event.state.columns!.join())).to.deep.equal(['callerId,agent,direction,summary', 'agent,callerId,direction,summary']);
  });
});
