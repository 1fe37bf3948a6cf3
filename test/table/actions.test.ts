/** Conversation actions in `<inbox-table>` against the local Avoca API. */
import type { LitElement } from 'lit';
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import type { ConversationRow } from '../../src/components/conversation-row/conversation-row.js';
import { getDeepActiveElement } from '../../src/components/inbox-table/grid-focus-controller.js';
import { createAnyreachSource } from '../../src/data/anyreach.js';
import { createAvocaSource } from '../../src/data/avoca.js';
import type { ConversationActionCompleteEvent } from '../../src/events.js';
import { uniqueSession } from '../fixtures/conversations.js';
import { cellText, mountTable, nextPageLoad, renderedRows, rowsInView, waitForRows } from './helpers.js';

interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
}

class AvocaServer {
  readonly base = `${location.origin}/api/s/${uniqueSession('actions')}`;
  inFlight = 0;
  maxInFlight = 0;

  async control(body: object): Promise<void> {
    await fetch(`${this.base}/_control`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  }

  async writes(): Promise<LoggedRequest[]> {
    const all: LoggedRequest[] = await (await fetch(`${this.base}/_requests`)).json();
    return all.filter((request) => request.method !== 'GET');
  }

  source(apiKey = 'avk_demo') {
    // Counts requests in flight around the real fetch, to see the concurrency bound.
    const counting: typeof fetch = async (...args) => {
      this.inFlight += 1;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      try {
        return await fetch(...args);
      } finally {
        this.inFlight -= 1;
      }
    };
    return createAvocaSource({ baseUrl: `${this.base}/avoca/v1`, apiKey, workspaceId: 'ws_demo', pageSize: 100, fetch: counting, retry: { baseDelayMs: 5, attempts: 2 } });
  }
}

const columns = ['customer', 'status', 'assignee', 'tags'];

function text(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function menu(table: InboxTable): HTMLElement | null {
  return table.shadowRoot!.querySelector<HTMLElement>('#inbox-action-menu');
}

async function openRowMenu(table: InboxTable, index: number): Promise<void> {
  renderedRows(table)[index].querySelector<HTMLButtonElement>('.c-actions button')!.click();
  await waitUntil(() => menu(table)?.matches(':popover-open'), 'menu open');
}

async function choose(table: InboxTable, item: string): Promise<HTMLElement> {
  const button = [...menu(table)!.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')].find((entry) => text(entry) === item)!;
  button.click();
  await waitUntil(() => menu(table)!.querySelector('inbox-action-form')?.shadowRoot?.querySelector('form'), 'form shown');
  return menu(table)!.querySelector('inbox-action-form')!.shadowRoot!.querySelector('form')!;
}

/** Presses Apply and waits for the optimistic change to render. */
async function submit(form: HTMLElement): Promise<void> {
  // The form is inside the action menu, in the table's shadow root.
  const actionForm = (form.getRootNode() as ShadowRoot).host;
  const table = (actionForm.getRootNode() as ShadowRoot).host as InboxTable;
  form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await rowsInView(table);
}

describe('conversation actions', () => {
  it('assigns through the row menu: exact request, the row changes, and a reload shows it', async () => {
    const server = new AvocaServer();
    await server.control({ count: 60, seed: 4 });
    const table = await mountTable({ source: server.source(), columns });
    await waitForRows(table, 3);
    const id = renderedRows(table)[0].dataset.id!;
    await openRowMenu(table, 0);
    const form = await choose(table, 'Assign…');
    const select = form.querySelector('select')!;
    const option = [...select.options].find((entry) => entry.value !== '' && entry.value !== select.value)!;
    select.value = option.value;
    await submit(form);
    expect(cellText(table, id, 'assignee')).to.equal(option.textContent!.trim());
    await waitUntil(async () => (await server.writes()).length === 1, 'request sent');
    const [request] = await server.writes();
    expect(request).to.deep.include({ method: 'PUT', path: `/api/s/${server.base.split('/s/')[1]}/avoca/v1/inbox/conversations/${id}/assign`, body: { assignee_id: option.value } });
    const reloaded = nextPageLoad(table);
    table.refresh();
    await reloaded;
    await waitUntil(() => renderedRows(table).some((row) => row.dataset.id === id), 'row rendered after the reload');
    expect(cellText(table, id, 'assignee')).to.equal(option.textContent!.trim());
  });

  it('sets status with resolution notes, adds tags and an internal note, each with its documented body', async () => {
    const server = new AvocaServer();
    await server.control({ count: 40, seed: 8 });
    const table = await mountTable({ source: server.source(), columns, query: { status: 'open' } });
    await waitForRows(table, 2);
    const id = renderedRows(table)[0].dataset.id!;

    await openRowMenu(table, 0);
    let form = await choose(table, 'Set status…');
    form.querySelector<HTMLInputElement>('input[value="resolved"]')!.click();
    await ((form.getRootNode() as ShadowRoot).host as LitElement).updateComplete;
    form.querySelector('textarea')!.value = 'Fixed the heater';
    await submit(form);
    expect(cellText(table, id, 'status')).to.equal('Resolved');

    await openRowMenu(table, 0);
    form = await choose(table, 'Add tags…');
    form.querySelector<HTMLInputElement>('input[name="tags"]')!.value = 'vip_customer, recurring_issue, vip_customer';
    await submit(form);
    // Beyond the first two chips, the added tags are counted in "+N" and listed in its tooltip.
    const tagsRow = table.shadowRoot!.querySelector<ConversationRow>(`conversation-row[data-id="${id}"]`)!;
    const more = tagsRow.querySelector<HTMLElement>('.c-tags .chip.more')!;
    expect(tagsRow.tooltipContent(more)).to.include.members(['vip_customer', 'recurring_issue']);

    await openRowMenu(table, 0);
    form = await choose(table, 'Add internal note…');
    form.querySelector('textarea')!.value = 'Customer prefers mornings';
    await submit(form);

    await waitUntil(async () => (await server.writes()).length === 3, 'three requests sent');
    const bodies = (await server.writes()).map((request) => [request.method, request.path.split('/').pop(), request.body]);
    // Three independent requests: the server may log them in any order.
    expect(bodies).to.have.deep.members([
      ['PUT', 'status', { status: 'resolved', resolution_notes: 'Fixed the heater' }],
      ['POST', 'tags', { tags: ['vip_customer', 'recurring_issue'] }],
      ['POST', 'notes', { content: 'Customer prefers mornings', internal: true }],
    ]);
    const loaded = nextPageLoad(table);
    table.query = {};
    await loaded;
    const reloaded = table.rows.find((row) => row.id === id)!;
    expect(reloaded.status).to.equal('resolved');
    expect(reloaded.tags).to.include.members(['vip_customer', 'recurring_issue']);
  });

  it('rolls back a refused action and explains why', async () => {
    const server = new AvocaServer();
    await server.control({ count: 30, seed: 9 });
    const table = await mountTable({ source: server.source('avk_readonly'), columns });
    // Slow answers, so the optimistic change is on screen before the refusal arrives.
    await server.control({ latencyMs: 500 });
    await waitForRows(table, 2);
    const id = renderedRows(table)[0].dataset.id!;
    const before = cellText(table, id, 'status');
    const target = before === 'Pending' ? 'open' : 'pending';
    await openRowMenu(table, 0);
    const form = await choose(table, 'Set status…');
    form.querySelector<HTMLInputElement>(`input[value="${target}"]`)!.click();
    await submit(form);
    expect(cellText(table, id, 'status')).to.equal(target === 'open' ? 'Open' : 'Pending');
    const notice = () => table.shadowRoot!.querySelector('[part="notice"]');
    await waitUntil(() => notice() !== null, 'refusal explained');
    expect(cellText(table, id, 'status')).to.equal(before);
    expect(text(notice())).to.contain('could not be updated');
    expect(text(notice())).to.contain('Missing permission');
    await expect(table).to.be.accessible();
  });

  it('runs a bulk action over 250 selected conversations with bounded concurrency and lists partial failures', async () => {
    const server = new AvocaServer();
    await server.control({ count: 300, seed: 12 });
    const table = await mountTable({ source: server.source(), columns });
    await waitForRows(table, 3);
    while (table.rows.length < 250) {
      table.loadMore();
      await waitUntil(() => !table.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-busy')?.includes('true'), 'page loaded');
      await rowsInView(table);
    }
    const chosen = table.rows.slice(0, 250).map((row) => row.id);
    const failing = [chosen[3], chosen[100], chosen[249]];
    await server.control({ latencyMs: 20, faults: failing.map((id) => ({ status: 403, path: `/${id}/tags`, times: 1 })) });
    // Select with the checkbox, then a Shift-click range.
    renderedRows(table)[0].querySelector<HTMLInputElement>('.c-select input')!.click();
    for (const id of chosen.slice(1)) table.toggleSelection(id);
    await table.updateComplete;
    const bar = () => table.shadowRoot!.querySelector<HTMLElement>('[part="bulk-bar"]')!;
    expect(text(bar())).to.contain('250 selected');
    const completed = new Promise<ConversationActionCompleteEvent>((resolve) => table.addEventListener('conversation-action-complete', resolve, { once: true }));
    server.maxInFlight = 0;
    [...bar().querySelectorAll<HTMLButtonElement>('button')].find((button) => text(button) === 'Actions for the selected conversations')!.click();
    await waitUntil(() => menu(table)?.matches(':popover-open'), 'menu open');
    const form = await choose(table, 'Add tags…');
    form.querySelector<HTMLInputElement>('input[name="tags"]')!.value = 'bulk_tagged';
    await submit(form);
    // Over 100 conversations: confirmed first, naming the action and the count.
    await waitUntil(() => table.shadowRoot!.querySelector('inbox-confirm-dialog')?.shadowRoot?.querySelector('dialog')?.open, 'confirmation shown');
    const confirmation = table.shadowRoot!.querySelector('inbox-confirm-dialog')!.shadowRoot!.querySelector('dialog')!;
    expect(text(confirmation.querySelector('h2'))).to.equal('Tag 250 conversations?');
    expect(server.maxInFlight, 'nothing sent before confirming').to.equal(0);
    [...confirmation.querySelectorAll('button')].find((button) => text(button) === 'Apply to 250')!.click();
    await waitUntil(() => text(bar()).includes('of 250 done'), 'progress shown');
    const event = await completed;
    expect(event.succeeded.length).to.equal(247);
    expect(event.failed.map((failure) => failure.id).sort()).to.deep.equal([...failing].sort());
    expect(server.maxInFlight).to.be.within(2, 4);
    const writes = await server.writes();
    expect(writes.length).to.equal(250);
    expect(new Set(writes.map((request) => request.path.split('/').at(-2))).size).to.equal(250);
    expect(writes.every((request) => JSON.stringify(request.body) === '{"tags":["bulk_tagged"]}')).to.equal(true);
    const notice = table.shadowRoot!.querySelector('[part="notice"]')!;
    expect(notice.querySelectorAll('li').length).to.equal(3);
    expect(table.rows.find((row) => row.id === failing[0])!.tags ?? []).not.to.include('bulk_tagged');
    expect(table.rows.find((row) => row.id === chosen[5])!.tags).to.include('bulk_tagged');
  });

  it('works from the keyboard alone: Space selects, the menu opens, moves with arrows, and Escape returns focus', async () => {
    const server = new AvocaServer();
    await server.control({ count: 30, seed: 13 });
    const table = await mountTable({ source: server.source(), columns });
    await waitForRows(table, 3);
    const before = document.createElement('button');
    table.parentElement!.before(before);
    before.focus();
    const grid = table.shadowRoot!.querySelector('[role="grid"]')!;
    for (let presses = 0; presses < 6 && !grid.contains(getDeepActiveElement()); presses += 1) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: ' ' });
    const id = renderedRows(table).find((row) => row.selected)?.dataset.id;
    expect(id).to.equal(table.rows[1].id);
    expect(text(table.shadowRoot!.querySelector('[part="bulk-bar"]'))).to.contain('1 selected');
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Tab' });
    const trigger = getDeepActiveElement() as HTMLElement;
    expect(trigger.getAttribute('aria-haspopup')).to.equal('menu');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => menu(table)?.matches(':popover-open'), 'menu open');
    expect(getDeepActiveElement()?.getAttribute('role')).to.equal('menuitem');
    await sendKeys({ press: 'ArrowDown' });
    expect(text(getDeepActiveElement())).to.equal('Set status…');
    await expect(table).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !menu(table), 'menu closed');
    expect(getDeepActiveElement()).to.equal(trigger);

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => menu(table)?.matches(':popover-open'), 'menu open again');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => menu(table)!.querySelector('inbox-action-form'), 'assign form');
    // The form focuses its first field once rendered.
    await waitUntil(() => getDeepActiveElement()?.tagName === 'SELECT', 'focus on the assignee list');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(text(getDeepActiveElement())).to.equal('Apply');
    await sendKeys({ press: 'Enter' });
    await waitUntil(async () => (await server.writes()).length === 1, 'assign sent');
    expect(getDeepActiveElement()).to.equal(trigger);
  });

  it('shows no action controls for a source without actions', async () => {
    const base = `${location.origin}/api/s/${uniqueSession('no-actions')}`;
    const table = await mountTable({ source: createAnyreachSource({ baseUrl: `${base}/anyreach`, token: 'ak_demo.sensitive' }) });
    await waitForRows(table, 3);
    // No selection, no row or bulk actions menu (a header's column menu is not an action control).
    expect(table.shadowRoot!.querySelector('.c-select, .c-actions, conversation-row [aria-haspopup="menu"], .bulk-bar, input[type="checkbox"]')).to.equal(null);
    await sendKeys({ press: ' ' });
    expect(table.shadowRoot!.querySelector('[part="bulk-bar"]')).to.equal(null);
  });
});
