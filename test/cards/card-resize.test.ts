/**
 * The layout follows the element's own width, not the window's: a container resized across the
 * card breakpoint switches between table and cards and keeps the same conversation at the top of
 * the list; the breakpoint is a custom property.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { createMemorySource } from '../../src/data/memory.js';
import { makeConversations } from '../fixtures/conversations.js';
import { renderedRows, rowsInView, scrollBodyTo, tableBody, waitForRows, watchLayout } from '../table/helpers.js';
import { cards, expectNoPageScroll, topCardId } from './helpers.js';

async function mountResizable(width: number, style = ''): Promise<{ wrapper: HTMLDivElement; table: InboxTable; layout: ReturnType<typeof watchLayout> }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; height: 560px"></div>`);
  const table = document.createElement('inbox-table');
  table.timeZone = 'UTC';
  table.locale = 'en-US';
  if (style) table.setAttribute('style', style);
  wrapper.append(table);
  await table.updateComplete;
  const layout = watchLayout(table);
  table.source = createMemorySource(makeConversations(500), { pageSize: 500 });
  await waitForRows(table);
  await rowsInView(table);
  return { wrapper, table, layout };
}

/** Resizes the container and waits until the table has switched mode and laid its rows out again. */
async function resizeTo(wrapper: HTMLDivElement, table: InboxTable, width: number, layout: ReturnType<typeof watchLayout>, expectCards: boolean): Promise<void> {
  wrapper.style.width = `${width}px`;
  await waitUntil(() => table.hasAttribute('cards') === expectCards && renderedRows(table).every((row) => row.hasAttribute('card') === expectCards), `${expectCards ? 'cards' : 'table'} at ${width}px`);
  await layout.settled();
  await rowsInView(table);
}

describe('cards: the container decides, and crossing keeps the place', () => {
  beforeEach(() => setViewport({ width: 1280, height: 800 }));
  afterEach(async () => {
    fixtureCleanup();
    await setViewport({ width: 800, height: 600 });
  });

  it('keeps the conversation at the top when the container narrows to cards and widens back to the table', async () => {
    const { wrapper, table, layout } = await mountResizable(900);
    expect(table.hasAttribute('cards'), 'a wide container shows the table').to.equal(false);
    await scrollBodyTo(table, 137 * 44, layout);
    const reading = topCardId(table)!;
    expect(reading).to.equal('conv_000137');

    await resizeTo(wrapper, table, 360, layout, true);
    await waitUntil(() => topCardId(table) === reading, `${reading} still on top as a card`);
    expect(tableBody(table).scrollTop).to.equal(137 * 168);
    expect(cards(table).length).to.be.greaterThan(0);
    expectNoPageScroll();

    // A little further down in cards, then back to the table.
    await scrollBodyTo(table, 200 * 168, layout);
    const next = topCardId(table)!;
    expect(next).to.equal('conv_000200');
    await resizeTo(wrapper, table, 900, layout, false);
    await waitUntil(() => topCardId(table) === next, `${next} still on top as a row`);
    expect(tableBody(table).scrollTop).to.equal(200 * 44);
  });

  it('follows the element, not the window: cards in a 360 px column of a wide page, a table in a wide one', async () => {
    const narrow = await mountResizable(360);
    expect(narrow.table.hasAttribute('cards')).to.equal(true);
    expect(innerWidth).to.equal(1280);
    fixtureCleanup();
    const wide = await mountResizable(700);
    expect(wide.table.hasAttribute('cards')).to.equal(false);
  });

  it('takes its breakpoint from --inbox-card-breakpoint', async () => {
    const { wrapper, table, layout } = await mountResizable(700, '--inbox-card-breakpoint: 48rem');
    expect(table.hasAttribute('cards'), '700 px is below 48rem (768 px)').to.equal(true);
    await resizeTo(wrapper, table, 800, layout, false);
    expect(table.hasAttribute('cards')).to.equal(false);
  });
});
