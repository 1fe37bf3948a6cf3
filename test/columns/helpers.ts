/** Reading and driving the table's columns as a person sees them. */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { renderedRows } from '../table/helpers.js';

export function header(table: InboxTable, id: string): HTMLElement {
  const cell = table.shadowRoot!.querySelector<HTMLElement>(`.head .c-${id}`);
  if (!cell) throw new Error(`no ${id} header`);
  return cell;
}

export function handle(table: InboxTable, id: string): HTMLElement {
  return header(table, id).querySelector<HTMLElement>('[role="separator"]')!;
}

export function widthOf(element: Element): number {
  return element.getBoundingClientRect().width;
}

/** Header names in screen order (start to end edge). */
export function headerOrder(table: InboxTable): string[] {
  const rtl = getComputedStyle(table).direction === 'rtl';
  return [...table.shadowRoot!.querySelectorAll<HTMLElement>('.head [role="columnheader"]')]
    .sort((a, b) => (rtl ? -1 : 1) * (a.getBoundingClientRect().left - b.getBoundingClientRect().left))
    .map((cell) => [...cell.classList].find((name) => name.startsWith('c-'))!.slice(2));
}

/** Every rendered row has a cell of `id` exactly under its header. */
export function expectAligned(table: InboxTable, id: string): void {
  const head = header(table, id).getBoundingClientRect();
  for (const row of renderedRows(table)) {
    const cell = row.querySelector(`:scope > .c-${id}`)!.getBoundingClientRect();
    expect(Math.abs(cell.left - head.left), `${id} cell under its header`).to.be.lessThan(1);
    expect(Math.abs(cell.width - head.width), `${id} cell as wide as its header`).to.be.lessThan(1);
  }
}

/** The widths fitted to the first page are on screen. */
export async function fitted(table: InboxTable): Promise<void> {
  const grid = table.shadowRoot!.querySelector<HTMLElement>('.grid')!;
  // Before the fit, every text column but the fixed ones is a flexible track; after it, only Summary.
  await waitUntil(() => (grid.style.getPropertyValue('--_columns').match(/fr\)/g) ?? []).length <= 1, 'widths fitted to the content');
}

export async function doubleClick(position: [number, number]): Promise<void> {
  await executeServerCommand('double-click', { position });
}
