/**
 * Cards against the local API server: scrolling to the end of the cards requests the next page and
 * shows it; a conversation created on the server arrives as a card at the top; the filters, a
 * full-height dialog on a phone, apply and reset what the server is asked.
 */
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { InboxFilters } from '../../src/components/inbox-filters/inbox-filters.js';
import type { InboxFilterDialog } from '../../src/components/inbox-filter-dialog/inbox-filter-dialog.js';
import { getDeepActiveElement } from '../../src/components/shared/deep-focus.js';
import { createAnyreachSource } from '../../src/data/anyreach.js';
import { createAvocaSource } from '../../src/data/avoca.js';
import { STATUS_LABELS } from '../../src/format/labels.js';
import { FAST_RETRY, liveSession, waitForStreams } from '../live/helpers.js';
import { clickOn } from '../table/pointer.js';
import { scrollBodyTo, tableBody } from '../table/helpers.js';
import { CARD_LAYOUTS, card, cards, expectNoPageScroll, expectTapTargets, mountCards, textOf, topCardId } from './helpers.js';

const session = liveSession('cards');
const anyreach = (pageSize = 20) => createAnyreachSource({ baseUrl: session.anyreach, token: 'ak_demo.sensitive', pageSize, retry: FAST_RETRY });
const listRequests = async () => (await session.requestsTo('/core/conversations')).filter((request) => request.method === 'GET');

function dialogOf(filters: InboxFilters): InboxFilterDialog | null {
  return filters.shadowRoot!.querySelector('inbox-filter-dialog');
}

describe('cards over the local API server', () => {
  beforeEach(async () => {
    await session.control({ count: 120, seed: 21, faults: [], eventFormat: 'named' });
    await session.clearRequests();
  });
  afterEach(async () => {
    fixtureCleanup();
    await waitForStreams(session, 0, 'no stream left open');
    await setViewport({ width: 800, height: 600 });
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  for (const { label, viewport, width } of CARD_LAYOUTS) {
      it(`requests the next page when the cards are scrolled to the end, and shows it as cards, ${label}`, async () => {
        await setViewport(viewport);
        const { table } = await mountCards({ source: anyreach(100), filters: false, width, height: viewport.height - 64 });
        await waitUntil(async () => (await listRequests()).length === 1 && table.rows.length > 60, 'first page');
        // The page less the web sessions that never started, which are not listed.
        const firstPage = table.rows.map((row) => row.id);
        // A page of 100 cards is far beyond the prefetch margin: scrolling is what asks for more.
        expect((await listRequests()).filter((request) => request.query.cursor !== undefined)).to.have.length(0);
        await scrollBodyTo(table, tableBody(table).scrollHeight);
        await waitUntil(async () => (await listRequests()).some((request) => request.query.cursor !== undefined), 'next page requested from the server');
        await waitUntil(() => table.rows.length > firstPage.length, 'next page loaded');
        const next = table.rows[firstPage.length]!;
        expect(firstPage).not.to.include(next.id);
        await scrollBodyTo(table, firstPage.length * 168);
        await waitUntil(() => topCardId(table) === next.id, 'the first card of the next page at the top');
        expect(card(table, next.id).hasAttribute('card')).to.equal(true);
        expect(textOf(card(table, next.id).querySelector('.card-cues'))).to.contain(STATUS_LABELS[next.status!] ?? '');
        expectNoPageScroll();
        await expect(table).to.be.accessible();
      });
    }

    for (const { label, viewport, width } of CARD_LAYOUTS) {
    it(`shows a conversation created on the server as a card at the top, marked new and live, ${label}`, async () => {
      await setViewport(viewport);
      const { table } = await mountCards({ source: anyreach(), live: true, filters: false, width, height: viewport.height - 64 });
      await waitForStreams(session, 1);
      const { created } = await session.live({ create: 1 });
      const id = created[0]!;
      await waitUntil(() => table.rows[0]?.id === id && cards(table).some((row) => row.dataset.id === id), 'arrival shown as a card');
      await waitUntil(() => topCardId(table) === id, 'at the top');
      const arrival = card(table, id);
      expect(arrival.hasAttribute('fresh')).to.equal(true);
      expect(textOf(arrival.querySelector('.card-cues'))).to.match(/^New Live Ringing · \d+:\d\d$/);
      expect(textOf(arrival.querySelector('.card-time')), 'relative: it is recent').to.equal('Now');
      expect(arrival.getAttribute('aria-rowindex')).to.equal('1');
      expectNoPageScroll();
      expectTapTargets(table);
      await expect(table).to.be.accessible();
    });
  }

  for (const { label, viewport, width } of CARD_LAYOUTS) {
    it(`opens the filters as a full-height dialog whose Apply and Reset stay in view, and applies and resets, ${label}`, async () => {
      await setViewport(viewport);
      const { table, filters } = await mountCards({ source: anyreach(), width, height: viewport.height - 64 });
      await waitUntil(() => filters!.shadowRoot!.querySelector('.toggle'), 'filters shown');
      await clickOn(filters!.shadowRoot!.querySelector('.toggle')!);
      await waitUntil(() => dialogOf(filters!)?.shadowRoot?.querySelector('dialog')?.open, 'dialog open');
      const dialog = dialogOf(filters!)!.shadowRoot!.querySelector('dialog')!;
      expect(dialog.matches(':modal')).to.equal(true);
      const box = dialog.getBoundingClientRect();
      expect([Math.round(box.top), Math.round(box.height)], 'full height').to.deep.equal([0, viewport.height]);
      const tableBox = table.getBoundingClientRect();
      expect([Math.round(box.left), Math.round(box.width)], 'over the table').to.deep.equal([Math.round(tableBox.left), Math.round(tableBox.width)]);
      const apply = filters!.shadowRoot!.querySelector<HTMLButtonElement>('[part="apply"]')!;
      const reset = filters!.shadowRoot!.querySelector<HTMLButtonElement>('[part="reset"]')!;
      for (const button of [apply, reset]) {
        const buttonBox = button.getBoundingClientRect();
        expect([buttonBox.top >= 0, buttonBox.bottom <= viewport.height, buttonBox.height >= 44], `${textOf(button)} in view, 44 px`).to.deep.equal([true, true, true]);
      }
      // The fields scroll between the heading and the buttons; the buttons do not move.
      const fields = filters!.shadowRoot!.querySelector<HTMLElement>('.in-dialog .fields')!;
      expect(fields.scrollHeight, 'more fields than fit').to.be.greaterThan(fields.clientHeight);
      expect(getDeepActiveElement()?.id, 'focus in the first field').to.equal('f-direction');
      await expect(filters).to.be.accessible();

      // Choose a status and a direction with the keyboard, as a person would.
      const status = filters!.shadowRoot!.querySelector<HTMLSelectElement>('#f-status')!;
      status.focus();
      status.value = 'completed';
      status.dispatchEvent(new Event('change', { bubbles: true }));
      const direction = filters!.shadowRoot!.querySelector<HTMLSelectElement>('#f-direction')!;
      direction.value = 'inbound';
      direction.dispatchEvent(new Event('change', { bubbles: true }));
      await session.clearRequests();
      await clickOn(apply);
      await waitUntil(async () => (await listRequests()).some((request) => request.query.status === 'completed' && request.query.direction === 'inbound'), 'filtered request');
      await waitUntil(() => dialogOf(filters!) === null && !dialog.matches(':modal'), 'Apply closes the dialog');
      await waitUntil(() => table.rows.length > 0 && table.rows.every((row) => row.status === 'completed' && row.direction === 'inbound') && cards(table).length > 0, 'filtered cards');
      await waitUntil(() => getDeepActiveElement() === filters!.shadowRoot!.querySelector('.toggle'), 'focus back on Filters');

      // The chips stay on one line and scroll sideways.
      const chips = [...filters!.shadowRoot!.querySelectorAll<HTMLElement>('.chips > li')];
      expect(chips.length).to.equal(3);
      expect(new Set(chips.map((chip) => Math.round(chip.getBoundingClientRect().top))).size, 'one line').to.equal(1);
      const list = filters!.shadowRoot!.querySelector<HTMLElement>('.chips')!;
      expect(getComputedStyle(list).overflowX).to.equal('auto');
      expect(list.scrollWidth, 'wider than the phone: scrolls sideways').to.be.greaterThan(list.clientWidth);
      expectNoPageScroll();
      expectTapTargets(table);
      await expect(table).to.be.accessible();

      // Reset, from the dialog, asks for everything again.
      await clickOn(filters!.shadowRoot!.querySelector('.toggle')!);
      await waitUntil(() => dialogOf(filters!)?.shadowRoot?.querySelector('dialog')?.matches(':modal'), 'dialog open again');
      await session.clearRequests();
      await clickOn(filters!.shadowRoot!.querySelector<HTMLButtonElement>('[part="reset"]')!);
      await waitUntil(async () => (await listRequests()).some((request) => request.query.status === undefined && request.query.direction === undefined), 'unfiltered request');
      await waitUntil(() => table.rows.some((row) => row.status !== 'completed' || row.direction !== 'inbound'), 'every conversation again');
      expect(filters!.shadowRoot!.querySelector('.chips'), 'no chip left').to.equal(null);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => dialogOf(filters!) === null && !filters!.open, 'Escape closes the dialog');
      await waitUntil(() => getDeepActiveElement() === filters!.shadowRoot!.querySelector('.toggle'), 'focus back on Filters');
    });
  }
});

describe('cards with an acting source (Avoca) over the local API server', () => {
  const avoca = liveSession('cards-avoca');
  before(() => avoca.control({ count: 60, seed: 4, faults: [] }));
  afterEach(async () => {
    fixtureCleanup();
    await setViewport({ width: 800, height: 600 });
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('selects a card by its 44 px checkbox and opens its actions menu of 44 px items', async () => {
    await setViewport({ width: 390, height: 844 });
    const source = createAvocaSource({ baseUrl: avoca.avoca, apiKey: 'avk_test', workspaceId: 'ws_demo', pageSize: 20, retry: FAST_RETRY });
    const { table } = await mountCards({ source, height: 780 });
    const first = table.rows[0]!;
    const select = card(table, first.id).querySelector('.card-select')!;
    await clickOn(select);
    await waitUntil(() => card(table, first.id).getAttribute('aria-selected') === 'true', 'card selected');
    expect(textOf(table.shadowRoot!.querySelector('[part="bulk-bar"]'))).to.contain('1 selected');
    await clickOn(card(table, first.id).querySelector('.card-foot .menu-button')!);
    await waitUntil(() => table.shadowRoot!.querySelector('.menu-popover:popover-open [role="menuitem"]'), 'menu open');
    for (const item of table.shadowRoot!.querySelectorAll<HTMLElement>('.menu-popover [role="menuitem"]')) {
      expect(item.getBoundingClientRect().height, textOf(item)).to.be.at.least(44);
    }
    await sendKeys({ press: 'Escape' });
    expectNoPageScroll();
    expectTapTargets(table);
    await expect(table).to.be.accessible();
  });
});
