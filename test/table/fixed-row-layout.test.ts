/**
 * The table's virtualizer places rows by `--inbox-row-height` instead of measuring them: rows sit
 * exactly one row height apart, whatever unit the height is given in, and scrolling never reads
 * a row's box.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { ConversationRow } from '../../src/components/conversation-row/conversation-row.js';
import { createMemorySource } from '../../src/data/memory.js';
import { makeConversations } from '../fixtures/conversations.js';
import { mountTable, renderedRows, waitForRows } from './helpers.js';

const ROWS = makeConversations(1000);

function body(table: InboxTable): HTMLElement {
  return table.shadowRoot!.querySelector<HTMLElement>('.body')!;
}

/** The row at the top edge of the body, by hit testing as a pointer would find it. */
function topRow(table: InboxTable): ConversationRow | undefined {
  const box = body(table).getBoundingClientRect();
  const hit = table.shadowRoot!.elementFromPoint(box.left + 40, box.top + 2);
  return hit?.closest<ConversationRow>('conversation-row') ?? undefined;
}

/** Scrolls the body and waits until the virtualizer rendered the rows for the new position. */
async function scrollBodyTo(table: InboxTable, top: number, rowHeight: number): Promise<void> {
  const scroller = body(table);
  scroller.scrollTop = top;
  const wanted = Math.floor(scroller.scrollTop / rowHeight);
  await waitUntil(() => topRow(table)?.dataset.id === ROWS[wanted]!.id, `row ${wanted} at the top after scrolling to ${top}px`, { timeout: 10000 });
}

function rowHeightOf(table: InboxTable): number {
  return renderedRows(table)[0]!.getBoundingClientRect().height;
}

async function mountAll(rowHeight?: string): Promise<InboxTable> {
  const table = await mountTable({ source: createMemorySource(ROWS, { pageSize: 1000 }), columns: ['callerName', 'status', 'date'] });
  if (rowHeight) table.style.setProperty('--inbox-row-height', rowHeight);
  await waitForRows(table);
  return table;
}

describe('rows of a known height (fixed row layout)', () => {
  it('never measures a row while scrolling', async () => {
    const table = await mountAll();
    const rowHeight = rowHeightOf(table);
    const measure = ConversationRow.prototype.getBoundingClientRect;
    let measured = 0;
    ConversationRow.prototype.getBoundingClientRect = function (this: ConversationRow) {
      measured += 1;
      return measure.call(this);
    };
    try {
      for (const top of [2000, 9000, 20_000, 4000]) await scrollBodyTo(table, top, rowHeight);
      await table.updateComplete;
    } finally {
      ConversationRow.prototype.getBoundingClientRect = measure;
    }
    expect(measured, 'row boxes read during 4 scrolls').to.equal(0);
  });

  for (const [height, px] of [['37px', 37], ['2.5rem', 40]] as const) {
    it(`places row i at i × --inbox-row-height (${height}) and scrolls by that math`, async () => {
      const table = await mountAll(height);
      await waitUntil(() => Math.abs(rowHeightOf(table) - px) < 0.01, `rows ${px}px tall`);
      await scrollBodyTo(table, 100 * px, px);
      expect(topRow(table)!.dataset.id).to.equal(ROWS[100]!.id);
      const rows = renderedRows(table).sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      for (let index = 1; index < rows.length; index += 1) {
        const gap = rows[index]!.getBoundingClientRect().top - rows[index - 1]!.getBoundingClientRect().top;
        expect(gap, `gap above ${rows[index]!.dataset.id}`).to.be.closeTo(px, 0.01);
      }
      expect(body(table).scrollHeight).to.be.closeTo(ROWS.length * px, 1);
    });
  }

  it('brings the last row fully into view with Ctrl+End and keeps it there', async () => {
    const table = await mountAll('2.5rem');
    renderedRows(table)[0]!.querySelector<HTMLElement>('[data-col]')!.focus();
    await sendKeys({ press: 'Control+End' });
    const last = ROWS.at(-1)!.id;
    await waitUntil(() => table.shadowRoot!.querySelector(`conversation-row[data-id="${last}"]`) !== null, 'last row rendered', { timeout: 10000 });
    const row = table.shadowRoot!.querySelector(`conversation-row[data-id="${last}"]`)!.getBoundingClientRect();
    const box = body(table).getBoundingClientRect();
    expect(row.bottom).to.be.at.most(box.bottom + 0.5);
    expect(row.top).to.be.at.least(box.top - 0.5);
    await expect(table).to.be.accessible();
  });
});
