/** Resize handles on the header edges: pointer drag, arrow keys, double-click to fit; cells follow, in RTL too. */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { createMemorySource } from '../../src/data/memory.js';
import { makeConversations } from '../fixtures/conversations.js';
import { mountTable, renderedRows, waitForRows } from '../table/helpers.js';
import { centerOf } from '../table/pointer.js';
import { doubleClick, expectAligned, fitted, handle, header, widthOf } from './helpers.js';

const NAME = 'Appointment Reminders and Follow-up Scheduling Desk';

async function mount(dir: 'ltr' | 'rtl' = 'ltr'): Promise<InboxTable> {
  const rows = makeConversations(5, (index) => ({ agent: { id: `a${index}`, name: index === 2 ? NAME : 'Ann Lee' } }));
  const table = await mountTable({ source: createMemorySource(rows), columns: ['agent', 'callerId', 'direction', 'summary'], width: 900 });
  table.dir = dir;
  await waitForRows(table, 5);
  await fitted(table);
  return table;
}

async function drag(element: HTMLElement, dx: number): Promise<void> {
  const [x, y] = centerOf(element);
  await sendMouse({ type: 'move', position: [x, y] });
  await sendMouse({ type: 'down' });
  // The column tools load on first use; the handle is busy until they have.
  await waitUntil(() => !element.hasAttribute('aria-busy'), 'column tools ready', { timeout: 15000 });
  await sendMouse({ type: 'move', position: [x + dx / 2, y] });
  await sendMouse({ type: 'move', position: [x + dx, y] });
  await sendMouse({ type: 'up' });
}

describe('columns: resize', () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('each resizable header has a separator named after its column, with its width as value', async () => {
    const table = await mount();
    const separator = handle(table, 'callerId');
    expect(separator.getAttribute('aria-orientation')).to.equal('vertical');
    expect(separator.getAttribute('aria-label')).to.equal('Resize Caller ID');
    expect(Number(separator.getAttribute('aria-valuemin'))).to.be.greaterThan(0);
    expect(Number(separator.getAttribute('aria-valuemax'))).to.be.greaterThan(Number(separator.getAttribute('aria-valuemin')));
    expect(Number(separator.getAttribute('aria-valuenow'))).to.equal(Math.round(widthOf(header(table, 'callerId'))));
    await expect(table).to.be.accessible();
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`dragging a handle changes the column's width and the cells follow (${dir})`, async () => {
      const table = await mount(dir);
      const before = widthOf(header(table, 'callerId'));
      // Towards the end edge widens: right in LTR, left in RTL.
      await drag(handle(table, 'callerId'), dir === 'ltr' ? 80 : -80);
      await waitUntil(() => Math.abs(widthOf(header(table, 'callerId')) - (before + 80)) < 2, `widened by 80 px from ${before}`);
      expectAligned(table, 'callerId');
      expectAligned(table, 'direction');
      expect(Number(handle(table, 'callerId').getAttribute('aria-valuenow'))).to.equal(Math.round(widthOf(header(table, 'callerId'))));

      await drag(handle(table, 'callerId'), dir === 'ltr' ? -120 : 120);
      await waitUntil(() => Math.abs(widthOf(header(table, 'callerId')) - (before - 40)) < 2, 'narrowed by 120 px');
      expectAligned(table, 'callerId');
      expectAligned(table, 'summary');
    });
  }

  it('arrow keys on a focused handle change the width; Home and End go to the bounds', async () => {
    const table = await mount();
    await sendMouse({ type: 'click', position: centerOf(header(table, 'agent').querySelector('.text')!) });
    await waitUntil(() => table.shadowRoot!.activeElement === header(table, 'agent'), 'header focused');
    const separator = handle(table, 'agent');
    // Past the header's own controls (its menu button) to its handle.
    for (let presses = 0; presses < 3 && table.shadowRoot!.activeElement !== separator; presses += 1) await sendKeys({ press: 'Tab' });
    await waitUntil(() => table.shadowRoot!.activeElement === separator, 'the handle has focus');
    const before = widthOf(header(table, 'agent'));
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(widthOf(header(table, 'agent'))).to.be.closeTo(before + 32, 1);
    await sendKeys({ press: 'ArrowLeft' });
    expect(widthOf(header(table, 'agent'))).to.be.closeTo(before + 16, 1);
    expect(table.shadowRoot!.activeElement, 'focus stays on the handle').to.equal(separator);
    expectAligned(table, 'agent');
    expect(separator.getAttribute('aria-valuenow')).to.equal(String(Math.round(before + 16)));
    await sendKeys({ press: 'Home' });
    expect(widthOf(header(table, 'agent'))).to.be.closeTo(Number(separator.getAttribute('aria-valuemin')), 1);
    expectAligned(table, 'agent');
    await expect(table).to.be.accessible();
  });

  it('double-clicking a handle fits the column to its content', async () => {
    const table = await mount();
    const agentCell = () => renderedRows(table)[2]!.querySelector<HTMLElement>(':scope > .c-agent .agent-name')!;
    expect(agentCell().scrollWidth, 'the long name is cut at first').to.be.greaterThan(agentCell().clientWidth);
    await doubleClick(centerOf(handle(table, 'agent')));
    await waitUntil(() => agentCell().scrollWidth <= agentCell().clientWidth, 'the long name fits');
    expectAligned(table, 'agent');
    // Fitted, not just widened: past the cell's last part only its padding and a pixel or two are spare.
    const cell = renderedRows(table)[2]!.querySelector<HTMLElement>(':scope > .c-agent')!;
    const spare = cell.getBoundingClientRect().right - cell.lastElementChild!.getBoundingClientRect().right - parseFloat(getComputedStyle(cell).paddingRight);
    expect(spare).to.be.within(-0.5, 3);

    // Made narrow by dragging, a double click brings it back to the content's width.
    const fittedWidth = widthOf(header(table, 'agent'));
    await drag(handle(table, 'agent'), -150);
    await waitUntil(() => widthOf(header(table, 'agent')) < fittedWidth - 100, 'narrowed');
    await doubleClick(centerOf(handle(table, 'agent')));
    await waitUntil(() => Math.abs(widthOf(header(table, 'agent')) - fittedWidth) < 1, 'fitted again');
  });
});
