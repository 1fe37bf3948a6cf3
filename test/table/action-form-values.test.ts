/**
 * The action form's controls keep showing what the user picked while the table re-renders them
 * (here: the host adds a team member, which shifts the assignee options), and the server receives
 * exactly what is shown.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InboxActionForm } from '../../src/components/inbox-actions/action-form.js';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { createAvocaSource } from '../../src/data/avoca.js';
import { apiSession } from '../data/api-session.js';
import { clickCenter, shownOption } from '../fixtures/controls.js';
import { cellText, mountTable, renderedRows, waitForRows } from './helpers.js';

const session = apiSession('action-form-values');

async function click(table: InboxTable, element: Element): Promise<void> {
  await clickCenter(element);
  await table.updateComplete;
}

function menu(table: InboxTable): HTMLElement | null {
  return table.shadowRoot!.querySelector<HTMLElement>('#inbox-action-menu');
}

describe('action form controls show what was picked', () => {
  before(() => session.control({ count: 40, seed: 3 }));

  it('Assign keeps the picked member when the list changes under it, and assigns that member', async () => {
    const table = await mountTable({
      source: createAvocaSource({ baseUrl: location.origin + session.avoca, apiKey: 'avk_demo', workspaceId: 'ws_demo', retry: { baseDelayMs: 5, attempts: 2 } }),
      columns: ['customer', 'assignee'],
    });
    await waitForRows(table, 3);
    const row = renderedRows(table)[0];
    const id = row.dataset.id!;
    await click(table, row.querySelector('.c-actions button')!);
    await waitUntil(() => menu(table)?.matches(':popover-open'), 'menu open');
    const assign = [...menu(table)!.querySelectorAll<HTMLElement>('[role="menuitem"]')].find((item) => item.textContent!.trim() === 'Assign…')!;
    await click(table, assign);
    const form = () => menu(table)!.querySelector<InboxActionForm>('inbox-action-form')!;
    const select = () => form().shadowRoot!.querySelector<HTMLSelectElement>('select')!;
    // The form's element is fetched on the first choice: wait for it to show, focused.
    await waitUntil(() => {
      const shown = form()?.shadowRoot?.querySelector('select');
      return shown && form().shadowRoot!.activeElement === shown;
    }, 'the select has focus');

    // The row's assignee is shown first; the user moves to another member with the keyboard.
    const current = table.rows.find((conversation) => conversation.id === id)!.assignee;
    expect(shownOption(select()).value).to.equal(current?.id ?? '');
    await sendKeys({ press: select().selectedIndex < select().options.length - 1 ? 'ArrowDown' : 'ArrowUp' });
    await form().updateComplete;
    const picked = shownOption(select());
    expect(picked.value).to.not.equal(current?.id ?? '');
    expect(picked.value, 'a member, not Unassigned').to.not.equal('');

    // The host adds a member while the form is open: every option moves down one place.
    table.assignees = [{ id: 'usr_host_added', name: 'Aaron Added' }];
    await table.updateComplete;
    await form().updateComplete;
    await waitUntil(() => [...select().options].some((option) => option.value === 'usr_host_added'), 'list updated');
    expect(shownOption(select()), 'still the picked member').to.deep.equal(picked);

    await session.clearRequests();
    await click(table, form().shadowRoot!.querySelector('button[type="submit"]')!);
    await waitUntil(async () => (await session.requests()).some((request) => request.method === 'PUT'), 'assign request sent');
    const [request] = (await session.requests()).filter((entry) => entry.method === 'PUT');
    expect(request.path).to.equal(`${session.avoca}/inbox/conversations/${id}/assign`);
    expect(request.body).to.deep.equal({ assignee_id: picked.value });
    expect(cellText(table, id, 'assignee')).to.equal(picked.text);
    await expect(table).to.be.accessible();
  });
});
