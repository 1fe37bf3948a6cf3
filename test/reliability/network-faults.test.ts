/**
 * Every network fault of issue 10 against the real `<inbox-table>` and the local API server, for
 * both pagination styles (Anyreach cursor, Avoca offset): on the first page and in the middle of
 * a scroll. The table keeps every row it had, explains the problem in plain words, offers Retry
 * only where trying again can work, recovers when the fault ends, and asks the server for exactly
 * what it should.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { DEFAULT_STRINGS } from '../../src/strings.js';
import type { InboxErrorEvent } from '../../src/events.js';
import { mountTable, renderedRows, statusBar, waitForRows } from '../table/helpers.js';
import {
  expectedIds,
  mountIdle,
  expectNoDuplicates,
  expectPlainWords,
  guarded,
  LIST_ROUTE,
  retryButton,
  rowIds,
  scrollBodyToBottom,
  scrollUntil,
  ServerSession,
  shownError,
  type Api,
  type Fault,
} from './harness.js';

type ErrorKind = keyof typeof DEFAULT_STRINGS.errors;

interface FaultCase {
  name: string;
  /** Applied to every list request until the test ends the fault. */
  fault: Fault;
  kind: ErrorKind;
  /** Requests the source makes for the page before giving up (its own retries included). */
  attempts: number;
  /** Whether trying the same request again can succeed, so the table offers Retry. */
  retry: boolean;
}

const APIS: readonly Api[] = ['anyreach', 'avoca'];

function faultCases(api: Api): FaultCase[] {
  return [
    { name: '500 with a stack trace in the body', fault: { status: 500, body: { detail: 'Traceback (most recent call last): KeyError' } }, kind: 'server', attempts: 1, retry: true },
    { name: '502 with an HTML error page', fault: { status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' }, kind: 'server', attempts: 3, retry: true },
    { name: '503', fault: { status: 503 }, kind: 'server', attempts: 3, retry: true },
    { name: '429 that outlasts the retries', fault: { status: 429, retryAfter: 0 }, kind: 'rate_limited', attempts: 3, retry: true },
    { name: '429 with a Retry-After longer than the source waits', fault: { status: 429, retryAfter: 120 }, kind: 'rate_limited', attempts: 1, retry: true },
    { name: 'a dropped connection', fault: { drop: true }, kind: 'network', attempts: 3, retry: true },
    { name: 'a body cut short', fault: { truncate: true }, kind: 'network', attempts: 3, retry: true },
    { name: 'an answer that is not JSON', fault: { status: 200, body: '<!doctype html><title>Sign in</title>' }, kind: 'bad_response', attempts: 1, retry: true },
    {
      name: 'JSON of the wrong shape',
      fault: { status: 200, body: api === 'anyreach' ? { conversations: [] } : { data: { items: [] } } },
      kind: 'bad_response',
      attempts: 1,
      retry: true,
    },
    { name: 'an expired token (401)', fault: { status: 401, body: { detail: 'Token has expired' } }, kind: 'unauthorized', attempts: 1, retry: false },
    { name: 'a revoked scope (403)', fault: { status: 403, body: { detail: 'Missing scope conversations:read' } }, kind: 'forbidden', attempts: 1, retry: false },
  ];
}

/** A persistent fault on the list route only. */
function onList(api: Api, fault: Fault): Fault {
  return { ...fault, path: LIST_ROUTE[api].path, times: 100 };
}

/** `inbox-error` events of the running test (they bubble out of the table, the first page's too). */
const errors: InboxErrorEvent[] = [];
document.addEventListener('inbox-error', (event) => errors.push(event));
beforeEach(() => errors.splice(0));


for (const api of APIS) {
  const position = LIST_ROUTE[api].position;

  describe(`reliability: network faults on the first page (${api})`, () => {
    for (const c of faultCases(api)) {
      it(`${c.name}: says "${c.kind}" in plain words, ${c.retry ? 'and Retry recovers' : 'offers no Retry, and a new credential recovers'}`, guarded(async () => {
        const server = new ServerSession(`rel-first-${api}`);
        await server.control({ count: 120, seed: 4, faults: [onList(api, c.fault)] });
        const table = await mountTable({ source: server.source(api) });
        await waitUntil(() => shownError(table) !== '', 'error shown', { timeout: 10000 });

        expect(shownError(table)).to.equal(DEFAULT_STRINGS.errors[c.kind]);
        expectPlainWords(shownError(table));
        expect(table.shadowRoot!.querySelector('[part="message"]')!.getAttribute('role')).to.equal('alert');
        expect(table.shadowRoot!.querySelector('.skeleton'), 'no endless skeleton').to.equal(null);
        expect(table.rows).to.have.length(0);
        // Checked last, so everything else about the fault is checked even when this fails.
        const offeredRetry = Boolean(retryButton(table));
        expect(errors.map((event) => event.error.name)).to.deep.equal(['InboxError']);
        const failed = await server.listRequests(api);
        expect(failed, 'requests for the page, retries included').to.have.length(c.attempts);
        expect(failed.every((request) => request.query[position] === undefined || request.query[position] === '0')).to.equal(true);

        await server.control({ faults: [] });
        // Where Retry would fail again, the host recovers by handing over a new credential.
        if (offeredRetry) retryButton(table)!.click();
        else table.source = server.source(api);
        await waitForRows(table);
        expect(shownError(table)).to.equal('');
        const firstPage = (await server.listRequests(api)).filter((request) => [undefined, '0'].includes(request.query[position]));
        expect(firstPage, 'the first page asked for once more').to.have.length(c.attempts + 1);
        const shown = rowIds(table);
        expect(shown).to.deep.equal((await expectedIds(server, api)).slice(0, shown.length));
        expect(offeredRetry, 'Retry offered').to.equal(c.retry);
      }));
    }
  });

  describe(`reliability: network faults in the middle of a scroll (${api})`, () => {
    for (const c of faultCases(api)) {
      it(`${c.name}: keeps every row, says "${c.kind}", ${c.retry ? 'and Retry loads the same page' : 'offers no Retry, and a new credential recovers'}`, guarded(async () => {
        const server = new ServerSession(`rel-mid-${api}`);
        await server.control({ count: 400, seed: 21 });
        const table = await mountIdle(server, api);
        const loaded = rowIds(table);
        await server.clearRequests();
        await server.control({ faults: [onList(api, c.fault)] });

        await scrollUntil(table, () => shownError(table) !== '', 'error shown under the rows');
        expect(shownError(table)).to.equal(DEFAULT_STRINGS.errors[c.kind]);
        expectPlainWords(shownError(table));
        expect(table.shadowRoot!.querySelector('[part="status"]')!.getAttribute('role')).to.equal('alert');
        expect(rowIds(table), 'every row kept, in order').to.deep.equal(loaded);
        expect(renderedRows(table).length, 'rows still on screen').to.be.greaterThan(0);
        expectNoDuplicates(table);
        // Checked last, so everything else about the fault is checked even when this fails.
        const offeredRetry = Boolean(retryButton(table));
        expect(errors).to.have.length(1);

        const failed = await server.listRequests(api);
        expect(failed, 'requests for the page, retries included').to.have.length(c.attempts);
        const page = failed[0].query[position];
        expect(page, 'the second page was asked for').to.be.a('string').and.not.equal('0');
        expect(failed.every((request) => request.query[position] === page), 'always the same page').to.equal(true);
        // Scrolling on does not hammer a failing server.
        for (let step = 0; step < 5; step += 1) await scrollBodyToBottom(table);
        expect(await server.listRequests(api)).to.have.length(c.attempts);

        await server.control({ faults: [] });
        if (offeredRetry) {
          retryButton(table)!.click();
          await waitUntil(() => table.rows.length > loaded.length, 'next page after Retry', { timeout: 10000 });
          expect(rowIds(table).slice(0, loaded.length)).to.deep.equal(loaded);
          expect(statusBar(table)).not.to.contain(DEFAULT_STRINGS.errors[c.kind]);
          expectNoDuplicates(table);
          const retried = (await server.listRequests(api)).slice(c.attempts);
          expect(retried[0].query[position], 'Retry asks for the page that failed').to.equal(page);
          const shown = rowIds(table);
          expect(shown).to.deep.equal((await expectedIds(server, api)).slice(0, shown.length));
        } else {
          // Where Retry would fail again, the host recovers by handing over a new credential.
          table.source = server.source(api, { pageSize: 100 });
          await waitUntil(() => table.rows.length > 0 && shownError(table) === '', 'rows with the new credential', { timeout: 10000 });
          expect(rowIds(table)).to.deep.equal(loaded);
        }
        expect(offeredRetry, 'Retry offered').to.equal(c.retry);
      }));
    }
  });

  describe(`reliability: latency, jitter and faults the source rides out (${api})`, () => {
    it('scrolls to the end through latency and jitter: every row once, in order, each page asked for once', guarded(async () => {
      const server = new ServerSession(`rel-jitter-${api}`);
      await server.control({ count: 330, seed: 8 });
      const expected = await expectedIds(server, api);
      await server.clearRequests();
      const jitter = [260, 0, 90, 400, 15, 180, 0, 330].map((delayMs): Fault => ({ delayMs, path: LIST_ROUTE[api].path }));
      await server.control({ latencyMs: 30, faults: jitter });
      const table = await mountTable({ source: server.source(api) });
      await waitForRows(table);
      let sawLoadingMore = false;
      await scrollUntil(
        table,
        () => {
          sawLoadingMore ||= statusBar(table) === DEFAULT_STRINGS.loadingMore;
          return table.rows.length > 0 && !table.hasMore;
        },
        'list ended',
      );
      expect(sawLoadingMore, '"Loading more" shown while a slow page loads').to.equal(true);
      expect(rowIds(table)).to.deep.equal(expected);
      expectNoDuplicates(table);
      const pages = (await server.listRequests(api)).map((request) => request.query[position] ?? '(first)');
      expect(new Set(pages).size, `no page asked for twice: ${pages.join(' ')}`).to.equal(pages.length);
      await waitUntil(() => statusBar(table) === DEFAULT_STRINGS.endOfList, 'end of list shown');
    }));

    const transient: { name: string; fault: Fault }[] = [
      { name: '429 with Retry-After: 1', fault: { status: 429, retryAfter: 1 } },
      { name: '503 once', fault: { status: 503 } },
      { name: '502 once', fault: { status: 502 } },
      { name: 'one dropped connection', fault: { drop: true } },
      { name: 'one body cut short', fault: { truncate: true } },
    ];
    for (const { name, fault } of transient) {
      it(`rides out ${name} mid-scroll without bothering the user: the page is asked for again and arrives`, guarded(async () => {
        const server = new ServerSession(`rel-transient-${api}`);
        await server.control({ count: 400, seed: 5 });
        const table = await mountIdle(server, api);
        const loaded = rowIds(table);
        await server.clearRequests();
        await server.control({ faults: [{ ...fault, path: LIST_ROUTE[api].path, times: 1 }] });
        await scrollUntil(table, () => table.rows.length > loaded.length, 'second page', 20);
        expect(errors, 'no error shown').to.have.length(0);
        expect(shownError(table)).to.equal('');
        expect(rowIds(table).slice(0, loaded.length)).to.deep.equal(loaded);
        expectNoDuplicates(table);
        const [first, second] = await server.listRequests(api);
        expect(second?.query[position], 'the same page asked for again').to.equal(first.query[position]);
      }));
    }
  });
}
