/** Columns fit their content, and a cut value (and only a cut value) can be read in the tooltip. */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { createAnyreachSource } from '../../src/data/anyreach.js';
import { createMemorySource } from '../../src/data/memory.js';
import { COLUMNS } from '../../src/format/columns.js';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { makeConversations } from '../fixtures/conversations.js';
import { mountTable, renderedRows, tableBody, waitForRows } from '../table/helpers.js';
import { centerOf, text } from '../table/pointer.js';
import { fitted } from './helpers.js';

const LONG_NAME = 'Outbound Sales Agent for the Northern Region Enterprise Accounts Qualification Team';

/** Whether the cell shows less than its whole value, as a person sees an ellipsis. */
function isCut(cell: HTMLElement): boolean {
  return [cell, ...cell.querySelectorAll<HTMLElement>('.text, .agent-name')].some((part) => part.scrollWidth > part.clientWidth);
}

function tooltip(table: InboxTable): HTMLElement {
  return table.shadowRoot!.querySelector<HTMLElement>('#inbox-tooltip')!;
}

function cell(table: InboxTable, rowIndex: number, columnId: string): HTMLElement {
  return renderedRows(table)[rowIndex]!.querySelector<HTMLElement>(`:scope > .c-${columnId}`)!;
}

describe('columns: read what is cut', () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  async function mount(): Promise<InboxTable> {
    const rows = makeConversations(4, (index) => ({ agent: { id: `a${index}`, name: index === 0 ? LONG_NAME : 'Ann' } }));
    const table = await mountTable({ source: createMemorySource(rows), columns: ['agent', 'callerId', 'summary'], width: 900 });
    await waitForRows(table, 4);
    await fitted(table);
    return table;
  }

  it('shows a truncated cell’s full text on hover, and nothing for text that fits', async () => {
    const table = await mount();
    const cut = cell(table, 0, 'agent');
    const fits = cell(table, 1, 'agent');
    expect(isCut(cut), 'the long name is cut').to.equal(true);
    expect(isCut(fits), 'the short name fits').to.equal(false);

    await sendMouse({ type: 'move', position: centerOf(fits.querySelector('.agent-name')!) });
    expect(tooltip(table).matches(':popover-open'), 'no tooltip over text that fits').to.equal(false);
    expect(fits.hasAttribute('aria-describedby')).to.equal(false);

    await sendMouse({ type: 'move', position: centerOf(cut.querySelector('.agent-name')!) });
    await waitUntil(() => tooltip(table).matches(':popover-open'), 'tooltip over the cut name');
    expect(text(tooltip(table))).to.equal(LONG_NAME);
    expect(cut.getAttribute('aria-describedby')).to.equal('inbox-tooltip');
  });

  it('shows a truncated cell’s full text on keyboard focus, and nothing on a cell that fits', async () => {
    const table = await mount();
    const before = document.createElement('button');
    before.textContent = 'before';
    table.parentElement!.before(before);
    before.focus();
    const cut = cell(table, 0, 'agent');
    // Past the toolbar's controls to the grid's one tab stop: the first row's first cell.
    for (let presses = 0; presses < 5 && table.shadowRoot!.activeElement !== cut; presses += 1) await sendKeys({ press: 'Tab' });
    expect(table.shadowRoot!.activeElement, 'the cut cell has focus').to.equal(cut);
    await waitUntil(() => tooltip(table).matches(':popover-open'), 'tooltip on the focused cut cell');
    expect(text(tooltip(table))).to.equal(LONG_NAME);

    await sendKeys({ press: 'ArrowDown' });
    const fits = cell(table, 1, 'agent');
    await waitUntil(() => table.shadowRoot!.activeElement === fits, 'the next cell has focus');
    expect(tooltip(table).matches(':popover-open'), 'no tooltip on a cell that fits').to.equal(false);

    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    const header = table.shadowRoot!.querySelector<HTMLElement>('.head .c-agent')!;
    await waitUntil(() => table.shadowRoot!.activeElement === header, 'the header cell has focus');
    expect(tooltip(table).matches(':popover-open'), 'the header name fits: no tooltip').to.equal(false);
    before.remove();
  });

  it('shows a cut header name on hover', async () => {
    const rows = makeConversations(2);
    const table = await mountTable({ source: createMemorySource(rows), columns: ['status', 'summary'], width: 900 });
    table.strings = { ...table.strings, columns: { ...table.strings.columns, status: LONG_NAME } };
    await waitForRows(table, 2);
    const header = table.shadowRoot!.querySelector<HTMLElement>('.head .c-status')!;
    await waitUntil(() => text(header) === LONG_NAME, 'the long header name is shown');
    expect(isCut(header)).to.equal(true);
    await sendMouse({ type: 'move', position: centerOf(header) });
    await waitUntil(() => tooltip(table).matches(':popover-open'), 'tooltip over the cut header');
    expect(text(tooltip(table))).to.equal(LONG_NAME);
  });
});

describe('columns: widths that fit the content', () => {
  it('at 1440 px on the default demo data, no Agent, Agent Number, Caller ID or Direction value is cut while Summary has room to give, and Summary takes the rest', async () => {
    const table = await mountTable({
      source: createAnyreachSource({ baseUrl: `${location.origin}/api/anyreach`, token: 'ak_demo.sensitive' }),
      width: 1440,
      height: 900,
    });
    await waitForRows(table, 10);
    await fitted(table);
    const rows = renderedRows(table);
    const body = tableBody(table);
    const summaryMin = COLUMNS.get('summary')!.minWidth;
    const summary = rows[0]!.querySelector<HTMLElement>(':scope > .c-summary')!;
    const summaryWidth = summary.getBoundingClientRect().width;
    const cut: string[] = [];
    let shown = 0;
    for (const row of rows) {
      for (const id of ['agent', 'agentNumber', 'callerId', 'direction']) {
        const value = row.querySelector<HTMLElement>(`:scope > .c-${id}`)!;
        if (isCut(value)) cut.push(`${id}: ${text(value)}`);
        else shown += 1;
      }
    }
    // A cut value is fine only where Summary is already at its minimum: no room left to give it.
    if (cut.length > 0) expect(summaryWidth, `Summary keeps room while these are cut: ${cut.join('; ')}`).to.be.lessThan(summaryMin + 0.5);
    expect(summaryWidth).to.be.at.least(summaryMin - 0.5);
    expect(shown, 'most values are shown whole').to.be.greaterThan(cut.length);
    // The columns fit the table: no sideways scrolling, and Summary reaches the end of the row.
    expect(body.scrollWidth).to.equal(body.clientWidth);
    const last = rows[0]!.lastElementChild!.getBoundingClientRect();
    expect(Math.abs(last.right - (body.getBoundingClientRect().left + body.clientWidth))).to.be.lessThan(1);
    // Header and cells stay aligned.
    for (const id of ['agent', 'agentNumber', 'callerId', 'direction', 'summary']) {
      const head = table.shadowRoot!.querySelector(`.head .c-${id}`)!.getBoundingClientRect();
      const cell = rows[0]!.querySelector(`:scope > .c-${id}`)!.getBoundingClientRect();
      expect(Math.abs(head.left - cell.left), `${id} aligned`).to.be.lessThan(1);
      expect(Math.abs(head.width - cell.width), `${id} same width`).to.be.lessThan(1);
    }
  });

  it('gives Summary everything the other columns do not need', async () => {
    const rows = makeConversations(3, () => ({ agent: { id: 'a', name: 'Ann' }, summary: 'A long summary '.repeat(20) }));
    const table = await mountTable({ source: createMemorySource(rows), columns: ['agent', 'callerId', 'summary'], width: 1200 });
    await waitForRows(table, 3);
    await fitted(table);
    const row = renderedRows(table)[0]!;
    const agent = row.querySelector<HTMLElement>(':scope > .c-agent')!;
    // "Ann" needs less than the column's minimum: the column is as wide as its content, Summary takes the rest.
    expect(agent.getBoundingClientRect().width).to.be.lessThan(COLUMNS.get('agent')!.minWidth);
    expect(isCut(agent)).to.equal(false);
    const body = tableBody(table);
    const summary = row.querySelector<HTMLElement>(':scope > .c-summary')!.getBoundingClientRect();
    expect(Math.abs(summary.right - (body.getBoundingClientRect().left + body.clientWidth))).to.be.lessThan(1);
    expect(summary.width).to.be.greaterThan(700);
  });
});

for (const dir of ['ltr', 'rtl'] as const) {
  describe(`columns: sideways scrolling keeps the caller column in view (${dir})`, () => {
    it('scrolls header and body together with Caller ID kept at the start edge', async () => {
      const rows = makeConversations(6);
      const table = await mountTable({ source: createMemorySource(rows), width: 700 });
      table.dir = dir;
      await waitForRows(table, 6);
      await fitted(table);
      const body = tableBody(table);
      const head = table.shadowRoot!.querySelector<HTMLElement>('.head')!;
      expect(body.scrollWidth, 'the row is wider than the table').to.be.greaterThan(body.clientWidth + 200);
      const startEdge = () => (dir === 'ltr' ? body.getBoundingClientRect().left : body.getBoundingClientRect().right);
      // Scroll by a person's scroll bar drag: to the far end.
      body.scrollLeft = dir === 'ltr' ? body.scrollWidth : -body.scrollWidth;
      await waitUntil(() => Math.abs(head.scrollLeft - body.scrollLeft) < 1 && Math.abs(body.scrollLeft) > 200, 'header follows the body');
      const row = renderedRows(table)[0]!;
      const caller = row.querySelector<HTMLElement>(':scope > .c-callerId')!;
      const callerBox = caller.getBoundingClientRect();
      const edge = dir === 'ltr' ? callerBox.left : callerBox.right;
      expect(Math.abs(edge - startEdge()), 'caller cell at the start edge').to.be.lessThan(1);
      // What a person sees there is the caller cell, not a column passing under it.
      const [x, y] = centerOf(caller);
      expect(caller.contains(table.shadowRoot!.elementFromPoint(x, y))).to.equal(true);
      const headCaller = head.querySelector<HTMLElement>('.c-callerId')!.getBoundingClientRect();
      expect(Math.abs(headCaller.left - callerBox.left), 'header over its cells').to.be.lessThan(1);
      const [hx, hy] = centerOf(head.querySelector('.c-callerId')!);
      expect(head.querySelector('.c-callerId')!.contains(table.shadowRoot!.elementFromPoint(hx, hy))).to.equal(true);
      // Columns after it scroll: Summary's header stays over its cells too.
      const summaryHead = head.querySelector('.c-summary')!.getBoundingClientRect();
      const summaryCell = row.querySelector(':scope > .c-summary')!.getBoundingClientRect();
      expect(Math.abs(summaryHead.left - summaryCell.left)).to.be.lessThan(1);
    });

    it('keeps the column a host pins instead (pinned-column), and none with "none"', async () => {
      const rows = makeConversations(6);
      const table = await mountTable({ source: createMemorySource(rows), width: 700 });
      table.dir = dir;
      table.pinnedColumn = 'agent';
      await waitForRows(table, 6);
      await fitted(table);
      const body = tableBody(table);
      const head = table.shadowRoot!.querySelector<HTMLElement>('.head')!;
      const startEdge = () => (dir === 'ltr' ? body.getBoundingClientRect().left : body.getBoundingClientRect().right);
      const edgeOf = (box: DOMRect) => (dir === 'ltr' ? box.left : box.right);
      body.scrollLeft = dir === 'ltr' ? body.scrollWidth : -body.scrollWidth;
      await waitUntil(() => Math.abs(head.scrollLeft - body.scrollLeft) < 1 && Math.abs(body.scrollLeft) > 200, 'header follows the body');
      const row = renderedRows(table)[0]!;
      const agent = row.querySelector<HTMLElement>(':scope > .c-agent')!;
      expect(Math.abs(edgeOf(agent.getBoundingClientRect()) - startEdge()), 'agent cell at the start edge').to.be.lessThan(1);
      const [x, y] = centerOf(agent);
      expect(agent.contains(table.shadowRoot!.elementFromPoint(x, y)), 'the agent cell is what shows there').to.equal(true);
      const caller = row.querySelector<HTMLElement>(':scope > .c-callerId')!.getBoundingClientRect();
      expect(dir === 'ltr' ? caller.right : -caller.left, 'the caller column scrolled away').to.be.lessThan(dir === 'ltr' ? startEdge() : -startEdge());

      table.pinnedColumn = 'none';
      await table.updateComplete;
      await waitUntil(() => !row.querySelector(':scope > .cell.pinned'), 'nothing pinned');
      expect(head.querySelector('.cell.pinned'), 'no pinned header').to.equal(null);
    });
  });
}
