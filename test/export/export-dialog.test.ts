/**
 * The table's export dialog (issue #20), driven with the real pointer and keyboard against the
 * local Avoca API: its count is the server's total, it is an accessible modal, its choices shape
 * the file, and the dialog element and the Excel writer load only when the user reaches them.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InboxExportDialog } from '../../src/components/inbox-export-dialog/inbox-export-dialog.js';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { getDeepActiveElement } from '../../src/components/shared/deep-focus.js';
import { createAvocaSource } from '../../src/data/avoca.js';
import type { InboxQuery } from '../../src/data/types.js';
import { apiSession } from '../data/api-session.js';
import { mountTable, waitForRows } from '../table/helpers.js';
import { buttonNamed, clickOn, text } from '../table/pointer.js';
import { readCsv } from './csv-file.js';
import { readXlsx } from './xlsx-file.js';

const api = apiSession('export-dialog');
const LIST_PATH = '/inbox/conversations';
const QUERY: InboxQuery = { status: 'open' };
const source = () => createAvocaSource({ baseUrl: api.avoca, apiKey: 'avk_test', workspaceId: 'ws_demo', pageSize: 25 });

const exportButton = (table: InboxTable) => table.shadowRoot!.querySelector<HTMLButtonElement>('[part="export-button"]')!;
const dialogElement = (table: InboxTable) => table.shadowRoot!.querySelector<InboxExportDialog>('inbox-export-dialog');
const nativeDialog = (table: InboxTable) => dialogElement(table)?.shadowRoot?.querySelector('dialog') ?? null;
const loaded = (part: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(part));

/** The files the table's download link would save, read back instead of written to disk. */
function watchDownloads(table: InboxTable): { name: string; file: Promise<Blob> }[] {
  const files: { name: string; file: Promise<Blob> }[] = [];
  table.shadowRoot!.addEventListener('click', (event) => {
    if (!(event.target instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    files.push({ name: event.target.download, file: fetch(event.target.href).then((response) => response.blob()) });
  });
  return files;
}

async function openDialog(table: InboxTable): Promise<HTMLDialogElement> {
  await clickOn(exportButton(table));
  // The first open loads the dialog's module, which a busy machine serves slowly.
  await waitUntil(() => nativeDialog(table)?.open, 'the export dialog opened', { timeout: 10000 });
  return nativeDialog(table)!;
}

/** Ids of every conversation the server has for the query, and the total it reports. */
async function serverList(): Promise<{ ids: string[]; total?: number }> {
  const ids: string[] = [];
  let total: number | undefined;
  let continuation: unknown;
  do {
    const page = await source().fetchPage({ query: QUERY, continuation, pageSize: 100 });
    ids.push(...page.items.map((item) => item.id));
    total = page.total;
    continuation = page.next ?? undefined;
  } while (continuation !== undefined);
  return { ids, total };
}

/** Requests of the export's size (the source's largest pages); the table asks for 25 at a time. */
const exportRequests = async () =>
  (await api.requests()).filter((request) => request.path.endsWith(LIST_PATH) && request.query.limit !== '25').length;

describe('the export dialog', () => {
  before(() => api.control({ count: 300, seed: 20, faults: [], latencyMs: 0 }));

  it('loads on Export, names the server’s total, traps Tab, closes on Escape with no request and gives focus back', async () => {
    const { total } = await serverList();
    expect(total).to.be.greaterThan(25);
    expect(loaded('inbox-export-dialog'), 'the dialog is not loaded before Export').to.equal(false);
    const table = await mountTable({ source: source(), query: QUERY, columns: ['customer', 'status', 'duration', 'date'] });
    await waitForRows(table, 3);
    await waitUntil(() => table.total !== undefined, 'the total is known');
    await api.clearRequests();

    const dialog = await openDialog(table);

    expect(loaded('inbox-export-dialog'), 'loaded on Export').to.equal(true);
    const submit = dialog.querySelector<HTMLButtonElement>('[part="submit"]')!;
    expect(text(submit)).to.equal(`Export ${total!.toLocaleString('en-US')} conversations`);
    expect(text(dialog.querySelector('h2'))).to.equal('Export conversations');
    expect(getDeepActiveElement(), 'focus starts on Export').to.equal(submit);
    await expect(dialogElement(table)).to.be.accessible();
    expect(exportButton(table).getAttribute('aria-haspopup')).to.equal('dialog');

    for (let step = 0; step < 8; step += 1) {
      await sendKeys({ press: 'Tab' });
      expect(dialog.contains(getDeepActiveElement()), `focus stays in the dialog after Tab ${step + 1}`).to.equal(true);
    }
    await sendKeys({ press: 'Shift+Tab' });
    expect(dialog.contains(getDeepActiveElement())).to.equal(true);

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => nativeDialog(table) === null, 'the dialog closed', { timeout: 10000 });
    expect(getDeepActiveElement(), 'focus back on Export').to.equal(exportButton(table));
    expect(await exportRequests(), 'Escape exports nothing').to.equal(0);
    await expect(table).to.be.accessible();
  });

  it('Cancel closes it and leaves no file', async () => {
    const table = await mountTable({ source: source(), query: QUERY, columns: ['customer', 'status'] });
    await waitForRows(table, 3);
    const downloads = watchDownloads(table);
    await api.clearRequests();

    const dialog = await openDialog(table);
    await clickOn(buttonNamed(dialog, 'Cancel'));
    await waitUntil(() => nativeDialog(table) === null, 'the dialog closed', { timeout: 10000 });

    expect(getDeepActiveElement()).to.equal(exportButton(table));
    expect(await exportRequests()).to.equal(0);
    expect(downloads).to.have.length(0);
  });

  it('exports CSV with the table’s columns in its order and its time zone by default', async () => {
    const { ids } = await serverList();
    const table = await mountTable({ source: source(), query: QUERY, columns: ['status', 'customer', 'duration', 'date'], timeZone: 'Asia/Tokyo' });
    await waitForRows(table, 3);
    const downloads = watchDownloads(table);

    const dialog = await openDialog(table);
    await clickOn(dialog.querySelector('[part="submit"]')!);
    await waitUntil(() => downloads.length === 1, 'the file downloaded', { timeout: 15000 });

    expect(downloads[0]!.name).to.match(/^conversations-\d{4}-\d{2}-\d{2}\.csv$/);
    const { header, rows } = await readCsv(await downloads[0]!.file);
    expect(header).to.deep.equal(['Conversation ID', 'Detail link', 'Status', 'Customer', 'Duration (seconds)', 'Other participants', 'Created (Asia/Tokyo)']);
    expect(rows.map((row) => row['Conversation ID']).sort(), 'every matching conversation once').to.deep.equal([...ids].sort());
    expect(rows.every((row) => /\+09:00$/.test(row['Created (Asia/Tokyo)']!))).to.equal(true);
  });

  it('exports Excel with every field in UTC; the writer loads only then; Cancel during the run leaves no file', async () => {
    const { ids } = await serverList();
    const table = await mountTable({ source: source(), query: QUERY, columns: ['customer', 'status'], timeZone: 'Asia/Tokyo' });
    await waitForRows(table, 3);
    const downloads = watchDownloads(table);
    expect(loaded('fflate'), 'the zip library is not loaded before an Excel export').to.equal(false);

    const choose = async (dialog: HTMLDialogElement) => {
      await clickOn(dialog.querySelector('input[value="xlsx"]')!);
      await clickOn(dialog.querySelector('input[value="all"]')!);
      await clickOn(dialog.querySelector('input[value="utc"]')!);
      await expect(dialogElement(table)).to.be.accessible();
      await clickOn(dialog.querySelector('[part="submit"]')!);
    };

    // First run: the server answers late and the user cancels.
    await api.control({ faults: [{ path: LIST_PATH, delayMs: 20000 }] });
    await choose(await openDialog(table));
    await waitUntil(() => table.shadowRoot!.querySelector('[part="export-cancel"]'), 'the export runs', { timeout: 10000 });
    await clickOn(buttonNamed(table.shadowRoot!.querySelector('[part="export"]')!, 'Cancel export'));
    await table.updateComplete;
    expect(text(table.shadowRoot!.querySelector('[part="export-status"]'))).to.equal('Export cancelled.');
    expect(downloads, 'Cancel leaves no file').to.have.length(0);
    await api.control({ faults: [] });

    // Second run: the dialog opens with the last choice.
    const dialog = await openDialog(table);
    expect(dialog.querySelector<HTMLInputElement>('input[value="xlsx"]')!.checked).to.equal(true);
    await choose(dialog);
    await waitUntil(() => downloads.length === 1, 'the workbook downloaded', { timeout: 15000 });

    expect(loaded('fflate'), 'loaded for the Excel export').to.equal(true);
    expect(downloads[0]!.name).to.match(/^conversations-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = await readXlsx(await downloads[0]!.file);
    expect(book.header[0]).to.equal('Conversation ID');
    expect(book.header).to.include.members(['Agent', 'Caller ID', 'Summary', 'Tags', 'Created (UTC)', 'Last activity (UTC)']);
    expect(book.rows.map((row) => row['Conversation ID']!.value).sort()).to.deep.equal([...ids].sort());
    expect(book.rows.every((row) => row['Created (UTC)']?.kind === 'date')).to.equal(true);
    expect(book.sheetName).to.equal('Export conversations');
  });
});
