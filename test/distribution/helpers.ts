/** Shared by the distribution tests: bare pages, host apps, reading what the table rendered. */
import { waitUntil } from '@open-wc/testing';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';

/** The benign virtualizer error that test/setup.js filters on test pages; bare pages see it too. */
export const BENIGN_ERROR = 'ResizeObserver loop completed with undelivered notifications.';

/** A page of its own (an iframe) holding only `body`: no test runner, no setup, nothing imported. */
export async function bareFrame(body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 600px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bare page</title>
<script>
  window.pageErrors = [];
  addEventListener('error', (event) => pageErrors.push(event.message));
  addEventListener('unhandledrejection', (event) => pageErrors.push(String(event.reason)));
</script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Errors a bare page reported, except the benign one. */
export function pageErrors(frame: HTMLIFrameElement): string[] {
  const errors = (frame.contentWindow as (Window & { pageErrors?: string[] }) | null)?.pageErrors ?? [];
  return errors.filter((message) => message !== BENIGN_ERROR);
}

/** Ids of the rows the table rendered, in order. */
export function renderedIds(table: Element): string[] {
  return [...(table.shadowRoot?.querySelectorAll<HTMLElement>('conversation-row') ?? [])].map((row) => row.dataset.id ?? '');
}

/**
 * In an open filter panel (`filters` is its shadow root): chooses outbound, applies, and waits for
 * the table to show outbound conversations only (of the test fixtures, conv_000003 second).
 */
export async function applyOutboundInPanel(filters: ShadowRoot, table: Element): Promise<void> {
  await waitUntil(() => !filters.querySelector<HTMLFormElement>('#panel')!.hidden, 'panel open');
  const direction = filters.querySelector<HTMLSelectElement>('#f-direction')!;
  direction.value = 'outbound';
  direction.dispatchEvent(new Event('change'));
  filters.querySelector<HTMLFormElement>('#panel')!.requestSubmit();
  await waitUntil(() => renderedIds(table)[1] === 'conv_000003', 'outbound only');
}

export async function waitForRows(table: Element, message = 'rows rendered'): Promise<void> {
  await waitUntil(() => renderedIds(table).length > 0, message, { timeout: 15000 });
}

/** The ids of the newest conversations the API itself lists (hidden `token_created` ones left out). */
export async function newestIds(anyreachBaseUrl: string, token: string, count = 5): Promise<string[]> {
  const response = await fetch(`${anyreachBaseUrl}/core/conversations?limit=${count + 10}`, { headers: { Authorization: `Bearer ${token}` } });
  const rows = (await response.json()) as { id: string; status: string }[];
  return rows.filter((row) => row.status !== 'token_created').slice(0, count).map((row) => row.id);
}

/** Text of every header cell, in DOM order. */
export function headerTexts(table: InboxTable): string[] {
  return [...table.shadowRoot!.querySelectorAll<HTMLElement>('[role="columnheader"]')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
}
