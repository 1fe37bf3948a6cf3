/**
 * `<inbox-table>` sized the ways host pages size a custom element: whatever display, flex or grid
 * sizing the page uses, the rows fill the box it gives the element (counted by geometry); a table
 * given no height shows a sensible minimum and says once in the console how to size it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { createMemorySource } from '../../src/data/memory.js';
import { makeConversations } from '../fixtures/conversations.js';
import { renderedRows, waitForRows } from './helpers.js';

/** Mounts a table on a page whose own stylesheet is `pageCss`, inside `markup` (which holds `<inbox-table>`). */
async function mountOnPage(pageCss: string, markup = '<inbox-table></inbox-table>'): Promise<InboxTable> {
  const page = await fixture<HTMLDivElement>(html`<div class="page"></div>`);
  page.innerHTML = `<style>${pageCss}</style>${markup}`;
  const table = page.querySelector('inbox-table')!;
  table.setAttribute('time-zone', 'UTC');
  table.setAttribute('locale', 'en-US');
  table.source = createMemorySource(makeConversations(300));
  await waitForRows(table);
  return table;
}

interface BodyGeometry {
  /** Rows whose whole box lies inside the body as it shows inside the element. */
  visibleRows: number;
  /** Rows the element's space under its header holds (its status bar, when shown, excluded). */
  rowsThatFit: number;
}

function geometry(table: InboxTable): BodyGeometry {
  const root = table.shadowRoot!;
  const host = table.getBoundingClientRect();
  const style = getComputedStyle(table);
  const hostBottom = host.bottom - parseFloat(style.borderBottomWidth);
  const header = root.querySelector('[part="header"]')!.getBoundingClientRect();
  const body = root.querySelector('[part="body"]')!.getBoundingClientRect();
  const status = root.querySelector('[part="status"]')?.getBoundingClientRect().height ?? 0;
  const rows = renderedRows(table);
  const rowHeight = rows[0].getBoundingClientRect().height;
  // The body as the viewer sees it: clipped by the element's own box.
  const top = Math.max(body.top, host.top);
  const bottom = Math.min(body.bottom, hostBottom);
  const visibleRows = rows.filter((row) => {
    const box = row.getBoundingClientRect();
    return box.height > 0 && box.top >= top - 0.5 && box.bottom <= bottom + 0.5;
  }).length;
  return { visibleRows, rowsThatFit: (hostBottom - header.bottom - status) / rowHeight };
}

/** Waits for the rows to settle, then expects as many visible rows as the element's space holds. */
async function expectRowsFillTheElement(table: InboxTable): Promise<void> {
  const fills = () => {
    const { visibleRows, rowsThatFit } = geometry(table);
    return Math.abs(visibleRows - rowsThatFit) < 1;
  };
  await waitUntil(fills, 'rows fill the element', { timeout: 4000 }).catch(() => undefined);
  const { visibleRows, rowsThatFit } = geometry(table);
  expect(visibleRows, `visible rows, where ${rowsThatFit.toFixed(2)} fit under the header`).to.be.closeTo(rowsThatFit, 0.999);
  // The rows span the body's width too (no narrow table in a wide box).
  const body = table.shadowRoot!.querySelector<HTMLElement>('[part="body"]')!;
  expect(renderedRows(table)[0].getBoundingClientRect().width).to.be.at.least(body.clientWidth - 1);
}

/** Records console.warn calls for the duration of a test. */
function recordWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  return { messages, restore: () => (console.warn = original) };
}

/** Resolves once a ResizeObserver created now has seen `element` at `width`: observers made earlier have seen it too. */
function observedAtWidth(element: Element, width: number): Promise<void> {
  return new Promise((resolve) => {
    const observer = new ResizeObserver((entries) => {
      if (Math.round(entries[entries.length - 1].borderBoxSize[0].inlineSize) !== width) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(element);
  });
}

describe('<inbox-table> on host pages: the rows fill the box the page gives it', () => {
  let warnings: ReturnType<typeof recordWarnings>;
  before(() => setViewport({ width: 1200, height: 900 }));
  beforeEach(() => (warnings = recordWarnings()));
  afterEach(() => warnings.restore());

  const sized: { layout: string; css: string; markup?: string }[] = [
    { layout: 'display: block; height: 480px', css: '.page inbox-table { display: block; height: 480px; }' },
    { layout: 'display: inline-block; height: 480px', css: '.page inbox-table { display: inline-block; height: 480px; }' },
    { layout: 'display: flex; height: 480px', css: '.page inbox-table { display: flex; height: 480px; }' },
    { layout: 'display: grid; height: 480px', css: '.page inbox-table { display: grid; height: 480px; }' },
    {
      layout: 'a flex child with flex: 1; min-height: 0 and no height',
      css: '.page .column { display: flex; flex-direction: column; height: 520px; } .page h2 { flex: none; height: 40px; margin: 0; } .page inbox-table { flex: 1; min-height: 0; }',
      markup: '<div class="column"><h2>Inbox</h2><inbox-table></inbox-table></div>',
    },
    {
      layout: 'height: 100% of a sized parent',
      css: '.page .frame { height: 480px; } .page inbox-table { height: 100%; }',
      markup: '<div class="frame"><inbox-table></inbox-table></div>',
    },
    { layout: '--inbox-height: 480px', css: '.page inbox-table { --inbox-height: 480px; }' },
    {
      layout: 'a parent that only sets max-height: 480px',
      css: '.page .frame { max-height: 480px; }',
      markup: '<div class="frame"><inbox-table></inbox-table></div>',
    },
  ];

  for (const { layout, css, markup } of sized) {
    it(`${layout}: the element is 480px tall, its rows fill it, and the console stays quiet`, async () => {
      const table = await mountOnPage(css, markup);
      await waitUntil(() => Math.round(table.getBoundingClientRect().height) === 480, 'the element takes the height the page gives', { timeout: 4000 }).catch(() => undefined);
      expect(Math.round(table.getBoundingClientRect().height), 'element height').to.equal(480);
      await expectRowsFillTheElement(table);
      expect(warnings.messages).to.deep.equal([]);
      await expect(table).to.be.accessible();
    });
  }

  const unsized: { layout: string; css: string }[] = [
    { layout: 'height: 0', css: '.page inbox-table { height: 0; }' },
    { layout: 'an unsized parent', css: '' },
  ];

  for (const { layout, css } of unsized) {
    it(`${layout}: shows its minimum height with the rows filling it, and says once in the console how to size it`, async () => {
      const table = await mountOnPage(css);
      await waitUntil(() => warnings.messages.length > 0, 'a console message', { timeout: 4000 }).catch(() => undefined);
      expect(Math.round(table.getBoundingClientRect().height), 'element height').to.equal(320);
      await expectRowsFillTheElement(table);
      // Laid out again at another width, it does not repeat itself.
      const page = table.closest('.page') as HTMLElement;
      const resized = observedAtWidth(table, 700);
      page.style.width = '700px';
      await resized;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<inbox-table> got no height').and.to.contain('--inbox-height').and.to.contain('height: 100%');
    });
  }
});
