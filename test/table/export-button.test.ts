/**
 * The table's Export control (issue #16): starting and cancelling are separate, deliberate acts,
 * the outcome can be dismissed and goes with the next query, and Export waits for a list to
 * export. Driven with the real pointer against the local Avoca API.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { getDeepActiveElement } from '../../src/components/shared/deep-focus.js';
import { createAvocaSource } from '../../src/data/avoca.js';
import { apiSession } from '../data/api-session.js';
import { readCsv } from '../export/csv-file.js';
import { mountTable, waitForRows } from './helpers.js';
import { buttonNamed, centerOf, clickOn, text } from './pointer.js';

const api = apiSession('export-button');
const LIST_PATH = '/inbox/conversations';

const shadow = (table: InboxTable) => table.shadowRoot!;
const exportPart = (table: InboxTable) => shadow(table).querySelector<HTMLElement>('[part="export"]')!;
const exportButton = (table: InboxTable) => shadow(table).querySelector<HTMLButtonElement>('[part="export-button"]')!;
const statusText = (table: InboxTable) => text(shadow(table).querySelector('[part="export-status"]'));

/** The files the table's download link would save, read back instead of written to disk. */
function watchDownloads(table: InboxTable): Promise<Blob>[] {
  const files: Promise<Blob>[] = [];
  shadow(table).addEventListener('click', (event) => {
    if (!(event.target instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    files.push(fetch(event.target.href).then((response) => response.blob()));
  });
  return files;
}

async function listRequests(): Promise<number> {
  return (await api.requests()).filter((request) => request.path.endsWith(LIST_PATH)).length;
}

describe('the Export control', () => {
  beforeEach(async () => {
    await api.control({ count: 40, seed: 31, faults: [], latencyMs: 0 });
  });

  it('a double click starts one export and never cancels it; Cancel is its own click; the outcome can be dismissed and goes with the next query', async () => {
    const source = createAvocaSource({ baseUrl: api.avoca, apiKey: 'avk_test', workspaceId: 'ws_demo', pageSize: 100 });
    const table = await mountTable({ source, columns: ['customer', 'status', 'tags'] });
    await waitForRows(table, 3);
    await waitUntil(() => table.rows.length === 40 && !table.hasMore, 'the whole list loaded');
    const downloads = watchDownloads(table);
    // The export's first page answers late, so the export is still running after both clicks.
    await api.control({ faults: [{ path: LIST_PATH, delayMs: 20000 }] });
    await api.clearRequests();

    // A double click on Export opens one dialog; the second click does nothing more.
    const pointer = centerOf(exportButton(table));
    await sendMouse({ type: 'click', position: pointer });
    await sendMouse({ type: 'click', position: pointer });
    const dialog = () => shadow(table).querySelector('inbox-export-dialog')?.shadowRoot?.querySelector('dialog');
    await waitUntil(() => dialog()?.open, 'the export dialog opened', { timeout: 10000 });
    expect(shadow(table).querySelectorAll('inbox-export-dialog')).to.have.length(1);
    expect(await listRequests(), 'opening the dialog exports nothing').to.equal(0);

    // Two quick clicks aimed at the dialog's Export button, wherever the pointer lands by the second.
    const submit = centerOf(dialog()!.querySelector('[part="submit"]')!);
    await sendMouse({ type: 'click', position: submit });
    await table.updateComplete;
    await sendMouse({ type: 'click', position: submit });
    await table.updateComplete;
    await waitUntil(async () => (await listRequests()) === 1, 'the export asked for its first page');
    expect(statusText(table), 'the second click did not cancel').not.to.contain('cancelled');
    expect(centerOf(exportButton(table)), 'Export stayed under the pointer').to.deep.equal(pointer);
    expect(exportPart(table).querySelector('progress'), 'the export is running').not.to.equal(null);
    expect(exportButton(table).getAttribute('aria-disabled')).to.equal('true');
    expect(text(exportButton(table)), 'Export keeps its name').to.equal('Export');
    const cancel = buttonNamed(exportPart(table), 'Cancel export');
    expect(shadow(table).elementFromPoint(...pointer), 'Cancel is not under the pointer that started the export').not.to.equal(cancel);
    await expect(table).to.be.accessible();
    expect(await listRequests(), 'one export, started once').to.equal(1);

    await clickOn(cancel);
    await table.updateComplete;
    expect(statusText(table)).to.equal('Export cancelled.');
    expect(exportPart(table).querySelector('progress')).to.equal(null);
    expect(getDeepActiveElement(), 'focus moved from the vanished Cancel to Export').to.equal(exportButton(table));
    expect(downloads).to.have.length(0);

    await clickOn(buttonNamed(exportPart(table), 'Dismiss'));
    await table.updateComplete;
    expect(statusText(table), 'dismissed').to.equal('');
    expect(exportPart(table).querySelector('.export-dismiss')).to.equal(null);

    await clickOn(exportButton(table));
    await waitUntil(() => dialog()?.open, 'the export dialog opened again', { timeout: 10000 });
    await clickOn(dialog()!.querySelector('[part="submit"]')!);
    await waitUntil(() => statusText(table) === 'Exported 40 conversations.', 'export done', { timeout: 10000 });
    expect(downloads).to.have.length(1);
    const { rows } = await readCsv(await downloads[0]);
    expect(rows.map((row) => row['Conversation ID'])).to.deep.equal(table.rows.map((row) => row.id));
    await expect(table).to.be.accessible();

    table.query = { status: 'open' };
    await table.updateComplete;
    expect(statusText(table), 'a new query clears the outcome').to.equal('');
  });

  it('is disabled while the list shows a first-load error, and works once Retry loads the list', async () => {
    await api.control({ faults: [{ path: LIST_PATH, status: 503, times: 1 }] });
    await api.clearRequests();
    const source = createAvocaSource({ baseUrl: api.avoca, apiKey: 'avk_test', workspaceId: 'ws_demo', pageSize: 100, retry: { attempts: 1 } });
    const table = await mountTable({ source, columns: ['customer', 'status', 'tags'] });
    const message = () => shadow(table).querySelector<HTMLElement>('[part="message"]');
    await waitUntil(() => message()?.getAttribute('role') === 'alert', 'first-load error shown', { timeout: 10000 });
    expect(exportButton(table).disabled).to.equal(true);
    await clickOn(exportButton(table));
    await table.updateComplete;
    expect(statusText(table)).to.equal('');
    expect(await listRequests(), 'no export request').to.equal(1);
    await expect(table).to.be.accessible();

    await clickOn(buttonNamed(message()!, 'Retry'));
    await waitForRows(table, 3);
    expect(exportButton(table).disabled).to.equal(false);
  });
});
