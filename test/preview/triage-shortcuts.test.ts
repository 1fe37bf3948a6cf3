/** Triage from the keyboard and actions from the preview, against the local Avoca API. */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { getDeepActiveElement } from '../../src/components/shared/deep-focus.js';
import { createAvocaSource } from '../../src/data/avoca.js';
import { cellText, waitForRows } from '../table/helpers.js';
import { buttonNamed, clickOn, text } from '../table/pointer.js';
import { FAST_RETRY, liveSession, waitForStreams } from '../live/helpers.js';
import { fields, mountPreviewTable, previewOf, rowElement, waitForPreviewOf } from './preview-helpers.js';

const session = liveSession('triage');
const avoca = (pageSize = 50) => createAvocaSource({ baseUrl: session.avoca, apiKey: 'avk_test', workspaceId: 'ws_demo', pageSize, retry: FAST_RETRY });
const columns = ['customer', 'status', 'assignee', 'tags'];

async function writes(): Promise<{ method: string; path: string; body?: unknown }[]> {
  return ((await session.requests()) as { method: string; path: string; body?: unknown }[]).filter((request) => request.method !== 'GET');
}

function focusRow(table: InboxTable, id: string): void {
  rowElement(table, id)!.querySelector<HTMLElement>('.c-customer')!.focus();
}

const selected = (table: InboxTable, id: string) => rowElement(table, id)!.getAttribute('aria-selected');
const menu = (table: InboxTable) => table.shadowRoot!.querySelector<HTMLElement>('#inbox-action-menu');

async function openTable(query = { status: 'open' }): Promise<InboxTable> {
  const table = await mountPreviewTable({ source: avoca(), columns, query });
  await waitForRows(table, 4);
  return table;
}

describe('triage from the keyboard', () => {
  beforeEach(async () => {
    await session.control({ count: 120, seed: 21 });
    await session.clearRequests();
  });

  it('runs an action from the preview: the server gets it, the row and the preview change', async () => {
    const table = await openTable();
    const id = table.rows[1].id;
    await clickOn(rowElement(table, id)!.querySelector('.c-customer')!);
    const preview = await waitForPreviewOf(table, id);
    await clickOn(buttonNamed(preview.shadowRoot!, 'Set status…'));
    const form = await waitUntil(() => preview.shadowRoot!.querySelector('inbox-action-form')?.shadowRoot?.querySelector('form'), 'form in the preview').then(
      () => preview.shadowRoot!.querySelector('inbox-action-form')!.shadowRoot!.querySelector('form')!,
    );
    await clickOn(form.querySelector('input[value="resolved"]')!);
    form.querySelector('textarea')!.focus();
    await sendKeys({ type: 'Called back' });
    await clickOn(form.querySelector('button[type="submit"]')!);
    await waitUntil(() => cellText(table, id, 'status') === 'Resolved', 'row updated');
    await waitUntil(() => fields(previewOf(table)!).get('Status') === 'Resolved', 'preview updated');
    await waitUntil(async () => (await writes()).length === 1, 'request sent');
    const [request] = await writes();
    expect([request.method, request.path.endsWith(`/${id}/status`), request.body]).to.deep.equal(['PUT', true, { status: 'resolved', resolution_notes: 'Called back' }]);
  });

  it('x toggles selection, e resolves through the server, a opens Assign in the preview', async () => {
    const table = await openTable();
    const id = table.rows[0].id;
    focusRow(table, id);
    await sendKeys({ press: 'Enter' });
    await waitForPreviewOf(table, id);
    expect(selected(table, id)).to.equal('false');
    await sendKeys({ press: 'x' });
    await waitUntil(() => selected(table, id) === 'true', 'x selects');
    await sendKeys({ press: 'x' });
    await waitUntil(() => selected(table, id) === 'false', 'x unselects');
    await sendKeys({ press: 'e' });
    await waitUntil(() => cellText(table, id, 'status') === 'Resolved', 'e resolves');
    await waitUntil(async () => (await writes()).length === 1, 'request sent');
    expect((await writes())[0].body).to.deep.equal({ status: 'resolved' });
    await sendKeys({ press: 'a' });
    const preview = previewOf(table)!;
    await waitUntil(() => preview.shadowRoot!.querySelector('inbox-action-form')?.kind === 'assign', 'assign form in the preview');
    await waitUntil(() => preview.shadowRoot!.querySelector('inbox-action-form')!.shadowRoot!.activeElement !== null, 'focus in the form');
    // Typing in the form's fields is never a shortcut.
    await sendKeys({ press: 'x' });
    expect(selected(table, id)).to.equal('false');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !preview.shadowRoot!.querySelector('inbox-action-form'), 'form closed, preview stays');
    expect(previewOf(table)).to.not.equal(null);
  });

  it('t and n open Add tags and Add note from the grid; / focuses the search; none fires while typing', async () => {
    const table = await openTable();
    table.rowAction = 'tab';
    const id = table.rows[0].id;
    focusRow(table, id);
    await sendKeys({ press: 't' });
    await waitUntil(() => menu(table)?.querySelector('inbox-action-form')?.kind === 'tags', 'Add tags form');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !menu(table), 'menu closed');
    focusRow(table, id);
    await sendKeys({ press: 'n' });
    await waitUntil(() => menu(table)?.querySelector('inbox-action-form')?.kind === 'note', 'Add note form');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !menu(table), 'menu closed');

    focusRow(table, id);
    await sendKeys({ press: '/' });
    const search = table.querySelector('inbox-filters')!.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    await waitUntil(() => getDeepActiveElement() === search, 'search focused');
    await sendKeys({ type: 'xeatn?' });
    expect(search.value).to.equal('xeatn?');
    expect(selected(table, id)).to.equal('false');
    expect(menu(table)).to.equal(null);
    expect(table.shadowRoot!.querySelector('inbox-shortcut-help')).to.equal(null);
    expect(await writes()).to.deep.equal([]);
  });

  it('? opens the help dialog (loaded on demand) listing every shortcut; the grid describes them; axe clean', async () => {
    expect(customElements.get('inbox-shortcut-help'), 'not loaded before use').to.equal(undefined);
    const table = await openTable();
    const grid = table.shadowRoot!.querySelector('[role="grid"]')!;
    const description = table.shadowRoot!.getElementById(grid.getAttribute('aria-describedby')!)!;
    expect(text(description)).to.contain('j and k move through conversations');
    const id = table.rows[0].id;
    focusRow(table, id);
    await sendKeys({ press: 'Enter' });
    await waitForPreviewOf(table, id);
    await expect(table).to.be.accessible();
    await sendKeys({ press: '?' });
    await waitUntil(() => table.shadowRoot!.querySelector('inbox-shortcut-help')?.shadowRoot?.querySelector('dialog[open]'), 'help open');
    const dialog = table.shadowRoot!.querySelector('inbox-shortcut-help')!.shadowRoot!.querySelector('dialog')!;
    const rows = [...dialog.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map(text));
    expect(rows).to.deep.equal([
      ['j or Down arrow', 'Preview the next conversation'],
      ['k or Up arrow', 'Preview the previous conversation'],
      ['x', 'Select or unselect the conversation'],
      ['e', 'Set the next status (Resolved)'],
      ['a', 'Assign'],
      ['t', 'Add tags'],
      ['n', 'Add an internal note'],
      ['/', 'Search'],
      ['?', 'Show these shortcuts'],
      ['Escape', 'Close the preview'],
    ]);
    await expect(table).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !table.shadowRoot!.querySelector('inbox-shortcut-help'), 'help closed');
    expect(previewOf(table), 'Escape closed only the dialog').to.not.equal(null);
    expect((getDeepActiveElement() as HTMLElement).closest('conversation-row')?.getAttribute('data-id')).to.equal(id);
  });

  it('shortcuts="off" turns them off', async () => {
    const table = await mountPreviewTable({ source: avoca(), columns, query: { status: 'open' }, shortcuts: 'off' });
    await waitForRows(table, 4);
    const id = table.rows[0].id;
    focusRow(table, id);
    await sendKeys({ press: 'x' });
    await sendKeys({ press: '?' });
    await sendKeys({ press: 'e' });
    // Space still selects: it is the grid's own key, not a shortcut.
    await sendKeys({ press: 'Space' });
    await waitUntil(() => selected(table, id) === 'true', 'Space selected');
    expect(table.shadowRoot!.querySelector('inbox-shortcut-help')).to.equal(null);
    expect(cellText(table, id, 'status')).to.equal('Open');
    expect(table.shadowRoot!.querySelector('[role="grid"]')!.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('follows live changes in place, walks to a live arrival, and keeps a conversation that left the list', async () => {
    const wrapperTable = await mountPreviewTable({ source: avoca(20), columns, live: true });
    const table = wrapperTable;
    await waitForRows(table, 4);
    await waitForStreams(session, 1);
    const first = table.rows[0].id;
    focusRow(table, first);
    await sendKeys({ press: 'Enter' });
    await waitForPreviewOf(table, first);
    await session.live({ advance: first, status: 'pending' });
    await waitUntil(() => fields(previewOf(table)!).get('Status') === 'Pending', 'live change shown in the preview');

    const { created } = await session.live({ create: 1 });
    await waitUntil(() => table.rows[0]?.id === created[0], 'arrival at the top');
    await sendKeys({ press: 'k' });
    await waitForPreviewOf(table, created[0]!, 'k reaches the arrival');

    // Filtered away: the preview stays, and says so.
    table.query = { status: 'resolved' };
    await waitUntil(() => table.rows.length > 0 && table.rows.every((row) => row.status === 'resolved'), 'list reloaded');
    expect(fields(previewOf(table)!).get('Conversation ID')).to.equal(created[0]);
    expect(text(previewOf(table)!.shadowRoot!.querySelector('.gone'))).to.equal('This conversation is no longer in the list.');
  });
});
