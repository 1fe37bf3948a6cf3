/** Rows that can be scanned: unread, status pills, priority badges, tag chips, and live rows' elapsed time on one clock. */
import { emulateMedia } from '@web/test-runner-commands';
import { expect, waitUntil } from '@open-wc/testing';
import { createMemorySource } from '../../src/data/memory.js';
import type { Conversation } from '../../src/data/types.js';
import { cellText, mountTable, renderedRows, waitForRows } from '../table/helpers.js';
import { restorePageVisibility, setPageVisibility } from '../live/helpers.js';
import { clickOn } from '../table/pointer.js';

const NOW = Date.parse('2026-10-28T10:00:00Z');

function conversation(id: string, fields: Partial<Conversation>): Conversation {
  return { id, source: 'memory', channel: 'phone', createdAt: '2026-10-28T09:00:00Z', raw: {}, ...fields };
}

const cued: Conversation[] = [
  conversation('unread', { status: 'open', unreadCount: 3, priority: 'urgent', tags: ['billing', 'vip', 'refund', 'callback', 'spanish'], callerName: 'Ada' }),
  conversation('read', { status: 'resolved', unreadCount: 0, priority: 'high', tags: ['billing'], callerName: 'Bo' }),
  conversation('missed', { status: 'unanswered', priority: 'normal', callerName: 'Cy' }),
  conversation('waiting', { status: 'pending', priority: 'low', tags: ['a', 'b'], callerName: 'Di' }),
];
const CUE_COLUMNS = ['callerName', 'status', 'priority', 'tags', 'unread'];

function row(table: HTMLElement, id: string): HTMLElement {
  return table.shadowRoot!.querySelector<HTMLElement>(`conversation-row[data-id="${id}"]`)!;
}

describe('row cues', () => {
  afterEach(async () => {
    await emulateMedia({ forcedColors: 'none' });
    restorePageVisibility();
  });

  it('shows unread rows in bold with the count, statuses as pills by family, urgent/high as badges, tags as chips with +N', async () => {
    const table = await mountTable({ source: createMemorySource(cued), columns: CUE_COLUMNS, width: 900 });
    await waitForRows(table, cued.length);
    const weight = (id: string) => getComputedStyle(row(table, id).querySelector('.c-callerName')!).fontWeight;
    expect(weight('unread')).to.equal('700');
    expect(weight('read')).to.equal('400');
    // The count as a badge, under the column header that says what it counts.
    expect(cellText(table, 'unread', 'unread')).to.equal('3');
    expect(row(table, 'unread').querySelector('.c-unread .unread-badge')).not.to.equal(null);
    expect(table.shadowRoot!.querySelector('.head .c-unread')!.textContent!.trim()).to.equal('Unread');
    expect(cellText(table, 'read', 'unread')).to.equal('0');

    const pill = (id: string) => row(table, id).querySelector('.c-status .pill')!;
    expect([...pill('unread').classList]).to.include('pill-pending');
    expect([...pill('read').classList]).to.include('pill-done');
    expect([...pill('missed').classList]).to.include('pill-failed');
    // A shape beside each status, so families differ without colour.
    const mark = (element: Element) => getComputedStyle(element, '::before').content;
    expect(['unread', 'read', 'missed'].map((id) => mark(pill(id)))).to.deep.equal(['"◷" / ""', '"✓" / ""', '"✕" / ""']);
    expect(getComputedStyle(pill('read')).backgroundColor).not.to.equal(getComputedStyle(pill('missed')).backgroundColor);

    expect(cellText(table, 'unread', 'priority')).to.equal('Urgent');
    expect(mark(row(table, 'unread').querySelector('.priority-badge')!)).to.equal('"!!" / ""');
    expect(cellText(table, 'read', 'priority')).to.equal('High');
    expect(mark(row(table, 'read').querySelector('.priority-badge')!)).to.equal('"!" / ""');
    expect(row(table, 'missed').querySelector('.c-priority .priority-badge')).to.equal(null);
    expect(cellText(table, 'missed', 'priority')).to.equal('Normal');

    const chips = (id: string) => [...row(table, id).querySelectorAll('.c-tags .chip')].map((chip) => chip.textContent!.trim());
    expect(chips('unread')).to.deep.equal(['billing', 'vip', '+3']);
    expect(chips('waiting')).to.deep.equal(['a', 'b']);
    expect(cellText(table, 'unread', 'tags')).to.equal('billing, vip, +3');
    const more = row(table, 'unread').querySelector<HTMLButtonElement>('.chip.more')!;
    expect(more.getAttribute('aria-label')).to.equal('3 more tags');
    await clickOn(row(table, 'unread').querySelector('.c-callerName')!);
    more.focus();
    const tooltip = table.shadowRoot!.querySelector('[role="tooltip"]')!;
    await waitUntil(() => tooltip.textContent!.includes('refund'), 'the rest of the tags in the tooltip');
    for (const tag of ['refund', 'callback', 'spanish']) expect(tooltip.textContent).to.include(tag);
    // Pills, badges and chips fit the row: every row keeps the one row height the virtualizer relies on.
    const plain = renderedRows(table).find((element) => element.dataset.id === 'missed')!.offsetHeight;
    expect(renderedRows(table).map((element) => element.offsetHeight)).to.deep.equal(cued.map(() => plain));
    expect(plain).to.equal(44);
    await expect(table).to.be.accessible();
  });

  it('themes pills through custom properties, and keeps them outlined in forced colours', async () => {
    const table = await mountTable({ source: createMemorySource(cued), columns: CUE_COLUMNS, width: 900 });
    await waitForRows(table, cued.length);
    table.style.setProperty('--inbox-status-done-background', 'rgb(1, 2, 3)');
    expect(getComputedStyle(row(table, 'read').querySelector('.pill')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    await emulateMedia({ forcedColors: 'active' });
    for (const selector of ['.pill', '.priority-badge', '.chip']) {
      const element = row(table, 'unread').querySelector(selector)!;
      expect(getComputedStyle(element).borderTopStyle, selector).to.equal('solid');
      expect(getComputedStyle(element).borderTopColor, selector).not.to.equal('rgba(0, 0, 0, 0)');
    }
    await expect(table).to.be.accessible();
  });
});

describe('live elapsed time', () => {
  afterEach(() => restorePageVisibility());

  const live: Conversation[] = [
    conversation('ringing', { status: 'ringing', createdAt: '2026-10-28T09:59:18Z' }),
    conversation('talking', { status: 'in_progress', createdAt: '2026-10-28T09:40:00Z', updatedAt: '2026-10-28T09:47:53Z' }),
    ...Array.from({ length: 60 }, (_, index) => conversation(`done-${index}`, { status: 'completed', createdAt: '2026-10-28T08:00:00Z' })),
  ];

  it('shows each live row’s elapsed time, advancing with the clock, from one timer for the whole table', async () => {
    const intervals = new Set<number>();
    const { setInterval: realSet, clearInterval: realClear } = window;
    window.setInterval = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
      const id = realSet(handler, delay, ...rest);
      if (delay === 1000) intervals.add(id);
      return id;
    }) as typeof window.setInterval;
    window.clearInterval = ((id?: number) => {
      if (id !== undefined) intervals.delete(id);
      realClear(id);
    }) as typeof window.clearInterval;
    try {
      const table = await mountTable({ source: createMemorySource(live), columns: ['status', 'date'], height: 400 });
      table.elapsedClock.now = () => NOW;
      await waitForRows(table, 3);
      await waitUntil(() => table.elapsedClock.running, 'the clock runs');
      table.elapsedClock.tick();
      await table.updateComplete;
      await waitUntil(() => cellText(table, 'ringing', 'status') === 'Live Ringing · 0:42', 'ringing since creation');
      expect(cellText(table, 'talking', 'status')).to.equal('Live In Progress · 12:07');
      expect(cellText(table, 'done-0', 'status')).to.equal('Completed');
      expect(intervals.size).to.equal(1);
      expect(table.elapsedClock.ticking).to.equal(2);

      table.elapsedClock.now = () => NOW + 5_000;
      table.elapsedClock.tick();
      await waitUntil(() => cellText(table, 'ringing', 'status') === 'Live Ringing · 0:47', 'advanced');
      expect(cellText(table, 'talking', 'status')).to.equal('Live In Progress · 12:12');
      expect(intervals.size).to.equal(1);

      // Hidden page: no timer.
      setPageVisibility('hidden');
      expect(table.elapsedClock.running).to.equal(false);
      expect(intervals.size).to.equal(0);
      setPageVisibility('visible');
      expect(intervals.size).to.equal(1);

      // Live rows scrolled off screen: no timer.
      const body = table.shadowRoot!.querySelector<HTMLElement>('.body')!;
      body.scrollTop = body.scrollHeight;
      await waitUntil(() => !table.elapsedClock.running, 'the clock stops once no live row is on screen');
      expect(intervals.size).to.equal(0);
      body.scrollTop = 0;
      await waitUntil(() => table.elapsedClock.running, 'the clock runs again');
      expect(intervals.size).to.equal(1);
    } finally {
      window.setInterval = realSet;
      window.clearInterval = realClear;
    }
  });
});
