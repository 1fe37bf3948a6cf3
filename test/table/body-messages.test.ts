/**
 * The empty state and the first page's error: centred in the body area under the header, their
 * action (Clear filters, Retry) beside the text, and working.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { createAnyreachSource } from '../../src/data/anyreach.js';
import { createMemorySource } from '../../src/data/memory.js';
import { apiSession } from '../data/api-session.js';
import { makeConversations } from '../fixtures/conversations.js';
import { mountTable, renderedRows, waitForRows } from './helpers.js';

const message = (table: InboxTable) => table.shadowRoot!.querySelector<HTMLElement>('[part="message"]');

/** Expects the message's text and button, together, centred in the area under the header, the button level with the text after it. */
function expectCentredWithButtonBeside(table: InboxTable, buttonText: string): HTMLButtonElement {
  const root = table.shadowRoot!;
  const host = table.getBoundingClientRect();
  const border = parseFloat(getComputedStyle(table).borderBottomWidth);
  const header = root.querySelector('[part="header"]')!.getBoundingClientRect();
  const area = { left: host.left + border, right: host.right - border, top: header.bottom, bottom: host.bottom - border };
  const label = message(table)!.querySelector('span')!.getBoundingClientRect();
  const button = message(table)!.querySelector('button')!;
  expect(button.textContent!.trim()).to.equal(buttonText);
  const action = button.getBoundingClientRect();

  expect(action.left, 'the button after the text').to.be.at.least(label.right);
  expect(action.top + action.height / 2, 'the button level with the text').to.be.closeTo(label.top + label.height / 2, 1);
  const group = { left: label.left, right: action.right, top: Math.min(label.top, action.top), bottom: Math.max(label.bottom, action.bottom) };
  expect((group.left + group.right) / 2, 'centred across the body area').to.be.closeTo((area.left + area.right) / 2, 2);
  expect((group.top + group.bottom) / 2, 'centred down the body area').to.be.closeTo((area.top + area.bottom) / 2, 2);
  return button;
}

describe('<inbox-table>: the empty and first-load error messages sit centred in the body area', () => {
  before(() => setViewport({ width: 1200, height: 900 }));

  it('no match: the message and Clear filters centred under the header; Clear filters lists everything again', async () => {
    const table = await mountTable({ source: createMemorySource(makeConversations(50)), query: { callerId: 'nobody-has-this-number' } });
    await waitUntil(() => message(table) !== null, 'empty message');
    expect(message(table)!.textContent).to.contain('No conversations match these filters');
    const button = expectCentredWithButtonBeside(table, 'Clear filters');
    await expect(table).to.be.accessible();

    const box = button.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await waitForRows(table);
    expect(message(table)).to.equal(null);
  });

  it('the first page failed: the error and Retry centred under the header; Retry loads the rows', async () => {
    const session = apiSession('body-messages');
    await session.control({ count: 40, faults: [{ status: 503, times: 2 }] });
    const table = await mountTable({ source: createAnyreachSource({ baseUrl: session.anyreach, token: 'ak_demo.sensitive', retry: { baseDelayMs: 5, attempts: 1 } }) });
    await waitUntil(() => message(table)?.getAttribute('role') === 'alert', 'error message', { timeout: 5000 });
    expect(message(table)!.textContent).to.contain('The conversations server had a problem.');
    const button = expectCentredWithButtonBeside(table, 'Retry');
    await expect(table).to.be.accessible();

    await session.control({ faults: [] });
    const box = button.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await waitForRows(table);
    expect(renderedRows(table).length).to.be.greaterThan(0);
    expect(message(table)).to.equal(null);
  });
});
