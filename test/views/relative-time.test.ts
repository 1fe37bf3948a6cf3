/** `time-format="relative"`: the Date column in English and German, with the exact time in the tooltip. */
import { expect, waitUntil } from '@open-wc/testing';
import { createMemorySource } from '../../src/data/memory.js';
import type { Conversation } from '../../src/data/types.js';
import { de } from '../../src/locales/de.js';
import { cellText, mountTable, waitForRows } from '../table/helpers.js';
import { clickOn } from '../table/pointer.js';

const NOW = Date.parse('2026-10-28T10:00:00Z');
const at = (id: string, createdAt: string): Conversation => ({ id, source: 'memory', channel: 'email', status: 'completed', createdAt, raw: {} });
const rows = [
  at('seconds', '2026-10-28T09:59:40Z'),
  at('minutes', '2026-10-28T09:55:00Z'),
  at('hours', '2026-10-28T07:00:00Z'),
  at('yesterday', '2026-10-27T14:02:00Z'),
  at('older', '2026-10-25T08:00:00Z'),
];

async function mountRelative(locale: string) {
  const table = await mountTable({ columns: ['date', 'summary'], locale });
  table.elapsedClock.now = () => NOW;
  table.timeFormat = 'relative';
  if (locale.startsWith('de')) table.strings = de;
  table.source = createMemorySource(rows);
  await waitForRows(table, rows.length);
  return table;
}

const dates = (table: HTMLElement & { shadowRoot: ShadowRoot | null }) => rows.map((row) => cellText(table as never, row.id, 'date'));

describe('relative Date', () => {
  it('reads now, minutes, hours, yesterday with the time, then the date, in English; the tooltip has the exact time', async () => {
    const table = await mountRelative('en-US');
    expect(dates(table)).to.deep.equal(['Now', '5 min. ago', '3 hr. ago', 'Yesterday 2:02 PM', 'Oct 25, 2026']);
    const cell = table.shadowRoot!.querySelector<HTMLElement>('conversation-row[data-id="yesterday"] .c-date')!;
    await clickOn(cell);
    const tooltip = table.shadowRoot!.querySelector('[role="tooltip"]')!;
    await waitUntil(() => tooltip.textContent!.trim() === 'Oct 27, 2026, 2:02 PM', 'exact time in the tooltip');
    await expect(table).to.be.accessible();
  });

  it('reads the same in German', async () => {
    const table = await mountRelative('de-DE');
    expect(dates(table)).to.deep.equal(['Jetzt', 'vor 5 Min.', 'vor 3 Std.', 'Gestern 14:02', '25. Okt. 2026']);
  });

  it('leaves the Date absolute without the attribute', async () => {
    const table = await mountTable({ columns: ['date', 'summary'], source: createMemorySource(rows) });
    await waitForRows(table, rows.length);
    expect(cellText(table, 'yesterday', 'date')).to.equal('Oct 27, 2026');
  });
});
