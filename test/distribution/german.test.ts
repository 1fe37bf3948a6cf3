/**
 * The German inbox as a German reader sees it: table, filter panel, bulk bar and export message
 * show no English word, every count is grouped for de-DE (`2.060`), and plurals agree.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { InboxFilters } from '../../src/components/inbox-filters/inbox-filters.js';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { createMemorySource } from '../../src/data/memory.js';
import type { Conversation } from '../../src/data/types.js';
import { counter } from '../../src/format/count.js';
import { de } from '../../src/locales/de.js';
import { DEFAULT_STRINGS } from '../../src/strings.js';
import { makeConversations } from '../fixtures/conversations.js';
import { waitForRows } from './helpers.js';

const COLUMNS = ['agent', 'callerId', 'callerName', 'direction', 'status', 'priority', 'summary', 'duration', 'date', 'time', 'type', 'unread'];
const STATUSES = ['in_progress', 'completed', 'failed', 'ringing'];
const PRIORITIES = ['urgent', 'high', 'normal', 'low'];

/** 3,000 conversations with German data (so any English on screen comes from the inbox); 2,060 last 1,000 s or more. */
function germanConversations(count: number): Conversation[] {
  return makeConversations(count, (index) => ({
    callerName: `Kundin ${index}`,
    agent: { id: `agent_${index % 5}`, name: `Beraterin ${index % 5}` },
    summary: `Rückruf vereinbart ${index}`,
    status: STATUSES[index % STATUSES.length],
    priority: PRIORITIES[index % PRIORITIES.length],
    unreadCount: 1234,
  }));
}

/** Every text a strings object can produce: its texts, and its sentences for sample counts and kinds. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const outputs: string[] = [];
    for (const n of [1, 2]) {
      const count = counter('en-US')(n);
      for (const args of [[count, count], ...['assign', 'status', 'tags', 'note'].map((kind) => [kind, count])]) {
        try {
          const text: unknown = value(...args);
          if (typeof text === 'string' && !text.includes('undefined')) outputs.push(text);
        } catch {
          // Not this function's arguments.
        }
      }
    }
    return outputs;
  }
  return value && typeof value === 'object' ? Object.values(value).flatMap(texts) : [];
}

const words = (text: string) => text.split(/[^\p{L}]+/u).filter((word) => word.length > 1);

/** Words of the English strings that German does not share (`Status`, `Agent` and `Tags` it does). */
const ENGLISH_ONLY = (() => {
  const german = new Set(texts(de).flatMap(words));
  return new Set(texts(DEFAULT_STRINGS).flatMap(words).filter((word) => !german.has(word)));
})();

/** What a reader sees or hears of `root`: its text, labels and placeholders. */
function shownText(root: ShadowRoot): string {
  const attributes = [...root.querySelectorAll('[aria-label], [placeholder]')].flatMap((element) => [
    element.getAttribute('aria-label') ?? '',
    element.getAttribute('placeholder') ?? '',
  ]);
  return [root.textContent ?? '', ...attributes].join('\n');
}

function englishWords(root: ShadowRoot): string[] {
  return [...new Set(words(shownText(root)).filter((word) => ENGLISH_ONLY.has(word)))];
}

const squash = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function click(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

async function mountGerman(conversations: Conversation[], query = {}): Promise<{ table: InboxTable; filters: InboxFilters }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 780px; height: 560px">
    <inbox-table
      locale="de-DE"
      time-zone="Europe/Berlin"
      .strings=${de}
      .columns=${COLUMNS}
      .query=${query}
      .source=${createMemorySource(conversations, { actions: true })}
    >
      <inbox-filters slot="toolbar"></inbox-filters>
    </inbox-table>
  </div>`);
  const table = wrapper.querySelector('inbox-table')!;
  await waitUntil(() => squash(table.shadowRoot!.querySelector('.count')) !== '', 'count shown', { timeout: 15000 });
  return { table, filters: wrapper.querySelector('inbox-filters')! };
}

describe('German screen', () => {
  it('shows table, filter panel, bulk bar and export message without English, counts grouped', async function () {
    // Exports 2,060 conversations on a shared, busy machine.
    this.timeout(60000);
    const { table, filters } = await mountGerman(germanConversations(3000), { durationMin: 1000 });
    await waitForRows(table);
    const root = table.shadowRoot!;
    expect(squash(root.querySelector('.count'))).to.match(/^\d+ von 2\.060 Gesprächen geladen$/);
    const cells = (column: string) => [...root.querySelectorAll(`conversation-row .c-${column}`)].map(squash);
    // Live ones with their elapsed time.
    expect(cells('status').map((status) => status.replace(/ · \d+:\d\d(:\d\d)?$/, ''))).to.include.members(['Aktiv Läuft', 'Abgeschlossen', 'Fehlgeschlagen', 'Aktiv Klingelt']);
    expect(cells('status').find((status) => status.startsWith('Aktiv Läuft'))).to.match(/ · \d+:\d\d(:\d\d)?$/);
    expect(cells('priority')).to.include.members(['Dringend', 'Hoch', 'Normal', 'Niedrig']);
    expect(cells('unread')[0]).to.equal('1.234');

    // Filter panel, with the duration chip of the query.
    await click(filters.shadowRoot!.querySelector('.toggle')!);
    await waitUntil(() => filters.open && !filters.shadowRoot!.querySelector<HTMLElement>('#panel')!.hidden, 'panel open');
    const chips = [...filters.shadowRoot!.querySelectorAll('.chip > span')].map(squash);
    expect(chips).to.deep.equal(['Dauer (Sekunden): ab 1.000']);
    const statusOptions = [...filters.shadowRoot!.querySelectorAll('#f-status option')].map(squash);
    expect(statusOptions).to.include.members(['Läuft', 'Abgeschlossen', 'Fehlgeschlagen', 'Klingelt']);
    expect(englishWords(filters.shadowRoot!), 'English in the filters').to.deep.equal([]);
    await click(filters.shadowRoot!.querySelector('.toggle')!);
    await waitUntil(() => !filters.open, 'panel closed');

    // Bulk bar: one row, then every match.
    await click(root.querySelector('conversation-row input[type="checkbox"]')!);
    const bulkBar = () => root.querySelector('.bulk-bar');
    await waitUntil(() => bulkBar(), 'bulk bar shown');
    expect(squash(bulkBar()!.querySelector('span'))).to.equal('1 ausgewählt');
    const selectAll = [...bulkBar()!.querySelectorAll('button')].find((button) => squash(button).startsWith('Alle'))!;
    expect(squash(selectAll)).to.equal('Alle 2.060 Treffer auswählen');
    await click(selectAll);
    await waitUntil(() => squash(bulkBar()!.querySelector('span')) === '2.060 ausgewählt', 'all matching selected');

    // Export: the finished message counts the file's conversations.
    await click(root.querySelector('.export-button')!);
    const dialog = () => root.querySelector('inbox-export-dialog')?.shadowRoot?.querySelector('dialog');
    await waitUntil(() => dialog()?.open, 'export dialog open', { timeout: 10000 });
    expect(squash(dialog()!.querySelector('[part="submit"]'))).to.equal('2.060 Gespräche exportieren');
    expect(englishWords(root.querySelector('inbox-export-dialog')!.shadowRoot!), 'English in the export dialog').to.deep.equal([]);
    await click(dialog()!.querySelector('[part="submit"]')!);
    const exportStatus = root.querySelector('.export-status')!;
    await waitUntil(() => squash(exportStatus).endsWith('exportiert.'), 'export finished', { timeout: 40000 });
    expect(squash(exportStatus)).to.equal('2.060 Gespräche exportiert.');

    expect(englishWords(root), 'English in the table').to.deep.equal([]);
    await expect(table).to.be.accessible();
  });

  it('agrees in number: one conversation, two conversations', async () => {
    const single = await mountGerman(germanConversations(1));
    expect(squash(single.table.shadowRoot!.querySelector('.count'))).to.equal('1 von 1 Gespräch geladen');
    const pair = await mountGerman(germanConversations(2));
    expect(squash(pair.table.shadowRoot!.querySelector('.count'))).to.equal('2 von 2 Gesprächen geladen');
  });
});
