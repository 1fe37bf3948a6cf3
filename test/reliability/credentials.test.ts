/**
 * No credential anywhere but the Authorization header: not in a URL, a console line, an error
 * message (the DOM, the live region, `InboxError.message` and its causes), an exported file, a
 * DOM attribute, the source's id or web storage, even when the API echoes the credential back
 * in its error answers.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { createAnyreachSource } from '../../src/data/anyreach.js';
import { createAvocaSource } from '../../src/data/avoca.js';
import type { InboxDataSource } from '../../src/data/types.js';
import type { InboxErrorEvent } from '../../src/events.js';
import { exportCsv } from '../../src/export/export-csv.js';
import { mountTable, renderedRows, waitForRows } from '../table/helpers.js';
import {
  ANYREACH_TOKEN,
  AVOCA_KEY,
  deepElements,
  FetchTracker,
  guarded,
  LIST_ROUTE,
  retryButton,
  scrollUntil,
  ServerSession,
  shownError,
  tableAttributes,
  tableText,
  textOf,
  type Api,
  type Fault,
  type Watch,
} from './harness.js';

/** A personal token: the whole string is the secret. */
const PERSONAL_TOKEN = 'pat_sensitive';

/** API error answers that repeat the credential they were sent. */
function echoingFaults(token: string): Fault[] {
  return [
    { status: 401, body: { detail: `Token ${token} has expired`, error: `Bearer ${token}` } },
    { status: 403, body: { error: { message: `Key ${token} lacks scope conversations:read (Authorization: Bearer ${token})` } } },
    { status: 500, body: { error: `upstream refused Bearer ${token}` } },
    { status: 502, body: `<html>Bad gateway for Authorization: Bearer ${token}</html>` },
  ];
}

/** Every place a credential must never appear that the page can read. */
function leaksOf(secret: string, table: InboxTable, watch: Watch, errors: readonly unknown[]): string[] {
  const places: [string, string][] = [
    ['table text', tableText(table)],
    ['table attributes', tableAttributes(table).join('\n')],
    ['document attributes', deepElements(document).flatMap((element) => [...element.attributes].map((attribute) => attribute.value)).join('\n')],
    ['console', watch.console.map((line) => line.text).join('\n')],
    ['error messages', errors.map(textOf).join('\n')],
    ['resource URLs', performance.getEntriesByType('resource').map((entry) => entry.name).join('\n')],
    ['page URL', location.href],
    ['local storage', Object.entries({ ...localStorage }).flat().join('\n')],
    ['session storage', Object.entries({ ...sessionStorage }).flat().join('\n')],
    ['cookies', document.cookie],
    ['source id', table.source?.id ?? ''],
  ];
  return places.filter(([, text]) => text.includes(secret)).map(([place]) => place);
}

interface Setup {
  api: Api;
  token: string;
  source: (server: ServerSession, fetch: typeof globalThis.fetch) => InboxDataSource;
}

const SETUPS: Setup[] = [
  { api: 'anyreach', token: ANYREACH_TOKEN, source: (server, fetch) => server.anyreach({ fetch, pageSize: 50 }) },
  { api: 'anyreach', token: PERSONAL_TOKEN, source: (server, fetch) => server.anyreach({ fetch, pageSize: 50, token: PERSONAL_TOKEN, organizationId: 'org_demo' }) },
  { api: 'avoca', token: AVOCA_KEY, source: (server, fetch) => server.avoca({ fetch, pageSize: 50 }) },
];

describe('reliability: credentials stay in the Authorization header', () => {
  for (const { api, token, source } of SETUPS) {
    it(`${api} with ${token.slice(0, 4)}…: loads, fails on echoing errors, recovers and exports without the credential showing anywhere`, guarded(async (watch) => {
      const server = new ServerSession(`rel-creds-${api}`);
      // Enough pages for a fault on each, and some left after.
      await server.control({ count: 500, seed: 3 });
      const fetches = new FetchTracker();
      const errors: unknown[] = [];
      const table = await mountTable({ source: source(server, fetches.fetch) });
      table.addEventListener('inbox-error', (event: InboxErrorEvent) => errors.push(event.error));
      await waitForRows(table);

      for (const fault of echoingFaults(token)) {
        const before = table.rows.length;
        await server.control({ faults: [{ ...fault, path: LIST_ROUTE[api].path, times: 10 }] });
        await scrollUntil(table, () => shownError(table) !== '', `error for ${fault.status}`);
        await new Promise(requestAnimationFrame);
        expect(leaksOf(token, table, watch, errors), `where the credential showed after ${fault.status}`).to.deep.equal([]);
        await server.control({ faults: [] });
        // Retry is offered only where it can succeed; after a refused credential (401/403) the
        // host renews it and starts the list over.
        const retry = retryButton(table);
        if (retry) retry.click();
        else table.refresh();
        await scrollUntil(table, () => table.rows.length > before && shownError(table) === '', `recovered from ${fault.status}`);
      }
      expect(errors.length, 'every fault was reported').to.equal(echoingFaults(token).length);

      const file = await (await exportCsv(table.source!, table.query, { columns: table.visibleColumns.map((column) => column.id), detailUrlTemplate: table.detailUrlTemplate })).text();
      expect(file.split('\n').length, 'the whole list exported').to.be.greaterThan(200);
      expect(file.includes(token), 'credential in the exported file').to.equal(false);

      const requests = await server.requests();
      expect(requests.length).to.be.greaterThan(5);
      for (const request of requests) {
        expect(`${request.path}?${new URLSearchParams(request.query)}`, 'request URL').not.to.contain(token);
        expect(request.headers.authorization, 'sent only as the Authorization header').to.equal(`Bearer ${token}`);
      }
      expect(fetches.calls.filter((call) => call.url.includes(token)), 'URLs fetched').to.have.length(0);
      expect(leaksOf(token, table, watch, errors), 'where the credential showed').to.deep.equal([]);
    })).timeout(60_000);
  }

  it('the table’s own export failing on an echoing 401 shows no credential', guarded(async (watch) => {
    const server = new ServerSession('rel-creds-export');
    await server.control({ count: 60 });
    const table = await mountTable({ source: server.avoca({ pageSize: 100 }) });
    await waitForRows(table);
    await waitUntil(() => !table.hasMore, 'whole list loaded');
    await server.control({ faults: [{ status: 401, body: { error: `Bearer ${AVOCA_KEY} expired` }, path: LIST_ROUTE.avoca.path, times: 5 }] });
    table.shadowRoot!.querySelector<HTMLButtonElement>('.export-button')!.click();
    await waitUntil(() => table.shadowRoot!.querySelector('inbox-export-dialog')?.shadowRoot?.querySelector('dialog')?.open, 'export dialog open', { timeout: 10000 });
    table.shadowRoot!.querySelector('inbox-export-dialog')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await waitUntil(() => table.shadowRoot!.querySelector('.export-status')!.textContent!.trim() !== '' && table.shadowRoot!.querySelector('.export-error') !== null, 'export failed');
    expect(table.shadowRoot!.querySelector('.export-status')!.textContent).to.contain(' ');
    expect(leaksOf(AVOCA_KEY, table, watch, [])).to.deep.equal([]);
  }));

  it('a failed action whose answer echoes the key shows no credential in its notice', guarded(async (watch) => {
    const server = new ServerSession('rel-creds-action');
    await server.control({ count: 40 });
    const table = await mountTable({ source: server.avoca() });
    await waitForRows(table);
    const id = renderedRows(table)[0].dataset.id!;
    await server.control({ faults: [{ status: 403, body: { error: `Key ${AVOCA_KEY} may not write` }, path: '/status', times: 3 }] });
    await table.runAction({ kind: 'status', status: 'resolved' }, [id]);
    await waitUntil(() => table.shadowRoot!.querySelector('[part="notice"]') !== null, 'notice shown');
    expect(table.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.match(/could not/);
    await new Promise(requestAnimationFrame);
    expect(leaksOf(AVOCA_KEY, table, watch, [])).to.deep.equal([]);
  }));

  it('a malformed credential is refused before any request, and the refusal does not repeat it', guarded(async () => {
    const secret = 'ak_rel7Q2x.sens itive\nsecret';
    const failures: unknown[] = [];
    for (const create of [
      () => createAnyreachSource({ baseUrl: '/api', token: secret }),
      () => createAnyreachSource({ baseUrl: '/api', token: 'pat_only-secret' }),
      () => createAvocaSource({ baseUrl: '/api', apiKey: secret, workspaceId: 'ws_demo' }),
    ]) {
      try {
        create();
      } catch (error) {
        failures.push(error);
      }
    }
    expect(failures).to.have.length(3);
    for (const failure of failures) {
      expect(textOf(failure)).not.to.contain('secret');
      expect(textOf(failure)).not.to.contain('rel7Q2x');
    }
  }));
});
