/**
 * What a table leaves behind: 1,000 query changes and 200 mounts and unmounts over the local API
 * server, counted deterministically (listeners on window and document, live timers, fetches in
 * flight, audio elements, open popovers, elements in the document). An unmounted table aborts
 * its requests, stops retrying, cancels its export and stops playing audio.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import type { InboxQuery } from '../../src/data/types.js';
import { fitted } from '../columns/helpers.js';
import { mountTable, nextFrame, renderedRows, rowsInView, waitForRows } from '../table/helpers.js';
import {
  AudioTracker,
  documentElementCount,
  FetchTracker,
  GlobalListenerTracker,
  guarded,
  LIST_ROUTE,
  openPopovers,
  pause,
  ServerSession,
  TimerTracker,
  withTrackers,
  type Api,
} from './harness.js';

interface Counts {
  listeners: number;
  timers: number;
  inFlight: number;
  elements: number;
  popovers: number;
}

function centerOf(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

function isIdle(table: InboxTable): boolean {
  return table.shadowRoot!.querySelector('.grid')?.getAttribute('aria-busy') === 'false';
}

/** Focuses the first summary cell, as a keyboard user does, which opens the tooltip. */
async function openTooltip(table: InboxTable): Promise<void> {
  const cell = renderedRows(table)[0].querySelector<HTMLElement>('.c-summary[data-tooltip]')!;
  // The grid may already have put focus back on this cell after the last query change (which opens
  // no tooltip); focusing it again as a user would needs it to lose focus first.
  cell.blur();
  cell.focus();
  await waitUntil(() => openPopovers().length === 1, 'tooltip open');
}

const PLAYABLE: InboxQuery = { status: 'completed', channels: ['phone'] };

/** The Play button of the first rendered row whose recording is a real file (the data set has a few broken ones). */
function playButton(table: InboxTable): HTMLButtonElement {
  const row = renderedRows(table).find((candidate) => /\/recordings\/conv_[^/]+\.wav$/.test(candidate.conversation?.recordingUrl ?? ''));
  expect(row, 'a row with a playable recording').not.to.equal(undefined);
  return row!.querySelector<HTMLButtonElement>('.c-play button')!;
}

/**
 * Clicks Play (a real click: browsers play audio only after a user gesture) and waits until the
 * audio element plays. Its `paused` turns false as playback starts, before the file has loaded.
 */
async function playFirstRecording(table: InboxTable, audio: AudioTracker): Promise<void> {
  await sendMouse({ type: 'click', position: centerOf(playButton(table)) });
  await waitUntil(() => audio.created.some((element) => !element.paused), 'playing', { timeout: 8000 });
}

describe('reliability: resource hygiene', () => {
  it('1,000 query changes leave no growing listeners, timers, requests, tooltips or elements', guarded(async () => {
    const server = new ServerSession('rel-queries');
    await server.control({ count: 300, seed: 2, latencyMs: 5 });
    const fetches = new FetchTracker();
    const timers = new TimerTracker();
    const listeners = new GlobalListenerTracker();
    const queries: InboxQuery[] = [
      { status: 'open' },
      { status: 'pending' },
      { channels: ['email'] },
      { channels: ['phone', 'text'] },
      { search: 'water' },
      { priority: 'urgent' },
      { sort: 'created_asc' },
      { tags: ['emergency'] },
    ];
    const samples: Counts[] = [];
    await withTrackers([timers, listeners], async () => {
      const table = await mountTable({ source: server.avoca({ fetch: fetches.fetch }), columns: ['customer', 'status', 'summary', 'lastActivity'] });
      const sample = async () => {
        // The same view every time, so its counts can be compared.
        table.query = {};
        await waitUntil(() => table.rows.length > 0 && isIdle(table), 'reference view loaded', { timeout: 10000 });
        await pause(200);
        samples.push({ listeners: listeners.count, timers: timers.count, inFlight: fetches.inFlight, elements: documentElementCount(), popovers: openPopovers().length });
        // The next changes happen with a tooltip open; it must not outlive its row.
        await openTooltip(table);
      };
      await sample();
      for (let change = 1; change <= 1000; change += 1) {
        table.query = { ...queries[change % queries.length] };
        await table.updateComplete;
        if (change % 100 === 0) await sample();
      }
    });
    const first = samples[0];
    for (const [index, counts] of samples.entries()) {
      const at = `after ${index * 100} changes`;
      expect(counts.listeners, `window/document listeners ${at}`).to.be.at.most(first.listeners);
      expect(counts.timers, `live timers ${at}: ${timers.origins.join('; ')}`).to.be.at.most(first.timers + 2);
      expect(counts.inFlight, `fetches in flight ${at}`).to.equal(0);
      expect(counts.elements, `elements in the document ${at}`).to.be.within(first.elements - 10, first.elements + 10);
    }
    const lists = fetches.callsTo(LIST_ROUTE.avoca.path);
    expect(lists.every((call) => call.outcome === 'ok' || call.outcome === 'AbortError'), 'every request answered or aborted').to.equal(true);
    const firstPages = lists.filter((call) => call.url.includes('offset=0'));
    // The mount's own request, then one per query change and per sample at most.
    expect(firstPages.length, 'one first-page request per query at most').to.be.at.most(1 + 1000 + samples.length);
    expect(lists.length - firstPages.length, 'later pages only where a view was scrolled or short').to.be.at.most(3 * samples.length);
    expect((await server.listRequests('avoca')).length, 'requests the server received').to.be.at.most(lists.length);
    expect(samples.map((counts) => counts.popovers), 'tooltips left open after the rows they described were gone').to.deep.equal(samples.map(() => 0));
  })).timeout(120_000);

  it('mounting and unmounting the table 200 times leaves no listeners, timers, requests, audio, tooltips or elements behind', guarded(async () => {
    const server = new ServerSession('rel-mounts');
    await server.control({ count: 200, seed: 11 });
    // Tables unmounted while loading read from a session slow enough that their request is surely in flight.
    const slowServer = new ServerSession('rel-mounts-slow');
    await slowServer.control({ count: 200, seed: 11, latencyMs: 1500 });
    const fetches = new FetchTracker();
    const timers = new TimerTracker();
    const listeners = new GlobalListenerTracker();
    const audio = new AudioTracker();
    const source = server.anyreach({ fetch: fetches.fetch });
    const slowSource = slowServer.anyreach({ fetch: fetches.fetch });
    const container = document.createElement('div');
    container.style.cssText = 'position: fixed; inset: 0 auto auto 0; width: 900px; height: 480px';
    document.body.append(container);
    let baseline: Counts | undefined;
    let final: Counts | undefined;
    const counts = (): Counts => ({ listeners: listeners.count, timers: timers.count, inFlight: fetches.inFlight, elements: documentElementCount(), popovers: openPopovers().length });

    /** One mount: half unmount while the first page is on its way; the rest load, show a tooltip, sometimes play. */
    const cycle = async (n: number) => {
      const table = document.createElement('inbox-table');
      const unmountWhileLoading = n % 2 === 1;
      table.source = unmountWhileLoading ? slowSource : source;
      table.query = PLAYABLE;
      table.columns = ['play', 'callerId', 'summary', 'date'];
      const sent = fetches.calls.length;
      container.append(table);
      if (unmountWhileLoading) {
        await waitUntil(() => fetches.calls.length > sent, 'request sent', { interval: 5 });
        table.remove();
        return;
      }
      await waitForRows(table);
      // Played before the tooltip opens: an open tooltip may cover the button.
      if (n % 50 === 0) await playFirstRecording(table, audio);
      await openTooltip(table);
      table.remove();
    };

    try {
      await withTrackers([timers, listeners, audio], async () => {
        // A first mount defines elements and fills caches once; count from there.
        await cycle(0);
        await pause(400);
        baseline = counts();
        for (let n = 1; n < 200; n += 1) await cycle(n);
        await pause(400);
        final = counts();
      });
    } finally {
      container.remove();
    }
    expect(final!.listeners, `window/document listeners (${listeners.types.join(', ')})`).to.be.at.most(baseline!.listeners);
    expect(final!.timers, `live timers: ${timers.origins.join('; ')}`).to.be.at.most(baseline!.timers + 2);
    expect(final!.inFlight, 'fetches in flight').to.equal(0);
    expect(final!.elements, 'elements in the document').to.equal(baseline!.elements);
    expect(final!.popovers, 'tooltips left open').to.equal(0);
    expect(audio.created.length, 'audio elements: one per table that played').to.equal(4);
    expect(audio.active, 'audio still playing or holding a source').to.have.length(0);
    const aborted = fetches.calls.filter((call) => call.outcome === 'AbortError').length;
    expect(aborted, 'requests of tables unmounted mid-load aborted').to.be.at.least(99);
    expect(fetches.calls.every((call) => call.outcome === 'ok' || call.outcome === 'AbortError')).to.equal(true);
  })).timeout(180_000);
});

describe('reliability: tooltips', () => {
  it('a tooltip does not outlive its row: a new query closes it even while the pointer rests on the table', guarded(async () => {
    const server = new ServerSession('rel-tooltip');
    await server.control({ count: 120, seed: 4 });
    const table = await mountTable({ source: server.avoca(), columns: ['customer', 'status', 'summary'] });
    await waitForRows(table, 3);
    // The columns take their fitted widths once, after the first page: point at the summary after that.
    await fitted(table);
    const summary = renderedRows(table)[1].querySelector<HTMLElement>('.c-summary')!;
    await sendMouse({ type: 'move', position: centerOf(summary) });
    await waitUntil(() => openPopovers().length === 1, 'tooltip open');
    const shown = renderedRows(table)[1].conversation!;
    const other = ['open', 'pending', 'resolved'].find((status) => status !== shown.status)!;
    table.query = { status: other };
    await waitUntil(() => table.rows.length > 0 && table.rows.every((row) => row.status === other) && isIdle(table), 'new rows');
    await rowsInView(table);
    expect(table.rows.some((row) => row.id === shown.id), 'the described row is gone').to.equal(false);
    expect(openPopovers(), 'tooltips still open').to.have.length(0);
    await sendMouse({ type: 'move', position: [0, 0] });
  }));
});

describe('reliability: an unmounted table lets go', () => {
  for (const api of ['anyreach', 'avoca'] as const satisfies readonly Api[]) {
    it(`aborts its page request (${api}), asks for nothing more, and starts again when mounted again`, guarded(async () => {
      const server = new ServerSession(`rel-abort-${api}`);
      await server.control({ count: 60, faults: [{ delayMs: 4000, path: LIST_ROUTE[api].path, times: 1 }] });
      const fetches = new FetchTracker();
      const table = await mountTable({ source: server.source(api, { fetch: fetches.fetch }) });
      const wrapper = table.parentElement!;
      await waitUntil(async () => (await server.listRequests(api)).length === 1, 'the server received the request');
      const [call] = fetches.callsTo(LIST_ROUTE[api].path);
      expect(call.outcome, 'still unanswered').to.equal(undefined);
      table.remove();
      expect(await call.done, 'the request was aborted').to.equal('AbortError');
      await pause(300);
      expect(await server.listRequests(api), 'nothing more asked for').to.have.length(1);
      wrapper.append(table);
      await waitForRows(table);
      const firstPages = (await server.listRequests(api)).filter((request) => [undefined, '0'].includes(request.query[LIST_ROUTE[api].position]));
      expect(firstPages, 'the first page asked for again').to.have.length(2);
    }));
  }

  it('aborts its assignee list request (Avoca team members)', guarded(async () => {
    const server = new ServerSession('rel-abort-members');
    await server.control({ count: 40, faults: [{ delayMs: 4000, path: '/team/members', times: 1 }] });
    const fetches = new FetchTracker();
    const table = await mountTable({ source: server.avoca({ fetch: fetches.fetch }) });
    await waitForRows(table);
    const [members] = fetches.callsTo('/team/members');
    expect(members, 'the table asked for the team').not.to.equal(undefined);
    expect(members.outcome, 'still unanswered').to.equal(undefined);
    table.remove();
    await Promise.race([members.done, pause(1000)]);
    expect(members.outcome, 'the team request was aborted').to.equal('AbortError');
  }));

  it('stops retrying a rate-limited page while it waits for Retry-After', guarded(async () => {
    const server = new ServerSession('rel-abort-retry');
    await server.control({ count: 40, faults: [{ status: 429, retryAfter: 2, path: LIST_ROUTE.anyreach.path, times: 1 }] });
    const table = await mountTable({ source: server.anyreach() });
    await waitUntil(async () => (await server.listRequests('anyreach')).length === 1, 'first attempt answered 429');
    await nextFrame();
    table.remove();
    await pause(2600);
    expect(await server.listRequests('anyreach'), 'no retry after unmounting').to.have.length(1);
  }));

  it('cancels a running CSV export: its page request is aborted', guarded(async () => {
    const server = new ServerSession('rel-abort-export');
    await server.control({ count: 60 });
    const fetches = new FetchTracker();
    // One page holds the whole list, so the only list request after it is the export's.
    const table = await mountTable({ source: server.avoca({ fetch: fetches.fetch, pageSize: 100 }) });
    await waitForRows(table);
    await waitUntil(() => !table.hasMore, 'whole list loaded');
    await server.control({ faults: [{ delayMs: 4000, path: LIST_ROUTE.avoca.path, times: 1 }] });
    const before = fetches.callsTo(LIST_ROUTE.avoca.path).length;
    table.shadowRoot!.querySelector<HTMLButtonElement>('.export-button')!.click();
    await waitUntil(() => table.shadowRoot!.querySelector('inbox-export-dialog')?.shadowRoot?.querySelector('dialog')?.open, 'export dialog open', { timeout: 10000 });
    table.shadowRoot!.querySelector('inbox-export-dialog')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await waitUntil(() => fetches.callsTo(LIST_ROUTE.avoca.path).length > before, 'export request sent');
    const exportCall = fetches.callsTo(LIST_ROUTE.avoca.path).at(-1)!;
    table.remove();
    expect(await exportCall.done, 'the export request was aborted').to.equal('AbortError');
  }));

  it('stops playing audio and releases the recording', guarded(async () => {
    const server = new ServerSession('rel-abort-audio');
    await server.control({ count: 200, seed: 11 });
    const audio = new AudioTracker();
    await withTrackers([audio], async () => {
      const table = await mountTable({ source: server.anyreach(), query: PLAYABLE, columns: ['play', 'callerId', 'summary'] });
      await waitForRows(table, 2);
      await playFirstRecording(table, audio);
      expect(audio.active, 'one recording playing').to.have.length(1);
      const [player] = audio.active;
      const wrapper = table.parentElement!;
      table.remove();
      expect(player.paused, 'paused').to.equal(true);
      expect(player.getAttribute('src'), 'source released').to.equal(null);
      const position = player.currentTime;
      await pause(500);
      expect(player.currentTime, 'not advancing').to.equal(position);
      wrapper.append(table);
      await waitForRows(table);
      await pause(300);
      expect(audio.active, 'nothing plays again when mounted again').to.have.length(0);
      expect(playButton(table).getAttribute('aria-label')).to.equal('Play recording');
    });
  }));
});
