/**
 * Using cards by keyboard, pointer and tap: Up/Down between cards and Enter opens; a tap on a card
 * opens it; a tap on the summary shows its full text; with the preview, the card opens it over the
 * whole list with a Back button that returns to the card.
 */
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import type { ConversationOpenEvent } from '../../src/events.js';
import { getDeepActiveElement } from '../../src/components/shared/deep-focus.js';
import { createMemorySource } from '../../src/data/memory.js';
import { makeConversations } from '../fixtures/conversations.js';
import { centerOf, clickOn } from '../table/pointer.js';
import { CARD_LAYOUTS, card, mountCards, textOf } from './helpers.js';

const LONG_SUMMARY = `The caller asked about the invoice of March. ${'They compared it line by line with the contract and found two charges twice. '.repeat(12)}They want a corrected invoice by Friday.`;

/** The card whose cell has keyboard focus. */
function focusedCardId(): string | undefined {
  const active = getDeepActiveElement();
  return active?.getAttribute('role') === 'gridcell' ? active.closest<HTMLElement>('conversation-row')?.dataset.id : undefined;
}

function opened(table: InboxTable): ConversationOpenEvent[] {
  const events: ConversationOpenEvent[] = [];
  table.addEventListener('conversation-open', (event) => {
    event.preventDefault();
    events.push(event);
  });
  return events;
}

describe('cards: keyboard, tap, summary and preview', () => {
  beforeEach(() => setViewport({ width: 390, height: 844 }));
  afterEach(async () => {
    fixtureCleanup();
    await setViewport({ width: 800, height: 600 });
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  for (const { label, viewport, width } of CARD_LAYOUTS) {
    it(`moves between cards with Up and Down, with a visible focus ring, and opens one with Enter, ${label}`, async () => {
      await setViewport(viewport);
      const data = makeConversations(40);
      const { table } = await mountCards({ source: createMemorySource(data, { pageSize: 40 }), filters: false, width, height: viewport.height - 64 });
      const events = opened(table);
      // Tab from before the table: the Export button, then the list's one tab stop, the first card.
      const before = document.createElement('button');
      before.textContent = 'before';
      table.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(focusedCardId()).to.equal(data[0].id);
      const ring = getComputedStyle(getDeepActiveElement()!);
      expect([ring.outlineStyle, ring.outlineWidth], 'a visible focus ring').to.deep.equal(['solid', '2px']);

      await sendKeys({ press: 'ArrowUp' });
      expect(focusedCardId(), 'Up on the first card stays there (no header row)').to.equal(data[0].id);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedCardId()).to.equal(data[2].id);
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedCardId()).to.equal(data[1].id);

      // Down past the cards on screen scrolls the focused card into view.
      for (let step = 0; step < 8; step += 1) await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => focusedCardId() === data[9].id, 'ninth card below focused');
      // The card's cell (all of it but the separator line under it) is scrolled wholly into view.
      const body = table.shadowRoot!.querySelector('.body')!;
      await waitUntil(() => {
        const cell = card(table, data[9].id).querySelector('[role="gridcell"]')!.getBoundingClientRect();
        const box = body.getBoundingClientRect();
        return cell.top >= box.top - 0.5 && cell.bottom <= box.bottom + 0.5;
      }, 'the focused card wholly in view');

      await sendKeys({ press: 'Enter' });
      expect(events.map((event) => event.conversation.id)).to.deep.equal([data[9].id]);
      await expect(table).to.be.accessible();
    });
  }

  it('opens the detail when a card is tapped, and not when its Play or summary is', async () => {
    const data = makeConversations(10, (index) => ({ summary: index === 0 ? LONG_SUMMARY : `Summary ${index}` }));
    const { table } = await mountCards({ source: createMemorySource(data), filters: false });
    const events = opened(table);
    await clickOn(card(table, data[1].id).querySelector('.card-duration')!);
    expect(events.map((event) => event.conversation.id)).to.deep.equal([data[1].id]);
    await clickOn(card(table, data[0].id).querySelector('.card-summary')!);
    expect(events, 'the summary shows its text instead').to.have.length(1);
  });

  it('shows the full summary when it is tapped, and again after Escape closed it', async () => {
    const data = makeConversations(10, (index) => ({ summary: index === 0 ? LONG_SUMMARY : `Summary ${index}` }));
    const { table } = await mountCards({ source: createMemorySource(data), filters: false });
    const summary = card(table, data[0].id).querySelector<HTMLButtonElement>('.card-summary')!;
    const tooltip = table.shadowRoot!.querySelector<HTMLElement>('#inbox-tooltip')!;
    await clickOn(summary);
    await waitUntil(() => tooltip.matches(':popover-open'), 'full text shown');
    expect(textOf(tooltip)).to.equal(LONG_SUMMARY.replace(/\s+/g, ' ').trim());
    expect(summary.getAttribute('aria-describedby')).to.equal(tooltip.id);
    const box = tooltip.getBoundingClientRect();
    expect([box.left >= 0, box.right <= innerWidth], 'the tooltip fits the phone').to.deep.equal([true, true]);
    await expect(table).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    expect(tooltip.matches(':popover-open')).to.equal(false);
    // The finger has not moved: only the tap itself can show it again.
    await sendMouse({ type: 'click', position: centerOf(summary) });
    await waitUntil(() => tooltip.matches(':popover-open'), 'shown again by the tap');
  });

  it('opens the preview over the whole list with a Back button, which returns to the card', async () => {
    const data = makeConversations(20);
    const { table } = await mountCards({ source: createMemorySource(data), rowAction: 'preview', filters: false });
    await clickOn(card(table, data[1].id).querySelector('.card-duration')!);
    const panel = await waitUntil(() => table.shadowRoot!.querySelector<HTMLElement>('[part="preview"]'), 'preview open').then(() => table.shadowRoot!.querySelector<HTMLElement>('[part="preview"]')!);
    const preview = panel.querySelector('conversation-preview')!;
    await preview.updateComplete;
    const tableBox = table.getBoundingClientRect();
    const panelBox = panel.getBoundingClientRect();
    const inner = (value: number) => Math.round(value);
    expect([inner(panelBox.left), inner(panelBox.top), inner(panelBox.right), inner(panelBox.bottom)], 'covers the table inside its border').to.deep.equal([
      inner(tableBox.left + 1),
      inner(tableBox.top + 1),
      inner(tableBox.right - 1),
      inner(tableBox.bottom - 1),
    ]);
    const back = preview.shadowRoot!.querySelector<HTMLButtonElement>('button.back')!;
    expect(textOf(back)).to.equal('Back to list');
    const backBox = back.getBoundingClientRect();
    expect(Math.min(backBox.width, backBox.height)).to.be.at.least(44);
    expect(preview.shadowRoot!.querySelector('button.close'), 'Back replaces the close button').to.equal(null);
    await expect(table).to.be.accessible();

    await clickOn(back);
    await waitUntil(() => table.shadowRoot!.querySelector('[part="preview"]') === null, 'preview closed');
    await waitUntil(() => focusedCardId() === data[1].id, 'focus back on the card');
  });
});
