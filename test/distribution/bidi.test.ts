/**
 * Mixed writing directions as a reader sees them: Latin values (phone numbers, times, names) and
 * a sentence of English words in a right-to-left page, with Arabic strings around them, and Arabic
 * values in a left-to-right page. Checked by where each character lands on screen, not by markup.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { InboxFilters } from '../../src/components/inbox-filters/inbox-filters.js';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { createMemorySource } from '../../src/data/memory.js';
import type { Conversation } from '../../src/data/types.js';
import { DEFAULT_STRINGS, type InboxStrings } from '../../src/strings.js';
import { makeConversations } from '../fixtures/conversations.js';
import { waitForRows } from './helpers.js';

const PHONE = '+16465555156';
const LATIN_NAME = "Mateo O'Brien-Castellanos de la Vega y Montoya";
const ARABIC_NAME = 'محمد عبد الرحمن بن عبد العزيز الفلاني القحطاني';
/** 17:24 UTC: `5:24 PM` in en-US; newer than the fixtures' rows, so it is listed first. */
const CREATED = '2026-12-01T17:24:00Z';

/** The inbox's strings with Arabic filter labels, as a right-to-left host would set them. */
const ARABIC_LABELS: InboxStrings = {
  ...DEFAULT_STRINGS,
  filters: { ...DEFAULT_STRINGS.filters, labels: { ...DEFAULT_STRINGS.filters.labels, callerId: 'المتصل' } },
};

function conversations(name: string): Conversation[] {
  return makeConversations(99, (index) => (index === 0 ? { id: 'conv_bidi', callerId: PHONE, callerName: name, createdAt: CREATED } : {}));
}

/** A narrow table of caller, name and time; with `filtered`, only the one conversation, with a Caller chip. */
async function mount(
  dir: 'rtl' | 'ltr',
  name: string,
  { strings = DEFAULT_STRINGS, filtered = false }: { strings?: InboxStrings; filtered?: boolean } = {},
): Promise<{ table: InboxTable; filters: InboxFilters }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir} style="width: 420px; height: 400px">
    <inbox-table
      style="--inbox-card-breakpoint: 0px"
      locale="en-US"
      time-zone="UTC"
      page-size="100"
      .strings=${strings}
      .columns=${['callerId', 'callerName', 'time']}
      .query=${filtered ? { callerId: PHONE } : {}}
      .source=${createMemorySource(conversations(name))}
    >
      <inbox-filters slot="toolbar"></inbox-filters>
    </inbox-table>
  </div>`);
  const table = wrapper.querySelector('inbox-table')!;
  const filters = wrapper.querySelector('inbox-filters')!;
  await waitForRows(table);
  if (filtered) await waitUntil(() => filters.shadowRoot!.querySelector('.chip'), 'chip shown');
  return { table, filters };
}

/** The on-screen box of `text`'s occurrence number `nth` (0-based) inside `element`. */
function boxOf(element: Element, text: string, nth = 0): DOMRect {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let at = node.textContent!.indexOf(text);
    while (at >= 0) {
      if (seen++ === nth) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        return range.getBoundingClientRect();
      }
      at = node.textContent!.indexOf(text, at + 1);
    }
  }
  throw new Error(`"${text}" not found in ${element.textContent}`);
}

function cell(table: InboxTable, column: string): HTMLElement {
  return table.shadowRoot!.querySelector<HTMLElement>(`conversation-row[data-id="conv_bidi"] .c-${column}`)!;
}

/** Whether `box` lies within what `element` shows (its box, which clips what overflows). */
function visibleIn(box: DOMRect, element: Element): boolean {
  const shown = element.getBoundingClientRect();
  return box.width > 0 && box.left >= shown.left - 0.5 && box.right <= shown.right + 0.5;
}

describe('bidirectional text', () => {
  describe('in a right-to-left page', () => {
    it('shows a phone number in a cell, in its chip and after an Arabic label from left to right', async () => {
      const { table, filters } = await mount('rtl', LATIN_NAME, { strings: ARABIC_LABELS, filtered: true });
      const phone = cell(table, 'callerId');
      expect(phone.textContent!.trim()).to.equal(PHONE);
      // "+16465555156", never "16465555156+": the plus sign left of the first digit, digits in order.
      expect(boxOf(phone, '+').right).to.be.at.most(boxOf(phone, '1').left + 0.5);
      expect(boxOf(phone, '1').right).to.be.at.most(boxOf(phone, '56').left + 0.5);
      const isolate = phone.querySelector('[dir]')!;
      expect(getComputedStyle(isolate).direction).to.equal('ltr');
      expect(getComputedStyle(isolate).unicodeBidi).to.equal('isolate');

      const chip = filters.shadowRoot!.querySelector('.chip > span')!;
      expect(chip.textContent!.trim()).to.equal(`المتصل: ${PHONE}`);
      // The Arabic label reads first, on the right; the number keeps its order on its left.
      expect(boxOf(chip, 'المتصل').left).to.be.greaterThan(boxOf(chip, PHONE).right - 0.5);
      expect(boxOf(chip, '+').right).to.be.at.most(boxOf(chip, '1').left + 0.5);
    });

    it('shows a time as "5:24 PM", and the count sentence in English word order', async () => {
      const { table } = await mount('rtl', LATIN_NAME);
      const time = cell(table, 'time');
      expect(time.textContent!.trim().replace(/\s/g, ' ')).to.equal('5:24 PM');
      expect(boxOf(time, '5').right).to.be.at.most(boxOf(time, 'PM').left + 0.5);

      const count = table.shadowRoot!.querySelector('.count')!;
      // One page holds all 99.
      await waitUntil(() => count.textContent === '99 of 99 conversations loaded', 'all 99 loaded', { timeout: 10000 });
      // Read left to right: "99", "of", "conversations", "loaded" — not "conversations loaded 99".
      const lefts = ['99', 'of', 'conversations', 'loaded'].map((word) => boxOf(count, word).left);
      expect(lefts).to.deep.equal([...lefts].sort((a, b) => a - b));
    });

    it('cuts a long Latin name at its end: its first letters stay visible', async () => {
      const { table } = await mount('rtl', LATIN_NAME);
      const name = cell(table, 'callerName');
      expect(name.scrollWidth > name.clientWidth || name.querySelector('.text')!.scrollWidth > name.querySelector('.text')!.clientWidth, 'name overflows').to.equal(true);
      expect(visibleIn(boxOf(name, 'Mateo'), name), '"Mateo" visible').to.equal(true);
      expect(visibleIn(boxOf(name, 'Montoya'), name), '"Montoya" cut off').to.equal(false);
      // The visible start sits where a right-to-left column begins reading: never left of the cell.
      expect(boxOf(name, 'M').left).to.be.at.least(name.getBoundingClientRect().left);
    });
  });

  describe('in a left-to-right page', () => {
    it('shows an Arabic name right to left and cuts it at its end', async () => {
      const { table } = await mount('ltr', ARABIC_NAME);
      const name = cell(table, 'callerName');
      const [first, second] = [...ARABIC_NAME];
      // The first letter is the rightmost of the first word, and it is on screen.
      expect(boxOf(name, first).left).to.be.greaterThan(boxOf(name, second).left);
      expect(visibleIn(boxOf(name, 'محمد'), name), 'the first word visible').to.equal(true);
      expect(visibleIn(boxOf(name, 'القحطاني'), name), 'the last word cut off').to.equal(false);
      expect(getComputedStyle(name.querySelector('[dir]')!).direction).to.equal('rtl');
      // Latin values around it keep their own order.
      const phone = cell(table, 'callerId');
      expect(boxOf(phone, '+').right).to.be.at.most(boxOf(phone, '1').left + 0.5);
    });
  });
});
