/**
 * Hostile values from a host's own data (the memory source: normalized conversations, no API
 * normalization in between) in the real `<inbox-table>`. Each renders as text or `-`, never
 * executes, never moves another row's cells, and keeps scrolling to a bounded amount of DOM.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { createMemorySource } from '../../src/data/memory.js';
import type { Conversation, Direction } from '../../src/data/types.js';
import { makeConversation, makeConversations } from '../fixtures/conversations.js';
import { countElements, mountTable, renderedRows, rowsInView, waitForRows } from '../table/helpers.js';
import { AudioTracker, guarded, rowIds, scrollBodyToBottom, withTrackers } from './harness.js';
import {
  ALL_COLUMNS,
  collapsed,
  DATES,
  DURATIONS,
  expectLayoutIntact,
  expectNothingInjected,
  manyParticipants,
  MARKUP,
  ONE_MB_SUMMARY,
  PARTICIPANT_COUNT,
  row,
  cell,
  tooltip,
  TRICKY_TEXT,
  UNSAFE_URLS,
} from './hostile-values.js';

/** `rows` between ordinary conversations, so a broken layout shows against its neighbours. */
function amongOrdinary(rows: Conversation[]): Conversation[] {
  const ordinary = makeConversations(6, (index) => ({ id: `ordinary-${index}` }));
  return [...ordinary.slice(0, 3), ...rows, ...ordinary.slice(3)];
}

function hostile(key: string, overrides: Partial<Conversation>): Conversation {
  return makeConversation(7, { id: `hostile-${key}`, ...overrides });
}

/** Mounts every row at once (a tall viewport), with every column. */
async function mountAll(rows: Conversation[]): Promise<InboxTable> {
  const table = await mountTable({ source: createMemorySource(rows), columns: ALL_COLUMNS, width: 1400, height: rows.length * 46 + 200 });
  await waitForRows(table, new Set(rows.map((conversation) => conversation.id)).size);
  await rowsInView(table);
  return table;
}

/** Focuses a tooltip trigger (as a keyboard user does) and returns the open tooltip. */
async function openTooltip(table: InboxTable, trigger: HTMLElement): Promise<HTMLElement> {
  trigger.focus();
  await waitUntil(() => tooltip(table).matches(':popover-open'), 'tooltip open');
  return tooltip(table);
}

describe('reliability: hostile values from a host’s data (memory source)', () => {
  it('markup and script in every text field and in ids render as the literal text and never run', guarded(async () => {
    const rows = MARKUP.map((markup, n) =>
      hostile(`markup-${n}`, {
        id: `${markup}#${n}`,
        summary: markup,
        callerName: markup,
        callerId: markup,
        agent: { id: markup, name: markup, versionId: markup },
        agentNumber: markup,
        tags: [markup, markup],
        customer: { name: markup },
        assignee: { id: markup, name: markup },
        status: markup,
        priority: markup,
        channel: undefined,
        channelRaw: markup,
      }),
    );
    const table = await mountAll(amongOrdinary(rows));
    for (const [n, markup] of MARKUP.entries()) {
      const id = `${markup}#${n}`;
      expect(row(table, id).dataset.id, 'the id kept exactly').to.equal(id);
      for (const column of ['summary', 'callerName', 'callerId', 'agent', 'agentNumber', 'customer', 'assignee']) {
        expect(cell(table, id, column), `${column} of ${markup}`).to.equal(collapsed(markup));
      }
      expect(cell(table, id, 'tags')).to.equal(collapsed(`${markup}, ${markup}`));
      await openTooltip(table, row(table, id).querySelector<HTMLElement>('.c-summary')!);
      expect(collapsed(tooltip(table).textContent!)).to.equal(collapsed(markup));
    }
    expectNothingInjected(table);
    expectLayoutIntact(table);
  }));

  it('javascript:, data: and other unsafe URLs in recordings and avatars never reach an attribute or an audio element', guarded(async () => {
    const audio = new AudioTracker();
    await withTrackers([audio], async () => {
      const rows = UNSAFE_URLS.map((url, n) =>
        hostile(`url-${n}`, { status: 'completed', channel: 'phone', recordingUrl: url, assignee: { id: `user-${n}`, name: `Agent ${n}`, avatarUrl: url } }),
      );
      const table = await mountAll(amongOrdinary(rows));
      for (const n of UNSAFE_URLS.keys()) {
        const play = () => row(table, `hostile-url-${n}`).querySelector<HTMLButtonElement>('.c-play button');
        if (!play()) continue;
        play()!.click();
        const player = () => row(table, `hostile-url-${n}`).querySelector('.c-play recording-player');
        await waitUntil(() => player()?.shadowRoot?.querySelector('[role="alert"]'), `url ${n} refused`, { timeout: 10000 });
        expect(player()!.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('cannot be played');
      }
      expectNothingInjected(table, audio.created);
      expect(audio.created.filter((element) => element.getAttribute('src') !== null), 'no audio source set').to.have.length(0);
      expectLayoutIntact(table);
    });
  }));

  it('a 1 MB summary is cut in the cell and the tooltip; the row keeps its height', guarded(async () => {
    const table = await mountAll(amongOrdinary([hostile('one-mb', { summary: ONE_MB_SUMMARY })]));
    const summary = row(table, 'hostile-one-mb').querySelector<HTMLElement>('.c-summary')!;
    expect(summary.textContent!.length, 'characters in the cell').to.be.at.most(400);
    expect(summary.textContent!.length).to.be.greaterThan(100);
    const tip = await openTooltip(table, summary);
    expect(tip.textContent!.trim().length, 'characters in the tooltip').to.be.within(100, 2001);
    expect(table.shadowRoot!.textContent!.length, 'characters in the whole table').to.be.below(ONE_MB_SUMMARY.length / 5);
    expectLayoutIntact(table);
  }));

  it('10,000 email participants show as one "+10000" bubble and a tooltip of at most 50 names', guarded(async () => {
    const table = await mountAll(amongOrdinary([hostile('participants', { channel: 'email', channelRaw: 'email', extraParticipants: manyParticipants() })]));
    const bubble = row(table, 'hostile-participants').querySelector<HTMLButtonElement>('.c-callerId .bubble')!;
    // Counts are grouped for the table's locale.
    expect(collapsed(bubble.textContent!)).to.equal(`+${PARTICIPANT_COUNT.toLocaleString(table.locale)}`);
    expect(bubble.getAttribute('aria-label')).to.equal(`${PARTICIPANT_COUNT.toLocaleString(table.locale)} more participants`);
    const tip = await openTooltip(table, bubble);
    const items = [...tip.querySelectorAll('li')].map((item) => item.textContent!.trim());
    expect(items).to.have.length(51);
    expect(items.at(-1)).to.equal(`+${(PARTICIPANT_COUNT - 50).toLocaleString(table.locale)}`);
    expect(tip.getBoundingClientRect().height, 'tooltip fits the screen').to.be.at.most(window.innerHeight);
    expectLayoutIntact(table);
  }));

  it('right-to-left overrides, zero-width characters, emoji, combining marks and control characters stay inside their cells', guarded(async () => {
    const rows = TRICKY_TEXT.map((text, n) => hostile(`text-${n}`, { summary: text, callerName: text, tags: [text], customer: { name: text }, agent: { id: `a${n}`, name: text } }));
    const table = await mountAll(amongOrdinary(rows));
    for (const [n, text] of TRICKY_TEXT.entries()) {
      expect(cell(table, `hostile-text-${n}`, 'summary')).to.equal(collapsed(text.slice(0, 400)));
      expect(cell(table, `hostile-text-${n}`, 'callerName')).to.equal(collapsed(text));
      // The neighbour cells read as they should: no direction override leaks out of its cell.
      expect(cell(table, `hostile-text-${n}`, 'callerId')).to.equal('+15550000007');
    }
    expectNothingInjected(table);
    expectLayoutIntact(table);
  }));

  it('invalid and far-future dates show "-" or the date, never "Invalid Date" or a crash', guarded(async () => {
    const rows = DATES.map(({ value }, n) => hostile(`date-${n}`, { createdAt: value, lastActivityAt: value, updatedAt: value, resolvedAt: value }));
    const table = await mountAll(amongOrdinary(rows));
    for (const [n, { value, shown }] of DATES.entries()) {
      for (const column of ['date', 'lastActivity', 'created']) expect(cell(table, `hostile-date-${n}`, column), `${column} of ${value}`).to.match(shown);
      expect(cell(table, `hostile-date-${n}`, 'time')).not.to.match(/Invalid|NaN|undefined/);
    }
    expectLayoutIntact(table);
  }));

  it('negative, fractional, infinite and huge durations show "-" or a duration, never NaN or a crash', guarded(async () => {
    const rows = DURATIONS.map((seconds, n) => hostile(`duration-${n}`, { durationSeconds: seconds }));
    const table = await mountAll(amongOrdinary(rows));
    for (const [n, seconds] of DURATIONS.entries()) {
      const text = cell(table, `hostile-duration-${n}`, 'duration');
      expect(text, `duration of ${seconds}`).not.to.match(/NaN|Infinity|undefined|e\+|-\d/);
      if (!(seconds >= 0) || !Number.isFinite(seconds)) expect(text, `duration of ${seconds}`).to.equal('-');
    }
    expectLayoutIntact(table);
  }));

  it('unknown channels, statuses, directions and priorities show as readable text or "-"', guarded(async () => {
    const table = await mountAll(
      amongOrdinary([hostile('enums', { channel: undefined, channelRaw: 'carrier_pigeon', status: 'on_fire', direction: 'sideways' as Direction, priority: 'mega' })]),
    );
    expect(cell(table, 'hostile-enums', 'type')).to.equal('Carrier Pigeon');
    expect(cell(table, 'hostile-enums', 'status')).to.equal('On Fire');
    expect(cell(table, 'hostile-enums', 'direction')).to.equal('Sideways');
    expect(cell(table, 'hostile-enums', 'priority')).to.equal('Mega');
    expectLayoutIntact(table);
  }));

  it('nulls in every field (a JavaScript host’s data) show "-" in every text column', guarded(async () => {
    const nulls = Object.fromEntries(
      ['channel', 'channelRaw', 'direction', 'status', 'priority', 'callerId', 'callerName', 'customer', 'agent', 'agentNumber', 'extraParticipants', 'summary', 'durationSeconds', 'userTurnCount', 'messagesCount', 'unreadCount', 'createdAt', 'updatedAt', 'lastActivityAt', 'resolvedAt', 'recordingUrl', 'assignee', 'tags'].map((field) => [field, null]),
    );
    const table = await mountAll(amongOrdinary([{ id: 'hostile-nulls', source: 'memory', raw: null, ...nulls } as unknown as Conversation]));
    for (const column of ALL_COLUMNS.filter((id) => id !== 'copy' && id !== 'play')) {
      expect(cell(table, 'hostile-nulls', column), column).to.equal('-');
    }
    expectLayoutIntact(table);
  }));

  it('ids that are object keys, huge, unicode or repeated: each conversation once, its id kept', guarded(async () => {
    const ids = ['__proto__', 'constructor', 'hasOwnProperty', 'x'.repeat(10_000), '会話🙂', 'a"]\\b'];
    const rows = [...ids.map((id, n) => hostile(`id-${n}`, { id })), hostile('dup-1', { id: 'repeated' }), hostile('dup-2', { id: 'repeated' })];
    const table = await mountAll(amongOrdinary(rows));
    for (const id of [...ids, 'repeated']) expect(row(table, id).dataset.id).to.equal(id);
    const shown = rowIds(table);
    expect(shown.length).to.equal(new Set(shown).size);
    expect(renderedRows(table)).to.have.length(shown.length);
    expectLayoutIntact(table);
  }));
});

describe('reliability: hostile values keep scrolling bounded', () => {
  /** Every hostile row above, repeated to `count` rows with unique ids. */
  function hostileList(count: number): Conversation[] {
    const kinds: Partial<Conversation>[] = [
      ...MARKUP.map((markup) => ({ summary: markup, callerName: markup, tags: [markup] })),
      ...UNSAFE_URLS.map((url) => ({ status: 'completed', recordingUrl: url })),
      { summary: ONE_MB_SUMMARY },
      { channel: 'email' as const, extraParticipants: manyParticipants() },
      ...TRICKY_TEXT.map((text) => ({ summary: text, callerName: text })),
      ...DATES.map(({ value }) => ({ createdAt: value })),
      { channel: undefined, channelRaw: 'carrier_pigeon', status: 'on_fire' },
    ];
    return makeConversations(count, (index) => ({ ...kinds[index % kinds.length] }));
  }

  /** Scrolls a list of `rows` to its end, returning the most elements and characters the table ever held. */
  async function scrollCost(rows: Conversation[]): Promise<{ elements: number; characters: number; rendered: number }> {
    const table = await mountTable({ source: createMemorySource(rows, { pageSize: 500 }), columns: ALL_COLUMNS, width: 1400 });
    await waitForRows(table);
    const cost = { elements: 0, characters: 0, rendered: 0 };
    const body = () => table.shadowRoot!.querySelector<HTMLElement>('.body')!;
    const atEnd = () => table.rows.length === rows.length && !table.hasMore && body().scrollTop + body().clientHeight >= body().scrollHeight - 1;
    for (let step = 0; step < 100 && !atEnd(); step += 1) {
      await scrollBodyToBottom(table);
      cost.elements = Math.max(cost.elements, countElements(table.shadowRoot!));
      cost.characters = Math.max(cost.characters, table.shadowRoot!.textContent!.length);
      cost.rendered = Math.max(cost.rendered, renderedRows(table).length);
    }
    expect(table.rows, 'scrolled to the end').to.have.length(rows.length);
    return cost;
  }

  it('scrolling 3,000 hostile rows to the end costs no more DOM than 3,000 ordinary ones', guarded(async () => {
    const ordinary = await scrollCost(makeConversations(3000));
    const hostileCost = await scrollCost(hostileList(3000));
    expect(hostileCost.rendered, 'rows rendered at once').to.be.at.most(ordinary.rendered + 5);
    expect(hostileCost.elements, 'elements in the table').to.be.at.most(ordinary.elements * 1.25);
    // The 1 MB summaries and 10,000 participants never enter the DOM whole.
    expect(hostileCost.characters, 'characters in the table').to.be.below(150_000);
  }));
});
