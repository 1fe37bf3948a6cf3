/**
 * The demo page (demo/index.html) opened in a tab of its own, as a new user opens it: switching its
 * data source from Anyreach to Avoca and back loads rows each time, signs in with the token the
 * scope list names, and no request the page makes fails, its icon included.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import type { LoggedRequest } from '../data/api-session.js';
import { openedPages, renderedRows } from '../table/helpers.js';

/** The demo talks to the API server's default session. */
const API = '/api';

/** `status url` of every response the tabs this page opened received. */
function tabResponses(): Promise<string[]> {
  return executeServerCommand<string[], undefined>('opened-pages-responses');
}

async function serverRequests(): Promise<LoggedRequest[]> {
  return (await (await fetch(`${API}/_requests`)).json()) as LoggedRequest[];
}

/**
 * Waits for the demo's answer to the first list request to `pathEnd` after the first `after`
 * requests: rows, or a message. Returns the request and the message shown, if any.
 */
async function answerTo(tab: Window, pathEnd: string, after: number): Promise<{ request: LoggedRequest; rows: number; message: string }> {
  const table = tab.document.querySelector<InboxTable>('inbox-table')!;
  const message = () => table.shadowRoot?.querySelector('[part="message"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  let request: LoggedRequest | undefined;
  await waitUntil(
    async () => {
      request = (await serverRequests()).slice(after).find((logged) => logged.path.endsWith(pathEnd));
      return request !== undefined && table.shadowRoot !== null && (renderedRows(table).length > 0 || message() !== '');
    },
    `the answer to ${pathEnd}`,
    { timeout: 15000 },
  );
  return { request: request!, rows: renderedRows(table).length, message: message() };
}

/** Picks `value` in the demo's "Data source" list, as a user's choice does. */
function chooseSource(tab: Window, value: string): void {
  const select = tab.document.querySelector<HTMLSelectElement>('select[name="source"]')!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('the demo page', () => {
  let tab: Window | undefined;

  afterEach(async () => {
    tab?.close();
    await openedPages(true);
  });

  it('switches Anyreach → Avoca → Anyreach with rows each time, a valid token and no failed request', async function () {
    // Three lists loaded in a page of its own.
    this.timeout(60000);
    // Known to the browser before the page loads, so every response of the tab is recorded.
    await openedPages(true);
    await fetch(`${API}/_requests`, { method: 'DELETE' });
    tab = window.open('about:blank', '_blank', 'width=1100,height=800')!;
    await waitUntil(async () => (await openedPages()).length === 1, 'the tab opened', { timeout: 10000 });
    tab.location.href = '/demo/index.html';
    await waitUntil(() => tab!.document.readyState === 'complete' && tab!.document.querySelector('select[name="source"]') !== null, 'demo loaded', { timeout: 15000 });

    const first = await answerTo(tab, '/anyreach/core/conversations', 0);
    expect(first.request.headers.authorization).to.equal('Bearer ak_demo.sensitive');
    expect([first.message, first.rows > 0]).to.deep.equal(['', true]);

    let seen = (await serverRequests()).length;
    chooseSource(tab, 'avoca');
    const avoca = await answerTo(tab, '/avoca/v1/inbox/conversations', seen);
    expect([avoca.message, avoca.rows > 0]).to.deep.equal(['', true]);

    seen = (await serverRequests()).length;
    chooseSource(tab, 'anyreach');
    const back = await answerTo(tab, '/anyreach/core/conversations', seen);
    // The scope list was disabled while Avoca was chosen; its value still names the token.
    expect(back.request.headers.authorization).to.equal('Bearer ak_demo.sensitive');
    expect([back.message, back.rows > 0]).to.deep.equal(['', true]);

    // No request the page made failed…
    const failed = (await tabResponses()).filter((response) => Number(response.split(' ')[0]) >= 400);
    expect(failed).to.deep.equal([]);
    // …nor does its icon: the one it declares, else the /favicon.ico a browser asks for (headless
    // Chromium asks for none, so the test asks as a browser would).
    const icon = tab.document.querySelector<HTMLLinkElement>('link[rel~="icon"]')?.href ?? new URL('/favicon.ico', tab.location.href).href;
    const response = await fetch(icon);
    expect([response.status, response.headers.get('content-type')?.split(';')[0]]).to.deep.equal([200, 'image/svg+xml']);
  });
});
