import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { getDeepActiveElement } from '../../src/components/inbox-table/grid-focus-controller.js';
import { createMemorySource } from '../../src/data/memory.js';
import type { LiveListener, LiveSource } from '../../src/data/live.js';
import type { Conversation, InboxDataSource } from '../../src/data/types.js';
import { makeConversations } from '../fixtures/conversations.js';
import { EDGE_ROWS, WINDOW_ROWS } from '../../src/components/inbox-table/row-window.js';
import { countElements, mountTable, renderedRows, scrollBodyTo, tableBody as body, watchLayout } from './helpers.js';

/**
 * More rows than the virtualizer can hold: it clamps its height near 8.2 million px, which is about
 * 186,000 rows of 44 px.
 */
const ROW_COUNT = 250_000;

/**
 * A host's source that hands over every row in one page, as a host with all rows in memory would,
 * and pushes live events through `push`.
 */
function oneBigPageSource(): { source: InboxDataSource & LiveSource; rows: Conversation[]; push: LiveListener } {
  const base = makeConversations(500);
  const rows = Array.from({ length: ROW_COUNT }, (_, index) => ({ ...base[index % base.length], id: `row_${index}` }));
  const capabilities = { ...createMemorySource([]).capabilities, maxPageSize: ROW_COUNT };
  let listener: LiveListener | undefined;
  return {
    rows,
    push: (event) => listener?.(event),
    source: {
      id: 'one-big-page',
      capabilities,
      fetchPage: async () => ({ items: rows, next: null, total: rows.length }),
      subscribe: (_query, listen) => (listener = listen),
    },
  };
}

/** Row indices (aria-rowindex − 2) of the rows fully inside the body's viewport. */
function rowsOnScreen(table: InboxTable): number[] {
  const viewport = body(table).getBoundingClientRect();
  return renderedRows(table)
    .filter((row) => {
      const box = row.getBoundingClientRect();
      return box.height > 0 && box.top >= viewport.top - 0.5 && box.bottom <= viewport.bottom + 0.5;
    })
    .map((row) => Number(row.getAttribute('aria-rowindex')) - 2)
    .sort((a, b) => a - b);
}

function focusedRowIndex(): number {
  const row = (getDeepActiveElement() as HTMLElement).closest('conversation-row');
  return row ? Number(row.getAttribute('aria-rowindex')) - 2 : -1;
}

describe('a list longer than the virtualizer can hold', () => {
  let table: InboxTable;
  let rows: Conversation[];
  let push: LiveListener;
  let layout: ReturnType<typeof watchLayout>;

  /** Presses `key`, waits until focus is on row `index`, then for the virtualizer to settle. */
  async function press(key: string, index: number, message: string): Promise<void> {
    await sendKeys({ press: key });
    await waitUntil(() => focusedRowIndex() === index, message, { timeout: 5000 });
    await layout.settled();
  }

  beforeEach(async () => {
    const big = oneBigPageSource();
    rows = big.rows;
    push = big.push;
    table = await mountTable({ columns: ['callerId', 'callerName', 'status'] });
    layout = watchLayout(table);
    table.source = big.source;
    // Until a row is measured the virtualizer sizes the list by a guess of 100 px a row.
    await waitUntil(
      () => renderedRows(table).length > 0 && body(table).scrollHeight === WINDOW_ROWS * renderedRows(table)[0].offsetHeight,
      'rows rendered and measured',
      { timeout: 20000 },
    );
    await layout.settled();
  });

  it('scrolls all the way to the last row, numbering every row by its place in the whole list', async () => {
    expect(table.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).to.equal(String(ROW_COUNT + 1));
    const scroller = body(table);
    let shown: number[] = [];
    for (let step = 0; step < 40; step += 1) {
      await scrollBodyTo(table, scroller.scrollHeight, layout);
      shown = rowsOnScreen(table);
      if (shown.at(-1) === ROW_COUNT - 1) break;
    }
    expect(shown.at(-1), 'last row on screen').to.equal(ROW_COUNT - 1);
    const last = table.shadowRoot!.querySelector(`conversation-row[aria-rowindex="${ROW_COUNT + 1}"]`) as HTMLElement;
    expect(last.dataset.id).to.equal(rows[ROW_COUNT - 1].id);
    // Rows on screen are consecutive, and each shows its own conversation.
    expect(shown).to.deep.equal(Array.from({ length: shown.length }, (_, offset) => shown[0] + offset));
    for (const index of shown) {
      expect(table.shadowRoot!.querySelector(`conversation-row[aria-rowindex="${index + 2}"]`)!.getAttribute('data-id')).to.equal(rows[index].id);
    }
    expect(table.shadowRoot!.textContent).to.not.include('undefined');
  });

  it('keeps the same rows on screen while the window of rendered rows moves under them', async () => {
    const scroller = body(table);
    const rowHeight = renderedRows(table)[0].offsetHeight;
    /** Scrolls by `rows` rows, `steps` times, checking each step shows the rows that far on. */
    const scrollInSteps = async (rows: number, steps: number): Promise<void> => {
      let previousFirst = rowsOnScreen(table)[0];
      for (let step = 1; step <= steps; step += 1) {
        await scrollBodyTo(table, scroller.scrollTop + rows * rowHeight, layout);
        const first = rowsOnScreen(table)[0];
        expect(first - previousFirst, `rows moved at step ${step}`).to.be.within(rows - 1, rows + 1);
        previousFirst = first;
      }
    };
    // Just before the rendered window's end edge, then on across it a few rows at a time.
    await scrollBodyTo(table, (WINDOW_ROWS - EDGE_ROWS - 20) * rowHeight, layout);
    const beforeEnd = scroller.scrollTop;
    await scrollInSteps(5, 10);
    expect(scroller.scrollTop, 'the window moved towards the end').to.be.below(beforeEnd - 1_000 * rowHeight);
    // Just after its start edge, then back across it.
    await scrollBodyTo(table, (EDGE_ROWS + 20) * rowHeight, layout);
    const afterStart = scroller.scrollTop;
    const firstBefore = rowsOnScreen(table)[0];
    expect(firstBefore, 'rows before the window start are still ahead').to.be.above(EDGE_ROWS + 1_000);
    await scrollInSteps(-5, 10);
    expect(scroller.scrollTop, 'the window moved towards the start').to.be.above(afterStart + 1_000 * rowHeight);
    // And up to the very top by scrolling.
    for (let step = 0; step < 40 && rowsOnScreen(table)[0] !== 0; step += 1) await scrollBodyTo(table, 0, layout);
    expect(rowsOnScreen(table)[0]).to.equal(0);
    expect(renderedRows(table)[0].dataset.id).to.equal(rows[0].id);
  });

  it('Ctrl+End and Ctrl+Home move focus to the last and first of all rows', async () => {
    table.shadowRoot!.querySelector<HTMLElement>('conversation-row [data-col="1"]')!.focus();
    await press('Control+End', ROW_COUNT - 1, 'focus on the last row');
    expect(rowsOnScreen(table)).to.include(ROW_COUNT - 1);
    await press('ArrowUp', ROW_COUNT - 2, 'focus on the row above');
    await press('Control+Home', 0, 'focus on the first row');
    expect(rowsOnScreen(table)).to.include(0);
    // The DOM stays small whatever the row count.
    expect(renderedRows(table).length).to.be.below(80);
    expect(countElements(table.shadowRoot!)).to.be.below(3000);
  });

  it('shows live arrivals held while far down the list at the very top, once asked', async () => {
    table.live = true;
    await table.updateComplete;
    table.shadowRoot!.querySelector<HTMLElement>('conversation-row [data-col="1"]')!.focus();
    await press('Control+End', ROW_COUNT - 1, 'focus on the last row');
    const arrival = { ...rows[0], id: 'arrival', createdAt: new Date().toISOString() };
    push({ type: 'created', conversation: arrival });
    const pill = () => table.shadowRoot!.querySelector<HTMLButtonElement>('[part="live-pill"]');
    await waitUntil(pill, 'the new-conversations button', { timeout: 5000 });
    await table.updateComplete;
    await layout.settled();
    // Held, not inserted: the rows on screen did not move.
    expect(rowsOnScreen(table)).to.include(ROW_COUNT - 1);
    pill()!.click();
    await waitUntil(() => rowsOnScreen(table)[0] === 0, 'scrolled to the top', { timeout: 5000 });
    const first = table.shadowRoot!.querySelector<HTMLElement>('conversation-row[aria-rowindex="2"]')!;
    expect(first.dataset.id).to.equal('arrival');
    expect(table.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).to.equal(String(ROW_COUNT + 2));
  });

  it('starts a new query at its first row, wherever the previous list was scrolled', async () => {
    table.shadowRoot!.querySelector<HTMLElement>('conversation-row [data-col="1"]')!.focus();
    await press('Control+End', ROW_COUNT - 1, 'focus on the last row');
    table.query = { search: 'anything' };
    await waitUntil(() => rowsOnScreen(table)[0] === 0, 'the new list from its first row', { timeout: 10000 });
    expect(table.shadowRoot!.querySelector<HTMLElement>('conversation-row[aria-rowindex="2"]')!.dataset.id).to.equal(rows[0].id);
  });
});
