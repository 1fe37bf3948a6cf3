import { expect } from '@open-wc/testing';
import { createAnyreachSource } from '../../src/data/anyreach.js';
import { createAvocaSource } from '../../src/data/avoca.js';
import { InboxError, isAbortError } from '../../src/data/errors.js';
import type { Conversation, InboxDataSource, InboxQuery } from '../../src/data/types.js';
import { DEFAULT_COLUMNS } from '../../src/format/columns.js';
import { CsvExport, exportCsv, type CsvWritable, type ExportProgress } from '../../src/export/export-csv.js';
import { apiSession, rejectionOf } from '../data/api-session.js';
import { readCsv } from './csv-file.js';

/** Export over real HTTP: paging, filters, retries, failures and cancel against the local API server. */
const api = apiSession('export-csv');
const COUNT = 260;

function anyreach(): InboxDataSource {
  // No jitter: retries follow at once, so a fault costs no waiting.
  return createAnyreachSource({ baseUrl: api.anyreach, token: 'ak_demo.sensitive', retry: { random: () => 0 } });
}

function avoca(): InboxDataSource {
  return createAvocaSource({ baseUrl: api.avoca, apiKey: 'avk_test', workspaceId: 'ws_demo', retry: { random: () => 0 } });
}

/** Every conversation of `query`, walked directly through the source (not through the export). */
async function walk(source: InboxDataSource, query: InboxQuery = {}): Promise<Conversation[]> {
  const all = new Map<string, Conversation>();
  let continuation: unknown;
  for (let pages = 0; pages < 1000; pages += 1) {
    const page = await source.fetchPage({ query, continuation, pageSize: 100 });
    for (const conversation of page.items) all.set(conversation.id, conversation);
    if (page.next === null) break;
    continuation = page.next;
  }
  return [...all.values()];
}

const sorted = (ids: string[]) => [...ids].sort();
const listRequests = async () => (await api.requests()).filter((request) => request.path.endsWith('/conversations'));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A writable that records what happens to it, standing in for a picked file. */
function recordingWritable(): CsvWritable & { chunks: string[]; closed: boolean; aborted: boolean } {
  return {
    chunks: [],
    closed: false,
    aborted: false,
    async write(chunk) {
      this.chunks.push(chunk);
    },
    async close() {
      this.closed = true;
    },
    async abort() {
      this.aborted = true;
    },
  };
}

describe('exportCsv over the local API server', () => {
  before(() => api.control({ count: COUNT, seed: 5 }));
  beforeEach(async () => {
    await api.control({ faults: [], latencyMs: 0 });
    await api.clearRequests();
  });

  it('writes every matching conversation of a multi-page Anyreach query exactly once', async () => {
    const expected = await walk(anyreach());
    await api.clearRequests();
    const progress: ExportProgress[] = [];

    const file = await exportCsv(anyreach(), {}, { columns: DEFAULT_COLUMNS, pageSize: 40, onProgress: (p) => progress.push(p) });

    const { rows } = await readCsv(file);
    const ids = rows.map((row) => row['Conversation ID']!);
    expect(new Set(ids).size, 'no conversation twice').to.equal(ids.length);
    expect(sorted(ids)).to.deep.equal(sorted(expected.map((c) => c.id)));
    expect((await listRequests()).length, 'several pages were requested').to.be.greaterThan(COUNT / 40);
    expect(progress.at(-1)).to.deep.equal({ exported: expected.length, total: undefined });
  });

  it('writes every Avoca conversation once and reports the total it knows', async () => {
    const progress: ExportProgress[] = [];
    const file = await exportCsv(avoca(), {}, { pageSize: 50, onProgress: (p) => progress.push(p) });

    const { rows } = await readCsv(file);
    const ids = rows.map((row) => row['Conversation ID']!);
    expect(sorted(ids)).to.deep.equal(sorted((await walk(avoca())).map((c) => c.id)));
    expect(progress.length).to.be.greaterThan(1);
    expect(progress.every((p) => p.total === ids.length)).to.equal(true);
    expect(progress.map((p) => p.exported)).to.deep.equal([...progress.map((p) => p.exported)].sort((a, b) => a - b));
    expect(progress.at(-1)!.exported).to.equal(ids.length);
  });

  it('respects the filters: the server receives them and every row matches', async () => {
    const query: InboxQuery = { direction: 'inbound', channels: ['phone'], durationMin: 30 };
    const expected = await walk(anyreach(), query);
    await api.clearRequests();

    const file = await exportCsv(anyreach(), query, { columns: ['direction', 'type', 'duration'], pageSize: 25 });

    const { rows } = await readCsv(file);
    expect(rows.length).to.be.greaterThan(0).and.lessThan(COUNT / 2);
    expect(sorted(rows.map((row) => row['Conversation ID']!))).to.deep.equal(sorted(expected.map((c) => c.id)));
    for (const row of rows) {
      expect(row.Direction).to.equal('Inbound');
      expect(row.Type).to.equal('Phone Call');
      expect(Number(row['Duration (seconds)'])).to.be.at.least(30);
    }
    const requests = await listRequests();
    expect(requests.length).to.be.greaterThan(1);
    for (const request of requests) {
      expect(request.query).to.include({ direction: 'inbound', channel: 'telephone', duration_above: '30', limit: '25' });
    }
  });

  it('never asks for more than the source’s page-size maximum', async () => {
    await exportCsv(anyreach(), {}, { pageSize: 5000 });
    const limits = new Set((await listRequests()).map((request) => request.query.limit));
    expect([...limits]).to.deep.equal(['100']);
  });

  it('retries a failed page and still writes every conversation once', async () => {
    const expected = await walk(anyreach());
    await api.clearRequests();
    // The first page passes; the second answers 503 once.
    await api.control({ faults: [{ delayMs: 0, times: 1, path: '/conversations' }, { status: 503, times: 1, path: '/conversations' }] });

    const file = await exportCsv(anyreach(), {}, { pageSize: 50 });

    const ids = (await readCsv(file)).rows.map((row) => row['Conversation ID']!);
    expect(sorted(ids)).to.deep.equal(sorted(expected.map((c) => c.id)));
    const requests = await listRequests();
    expect(requests[1]!.query, 'the failed page was asked again').to.deep.equal(requests[2]!.query);
    expect(requests[1]!.query.cursor).to.be.a('string');
  });

  it('rejects with the typed error and produces no file when a page keeps failing', async () => {
    await api.control({ faults: [{ delayMs: 0, times: 1, path: '/conversations' }, { status: 503, times: 20, path: '/conversations' }] });
    const writable = recordingWritable();
    const progress: ExportProgress[] = [];

    const error = await rejectionOf(exportCsv(anyreach(), {}, { pageSize: 50, writable, onProgress: (p) => progress.push(p) }));

    expect(error).to.be.instanceOf(InboxError);
    expect((error as InboxError).kind).to.equal('server');
    expect((error as InboxError).status).to.equal(503);
    expect(progress.length, 'the first page had been written').to.equal(1);
    expect(progress[0]!.exported).to.be.greaterThan(0);
    expect(writable.aborted, 'the partial file is discarded').to.equal(true);
    expect(writable.closed).to.equal(false);
    expect((await listRequests()).length, 'the source retried before giving up').to.be.greaterThan(2);
  });

  it('the Blob flavour rejects with the typed error too, never a partial Blob', async () => {
    await api.control({ faults: [{ delayMs: 0, times: 1, path: '/conversations' }, { status: 503, times: 20, path: '/conversations' }] });
    const error = await rejectionOf(exportCsv(anyreach(), {}, { pageSize: 50 }));
    expect(error).to.be.instanceOf(InboxError);
    expect((error as InboxError).kind).to.equal('server');
  });

  it('stops requesting pages when cancelled and produces no file', async () => {
    await api.control({ latencyMs: 100 });
    const aborter = new AbortController();
    const writable = recordingWritable();
    const run = exportCsv(anyreach(), {}, {
      pageSize: 20,
      signal: aborter.signal,
      writable,
      onProgress: ({ exported }) => {
        if (exported >= 40) aborter.abort();
      },
    });

    const error = await rejectionOf(run);

    expect(isAbortError(error)).to.equal(true);
    expect(writable.aborted).to.equal(true);
    expect(writable.closed).to.equal(false);
    const requestsAtCancel = (await listRequests()).length;
    expect(requestsAtCancel).to.be.lessThan(COUNT / 20);
    await sleep(500);
    expect((await listRequests()).length, 'no request after the cancel').to.equal(requestsAtCancel);
  });

  it('cancels a request in flight', async () => {
    await api.control({ latencyMs: 400 });
    const aborter = new AbortController();
    const run = exportCsv(anyreach(), {}, { signal: aborter.signal });
    await sleep(100);
    aborter.abort();
    expect(isAbortError(await rejectionOf(run))).to.equal(true);
    await sleep(600);
    expect((await listRequests()).length).to.equal(1);
  });

  it('CsvExport dispatches progress events and stops on cancel()', async () => {
    await api.control({ latencyMs: 50 });
    const run = new CsvExport(avoca(), {}, { pageSize: 40 });
    const loaded: number[] = [];
    run.addEventListener('progress', (event) => {
      const progress = event as ProgressEvent;
      expect(progress.lengthComputable).to.equal(true);
      expect(progress.total).to.equal(COUNT);
      loaded.push(progress.loaded);
      if (progress.loaded >= 80) run.cancel();
    });

    expect(isAbortError(await rejectionOf(run.result))).to.equal(true);
    expect(loaded).to.deep.equal([40, 80]);
    await sleep(200);
    expect((await listRequests()).length).to.equal(2);
  });
});
