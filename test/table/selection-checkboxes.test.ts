/**
 * Selection checkboxes driven as a person does (real clicks, Shift-clicks and Space), against the
 * local Avoca API: every box shows what the table has selected, and a bulk action reaches exactly
 * the conversations whose boxes show a tick.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { getDeepActiveElement } from '../../src/components/inbox-table/grid-focus-controller.js';
import { createAvocaSource } from '../../src/data/avoca.js';
import { apiSession } from '../data/api-session.js';
import { clickCenter } from '../fixtures/controls.js';
import { mountTable, renderedRows, waitForRows } from './helpers.js';

const session = apiSession('selection-checkboxes');
const columns = ['customer', 'status'];

function source() {
  return createAvocaSource({ baseUrl: location.origin + session.avoca, apiKey: 'avk_demo', workspaceId: 'ws_demo', pageSize: 100, retry: { baseDelayMs: 5, attempts: 2 } });
}

function text(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function rowBox(table: InboxTable, id: string): HTMLInputElement {
  const box = table.shadowRoot!.querySelector<HTMLInputElement>(`conversation-row[data-id="${CSS.escape(id)}"] .c-select input`);
  if (!box) throw new Error(`row ${id} is not rendered`);
  return box;
}

function headerBox(table: InboxTable): HTMLInputElement {
  return table.shadowRoot!.querySelector<HTMLInputElement>('.head .c-select input')!;
}

function bulkBar(table: InboxTable): HTMLElement | null {
  return table.shadowRoot!.querySelector<HTMLElement>('[part="bulk-bar"]');
}

function barButton(table: InboxTable, label: string | RegExp): HTMLButtonElement {
  const button = [...bulkBar(table)!.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => text(candidate).match(label));
  if (!button) throw new Error(`no bulk bar button ${label}`);
  return button;
}

/** Lets the table and its rows finish rendering what the last input changed. */
async function settle(table: InboxTable): Promise<void> {
  await table.updateComplete;
  await Promise.all(renderedRows(table).map((row) => row.updateComplete));
  await table.updateComplete;
}

async function click(table: InboxTable, element: Element, options: { shift?: boolean } = {}): Promise<void> {
  await clickCenter(element, options);
  await settle(table);
}

async function press(table: InboxTable, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(table);
}

/** Ids of the rows in the DOM. */
function shownIds(table: InboxTable): string[] {
  return renderedRows(table).map((row) => row.dataset.id!);
}

/** Ids of the first `count` loaded rows, in the table's order (the order Shift ranges follow). */
function firstIds(table: InboxTable, count = 6): string[] {
  return table.rows.slice(0, count).map((row) => row.id);
}

/**
 * What a person sees and what assistive technology is told, for every rendered row and the header:
 * a tick exactly on the selected rows, the header ticked when all loaded rows are, mixed when some.
 */
function expectShown(table: InboxTable, selected: (id: string) => boolean, barText: string | undefined): void {
  for (const id of shownIds(table)) {
    const box = rowBox(table, id);
    const want = selected(id);
    expect({ id, checked: box.checked, ticked: box.matches(':checked'), ariaSelected: box.closest('conversation-row')!.getAttribute('aria-selected') }).to.deep.equal({
      id,
      checked: want,
      ticked: want,
      ariaSelected: String(want),
    });
  }
  const loaded = table.rows.map((row) => row.id);
  const count = loaded.filter(selected).length;
  const header = headerBox(table);
  expect({ checked: header.checked, ticked: header.matches(':checked'), indeterminate: header.indeterminate, mixed: header.matches(':indeterminate') }, 'header box').to.deep.equal({
    checked: count === loaded.length,
    ticked: count === loaded.length,
    indeterminate: count > 0 && count < loaded.length,
    mixed: count > 0 && count < loaded.length,
  });
  if (barText === undefined) expect(bulkBar(table), 'no bulk bar').to.equal(null);
  else expect(text(bulkBar(table)!.querySelector('span'))).to.equal(barText);
}

describe('selection checkboxes show the selection', () => {
  before(() => session.control({ count: 260, seed: 21 }));

  let table: InboxTable;
  beforeEach(async () => {
    await session.clearRequests();
    table = await mountTable({ source: source(), columns });
    await waitForRows(table, 6);
    await settle(table);
  });

  it('a click ticks the box and a second click clears it; Space on the box and on its cell do the same', async () => {
    const [first, second] = firstIds(table);
    await click(table, rowBox(table, first));
    expectShown(table, (id) => id === first, '1 selected');
    await expect(table).to.be.accessible();

    await click(table, rowBox(table, first));
    expectShown(table, () => false, undefined);

    await click(table, rowBox(table, second));
    expectShown(table, (id) => id === second, '1 selected');
    expect(getDeepActiveElement(), 'the clicked box has focus').to.equal(rowBox(table, second));
    await press(table, 'Space');
    expectShown(table, () => false, undefined);
    await press(table, 'Space');
    expectShown(table, (id) => id === second, '1 selected');

    // Escape goes back to the cell; Space there toggles the row too.
    await press(table, 'Escape');
    expect((getDeepActiveElement() as HTMLElement).classList.contains('c-select'), 'focus on the select cell').to.equal(true);
    await press(table, 'Space');
    expectShown(table, () => false, undefined);
    await press(table, 'Space');
    expectShown(table, (id) => id === second, '1 selected');
    await expect(table).to.be.accessible();
  });

  it('Shift-click sets a range like its anchor, and every box in it shows that', async () => {
    const ids = firstIds(table);
    await click(table, rowBox(table, ids[1]));
    await click(table, rowBox(table, ids[4]), { shift: true });
    const range = new Set(ids.slice(1, 5));
    expectShown(table, (id) => range.has(id), '4 selected');

    // Inside a selected range the anchor is selected: a Shift-click keeps the row selected.
    await click(table, rowBox(table, ids[2]), { shift: true });
    expectShown(table, (id) => range.has(id), '4 selected');

    // Anchor cleared: a Shift-click clears back to it, including an unselected row clicked.
    await click(table, rowBox(table, ids[4]));
    range.delete(ids[4]);
    expectShown(table, (id) => range.has(id), '3 selected');
    await click(table, rowBox(table, ids[5]), { shift: true });
    expectShown(table, (id) => range.has(id), '3 selected');
    await click(table, rowBox(table, ids[1]), { shift: true });
    expectShown(table, () => false, undefined);
    await expect(table).to.be.accessible();
  });

  it('the header box selects and clears all loaded rows; all matching and Clear selection show on every box', async () => {
    const loaded = table.rows.length;
    const total = table.total!;
    expect(total).to.be.greaterThan(loaded);

    await click(table, headerBox(table));
    expectShown(table, () => true, `${loaded} selected`);
    await click(table, headerBox(table));
    expectShown(table, () => false, undefined);

    // Some selected: the header is mixed, and a click selects the rest.
    const [first] = firstIds(table);
    await click(table, rowBox(table, first));
    expectShown(table, (id) => id === first, '1 selected');
    await click(table, headerBox(table));
    expectShown(table, () => true, `${loaded} selected`);
    // A row cleared by hand makes the header mixed again.
    await click(table, rowBox(table, first));
    expectShown(table, (id) => id !== first, `${loaded - 1} selected`);

    await click(table, barButton(table, /^Select all \d+ matching$/));
    expectShown(table, () => true, `${total} selected`);
    await expect(table).to.be.accessible();

    await click(table, barButton(table, 'Clear selection'));
    expectShown(table, () => false, undefined);
    await expect(table).to.be.accessible();
  });

  it('rows scrolled away and back, and rows loaded later, show the selection', async () => {
    const ids = firstIds(table);
    await click(table, rowBox(table, ids[0]));
    await click(table, rowBox(table, ids[2]));
    const picked = new Set([ids[0], ids[2]]);
    const body = table.shadowRoot!.querySelector<HTMLElement>('.body')!;

    // Far enough that the first rows leave the DOM and others take their place.
    body.scrollTop = body.scrollHeight;
    await waitUntil(() => !shownIds(table).includes(ids[0]) && shownIds(table).length > 0, 'first rows scrolled away');
    await settle(table);
    expectShown(table, (id) => picked.has(id), '2 selected');

    body.scrollTop = 0;
    await waitUntil(() => shownIds(table).includes(ids[0]) && shownIds(table).includes(ids[2]), 'first rows back');
    await settle(table);
    expectShown(table, (id) => picked.has(id), '2 selected');

    // All matching covers rows not loaded yet: they arrive ticked.
    await click(table, barButton(table, /^Select all \d+ matching$/));
    const loadedBefore = table.rows.length;
    body.scrollTop = body.scrollHeight;
    await waitUntil(() => table.rows.length > loadedBefore, 'a later page loaded', { timeout: 10000 });
    const later = new Set(table.rows.slice(loadedBefore).map((row) => row.id));
    body.scrollTop = body.scrollHeight;
    await waitUntil(() => shownIds(table).some((id) => later.has(id)), 'rows of the later page on screen');
    await settle(table);
    expectShown(table, () => true, `${table.total} selected`);
  });

  it('a bulk action reaches exactly the conversations whose boxes show a tick', async () => {
    const ids = firstIds(table);
    await click(table, rowBox(table, ids[0]));
    await click(table, rowBox(table, ids[3]));
    // Ticked, then cleared again: must not be acted on.
    await click(table, rowBox(table, ids[1]));
    await click(table, rowBox(table, ids[1]));
    const ticked = firstIds(table).filter((id) => rowBox(table, id).checked);
    expect(ticked).to.deep.equal([ids[0], ids[3]]);

    await click(table, barButton(table, 'Actions for the selected conversations'));
    const menu = table.shadowRoot!.querySelector<HTMLElement>('#inbox-action-menu')!;
    await waitUntil(() => menu.matches(':popover-open'), 'menu open');
    const item = [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')].find((entry) => text(entry) === 'Add tags…')!;
    await click(table, item);
    const form = () => menu.querySelector('inbox-action-form')?.shadowRoot?.querySelector('form');
    await waitUntil(() => form(), 'form shown');
    form()!.querySelector<HTMLInputElement>('input[name="tags"]')!.focus();
    await sendKeys({ type: 'picked' });
    await sendKeys({ press: 'Enter' });

    const writes = async () => (await session.requests()).filter((request) => request.method !== 'GET');
    await waitUntil(async () => (await writes()).length >= 2, 'tag requests sent', { timeout: 10000 });
    await waitUntil(() => !table.shadowRoot!.querySelector('[part="bulk-bar"] progress'), 'action finished', { timeout: 10000 });
    const sent = await writes();
    expect(sent.map((request) => request.path.split('/').at(-2)).sort()).to.deep.equal([ids[0], ids[3]].sort());
    for (const request of sent) expect(request.body).to.deep.equal({ tags: ['picked'] });
  });
});
