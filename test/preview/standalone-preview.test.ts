/** `<conversation-preview>` alone, as a CRM page shows one conversation: its own actions on the Avoca API. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/conversation-preview/define.js';
import type { ConversationPreview } from '../../src/components/conversation-preview/conversation-preview.js';
import { createAvocaSource } from '../../src/data/avoca.js';
import type { Conversation } from '../../src/data/types.js';
import { apiSession } from '../data/api-session.js';
import { buttonNamed, clickOn, text } from '../table/pointer.js';
import { fields } from './preview-helpers.js';

const session = apiSession('standalone-preview');
const source = () => createAvocaSource({ baseUrl: session.avoca, apiKey: 'avk_test', workspaceId: 'ws_demo', pageSize: 20, retry: { baseDelayMs: 5, attempts: 1 } });

async function openConversation(): Promise<Conversation> {
  const page = await source().fetchPage({ query: { status: 'open' } });
  return page.items[0];
}

async function mount(conversation: Conversation): Promise<ConversationPreview> {
  return fixture<ConversationPreview>(html`<conversation-preview style="width: 420px" .source=${source()} .conversation=${conversation} time-zone="UTC" locale="en-US"></conversation-preview>`);
}

async function setStatus(preview: ConversationPreview, status: string): Promise<void> {
  await clickOn(buttonNamed(preview.shadowRoot!, 'Set status…'));
  await waitUntil(() => preview.shadowRoot!.querySelector('inbox-action-form')?.shadowRoot?.querySelector('form'), 'form');
  const form = preview.shadowRoot!.querySelector('inbox-action-form')!.shadowRoot!.querySelector('form')!;
  await clickOn(form.querySelector(`input[value="${status}"]`)!);
  await clickOn(form.querySelector('button[type="submit"]')!);
}

describe('<conversation-preview> alone', () => {
  beforeEach(async () => {
    await session.control({ count: 60, seed: 3 });
    await session.clearRequests();
  });

  it('runs an action on its source: shown at once, sent to the server, kept when it succeeds', async () => {
    const conversation = await openConversation();
    const preview = await mount(conversation);
    expect(fields(preview).get('Status')).to.equal('Open');
    expect(preview.shadowRoot!.querySelector('button.close'), 'no close button unless closable').to.equal(null);
    await setStatus(preview, 'pending');
    expect(fields(preview).get('Status'), 'optimistic').to.equal('Pending');
    await waitUntil(() => text(preview.shadowRoot!.querySelector('[part="notice"]')) !== '', 'outcome shown');
    const writes = (await session.requests()).filter((request) => request.method !== 'GET');
    expect(writes.map((request) => [request.method, request.path.endsWith(`/${conversation.id}/status`), request.body])).to.deep.equal([['PUT', true, { status: 'pending' }]]);
    expect(fields(preview).get('Status')).to.equal('Pending');
    await expect(preview).to.be.accessible();
  });

  it('rolls the change back, with the reason, when the server refuses', async () => {
    const conversation = await openConversation();
    await session.control({ faults: [{ status: 403, path: `/${conversation.id}/status`, times: 1 }] });
    const preview = await mount(conversation);
    await setStatus(preview, 'resolved');
    await waitUntil(() => preview.shadowRoot!.querySelector('[part="notice"].error'), 'failure shown');
    expect(fields(preview).get('Status'), 'rolled back').to.equal('Open');
    expect(text(preview.shadowRoot!.querySelector('[part="notice"]'))).to.contain('Missing permission');
  });

  it('closes an open form with Escape and returns focus to its button', async () => {
    const preview = await mount(await openConversation());
    await clickOn(buttonNamed(preview.shadowRoot!, 'Add tags…'));
    await waitUntil(() => preview.shadowRoot!.querySelector('inbox-action-form')?.shadowRoot?.activeElement, 'focus in the form');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !preview.shadowRoot!.querySelector('inbox-action-form'), 'form closed');
    await waitUntil(() => preview.shadowRoot!.activeElement === buttonNamed(preview.shadowRoot!, 'Add tags…'), 'focus back on the button');
  });

  it('shows hostile values as text and refuses an unsafe recording URL', async () => {
    const preview = await mount({
      id: '<img src=x onerror=alert(1)>',
      source: 'host',
      callerId: '<script>alert(1)</script>',
      summary: '<b>bold</b>\nsecond line',
      agent: { id: 'a1', name: 'Agent <i>' },
      customMetadata: { '<k>': { nested: '<v>' } },
      recordingUrl: 'javascript:alert(1)',
      raw: {},
    });
    expect(preview.shadowRoot!.querySelector('img, script, b, i')).to.equal(null);
    expect(fields(preview).get('Caller ID')).to.equal('<script>alert(1)</script>');
    expect(fields(preview).get('Custom metadata')).to.equal('<k>{"nested":"<v>"}');
    const player = preview.shadowRoot!.querySelector('recording-player')!;
    await waitUntil(() => player.shadowRoot?.querySelector('[role="alert"]'), 'unsafe recording refused');
  });
});
