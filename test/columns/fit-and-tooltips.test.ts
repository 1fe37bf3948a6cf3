/** Columns fit their content, and a cut value (and only a cut value) can be read in the tooltip. */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { createAnyreachSource } from '../../src/data/anyreach.js';
import { createMemorySource } from '../../src/data/memory.js';
import { FIT_MAX_PX } from '../../src/format/column-state.js';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { makeConversations } from '../fixtures/conversations.js';
import { mountTable, renderedRows, waitForRows } from '../table/helpers.js';
import { centerOf, text } from '../table/pointer.js';

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

/** The widths fitted to the first page are on screen. */
async function fitted(table: InboxTable): Promise<void> {
  const grid = table.shadowRoot!.querySelector<HTMLElement>('.grid')!;
  // Before the fit, every text column but the fixed ones is a flexible track; after it, only Summary.
  await waitUntil(() => (grid.style.getPropertyValue('--_columns').match(/minmax/g) ?? []).length <= 1, 'widths fitted to the content');
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
  it('at 1440 px on the default demo data, no Agent, Agent Number, Caller ID or Direction value narrower than the widest default is cut', async () => {
    const table = await mountTable({
      source: createAnyreachSource({ baseUrl: `${location.origin}/api/anyreach`, token: 'ak_demo.sensitive' }),
      width: 1440,
      height: 900,
    });
    await waitForRows(table, 10);
    await fitted(table);
    const rows = renderedRows(table);
    const cut: string[] = [];
    for (const row of rows) {
      for (const id of ['agent', 'agentNumber', 'callerId', 'direction']) {
        const value = row.querySelector<HTMLElement>(`:scope > .c-${id}`)!;
        // A value wider than the widest default (FIT_MAX_PX) is cut by design and read in the tooltip.
        if (isCut(value) && value.getBoundingClientRect().width < FIT_MAX_PX - 1) cut.push(`${id}: ${text(value)}`);
      }
    }
    expect(cut, 'values cut').to.deep.equal([]);
    // Summary never goes below its minimum; the row scrolls sideways instead.
    const summary = rows[0]!.querySelector<HTMLElement>(':scope > .c-summary')!;
    expect(summary.getBoundingClientRect().width).to.be.at.least(139.5);
    // Header and cells stay aligned.
    for (const id of ['agent', 'agentNumber', 'callerId', 'direction', 'summary']) {
      const head = table.shadowRoot!.querySelector(`.head .c-${id}`)!.getBoundingClientRect();
      const body = rows[0]!.querySelector(`:scope > .c-${id}`)!.getBoundingClientRect();
      expect(Math.abs(head.left - body.left), `${id} aligned`).to.be.lessThan(1);
      expect(Math.abs(head.width - body.width), `${id} same width`).to.be.lessThan(1);
    }
  });
});
