/** `<inbox-table row-action="preview">`: the preview panel over the local API, driven by pointer and keys. */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { getDeepActiveElement } from '../../src/components/shared/deep-focus.js';
import { createAnyreachSource } from '../../src/data/anyreach.js';
import { createAvocaSource } from '../../src/data/avoca.js';
import { createMemorySource } from '../../src/data/memory.js';
import type { Conversation } from '../../src/data/types.js';
import { formatDateTime } from '../../src/format/datetime.js';
import { formatDuration } from '../../src/format/duration.js';
import { apiSession } from '../data/api-session.js';
import { makeConversations } from '../fixtures/conversations.js';
import { cellText, openedPages, waitForRows } from '../table/helpers.js';
import { buttonNamed, centerOf, clickOn, text } from '../table/pointer.js';
import { fields, mountPreviewTable, previewOf, previewPart, rowElement, waitForPreviewOf } from './preview-helpers.js';

const session = apiSession('preview');
const avoca = (pageSize = 50) => createAvocaSource({ baseUrl: session.avoca, apiKey: 'avk_test', workspaceId: 'ws_demo', pageSize, retry: { baseDelayMs: 5, attempts: 2 } });
const anyreach = () => createAnyreachSource({ baseUrl: session.anyreach, token: 'ak_demo.sensitive', pageSize: 50, retry: { baseDelayMs: 5, attempts: 2 } });

const when = (value: string | undefined) => formatDateTime(value, { locale: 'en-US', timeZone: 'UTC' });

/** How many of the preview's fields a conversation fills. */
function fullness(conversation: Conversation): number {
  const keys: (keyof Conversation)[] = ['callerId', 'callerName', 'customer', 'extraParticipants', 'agent', 'agentNumber', 'direction', 'status', 'channel', 'priority', 'assignee', 'tags', 'unreadCount', 'messagesCount', 'createdAt', 'lastActivityAt', 'resolvedAt', 'durationSeconds', 'customMetadata', 'recordingUrl', 'summary'];
  return keys.filter((key) => {
    const value = conversation[key];
    return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
  }).length;
}

/** The loaded conversation filling most fields, brought on screen. */
async function fullest(table: InboxTable, accept: (conversation: Conversation) => boolean = () => true): Promise<Conversation> {
  const candidates = table.rows.slice(0, 8).filter(accept);
  const best = candidates.sort((a, b) => fullness(b) - fullness(a))[0];
  if (!best) throw new Error('no candidate conversation among the first rows');
  await waitUntil(() => rowElement(table, best.id), 'row rendered');
  return best;
}

/** A real click on a text cell of the row (not one of its controls). */
async function clickRow(table: InboxTable, id: string, column = 'callerName'): Promise<void> {
  await clickOn(rowElement(table, id)!.querySelector(`.c-${column}`)!);
}

describe('<inbox-table row-action="preview">', () => {
  before(async () => {
    await session.control({ count: 300, seed: 18 });
  });

  it('loads the preview on demand and shows every field of a full Avoca conversation on a row click', async () => {
    expect(customElements.get('conversation-preview'), 'not loaded before use').to.equal(undefined);
    const table = await mountPreviewTable({ source: avoca(), query: { status: 'resolved', channels: ['phone'] }, columns: ['customer', 'status', 'summary'] });
    await waitForRows(table, 5);
    const c = await fullest(table, (conversation) => conversation.recordingUrl !== undefined);
    await clickRow(table, c.id, 'customer');
    const preview = await waitForPreviewOf(table, c.id);
    expect(customElements.get('conversation-preview'), 'loaded when first opened').to.not.equal(undefined);
    const shown = fields(preview);
    const expected: [string, string | undefined][] = [
      ['Caller', c.callerName],
      ['Caller ID', c.callerId],
      ['Agent', c.agent?.name],
      ['Number', c.agentNumber],
      ['Direction', c.direction && { inbound: 'Inbound', outbound: 'Outbound' }[c.direction]],
      ['Status', 'Resolved'],
      ['Channel', 'Phone Call'],
      ['Priority', c.priority && c.priority[0].toUpperCase() + c.priority.slice(1)],
      ['Assignee', c.assignee === null ? 'Unassigned' : c.assignee?.name],
      ['Tags', c.tags?.join(', ')],
      ['Unread messages', c.unreadCount === undefined ? undefined : String(c.unreadCount)],
      ['Messages', c.messagesCount === undefined ? undefined : String(c.messagesCount)],
      ['Created', when(c.createdAt)],
      ['Last activity', when(c.lastActivityAt)],
      ['Resolved', when(c.resolvedAt)],
      ['Duration', formatDuration(c.durationSeconds, 'en-US')],
      ['Conversation ID', c.id],
    ];
    for (const [label, value] of expected) expect(shown.get(label), label).to.equal(value);
    // What a full Avoca conversation has, all shown.
    for (const label of ['Caller ID', 'Customer', 'Status', 'Channel', 'Priority', 'Assignee', 'Tags', 'Unread messages', 'Messages', 'Created', 'Last activity', 'Resolved', 'Duration']) {
      expect(shown.has(label), label).to.equal(true);
    }
    // The full summary, not the table cell's cut.
    expect(text(previewPart(preview, '[part="summary"]'))).to.equal(c.summary!.replace(/\s+/g, ' ').trim());
    expect(preview.shadowRoot!.querySelector('recording-player')!.getAttribute('src')).to.equal(c.recordingUrl);
    expect(text(previewPart(preview, 'h2'))).to.equal(`Conversation with ${c.callerName ?? c.customer?.name ?? c.callerId}`);
    expect(previewPart(preview, 'a.open-tab').getAttribute('href')).to.equal(`/__detail/${c.id}`);
    for (const action of ['Assign…', 'Set status…', 'Add tags…', 'Add internal note…']) buttonNamed(preview.shadowRoot!, action);
    await expect(table).to.be.accessible();
  });

  it('shows every field of a full Anyreach conversation, a guest caller id in full, and metadata', async () => {
    const table = await mountPreviewTable({ source: anyreach(), columns: ['callerId', 'status', 'summary'] });
    await waitForRows(table, 5);
    const c = await fullest(table, (conversation) => conversation.recordingUrl !== undefined && conversation.customMetadata !== undefined);
    rowElement(table, c.id)!.querySelector<HTMLElement>('.c-status')!.focus();
    await sendKeys({ press: 'Enter' });
    const preview = await waitForPreviewOf(table, c.id);
    const shown = fields(preview);
    expect(shown.get('Caller ID')).to.equal(c.callerId);
    const agent = c.agent?.name ?? c.agent?.id;
    expect(shown.get('Agent')).to.equal(c.agent?.versionId ? `${agent} (${c.agent.versionId})` : agent);
    const agentLink = previewPart(preview, '[part="fields"] a');
    expect(agentLink.getAttribute('href')).to.match(/^https:\/\/agents\.example\//);
    expect(shown.get('Number')).to.equal(c.agentNumber);
    expect(shown.get('Status')).to.be.oneOf(['Completed', 'Transferred']);
    expect(shown.get('Created')).to.equal(when(c.createdAt));
    expect(shown.get('Duration')).to.equal(formatDuration(c.durationSeconds, 'en-US'));
    for (const [key, value] of Object.entries(c.customMetadata!)) {
      expect(shown.get('Custom metadata'), key).to.contain(key).and.to.contain(typeof value === 'string' ? value : JSON.stringify(value));
    }
    expect(text(previewPart(preview, '[part="summary"]'))).to.equal(c.summary!.replace(/\s+/g, ' ').trim());
    // A source without actions offers none.
    expect(preview.shadowRoot!.querySelector('[part="actions"]')).to.equal(null);

    table.query = { channels: ['web_chat'], callerId: 'guest_' };
    await waitUntil(() => table.rows.length > 0 && table.rows[0].callerId?.startsWith('guest_'), 'guests listed');
    const chat = table.rows[0];
    await waitUntil(() => rowElement(table, chat.id), 'chat row');
    expect(cellText(table, chat.id, 'callerId')).to.equal('Guest');
    await clickRow(table, chat.id, 'status');
    const chatPreview = await waitForPreviewOf(table, chat.id);
    expect(fields(chatPreview).get('Caller ID'), 'the guest id in full').to.equal(chat.callerId);
  });

  it('opens the tab on Ctrl-click and middle click, not the preview', async () => {
    await openedPages(true);
    const table = await mountPreviewTable({ source: createMemorySource(makeConversations(5)) });
    await waitForRows(table, 5);
    await sendKeys({ down: 'Control' });
    await clickRow(table, 'conv_000002');
    await sendKeys({ up: 'Control' });
    await waitUntil(async () => (await openedPages()).some((url) => url.endsWith('/__detail/conv_000002')), 'tab opened');
    expect(previewOf(table)).to.equal(null);
    await openedPages(true);
    await sendMouse({ type: 'click', button: 'middle', position: centerOf(rowElement(table, 'conv_000003')!.querySelector('.c-callerName')!) });
    await waitUntil(async () => (await openedPages()).some((url) => url.endsWith('/__detail/conv_000003')), 'middle click opened a tab');
    expect(previewOf(table)).to.equal(null);
    await openedPages(true);
    await clickRow(table, 'conv_000001');
    await waitForPreviewOf(table, 'conv_000001');
    expect(await openedPages(), 'a plain click opens no tab').to.deep.equal([]);
  });

  it('opens the tab on a row click with row-action="tab" (the default)', async () => {
    await openedPages(true);
    const table = await mountPreviewTable({ source: createMemorySource(makeConversations(3)) });
    table.rowAction = 'tab';
    await waitForRows(table, 3);
    await clickRow(table, 'conv_000001');
    await waitUntil(async () => (await openedPages(true)).some((url) => url.endsWith('/__detail/conv_000001')), 'tab opened');
    expect(previewOf(table)).to.equal(null);
  });

  it('closes with Escape and with its close button; focus returns to the row', async () => {
    const table = await mountPreviewTable({ source: createMemorySource(makeConversations(8)) });
    await waitForRows(table, 5);
    rowElement(table, 'conv_000003')!.querySelector<HTMLElement>('[data-col="1"]')!.focus();
    await sendKeys({ press: 'Enter' });
    const preview = await waitForPreviewOf(table, 'conv_000003');
    // Into the panel, then Escape.
    previewPart(preview, 'a.open-tab').focus();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => previewOf(table) === null, 'closed by Escape');
    await waitUntil(() => (getDeepActiveElement() as HTMLElement | null)?.closest('conversation-row')?.getAttribute('data-id') === 'conv_000003', 'focus back on the row');

    await sendKeys({ press: 'Enter' });
    const again = await waitForPreviewOf(table, 'conv_000003');
    await clickOn(previewPart(again, 'button.close'));
    await waitUntil(() => previewOf(table) === null, 'closed by its button');
    await waitUntil(() => (getDeepActiveElement() as HTMLElement | null)?.closest('conversation-row')?.getAttribute('data-id') === 'conv_000003', 'focus back on the row');
  });

  it('sits beside the list, resizes from its edge, and covers the list in a narrow table', async () => {
    const table = await mountPreviewTable({ source: createMemorySource(makeConversations(8)) });
    await waitForRows(table, 5);
    await clickRow(table, 'conv_000000');
    await waitForPreviewOf(table, 'conv_000000');
    const panel = table.shadowRoot!.querySelector<HTMLElement>('.preview-panel')!;
    const grid = table.shadowRoot!.querySelector<HTMLElement>('.grid')!;
    const hostBox = table.getBoundingClientRect();
    expect(Math.round(grid.getBoundingClientRect().right)).to.be.at.most(Math.round(panel.getBoundingClientRect().left) + 1);
    expect(Math.round(panel.getBoundingClientRect().right)).to.equal(Math.round(hostBox.right - 1));
    const before = panel.getBoundingClientRect().width;
    const handle = table.shadowRoot!.querySelector<HTMLElement>('.preview-panel [role="separator"]')!;
    const [x, y] = [Math.round(handle.getBoundingClientRect().left + 4), Math.round(hostBox.top + 200)];
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 100, y] });
    await sendMouse({ type: 'up' });
    // The edge follows the pointer: the panel now reaches from there to the table's end.
    const dragged = Math.round(hostBox.right - (x + 100));
    expect(dragged).to.be.below(before - 90);
    await waitUntil(() => Math.abs(panel.getBoundingClientRect().width - dragged) < 2, `dragged narrower (${panel.getBoundingClientRect().width})`);
    handle.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => handle.getAttribute('aria-valuenow') === String(dragged + 16), 'a key widens it');
    expect(Math.abs(panel.getBoundingClientRect().width - (dragged + 16))).to.be.below(2);
    expect(Math.round(grid.getBoundingClientRect().right)).to.be.at.most(Math.round(panel.getBoundingClientRect().left) + 1);

    (table.parentElement as HTMLElement).style.width = '640px';
    await waitUntil(() => Math.round(panel.getBoundingClientRect().left) <= Math.round(table.getBoundingClientRect().left) + 1, 'covers the list');
  });

  it('walks the preview with j and k, across a page boundary (the next page loads)', async () => {
    const source = createMemorySource(makeConversations(120), { pageSize: 10 });
    const table = await mountPreviewTable({ source });
    await waitForRows(table, 5);
    await clickRow(table, 'conv_000000');
    await waitForPreviewOf(table, 'conv_000000');
    const loadedAtStart = table.rows.length;
    expect(table.hasMore).to.equal(true);
    for (let index = 1; index <= loadedAtStart; index += 1) {
      await sendKeys({ press: 'j' });
      await waitForPreviewOf(table, table.rows[index].id, `j to row ${index}`);
    }
    expect(table.rows.length, 'the next page loaded').to.be.greaterThan(loadedAtStart);
    expect(fields(previewOf(table)!).get('Conversation ID')).to.equal(`conv_${String(loadedAtStart).padStart(6, '0')}`);
    await sendKeys({ press: 'k' });
    await waitForPreviewOf(table, table.rows[loadedAtStart - 1].id, 'k goes back');
    // The grid's own arrows move the preview too.
    await sendKeys({ press: 'ArrowUp' });
    await waitForPreviewOf(table, table.rows[loadedAtStart - 2].id, 'ArrowUp in the grid');
    expect((getDeepActiveElement() as HTMLElement).closest('conversation-row')?.getAttribute('data-id')).to.equal(table.rows[loadedAtStart - 2].id);
  });
});
