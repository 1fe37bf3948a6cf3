/**
 * Cards on phones (390 × 844, 320 × 640) and in a 360 px container inside a wide page: every field
 * a card names is on screen inside its card, the page never scrolls sideways, every tap target is
 * at least 44 × 44 px, and the list is a grid of one-cell rows with correct counts and indexes.
 */
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { createMemorySource } from '../../src/data/memory.js';
import type { Conversation } from '../../src/data/types.js';
import { CHANNEL_LABELS, STATUS_LABELS } from '../../src/format/labels.js';
import { formatDuration } from '../../src/format/duration.js';
import { makeConversation } from '../fixtures/conversations.js';
import { CARD_LAYOUTS, card, cards, expectNoPageScroll, expectTapTargets, mountCards, textOf, visibleCards } from './helpers.js';

const FIVE_MINUTES_AGO = new Date(Date.now() - 5 * 60_000 - 20_000).toISOString();

/** Conversations with every cue a card shows: a recent one, a guest, e-mail CCs, unread and urgent, a recording. */
function conversations(): Conversation[] {
  return [
    makeConversation(0, { createdAt: FIVE_MINUTES_AGO, recordingUrl: '/__shared/missing.wav', summary: 'Asked to move the appointment to Friday morning. '.repeat(8).trim() }),
    makeConversation(1, { callerName: undefined, callerId: 'guest_8f2a1c', channel: 'web_chat', status: 'failed' }),
    makeConversation(2, { channel: 'email', callerId: 'ada@example.com', extraParticipants: ['bob@example.com', 'cy@example.com'], status: 'open', unreadCount: 3, priority: 'urgent' }),
    makeConversation(3, { channel: 'text', status: 'pending', priority: 'high', durationSeconds: undefined, summary: undefined }),
    ...Array.from({ length: 36 }, (_, index) => makeConversation(index + 4)),
  ];
}

/** `inner` lies inside `outer` (half a pixel of rounding). */
function within(inner: DOMRect, outer: DOMRect): boolean {
  return inner.width > 0 && inner.height > 0 && inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;
}

/** Reads a card the way a person does, and checks each part is drawn inside it. */
function readCard(table: InboxTable, id: string) {
  const row = card(table, id);
  const box = row.getBoundingClientRect();
  const part = (selector: string) => {
    const element = row.querySelector<HTMLElement>(selector);
    if (!element) return undefined;
    expect(within(element.getBoundingClientRect(), box), `${selector} of ${id} drawn inside its card`).to.equal(true);
    return textOf(element);
  };
  return {
    name: part('.card-name'),
    callerId: part('.card-id'),
    channel: textOf(row.querySelector('.card-channel .sr-only')),
    channelIcon: row.querySelector('.card-channel svg') !== null && part('.card-channel') !== undefined,
    status: part('.card-cues'),
    time: part('.card-time'),
    summary: part('.card-summary'),
    duration: part('.card-duration'),
    play: row.querySelector('.card-play button')?.getAttribute('aria-label') ?? undefined,
  };
}

describe('cards: every field, no sideways scroll, 44 px targets', () => {
  afterEach(async () => {
    fixtureCleanup();
    await setViewport({ width: 800, height: 600 });
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  for (const { label, viewport, width } of CARD_LAYOUTS) {
    it(`shows every field of each card ${label}, inside the card`, async () => {
      await setViewport(viewport);
      const data = conversations();
      const { table } = await mountCards({ source: createMemorySource(data, { pageSize: 20 }), width, height: viewport.height - 40 });
      expect(table.hasAttribute('cards'), 'the table shows cards').to.equal(true);

      const recent = readCard(table, data[0].id);
      expect(recent).to.deep.equal({
        name: 'Caller 0',
        callerId: data[0].callerId,
        channel: CHANNEL_LABELS.phone,
        channelIcon: true,
        status: STATUS_LABELS.completed,
        time: '5 min. ago',
        summary: data[0].summary!.slice(0, 400),
        duration: formatDuration(data[0].durationSeconds, 'en-US'),
        play: 'Play recording',
      });
      // The summary is cut to two lines on the card.
      const summaryText = card(table, data[0].id).querySelector('.card-summary > span')!;
      expect(summaryText.scrollHeight, 'the long summary is clamped').to.be.greaterThan(summaryText.clientHeight);
      expect(summaryText.getBoundingClientRect().height).to.be.at.most(41);

      const guest = readCard(table, data[1].id);
      expect([guest.name, guest.callerId, guest.channel, guest.status, guest.play]).to.deep.equal([undefined, 'Guest', CHANNEL_LABELS.web_chat, STATUS_LABELS.failed, undefined]);
      expect(guest.time, 'older than today: the date').to.equal('Nov 1, 2026');

      const urgent = readCard(table, data[2].id);
      expect(urgent.callerId).to.equal('ada@example.com');
      const bubble = card(table, data[2].id).querySelector('.card-head button.bubble')!;
      expect([textOf(bubble), bubble.getAttribute('aria-label')], 'e-mail with its extra participants').to.deep.equal(['+2', '2 more participants']);
      expect(urgent.status).to.equal(`${STATUS_LABELS.open} Urgent 3 unread`);
      expect(card(table, data[2].id).hasAttribute('unread'), 'unread is bold, as in the table').to.equal(true);

      const bare = readCard(table, data[3].id);
      expect([bare.channel, bare.status, bare.summary, bare.duration]).to.deep.equal([CHANNEL_LABELS.text, `${STATUS_LABELS.pending} High`, '-', '-']);

      // Every card on screen has one height, and every part of it.
      const heights = new Set(visibleCards(table).map((row) => Math.round(row.getBoundingClientRect().height)));
      expect([...heights]).to.deep.equal([168]);
      for (const row of visibleCards(table)) readCard(table, row.dataset.id!);

      expectNoPageScroll();
      expect(expectTapTargets(table), 'tap targets checked').to.be.greaterThan(10);
      await expect(table).to.be.accessible();
    });
  }

  for (const [density, height] of [
    ['comfortable', 168],
    ['compact', 160],
  ] as const) {
    it(`gives every card one height in ${density} density (${height} px), each line whole`, async () => {
      await setViewport({ width: 390, height: 844 });
      const data = [makeConversation(0, { status: 'in_progress', priority: 'urgent', unreadCount: 2, recordingUrl: '/__shared/missing.wav' }), ...conversations()];
      const { table } = await mountCards({ source: createMemorySource(data, { pageSize: 20 }) });
      table.setAttribute('density', density);
      await waitUntil(() => Math.round(card(table, data[0].id).getBoundingClientRect().height) === height, `${height} px cards`);
      for (const row of visibleCards(table)) {
        expect(Math.round(row.getBoundingClientRect().height)).to.equal(height);
        const cell = row.querySelector('[role="gridcell"]')!.getBoundingClientRect();
        // Pills, badges and controls are drawn whole inside their card, none cut by its edge or the next line.
        for (const part of row.querySelectorAll('.pill, .live-badge, .priority-badge, .unread-badge, button, .card-summary > span')) {
          const box = part.getBoundingClientRect();
          expect(within(box, cell), `${part.className} of ${row.dataset.id} inside its card`).to.equal(true);
        }
        const lines = [...row.querySelectorAll('.card-head, .card-cues, .card-summary, .card-foot')].map((line) => line.getBoundingClientRect());
        for (let index = 1; index < lines.length; index += 1) expect(lines[index].top, `line ${index + 1} of ${row.dataset.id} below line ${index}`).to.be.at.least(lines[index - 1].bottom - 0.5);
        const cues = row.querySelector('.card-cues')!.getBoundingClientRect();
        for (const pill of row.querySelectorAll('.card-cues .pill')) expect(pill.getBoundingClientRect().height, 'the status pill fits its line').to.be.at.most(cues.height + 0.5);
      }
      await expect(table).to.be.accessible();
    });
  }

  it('is a grid of one-cell rows: counts and indexes as loaded, no header row', async () => {
    await setViewport({ width: 390, height: 844 });
    const data = conversations();
    const { table } = await mountCards({ source: createMemorySource(data, { pageSize: 20 }) });
    const grid = table.shadowRoot!.querySelector('[role="grid"]')!;
    expect(grid.getAttribute('aria-rowcount'), 'every conversation, no header').to.equal(String(data.length));
    expect(grid.getAttribute('aria-colcount')).to.equal('1');
    expect(grid.querySelector('[role="columnheader"]')).to.equal(null);
    for (const row of cards(table)) {
      const index = data.findIndex((conversation) => conversation.id === row.dataset.id);
      expect(row.getAttribute('role')).to.equal('row');
      expect(row.getAttribute('aria-rowindex'), `index of ${row.dataset.id}`).to.equal(String(index + 1));
      expect(row.querySelectorAll('[role="gridcell"]')).to.have.length(1);
    }
    await waitUntil(() => table.shadowRoot!.querySelector('[tabindex="0"][role="gridcell"]') !== null, 'one tab stop');
    expect(table.shadowRoot!.querySelectorAll('[role="gridcell"][tabindex="0"]')).to.have.length(1);
  });
});
