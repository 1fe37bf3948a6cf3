/** Mounting `<inbox-table>` where it shows cards (a phone's viewport, or a narrow container), and reading the cards. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import type { InboxFilters } from '../../src/components/inbox-filters/inbox-filters.js';
import type { ConversationRow } from '../../src/components/conversation-row/conversation-row.js';
import type { InboxDataSource } from '../../src/data/types.js';
import { renderedRows, rowsInView, waitForRows } from '../table/helpers.js';

/** Where the issue asks cards to be checked: two phones, and a narrow column of a wide page. */
export const CARD_LAYOUTS: { label: string; viewport: { width: number; height: number }; width?: number }[] = [
  { label: 'on a 390 × 844 phone', viewport: { width: 390, height: 844 } },
  { label: 'on a 320 × 640 phone', viewport: { width: 320, height: 640 } },
  { label: 'in a 360 px container of a wide page', viewport: { width: 1280, height: 800 }, width: 360 },
];

export interface CardMount {
  source: InboxDataSource;
  /** The container's width in px; the page's (the viewport's) when unset. */
  width?: number;
  height?: number;
  live?: boolean;
  rowAction?: 'tab' | 'preview';
  filters?: boolean;
}

/** A page as a phone shows it (margins of 8 px), or a narrow container in a wide page. */
export async function mountCards({ source, width, height = 560, live = false, rowAction = 'tab', filters = true }: CardMount): Promise<{ table: InboxTable; filters: InboxFilters | null }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="margin: 8px; height: ${height}px; ${width === undefined ? '' : `width: ${width}px;`}">
    <inbox-table .source=${source} ?live=${live} row-action=${rowAction} time-zone="UTC" locale="en-US" detail-url-template="/__detail/{id}">
      ${filters ? html`<inbox-filters slot="toolbar"></inbox-filters>` : null}
    </inbox-table>
  </div>`);
  const table = wrapper.querySelector('inbox-table')!;
  await waitForRows(table);
  await rowsInView(table);
  return { table, filters: wrapper.querySelector('inbox-filters') };
}

export function cards(table: InboxTable): ConversationRow[] {
  return renderedRows(table).filter((row) => row.hasAttribute('card'));
}

/** The rendered cards wholly inside the list's viewport, top to bottom. */
export function visibleCards(table: InboxTable): ConversationRow[] {
  const body = table.shadowRoot!.querySelector('.body')!.getBoundingClientRect();
  return cards(table)
    .filter((card) => {
      const box = card.getBoundingClientRect();
      return box.top >= body.top - 0.5 && box.bottom <= body.bottom + 0.5;
    })
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
}

export const textOf = (element: Element | null | undefined): string => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export function card(table: InboxTable, id: string): ConversationRow {
  const found = table.shadowRoot!.querySelector<ConversationRow>(`conversation-row[data-id="${CSS.escape(id)}"]`);
  if (!found) throw new Error(`card ${id} is not rendered`);
  return found;
}

/** The conversation whose card covers the top edge of the list's viewport. */
export function topCardId(table: InboxTable): string | undefined {
  const top = table.shadowRoot!.querySelector('.body')!.getBoundingClientRect().top;
  return renderedRows(table).find((row) => {
    const box = row.getBoundingClientRect();
    return box.top <= top + 0.5 && box.bottom > top + 0.5;
  })?.dataset.id;
}

/** Every control a finger can reach in the table, its rows and its filters, with a name for messages. */
export function tapTargets(table: InboxTable): { name: string; box: DOMRect }[] {
  const roots: ParentNode[] = [table.shadowRoot!];
  const filters = table.querySelector('inbox-filters');
  if (filters?.shadowRoot) roots.push(filters.shadowRoot);
  const targets: { name: string; box: DOMRect }[] = [];
  for (const root of roots) {
    for (const element of root.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [role="gridcell"], [tabindex="0"]')) {
      // A checkbox is reached through its label, which is its target.
      const target = element.matches('input[type="checkbox"]') ? element.closest('label') ?? element : element;
      if (target.getClientRects().length === 0 || getComputedStyle(target).visibility === 'hidden') continue;
      const box = target.getBoundingClientRect();
      if (box.bottom <= 0 || box.top >= innerHeight) continue;
      targets.push({ name: `${target.localName}.${[...target.classList].join('.')} "${textOf(target).slice(0, 30) || target.getAttribute('aria-label')}"`, box });
    }
  }
  return targets;
}

/** Asserts that no tap target on screen is smaller than 44 × 44 px; returns how many there were. */
export function expectTapTargets(table: InboxTable): number {
  const targets = tapTargets(table);
  const small = targets.filter(({ box }) => box.width < 43.5 || box.height < 43.5).map(({ name, box }) => `${name}: ${Math.round(box.width)}×${Math.round(box.height)}`);
  expect(small, 'tap targets under 44 × 44 px').to.deep.equal([]);
  return targets.length;
}

/** The page does not scroll sideways. */
export function expectNoPageScroll(): void {
  expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(document.documentElement.clientWidth);
}

export async function waitForCards(table: InboxTable): Promise<void> {
  await waitUntil(() => cards(table).length > 0 && cards(table).length === renderedRows(table).length, 'cards rendered', { timeout: 10000 });
}
