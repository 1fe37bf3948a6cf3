/**
 * Acting on every match (issue #16): the run is confirmed with the action and the exact count,
 * can be cancelled part-way, and runs on the conversations fixed when it starts. Driven with the
 * real pointer and keyboard against the local Avoca API; the server's request log is the truth.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { getDeepActiveElement } from '../../src/components/shared/deep-focus.js';
import { createAvocaSource } from '../../src/data/avoca.js';
import { createMemorySource } from '../../src/data/memory.js';
import { de } from '../../src/locales/de.js';
import { makeConversations } from '../fixtures/conversations.js';
import { AVOCA_HEADERS, liveSession } from '../live/helpers.js';
import { mountTable, renderedRows, waitForRows } from './helpers.js';
import { buttonNamed, clickOn, text } from './pointer.js';

const api = liveSession('bulk-run');
const BULK = 'Actions for the selected conversations';

/** The Avoca source over the session, counting the writes it has started (sent) so far. */
function avocaSource() {
  const sent: string[] = [];
  const counting: typeof fetch = (input, init) => {
    if ((init?.method ?? 'GET') !== 'GET') sent.push(String(input));
    return fetch(input, init);
  };
  const source = createAvocaSource({ baseUrl: api.avoca, apiKey: 'avk_test', workspaceId: 'ws_demo', pageSize: 20, fetch: counting, retry: { attempts: 1 } });
  return { source, sent };
}

/** The conversation id of every write the server received, in order. */
async function writtenIds(): Promise<string[]> {
  return (await api.requests()).filter((request) => request.method !== 'GET').map((request) => request.path.split('/').at(-2)!);
}

/** Every conversation id the server lists, in its default order (the order a run walks). */
async function serverIds(): Promise<string[]> {
  const ids: string[] = [];
  for (;;) {
    const answer = await fetch(`${api.avoca}/inbox/conversations?limit=100&offset=${ids.length}`, { headers: AVOCA_HEADERS });
    const { data } = await answer.json();
    ids.push(...data.conversations.map((row: { id: string }) => row.id));
    if (!data.pagination.has_more) return ids;
  }
}

const shadow = (table: InboxTable) => table.shadowRoot!;
const bar = (table: InboxTable) => shadow(table).querySelector<HTMLElement>('[part="bulk-bar"]')!;
const menu = (table: InboxTable) => shadow(table).querySelector<HTMLElement>('#inbox-action-menu');
const dialogElement = (table: InboxTable) => shadow(table).querySelector('inbox-confirm-dialog');
const dialog = (table: InboxTable) => dialogElement(table)?.shadowRoot?.querySelector('dialog') ?? null;
const notice = (table: InboxTable) => shadow(table).querySelector<HTMLElement>('[part="notice"]');

/** Ticks the first row's checkbox, then "Select all N matching", with the pointer. */
async function selectAllMatching(table: InboxTable, total: number): Promise<void> {
  await clickOn(renderedRows(table)[0].querySelector('.c-select input')!);
  await waitUntil(() => text(bar(table)).includes('1 selected'), 'one row selected');
  await clickOn(buttonNamed(bar(table), `Select all ${total} matching`));
  await waitUntil(() => text(bar(table)).includes(`${total} selected`), 'every match selected');
}

/** Opens the bulk menu, picks `item`, fills its one text field with `value` and presses Apply. */
async function applyBulk(table: InboxTable, item: string, value: string): Promise<void> {
  await clickOn(buttonNamed(bar(table), BULK));
  await waitUntil(() => menu(table)?.matches(':popover-open'), 'menu open', { timeout: 10000 });
  await clickOn(buttonNamed(menu(table)!, item));
  await waitUntil(() => menu(table)!.querySelector('inbox-action-form')?.shadowRoot?.querySelector('form'), 'form shown');
  const form = menu(table)!.querySelector('inbox-action-form')!.shadowRoot!.querySelector('form')!;
  await clickOn(form.querySelector('textarea, input[name="tags"]')!);
  await sendKeys({ type: value });
  await clickOn(buttonNamed(form, 'Apply'));
}

async function waitForDialog(table: InboxTable): Promise<HTMLDialogElement> {
  await waitUntil(() => dialog(table)?.open, 'confirmation shown', { timeout: 10000 });
  return dialog(table)!;
}

/**
 * Mounts the table over `count` conversations, selects every match with the pointer and confirms
 * "Add tags…" on them. The 9th to 12th requests answer late, so the run is caught part-way with
 * all four workers waiting, however fast the machine.
 */
async function startStalledRun(count: number, seed: number, live: boolean) {
  await api.control({ count, seed });
  const order = await serverIds();
  const { source, sent } = avocaSource();
  const table = await mountTable({ source, columns: ['customer', 'status', 'tags'] });
  table.live = live;
  await waitForRows(table, 3);
  await selectAllMatching(table, count);
  await api.control({ faults: order.slice(8, 12).map((id) => ({ path: `/${id}/tags`, delayMs: 4000 })) });
  await api.clearRequests();
  await applyBulk(table, 'Add tags…', 'batch_2026');
  await clickOn(buttonNamed(await waitForDialog(table), `Apply to ${count}`));
  await waitUntil(() => new RegExp(`^\\d+ of ${count} done`).test(text(bar(table).querySelector('[role="status"]'))), 'run under way');
  return { table, order, sent };
}

describe('acting on every match', () => {
  beforeEach(async () => {
    await api.control({ faults: [], latencyMs: 0 });
  });

  it('asks first, naming the action and the exact count; Escape sends nothing, and confirming sends exactly those conversations', async () => {
    await api.control({ count: 130, seed: 21 });
    await api.clearRequests();
    const { source } = avocaSource();
    const table = await mountTable({ source, columns: ['customer', 'status', 'tags'] });
    await waitForRows(table, 3);
    expect(table.rows.length, 'most matches are not loaded').to.be.below(130);
    await selectAllMatching(table, 130);
    const trigger = buttonNamed(bar(table), BULK);

    await applyBulk(table, 'Add internal note…', 'Checked by QA');
    let box = await waitForDialog(table);
    expect(box.matches(':modal'), 'a modal dialog').to.equal(true);
    expect(box.getAttribute('role')).to.equal('alertdialog');
    expect(text(box.querySelector('h2'))).to.equal('Add a note to 130 conversations?');
    expect(text(box.querySelector('p'))).to.contain('130 changes');
    expect(text(buttonNamed(box, 'Apply to 130'))).to.equal('Apply to 130');
    expect(text(getDeepActiveElement()), 'Cancel has focus first').to.equal('Cancel');
    await expect(table).to.be.accessible();
    // Focus stays inside, both ways round.
    await sendKeys({ press: 'Tab' });
    expect(text(getDeepActiveElement())).to.equal('Apply to 130');
    await sendKeys({ press: 'Tab' });
    expect(text(getDeepActiveElement())).to.equal('Cancel');
    await sendKeys({ press: 'Shift+Tab' });
    expect(text(getDeepActiveElement())).to.equal('Apply to 130');
    expect(await writtenIds(), 'nothing sent while asking').to.deep.equal([]);

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogElement(table), 'confirmation closed');
    expect(getDeepActiveElement(), 'focus is back on the bulk actions button').to.equal(trigger);
    expect(shadow(table).querySelector('progress'), 'no run').to.equal(null);
    expect(await writtenIds(), 'declining sends nothing').to.deep.equal([]);

    await applyBulk(table, 'Add internal note…', 'Checked by QA');
    box = await waitForDialog(table);
    await clickOn(buttonNamed(box, 'Apply to 130'));
    await waitUntil(() => text(notice(table)) !== '', 'outcome shown', { timeout: 20000 });
    expect(text(notice(table))).to.contain('130 conversations noted.');
    const written = await writtenIds();
    expect(written).to.have.length(130);
    expect(new Set(written)).to.deep.equal(new Set(await serverIds()));
    await expect(table).to.be.accessible();
  });

  it('Cancel mid-run sends nothing more: the server has only the requests sent before it, and the notice counts match its log', async () => {
    const { table, order, sent } = await startStalledRun(150, 22, false);
    await waitUntil(() => sent.length >= 12, 'the stalled requests sent');
    expect(text(bar(table))).to.contain('150 selected');
    const cancel = buttonNamed(bar(table), 'Cancel');
    await expect(table).to.be.accessible();
    let sentAtCancel = -1;
    // After the table's own handler: every request started before Cancel is counted, none after.
    cancel.addEventListener('click', () => (sentAtCancel = sent.length), { once: true });
    await clickOn(cancel);
    expect(sentAtCancel).to.be.within(12, 149);

    await waitUntil(() => text(notice(table)) !== '', 'outcome shown', { timeout: 20000 });
    const [, changed, notSent] = /Cancelled: ([\d,]+) tagged, ([\d,]+) not sent\./.exec(text(notice(table))) ?? [];
    const written = await writtenIds();
    expect(written, 'the server received exactly the requests sent before Cancel').to.have.length(sentAtCancel);
    expect(Number(changed), 'changed = what the server received').to.equal(written.length);
    expect(Number(notSent), 'not sent = the rest of the confirmed conversations').to.equal(150 - written.length);
    expect(new Set(written).size).to.equal(written.length);
    // Four at a time, so they arrive in any order, but always the first of the confirmed list.
    expect(new Set(written), 'the first conversations of the confirmed list').to.deep.equal(new Set(order.slice(0, written.length)));
    expect(bar(table).querySelector('progress'), 'the run is over').to.equal(null);
    expect(text(getDeepActiveElement()), 'focus moved from the vanished Cancel to the outcome').to.equal('Dismiss');
    await expect(table).to.be.accessible();
  });

  it('fixes the conversations when the run starts: live arrivals change neither the count nor the targets', async () => {
    const { table, order } = await startStalledRun(120, 23, true);

    const { created } = await api.live({ create: 3, channel: 'text', status: 'open' });
    await waitUntil(() => created.every((id) => table.rows.some((row) => row.id === id)), 'arrivals shown', { timeout: 10000 });
    await table.updateComplete;
    expect(table.total).to.equal(123);
    expect(text(bar(table)), 'the count is the run’s').to.match(/^120 selected .*\d+ of 120 done/);
    for (const id of created) {
      expect(shadow(table).querySelector(`conversation-row[data-id="${id}"]`)?.getAttribute('aria-selected'), 'an arrival is not selected').to.equal('false');
    }

    await waitUntil(() => text(notice(table)) !== '', 'outcome shown', { timeout: 20000 });
    expect(text(notice(table))).to.contain('120 conversations tagged.');
    const written = await writtenIds();
    expect(written).to.have.length(120);
    expect(new Set(written)).to.deep.equal(new Set(order));
    expect(written.filter((id) => created.includes(id)), 'no arrival changed').to.deep.equal([]);
  });

  it('names the action and the count in the element’s language and number format', async () => {
    const table = await mountTable({ source: createMemorySource(makeConversations(1500), { actions: true }), columns: ['customer', 'status'], locale: 'de-DE' });
    table.strings = de;
    await waitForRows(table, 3);
    await clickOn(renderedRows(table)[0].querySelector('.c-select input')!);
    await waitUntil(() => text(bar(table)).includes('1 ausgewählt'), 'one row selected');
    await clickOn(buttonNamed(bar(table), 'Alle 1.500 Treffer auswählen'));
    await clickOn(buttonNamed(bar(table), de.actions.bulkActions));
    await waitUntil(() => menu(table)?.matches(':popover-open'), 'menu open', { timeout: 10000 });
    await clickOn(buttonNamed(menu(table)!, 'Interne Notiz hinzufügen…'));
    await waitUntil(() => menu(table)!.querySelector('inbox-action-form')?.shadowRoot?.querySelector('textarea'), 'form shown');
    const form = menu(table)!.querySelector('inbox-action-form')!.shadowRoot!.querySelector('form')!;
    await clickOn(form.querySelector('textarea')!);
    await sendKeys({ type: 'Rückruf' });
    await clickOn(buttonNamed(form, 'Anwenden'));
    const box = await waitForDialog(table);
    expect(text(box.querySelector('h2'))).to.equal('Interne Notiz zu 1.500 Gesprächen hinzufügen?');
    expect(text(box.querySelector('p'))).to.contain('1.500 Änderungen');
    expect(text(getDeepActiveElement())).to.equal('Abbrechen');
    expect(buttonNamed(box, 'Auf 1.500 anwenden').getAttribute('part')).to.equal('confirm');
    await expect(table).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogElement(table), 'confirmation closed');
  });
});
