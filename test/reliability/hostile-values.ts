/**
 * Hostile values of issue 10 (text written by strangers, URLs that run code, sizes and numbers
 * out of range) and the checks every table showing them must pass: nothing executes, nothing is
 * parsed as markup, only http(s)/relative URLs reach the DOM, rows keep one height and every cell
 * stays in its column.
 */
import { expect } from '@open-wc/testing';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { renderedRows } from '../table/helpers.js';
import { deepElements } from './harness.js';
import { COLUMNS } from '../../src/format/columns.js';

/** Set by any injected script that manages to run. */
const TRAP = '__inboxPwned';
const RUN = `window.${TRAP}=1`;

function trapSprung(): boolean {
  return (window as unknown as Record<string, unknown>)[TRAP] !== undefined;
}

/** Markup and script in every flavour a text field can carry. */
export const MARKUP: readonly string[] = [
  `<img src=x onerror="${RUN}">`,
  `<script>${RUN}</script>`,
  `"><svg onload=${RUN}>`,
  `<a href="javascript:${RUN}">click me</a>`,
  `<iframe srcdoc="<script>parent.${RUN}</script>"></iframe>`,
  `<style>*{display:none!important}</style>`,
  `</div></div><div class="row">`,
  `\${${RUN}} {{constructor.constructor('${RUN}')()}}`,
  `<!-- <b>unclosed comment`,
];

/** URLs that must never become a link, an image or an audio source. */
export const UNSAFE_URLS: readonly string[] = [
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  ` javascript:${RUN}`,
  `java\nscript:${RUN}`,
  `java\tscript:${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  'data:audio/wav;base64,UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQAAAAA=',
  'vbscript:msgbox(1)',
  '//evil.example/recording.wav',
  '/\\evil.example/recording.wav',
  'file:///etc/passwd',
  'blob:https://evil.example/6d1f5e2c',
];

/** A summary of one million characters (the server accepts bodies up to 1 MiB). */
export const ONE_MB_SUMMARY = 'Caller says the boiler is leaking again. '.repeat(25_000).slice(0, 1_000_000);
export const PARTICIPANT_COUNT = 10_000;
export function manyParticipants(count = PARTICIPANT_COUNT): string[] {
  return Array.from({ length: count }, (_, index) => `person${index}@example.com`);
}

/** Text that reorders, hides, stacks or widens. */
export const TRICKY_TEXT: readonly string[] = [
  '\u202Egnp.exe\u202C invoice',
  'abc \u202Bעברית\u202C def \u2067RTL isolate',
  'مرحبا بالعالم — عميل',
  'zero\u200Bwidth\u200Cjoin\u200Dner\uFEFFbom\u2060word',
  '👩‍👩‍👧‍👦 🏳️‍🌈 🇺🇦 🧑🏽‍💻 ❤️‍🔥',
  'Z̴̡̛̗͎̽ͅa̶̡͍͑l̷̢̛͙g̸̢̛o̵̡̚ t̸͚̓e̴̠̿x̵̣͝t̶̰̓',
  'x'.repeat(5000),
  'line one\nline two\r\n\ttabbed',
  'nul\u0000byte and \u0007bell',
];

/** Instants that are not dates, or are at the edge of what a Date holds. */
export const DATES: readonly { value: string; shown: RegExp }[] = [
  { value: 'not a date', shown: /^-$/ },
  { value: '0000-00-00', shown: /^-$/ },
  { value: '2026-13-45T99:99:99Z', shown: /^-$/ },
  { value: '+275760-09-13T00:00:00.001Z', shown: /^-$/ },
  { value: '1e20', shown: /^-$/ },
  { value: '+275760-09-13T00:00:00.000Z', shown: /275760/ },
  { value: '9999-12-31T23:59:59Z', shown: /9999/ },
];

/** Durations out of range: shown as `-`, or as a duration, never as `NaN`, `Infinity` or a crash. */
export const DURATIONS: readonly number[] = [-1, -0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e308, Number.MAX_VALUE, 2 ** 53, 1e17, Number.MAX_SAFE_INTEGER];

/** Every data column the table knows (not the action controls), so every formatter meets every value. */
export const ALL_COLUMNS: string[] = [...COLUMNS.keys()].filter((id) => id !== 'select' && id !== 'actions');

const FORBIDDEN_ELEMENTS = 'img, script, iframe, style, object, embed, link, meta, base, form, frame';
const SAFE_URL = /^(https?:\/\/|\/(?![/\\]))/i;

/** Text as a cell shows it: whitespace runs collapsed. */
export function collapsed(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Nothing the data carried became markup or a URL: no element a payload could create, no event
 * handler attribute, and only http(s) or same-origin paths in `href`/`src`. Also checks the audio
 * elements the tests saw created.
 */
export function expectNothingInjected(table: InboxTable, audio: readonly HTMLAudioElement[] = []): void {
  expect(trapSprung(), 'no injected script ran').to.equal(false);
  const elements = deepElements(table.shadowRoot!);
  expect(elements.filter((element) => element.matches(FORBIDDEN_ELEMENTS)).map((element) => element.outerHTML.slice(0, 80)), 'elements from data').to.deep.equal([]);
  for (const element of elements) {
    for (const attribute of element.attributes) {
      expect(attribute.name, `attribute on <${element.localName}>`).not.to.match(/^on/i);
      if (['href', 'src', 'xlink:href', 'action', 'formaction', 'poster'].includes(attribute.name)) {
        expect(attribute.value, `${attribute.name} of <${element.localName}>`).to.match(SAFE_URL);
      }
    }
  }
  for (const link of table.shadowRoot!.querySelectorAll('a')) expect(link.classList.contains('icon-link'), 'only the agent link is a link').to.equal(true);
  for (const element of audio) {
    const src = element.getAttribute('src');
    if (src !== null) expect(src, 'audio source').to.match(SAFE_URL);
  }
}

/**
 * Rows keep one height, and every cell stays inside its column's header cell: no value, however
 * long, wide or direction-changing, moves another cell.
 */
export function expectLayoutIntact(table: InboxTable): void {
  const rows = renderedRows(table);
  expect(rows.length, 'rows rendered').to.be.greaterThan(1);
  const heights = new Set(rows.map((row) => row.getBoundingClientRect().height));
  expect([...heights], 'every row the same height').to.have.length(1);
  const headers = [...table.shadowRoot!.querySelectorAll<HTMLElement>('.head [role="columnheader"]')].map((cell) => cell.getBoundingClientRect());
  for (const row of rows) {
    const rowBox = row.getBoundingClientRect();
    for (const cell of row.querySelectorAll<HTMLElement>(':scope > [data-col]')) {
      const box = cell.getBoundingClientRect();
      const header = headers[Number(cell.dataset.col)];
      const where = `${row.dataset.id?.slice(0, 40)} / ${cell.className}`;
      expect(box.left, `left of ${where}`).to.be.closeTo(header.left, 1);
      expect(box.right, `right of ${where}`).to.be.closeTo(header.right, 1);
      expect(box.top, `top of ${where}`).to.be.at.least(rowBox.top - 1);
      expect(box.bottom, `bottom of ${where}`).to.be.at.most(rowBox.bottom + 1);
      // Painted content stays in the cell: text cells clip, icon cells hold fixed-size controls.
      for (const child of cell.querySelectorAll<HTMLElement>('button, span, a, input, progress')) {
        const inner = child.getBoundingClientRect();
        if (inner.width === 0 || getComputedStyle(cell).overflowX !== 'visible') continue;
        expect(inner.right, `content of ${where}`).to.be.at.most(box.right + 1);
      }
    }
  }
}

/** The rendered row of conversation `id` (ids with quotes and markup included). */
export function row(table: InboxTable, id: string): HTMLElement {
  const element = table.shadowRoot!.querySelector<HTMLElement>(`conversation-row[data-id="${CSS.escape(id)}"]`);
  expect(element, `row ${id.slice(0, 40)} rendered`).not.to.equal(null);
  return element!;
}

/** The text of one cell as the user reads it. */
export function cell(table: InboxTable, id: string, column: string): string {
  const element = row(table, id).querySelector(`.c-${column}`);
  expect(element, `${column} cell of ${id.slice(0, 40)} rendered (a render that throws leaves the row empty)`).not.to.equal(null);
  return collapsed(element!.textContent ?? '');
}

/** The table's one tooltip element (open or not). */
export function tooltip(table: InboxTable): HTMLElement {
  return table.shadowRoot!.querySelector<HTMLElement>('[role="tooltip"]')!;
}
