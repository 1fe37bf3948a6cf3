/**
 * Cards of a list longer than the virtualizer can hold: at 168 px a card, 250,000 conversations
 * would be 42 million px; the window of rendered rows moves under the cards as it does under rows,
 * so the last card can be scrolled to, numbered by its place in the whole list.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createMemorySource } from '../../src/data/memory.js';
import type { InboxDataSource } from '../../src/data/types.js';
import { makeConversations } from '../fixtures/conversations.js';
import { WINDOW_ROWS } from '../../src/components/inbox-table/row-window.js';
import { mountTable, renderedRows, scrollBodyTo, tableBody, watchLayout } from '../table/helpers.js';

const ROW_COUNT = 250_000;

function oneBigPageSource(): InboxDataSource {
  const base = makeConversations(500);
  const rows = Array.from({ length: ROW_COUNT }, (_, index) => ({ ...base[index % base.length], id: `row_${index}` }));
  return {
    id: 'one-big-page',
    capabilities: { ...createMemorySource([]).capabilities, maxPageSize: ROW_COUNT },
    fetchPage: async () => ({ items: rows, next: null, total: rows.length }),
  };
}

describe('cards of a list longer than the virtualizer can hold', () => {
  it('scrolls to the last card, numbered by its place among all conversations', async () => {
    const table = await mountTable({ width: 360, height: 600 });
    const layout = watchLayout(table);
    table.source = oneBigPageSource();
    await waitUntil(() => renderedRows(table).length > 0 && tableBody(table).scrollHeight === WINDOW_ROWS * 168, 'cards rendered in a window of rows', { timeout: 20000 });
    expect(table.hasAttribute('cards')).to.equal(true);
    expect(table.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).to.equal(String(ROW_COUNT));
    const lastIndex = String(ROW_COUNT);
    for (let step = 0; step < 40 && !table.shadowRoot!.querySelector(`conversation-row[aria-rowindex="${lastIndex}"]`); step += 1) {
      await scrollBodyTo(table, tableBody(table).scrollHeight, layout);
    }
    const last = table.shadowRoot!.querySelector<HTMLElement>(`conversation-row[aria-rowindex="${lastIndex}"]`);
    expect(last?.dataset.id, 'the last card rendered').to.equal(`row_${ROW_COUNT - 1}`);
    const body = tableBody(table).getBoundingClientRect();
    const box = last!.getBoundingClientRect();
    expect([box.top >= body.top - 0.5, box.bottom <= body.bottom + 0.5], 'on screen').to.deep.equal([true, true]);
  });
});
