import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { getDeepActiveElement } from '../../src/components/inbox-table/grid-focus-controller.js';
import { createMemorySource } from '../../src/data/memory.js';
import { makeConversations } from '../fixtures/conversations.js';
import { mountTable, nextFrame, renderedRows, rowsInView, scrollBodyTo, waitForRows, openedPages, watchLayout } from './helpers.js';

/** Where focus is, as the user would describe it: which conversation (or header) and which column. */
function focused(): { row: string | null; col: number; element: HTMLElement } {
  const element = getDeepActiveElement() as HTMLElement;
  const cell = element.closest<HTMLElement>('[data-col]');
  const row = element.closest<HTMLElement>('conversation-row');
  return { row: row?.dataset.id ?? (cell ? 'header' : null), col: cell ? Number(cell.dataset.col) : -1, element };
}

async function press(...keys: string[]): Promise<void> {
  for (const key of keys) await sendKeys({ press: key });
  await nextFrame();
}

/** Tabs from a button before the table, past the toolbar's controls, into the grid. */
async function tabIntoGrid(table: InboxTable): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'before';
  table.parentElement!.before(before);
  before.focus();
  const grid = table.shadowRoot!.querySelector('[role="grid"]')!;
  for (let presses = 0; presses < 5 && !grid.contains(getDeepActiveElement()); presses += 1) await press('Tab');
  expect(grid.contains(getDeepActiveElement()), 'focus reached the grid').to.equal(true);
}

describe('keyboard use of the grid', () => {
  it('is one tab stop; arrows move by cell without wrapping; Home/End go to row ends', async () => {
    const table = await mountTable({ source: createMemorySource(makeConversations(50)), columns: ['callerId', 'callerName', 'status'] });
    await waitForRows(table, 5);
    await tabIntoGrid(table);
    expect(focused()).to.include({ row: 'conv_000000', col: 0 });
    await press('ArrowLeft');
    expect(focused()).to.include({ row: 'conv_000000', col: 0 });
    await press('ArrowRight', 'ArrowRight', 'ArrowRight');
    expect(focused()).to.include({ row: 'conv_000000', col: 2 });
    await press('ArrowDown', 'ArrowDown');
    expect(focused()).to.include({ row: 'conv_000002', col: 2 });
    await press('Home');
    expect(focused()).to.include({ row: 'conv_000002', col: 0 });
    await press('End');
    expect(focused()).to.include({ row: 'conv_000002', col: 2 });
    await press('ArrowUp', 'ArrowUp', 'ArrowUp');
    expect(focused()).to.include({ row: 'header', col: 2 });
    await press('ArrowUp');
    expect(focused()).to.include({ row: 'header', col: 2 });
    // Only one cell of the grid is in the tab order, with its own controls (here the header's resize handle).
    const active = table.shadowRoot!.activeElement!;
    const tabStops = [...table.shadowRoot!.querySelectorAll('[role="grid"] [tabindex="0"]')];
    expect(tabStops.filter((element) => element.hasAttribute('data-col'))).to.deep.equal([active]);
    expect(tabStops.every((element) => element.closest('[data-col]') === active)).to.equal(true);
    // Tab leaves the grid once past the active cell's controls.
    for (let presses = 0; presses < tabStops.length; presses += 1) await press('Tab');
    expect(table.shadowRoot!.activeElement).to.equal(null);
  });

  it('pages by a screenful and jumps to the first and last loaded row, loading more at the end', async () => {
    const table = await mountTable({ source: createMemorySource(makeConversations(250), { pageSize: 100 }), columns: ['callerId', 'status'] });
    await waitForRows(table, 5);
    await tabIntoGrid(table);
    await press('PageDown');
    const afterPage = focused();
    const step = Number(afterPage.row!.slice(5));
    expect(step).to.be.within(5, 12);
    await press('PageUp');
    expect(focused().row).to.equal('conv_000000');
    await press('Control+End');
    await waitUntil(() => table.rows.length >= 200, 'Ctrl+End loads the next page');
    expect(focused().row).to.equal('conv_000099');
    await press('Control+End');
    await waitUntil(() => focused().row === 'conv_000199', 'focus on the last loaded row', { timeout: 5000 });
    await press('Control+Home');
    expect(focused()).to.include({ row: 'conv_000000', col: 0 });
  });

  it('keeps focus on the same conversation when it scrolls out of the DOM and back', async () => {
    const table = await mountTable({ source: createMemorySource(makeConversations(400), { pageSize: 400 }), columns: ['callerId', 'status'] });
    await waitForRows(table, 5);
    await tabIntoGrid(table);
    await press('ArrowDown', 'ArrowDown', 'ArrowRight');
    expect(focused()).to.include({ row: 'conv_000002', col: 1 });
    const body = table.shadowRoot!.querySelector<HTMLElement>('.body')!;
    body.scrollTop = 8000;
    await waitUntil(() => !renderedRows(table).some((row) => row.dataset.id === 'conv_000002'), 'row recycled');
    // Focus stays inside the grid, not on the page body.
    expect(document.activeElement).to.equal(table);
    await press('ArrowDown');
    // The row below the remembered one is focused, scrolled back into view.
    await waitUntil(() => focused().row === 'conv_000003', 'focus moved from the remembered row');
    expect(focused().col).to.equal(1);
    body.scrollTop = 9000;
    await waitUntil(() => !renderedRows(table).some((row) => row.dataset.id === 'conv_000003'), 'row recycled again');
    body.scrollTop = 0;
    await waitUntil(() => focused().row === 'conv_000003', 'focus restored when the row returns');
  });

  it('keeps focus on the same conversation when a page arrives and after a refresh', async () => {
    const table = await mountTable({ source: createMemorySource(makeConversations(300), { pageSize: 100 }), columns: ['callerId', 'status'] });
    await waitForRows(table, 5);
    await tabIntoGrid(table);
    await press('ArrowDown', 'ArrowDown', 'ArrowDown');
    table.loadMore();
    await waitUntil(() => table.rows.length === 200, 'second page');
    await nextFrame();
    expect(focused().row).to.equal('conv_000003');
    table.refresh();
    await waitUntil(() => table.rows.length === 100, 'refreshed');
    await nextFrame();
    expect(focused().row).to.equal('conv_000003');
  });

  it('opens the focused conversation with Enter', async () => {
    await openedPages(true);
    const table = await mountTable({ source: createMemorySource(makeConversations(10)), columns: ['callerId', 'status'] });
    await waitForRows(table, 5);
    const opened: string[] = [];
    table.addEventListener('conversation-open', (event) => opened.push(event.conversation.id));
    await tabIntoGrid(table);
    await press('ArrowDown', 'Enter');
    expect(opened).to.deep.equal(['conv_000001']);
    await waitUntil(async () => (await openedPages()).length === 1, 'opened in a new tab', { timeout: 10000 });
    await openedPages(true);
  });

  it('reaches a cell\'s buttons with Tab and returns to the cell with Escape', async () => {
    const table = await mountTable({ source: createMemorySource(makeConversations(10)), columns: ['callerId', 'copy', 'status'] });
    await waitForRows(table, 5);
    await tabIntoGrid(table);
    await press('ArrowRight');
    expect(focused()).to.include({ row: 'conv_000000', col: 1 });
    await press('Tab');
    expect(focused().element.tagName).to.equal('BUTTON');
    expect(focused().element.getAttribute('aria-label')).to.contain('Copy link');
    await press('Escape');
    expect(focused().element.getAttribute('role')).to.equal('gridcell');
    expect(focused()).to.include({ row: 'conv_000000', col: 1 });
    // Buttons of other cells are not in the tab order.
    const tabbable = [...table.shadowRoot!.querySelectorAll('conversation-row button')].filter((button) => button.getAttribute('tabindex') !== '-1');
    expect(tabbable.length).to.equal(1);
  });

  it('ignores typed characters', async () => {
    const table = await mountTable({ source: createMemorySource(makeConversations(10)), columns: ['callerId', 'status'] });
    await waitForRows(table, 5);
    await tabIntoGrid(table);
    await press('ArrowDown');
    await sendKeys({ type: 'jk x' });
    expect(focused()).to.include({ row: 'conv_000001', col: 0 });
    expect(table.rows.length).to.equal(10);
  });
});

describe('grid structure', () => {
  it('labels the grid and carries true row indices and counts as rows recycle and pages arrive', async () => {
    const table = await mountTable({ columns: ['callerId', 'status'] });
    const layout = watchLayout(table);
    table.source = createMemorySource(makeConversations(1000), { pageSize: 200 });
    await waitForRows(table, 5);
    const grid = table.shadowRoot!.querySelector('[role="grid"]')!;
    expect(grid.getAttribute('aria-label')).to.equal('Conversations');
    // The memory source knows its total: 1000 rows plus the header row.
    expect(grid.getAttribute('aria-rowcount')).to.equal('1001');
    expect(grid.getAttribute('aria-colcount')).to.equal('2');
    expect(table.shadowRoot!.querySelector('.head [role="row"]')!.getAttribute('aria-rowindex')).to.equal('1');
    for (const scrollTop of [3000, 6000, 20000, 40000]) {
      await layout.settled();
      await scrollBodyTo(table, scrollTop, layout);
      // A scroll near the end asks for the next page; it arrives before the next scroll.
      await waitUntil(() => grid.getAttribute('aria-busy') === 'false' && !table.isUpdatePending, 'page answered', { timeout: 10000 });
    }
    await waitUntil(() => table.rows.length >= 600, 'pages arrive while scrolling', { timeout: 10000 });
    for (const row of renderedRows(table)) {
      const index = table.rows.findIndex((conversation) => conversation.id === row.dataset.id);
      expect(row.getAttribute('aria-rowindex')).to.equal(String(index + 2));
      expect(row.getAttribute('role')).to.equal('row');
      expect(row.querySelectorAll('[role="gridcell"]').length).to.equal(2);
    }
  });

  it('reports an unknown row count as -1 until the list ends', async () => {
    const memory = createMemorySource(makeConversations(120), { pageSize: 100 });
    const withoutTotal = {
      ...memory,
      fetchPage: async (request: Parameters<typeof memory.fetchPage>[0]) => ({ ...(await memory.fetchPage(request)), total: undefined }),
    };
    const table = await mountTable({ source: withoutTotal, columns: ['callerId'] });
    await waitForRows(table, 5);
    const grid = table.shadowRoot!.querySelector('[role="grid"]')!;
    expect(grid.getAttribute('aria-rowcount')).to.equal('-1');
    table.loadMore();
    await waitUntil(() => !table.hasMore, 'list ended');
    await table.updateComplete;
    expect(grid.getAttribute('aria-rowcount')).to.equal('121');
  });

  it('announces the result count politely once per query, not on every page', async () => {
    const table = await mountTable({ source: createMemorySource(makeConversations(300), { pageSize: 100 }), columns: ['callerId'] });
    const live = table.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    await waitUntil(() => live.textContent!.includes('100 of 300 conversations loaded'), 'count announced');
    table.loadMore();
    await waitUntil(() => table.rows.length === 200, 'second page');
    await rowsInView(table);
    expect(live.textContent).to.contain('100 of 300');
    table.query = { callerId: '+155500001' };
    // Callers +15550001xx: one hundred conversations match.
    await waitUntil(() => live.textContent!.includes('100 of 100 conversations loaded'), 'new count announced');
  });
});
