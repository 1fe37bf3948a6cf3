/**
 * Locales and writing direction as a user reads them: the German strings with `locale="de-DE"` in
 * a time zone far from the viewer's, and a right-to-left page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { createMemorySource } from '../../src/data/memory.js';
import type { Conversation } from '../../src/data/types.js';
import { DEFAULT_STRINGS } from '../../src/strings.js';
import { de } from '../../src/locales/de.js';
import { makeConversation } from '../fixtures/conversations.js';
import { headerTexts, waitForRows } from './helpers.js';

const COLUMNS = ['date', 'time', 'duration', 'type', 'direction', 'unread', 'summary'];

/** 18:45 UTC on 14 March is 03:45 on 15 March in Tokyo (UTC+9): the date itself changes. */
const CONVERSATION: Conversation = makeConversation(0, {
  id: 'conv_de',
  createdAt: '2026-03-14T18:45:00Z',
  durationSeconds: 3725,
  unreadCount: 1234,
  channel: 'phone',
  direction: 'inbound',
});

async function mountTable(options: { locale?: string; timeZone: string; german?: boolean; dir?: string }): Promise<InboxTable> {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${options.dir ?? 'ltr'} style="width: 1100px; height: 400px">
    <inbox-table
      locale=${options.locale ?? 'en-US'}
      time-zone=${options.timeZone}
      .strings=${options.german ? de : DEFAULT_STRINGS}
      .columns=${COLUMNS}
      .source=${createMemorySource([CONVERSATION])}
    ></inbox-table>
  </div>`);
  const table = wrapper.querySelector('inbox-table')!;
  await waitForRows(table);
  return table;
}

function cells(table: InboxTable): string[] {
  const row = table.shadowRoot!.querySelector('conversation-row')!;
  return [...row.querySelectorAll<HTMLElement>('[role="gridcell"]')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
}

describe('German locale in another time zone', () => {
  it('gives the filters in the toolbar the German strings of their table, set once', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px; height: 400px">
      <inbox-table locale="de-DE" time-zone="Asia/Tokyo" .strings=${de} .source=${createMemorySource([CONVERSATION])}>
        <inbox-filters slot="toolbar"></inbox-filters>
      </inbox-table>
    </div>`);
    const filters = wrapper.querySelector('inbox-filters')!;
    await waitForRows(wrapper.querySelector('inbox-table')!);
    await filters.updateComplete;
    const search = filters.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(search.placeholder).to.equal(de.filters.searchPlaceholder);
    expect(filters.shadowRoot!.textContent).to.include(de.filters.toggle);
    expect(filters.shadowRoot!.textContent).to.not.include(DEFAULT_STRINGS.filters.searchPlaceholder);
    // Strings set on the filters themselves still win.
    filters.strings = DEFAULT_STRINGS;
    await filters.updateComplete;
    expect(search.placeholder).to.equal(DEFAULT_STRINGS.filters.searchPlaceholder);
  });

  it('shows German labels, and dates, times and numbers formatted for de-DE in Asia/Tokyo', async () => {
    const table = await mountTable({ locale: 'de-DE', timeZone: 'Asia/Tokyo', german: true });
    expect(headerTexts(table)).to.deep.equal(['Datum', 'Uhrzeit', 'Dauer', 'Typ', 'Richtung', 'Ungelesen', 'Zusammenfassung']);
    const [date, time, duration, type, direction, unread] = cells(table);
    expect(date).to.equal('15. März 2026');
    expect(time).to.equal('3:45');
    // Intl.DurationFormat's German units (the exact joining varies with the browser's ICU data).
    expect(duration).to.match(/^1\s?(h|Std\.),? 2 Min\.,? (und )?5 Sek\.$/);
    expect([type, direction, unread]).to.deep.equal(['Telefonanruf', 'Eingehend', '1.234']);
    expect(table.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-label')).to.equal('Gespräche');
  });

  it('shows the same instant in US English and New York time with the default strings', async () => {
    const table = await mountTable({ timeZone: 'America/New_York' });
    const [date, time] = cells(table);
    expect([date, time]).to.deep.equal(['Mar 14, 2026', '2:45 PM']);
    expect(headerTexts(table)[0]).to.equal('Date');
  });
});

describe('right-to-left', () => {
  const left = (element: Element) => element.getBoundingClientRect().left;

  it('lays the columns out from the right, cells under their headers', async () => {
    const table = await mountTable({ timeZone: 'UTC', dir: 'rtl' });
    const headers = [...table.shadowRoot!.querySelectorAll('[role="columnheader"]')];
    const rowCells = [...table.shadowRoot!.querySelectorAll('conversation-row [role="gridcell"]')];
    const lefts = headers.map(left);
    // The first column is the rightmost, and each next one further left.
    expect(lefts).to.deep.equal([...lefts].sort((a, b) => b - a));
    expect(lefts[0]).to.be.greaterThan(lefts[lefts.length - 1]);
    rowCells.forEach((cell, index) => expect(Math.abs(left(cell) - lefts[index]), `column ${index}`).to.be.below(1));
    expect(getComputedStyle(rowCells[0]).direction).to.equal('rtl');
  });

  it('keeps left-to-right order on a left-to-right page', async () => {
    const table = await mountTable({ timeZone: 'UTC' });
    const lefts = [...table.shadowRoot!.querySelectorAll('[role="columnheader"]')].map(left);
    expect(lefts).to.deep.equal([...lefts].sort((a, b) => a - b));
  });
});
