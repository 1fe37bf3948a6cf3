import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DOWNLOAD_URL_LIFETIME_MS, ExportController, calendarDate, exportStyles } from '../../src/components/inbox-table/export-controller.js';
import { createAvocaSource } from '../../src/data/avoca.js';
import { createMemorySource } from '../../src/data/memory.js';
import type { InboxDataSource, InboxQuery, PageRequest } from '../../src/data/types.js';
import { resolveColumns, type ColumnDef } from '../../src/format/columns.js';
import { DEFAULT_STRINGS, type InboxStrings } from '../../src/strings.js';
import { DEFAULT_EXPORT_STRINGS, type ExportStrings } from '../../src/export/export-strings.js';
import type { CsvWritable } from '../../src/export/export-csv.js';
import type { InboxExportDialog } from '../../src/components/inbox-export-dialog/inbox-export-dialog.js';
import { apiSession } from '../data/api-session.js';
import { makeConversations } from '../fixtures/conversations.js';
import { readCsv } from './csv-file.js';

/** A minimal host with the table's export-related properties, rendering only the toolbar control. */
class ExportTestHost extends LitElement {
  static override styles = exportStyles;
  @property({ attribute: false }) source?: InboxDataSource;
  @property({ attribute: false }) query: InboxQuery = {};
  @property({ attribute: false }) visibleColumns: readonly ColumnDef[] = resolveColumns(['copy', 'play', 'callerId', 'summary', 'duration', 'date']);
  @property() timeZone?: string;
  @property() locale?: string;
  @property({ attribute: false }) strings: InboxStrings = DEFAULT_STRINGS;
  @property() detailUrlTemplate = '/detail/{id}';
  @property({ type: Boolean }) exportFilePicker = false;
  readonly exporter = new ExportController(this);

  protected override render(): TemplateResult {
    return this.exporter.render();
  }
}
customElements.define('export-test-host', ExportTestHost);

const api = apiSession('export-controller');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function mount(source: InboxDataSource | undefined, options: Partial<ExportTestHost> = {}): Promise<ExportTestHost> {
  const host = await fixture<ExportTestHost>(html`<export-test-host .source=${source} locale="en-US" time-zone="UTC"></export-test-host>`);
  Object.assign(host, options);
  await host.updateComplete;
  return host;
}

const button = (host: ExportTestHost) => host.shadowRoot!.querySelector<HTMLButtonElement>('[part="export-button"]')!;
const status = (host: ExportTestHost) => host.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;
const cancelButton = (host: ExportTestHost) => host.shadowRoot!.querySelector<HTMLButtonElement>('[part="export-cancel"]');
const progressBar = (host: ExportTestHost) => host.shadowRoot!.querySelector('progress');
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * Opens the export dialog with the Export button and confirms it, after `choose` picked options;
 * the dialog opens with CSV, the table's columns and the table's time zone.
 */
async function startExport(host: ExportTestHost, choose: (form: HTMLFormElement) => void = () => undefined): Promise<InboxExportDialog> {
  button(host).click();
  const dialog = await openDialog(host);
  choose(dialog.shadowRoot!.querySelector('form')!);
  dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  return dialog;
}

/** The export dialog once it is shown as a modal. */
async function openDialog(host: ExportTestHost): Promise<InboxExportDialog> {
  await waitUntil(() => host.shadowRoot!.querySelector('inbox-export-dialog')?.shadowRoot?.querySelector('dialog')?.open, 'the dialog opened', { timeout: 10000 });
  return host.shadowRoot!.querySelector('inbox-export-dialog')!;
}

interface Download {
  name: string;
  href: string;
  file: Promise<Blob>;
}

/** Records the download link's clicks inside the host's shadow root, keeping the browser from saving a file. */
function watchDownloads(host: ExportTestHost): Download[] {
  const downloads: Download[] = [];
  host.shadowRoot!.addEventListener('click', (event) => {
    const link = event.target;
    if (!(link instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    // Read before the controller revokes the URL.
    downloads.push({ name: link.download, href: link.href, file: fetch(link.href).then((response) => response.blob()) });
  });
  return downloads;
}

/** A memory source whose pages wait until the test releases them. */
function gatedSource(count: number, pageSize: number) {
  const memory = createMemorySource(makeConversations(count), { capabilities: { maxPageSize: pageSize } });
  const waiting: (() => void)[] = [];
  let requests = 0;
  const source: InboxDataSource = {
    ...memory,
    async fetchPage(request: PageRequest) {
      requests += 1;
      await new Promise<void>((resolve) => waiting.push(resolve));
      request.signal?.throwIfAborted();
      return memory.fetchPage(request);
    },
  };
  return {
    source,
    requests: () => requests,
    /** Waits for the next request, then answers it. */
    async release() {
      await waitUntil(() => waiting.length > 0, 'a page request', { timeout: 5000 });
      waiting.shift()!();
    },
  };
}

describe('ExportController (toolbar export)', () => {
  before(() => api.control({ count: 120, seed: 3 }));
  beforeEach(async () => {
    await api.control({ faults: [], latencyMs: 0 });
    await api.clearRequests();
  });

  it('downloads conversations-YYYY-MM-DD.csv with every conversation, through a link it then removes and revokes', async () => {
    const conversations = makeConversations(2500);
    const host = await mount(createMemorySource(conversations, { capabilities: { maxPageSize: 400 } }), { timeZone: 'Pacific/Kiritimati' });
    const downloads = watchDownloads(host);

    await startExport(host);
    await waitUntil(() => host.exporter.status === 'done', 'export done', { timeout: 10000 });

    expect(downloads).to.have.length(1);
    const [download] = downloads;
    expect(download!.name).to.equal(`conversations-${calendarDate(new Date(), 'Pacific/Kiritimati')}.csv`);
    expect(download!.name).to.match(/^conversations-\d{4}-\d{2}-\d{2}\.csv$/);
    const { bom, header, rows } = await readCsv(await download!.file);
    expect(bom).to.equal(true);
    expect(header).to.deep.equal([
      'Conversation ID',
      'Detail link',
      'Recording URL',
      'Caller ID',
      'Summary',
      'Duration (seconds)',
      'Other participants',
      'Created (Pacific/Kiritimati)',
    ]);
    expect(rows.map((row) => row['Conversation ID'])).to.deep.equal(conversations.map((c) => c.id));
    expect(rows[0]!['Detail link']).to.equal(new URL(`/detail/${conversations[0]!.id}`, location.href).href);
    expect(host.shadowRoot!.querySelector('a'), 'the link is gone').to.equal(null);
    expect(text(status(host))).to.equal('Exported 2,500 conversations.');
    expect(text(button(host))).to.equal('Export');

    await sleep(DOWNLOAD_URL_LIFETIME_MS + 200);
    let revoked = false;
    await fetch(download!.href).catch(() => (revoked = true));
    expect(revoked, 'the object URL was revoked').to.equal(true);
  });

  it('shows labelled progress with the count of the total; focus stays on Export, and Cancel is a separate button', async () => {
    const gate = gatedSource(5000, 400);
    const host = await mount(gate.source);
    const watched = watchDownloads(host);
    const exportButton = button(host);
    exportButton.focus();

    await startExport(host);
    await gate.release();
    await gate.release();
    await gate.release();
    await waitUntil(() => host.exporter.exported === 1200, 'three pages exported', { timeout: 5000 });
    await host.updateComplete;

    const bar = progressBar(host)!;
    expect(bar.value).to.equal(1200);
    expect(bar.max).to.equal(5000);
    expect(text(bar.labels[0]), 'the bar is labelled by its count').to.equal('1,200 of 5,000 exported');
    expect(button(host), 'the same button element').to.equal(exportButton);
    expect(host.shadowRoot!.activeElement).to.equal(exportButton);
    expect(text(exportButton)).to.equal('Export');
    expect(exportButton.getAttribute('aria-disabled')).to.equal('true');
    expect(text(status(host))).to.equal('Exporting conversations…');
    await expect(host).to.be.accessible();

    exportButton.click();
    await host.updateComplete;
    expect(progressBar(host), 'Export again does not cancel').not.to.equal(null);
    cancelButton(host)!.click();
    await host.updateComplete;
    expect(progressBar(host)).to.equal(null);
    expect(text(status(host))).to.equal('Export cancelled.');
    expect(text(button(host))).to.equal('Export');
    const requestsAtCancel = gate.requests();
    await sleep(100);
    expect(gate.requests(), 'no page requested after the cancel').to.equal(requestsAtCancel);
    expect(watched, 'no file').to.have.length(0);
  });

  it('shows an indeterminate bar and the count alone when the source has no total', async () => {
    const gate = gatedSource(300, 100);
    const source: InboxDataSource = {
      ...gate.source,
      capabilities: { ...gate.source.capabilities, knowsTotal: false },
      fetchPage: async (request) => ({ ...(await gate.source.fetchPage(request)), total: undefined }),
    };
    const host = await mount(source);
    button(host).click();
    const dialog = await openDialog(host);
    const submit = dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!;
    expect(text(submit), 'no count when the total is unknown').to.equal('Export');
    submit.click();
    await gate.release();
    await waitUntil(() => host.exporter.exported === 100, 'a page exported', { timeout: 5000 });
    await host.updateComplete;

    expect(progressBar(host)!.hasAttribute('value'), 'indeterminate').to.equal(false);
    expect(text(progressBar(host)!.labels[0])).to.equal('100 exported');
    host.exporter.cancel();
  });

  it('cancel stops the requests to the server and produces no file', async () => {
    await api.control({ latencyMs: 150 });
    const source = createAvocaSource({ baseUrl: api.avoca, apiKey: 'avk_test', workspaceId: 'ws_demo', pageSize: 20 });
    const host = await mount({ ...source, capabilities: { ...source.capabilities, maxPageSize: 20 } });
    const downloads = watchDownloads(host);

    await startExport(host);
    await waitUntil(() => host.exporter.exported >= 20, 'a page exported', { timeout: 5000 });
    cancelButton(host)!.click();
    const atCancel = (await api.requests()).length;
    await sleep(500);

    expect((await api.requests()).length, 'no request after the cancel').to.equal(atCancel);
    expect(atCancel).to.be.lessThan(6);
    expect(downloads).to.have.length(0);
    expect(host.exporter.status).to.equal('idle');
  });

  it('shows a failed export with its reason and a Retry that exports again', async () => {
    await api.control({ faults: [{ status: 503, times: 50, path: '/conversations' }] });
    const source = createAvocaSource({ baseUrl: api.avoca, apiKey: 'avk_test', workspaceId: 'ws_demo', retry: { random: () => 0 } });
    const host = await mount(source);
    const downloads = watchDownloads(host);

    await startExport(host);
    await waitUntil(() => host.exporter.status === 'error', 'export failed', { timeout: 10000 });
    await host.updateComplete;

    expect(text(status(host))).to.equal(`Export failed. ${DEFAULT_STRINGS.errors.server}`);
    expect(text(button(host))).to.equal('Retry export');
    expect(downloads, 'no partial file').to.have.length(0);
    await expect(host).to.be.accessible();

    await api.control({ faults: [] });
    button(host).click(); // Retry exports again at once, with the same choice
    await waitUntil(() => host.exporter.status === 'done', 'export done', { timeout: 10000 });
    expect(downloads).to.have.length(1);
    expect((await readCsv(await downloads[0]!.file)).rows).to.have.length(120);
  });

  it('aborts the export when the host leaves the page', async () => {
    const gate = gatedSource(1000, 100);
    const host = await mount(gate.source);
    const downloads = watchDownloads(host);
    await startExport(host);
    await gate.release();
    await waitUntil(() => host.exporter.exported === 100, 'a page exported', { timeout: 5000 });

    host.remove();
    const requests = gate.requests();
    await sleep(100);

    expect(host.exporter.status).to.equal('idle');
    expect(gate.requests()).to.equal(requests);
    expect(downloads).to.have.length(0);
  });

  it('uses overridden strings', async () => {
    const exportStrings: ExportStrings = {
      ...DEFAULT_EXPORT_STRINGS,
      button: 'Herunterladen',
      done: (count) => `${count} exportiert`,
      headers: { ...DEFAULT_EXPORT_STRINGS.headers, conversationId: 'Gesprächs-ID' },
    };
    const host = await mount(createMemorySource(makeConversations(3)), { strings: { ...DEFAULT_STRINGS, export: exportStrings }, locale: 'de-DE' });
    const downloads = watchDownloads(host);
    expect(text(button(host))).to.equal('Herunterladen');
    await startExport(host);
    await waitUntil(() => host.exporter.status === 'done', 'export done', { timeout: 10000 });
    expect(text(status(host))).to.equal('3 exportiert');
    expect((await readCsv(await downloads[0]!.file)).header).to.include('Gesprächs-ID');
  });

  describe('saving through the file picker', () => {
    const picked: { suggestedName?: string; chunks: string[]; closed: boolean } = { chunks: [], closed: false };
    const writable: CsvWritable = {
      write: async (chunk) => void picked.chunks.push(chunk),
      close: async () => void (picked.closed = true),
      abort: async () => undefined,
    };
    const pickerWindow = window as unknown as { showSaveFilePicker?: unknown };
    const original = pickerWindow.showSaveFilePicker;
    beforeEach(() => {
      Object.assign(picked, { suggestedName: undefined, chunks: [], closed: false });
      // Headless tests cannot answer a real picker; this one hands back an in-memory file.
      pickerWindow.showSaveFilePicker = async (options: { suggestedName: string }) => {
        picked.suggestedName = options.suggestedName;
        return { createWritable: async () => writable };
      };
    });
    afterEach(() => {
      pickerWindow.showSaveFilePicker = original;
    });

    it('streams the file to the picked file when the host allows it', async () => {
      const host = await mount(createMemorySource(makeConversations(250), { capabilities: { maxPageSize: 100 } }), { exportFilePicker: true });
      const downloads = watchDownloads(host);
      await startExport(host);
      await waitUntil(() => host.exporter.status === 'done', 'export done', { timeout: 10000 });

      expect(picked.suggestedName).to.match(/^conversations-\d{4}-\d{2}-\d{2}\.csv$/);
      expect(picked.closed).to.equal(true);
      expect(picked.chunks, 'header, then a chunk per page').to.have.length(4);
      expect((await readCsv(new Blob(picked.chunks))).rows).to.have.length(250);
      expect(downloads).to.have.length(0);
    });

    it('downloads instead by default, even where the browser has a picker', async () => {
      const host = await mount(createMemorySource(makeConversations(5)));
      const downloads = watchDownloads(host);
      await startExport(host);
      await waitUntil(() => host.exporter.status === 'done', 'export done', { timeout: 10000 });
      expect(picked.suggestedName).to.equal(undefined);
      expect(downloads).to.have.length(1);
    });
  });
});
