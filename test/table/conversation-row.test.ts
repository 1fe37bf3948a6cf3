import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ConversationRow } from '../../src/components/conversation-row/conversation-row.js';
import type { Conversation } from '../../src/data/types.js';
import { createMemorySource } from '../../src/data/memory.js';
import { makeConversation } from '../fixtures/conversations.js';
import { mountTable, renderedRows, waitForRows } from './helpers.js';

async function mountRow(conversation: Conversation, columns?: string[]): Promise<ConversationRow> {
  return fixture<ConversationRow>(html`<conversation-row
    style="width: 780px"
    time-zone="UTC"
    locale="en-US"
    detail-url-template="/__detail/{id}"
    .conversation=${conversation}
    .columns=${columns ?? ['copy', 'play', 'agent', 'callerId', 'status', 'summary']}
  ></conversation-row>`);
}

function cell(row: ConversationRow, column: string): HTMLElement {
  return row.shadowRoot!.querySelector<HTMLElement>(`.c-${column}`)!;
}

function centerOf(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

function tooltipOf(root: ShadowRoot): HTMLElement {
  return root.querySelector<HTMLElement>('#inbox-tooltip')!;
}

describe('<conversation-row>', () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('shows guest callers as "Guest" with the full id in a tooltip on hover', async () => {
    const row = await mountRow(makeConversation(1, { channel: 'web_chat', callerId: 'guest_8f2a91' }));
    const caller = cell(row, 'callerId');
    expect(caller.textContent!.trim()).to.equal('Guest');
    await sendMouse({ type: 'move', position: centerOf(caller) });
    const tooltip = tooltipOf(row.shadowRoot!);
    await waitUntil(() => tooltip.matches(':popover-open'), 'tooltip shown');
    expect(tooltip.textContent!.trim()).to.equal('guest_8f2a91');
    expect(caller.getAttribute('aria-describedby')).to.equal('inbox-tooltip');
    await expect(row).to.be.accessible();
  });

  it('shows a +N bubble for extra email participants, listing their addresses', async () => {
    const row = await mountRow(
      makeConversation(2, { channel: 'email', callerId: 'ann@example.com', extraParticipants: ['bob@example.com', 'cy@example.com'] }),
    );
    const bubble = cell(row, 'callerId').querySelector('button')!;
    expect(bubble.textContent!.trim()).to.equal('+2');
    expect(bubble.getAttribute('aria-label')).to.equal('2 more participants');
    await sendMouse({ type: 'move', position: centerOf(bubble) });
    const tooltip = tooltipOf(row.shadowRoot!);
    await waitUntil(() => tooltip.matches(':popover-open'), 'tooltip shown');
    expect([...tooltip.querySelectorAll('li')].map((item) => item.textContent)).to.deep.equal(['bob@example.com', 'cy@example.com']);
  });

  it('shows no +N bubble on non-email rows or without extra participants', async () => {
    const phone = await mountRow(makeConversation(3, { channel: 'phone', extraParticipants: ['x@example.com'] }));
    expect(cell(phone, 'callerId').querySelector('button')).to.equal(null);
    const lone = await mountRow(makeConversation(4, { channel: 'email', extraParticipants: [] }));
    expect(cell(lone, 'callerId').querySelector('button')).to.equal(null);
  });

  it('truncates the summary to one line and shows the full text on hover and on keyboard focus', async () => {
    const summary = `Line one of a long summary\nline two — ${'détails '.repeat(40)}終わり`;
    const row = await mountRow(makeConversation(5, { summary }));
    const summaryCell = cell(row, 'summary');
    expect(getComputedStyle(summaryCell).whiteSpace).to.equal('nowrap');
    expect(getComputedStyle(summaryCell).textOverflow).to.equal('ellipsis');
    await sendMouse({ type: 'move', position: centerOf(summaryCell) });
    const tooltip = tooltipOf(row.shadowRoot!);
    await waitUntil(() => tooltip.matches(':popover-open'), 'tooltip shown on hover');
    expect(tooltip.textContent).to.equal(summary);
    // The tooltip is never clipped: it sits in the top layer, inside the viewport.
    const box = tooltip.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(innerWidth);
    await sendKeys({ press: 'Escape' });
    expect(tooltip.matches(':popover-open')).to.equal(false);
    expect(summaryCell.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('offers Play only for completed or transferred conversations with a safe recording URL', async () => {
    const cases: [Partial<Conversation>, boolean][] = [
      [{ status: 'completed', recordingUrl: '/api/recordings/a.wav' }, true],
      [{ status: 'transferred', recordingUrl: 'https://cdn.example.com/a.mp3' }, true],
      [{ status: 'in_progress', recordingUrl: '/api/recordings/a.wav' }, false],
      [{ status: 'failed', recordingUrl: '/api/recordings/a.wav' }, false],
      [{ status: 'completed', recordingUrl: undefined }, false],
    ];
    for (const [overrides, playable] of cases) {
      const row = await mountRow(makeConversation(6, overrides));
      expect(cell(row, 'play').querySelector('button') !== null, JSON.stringify(overrides)).to.equal(playable);
    }
  });

  it('links the agent, with its version, in a new tab', async () => {
    const row = await mountRow(makeConversation(7, { agent: { id: 'ag 1', name: 'Billing Bot', versionId: 'v7' } }));
    const link = cell(row, 'agent').querySelector('a')!;
    expect(cell(row, 'agent').textContent!.trim()).to.equal('Billing Bot');
    expect(link.getAttribute('href')).to.equal('https://app.anyreach.ai/agents/ag%201/versions/v7');
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.getAttribute('rel')).to.contain('noopener');
    expect(link.getAttribute('aria-label')).to.equal('Open agent Billing Bot (v7) in a new tab');
  });

  it('copies the conversation link and says "Copied"', async () => {
    await executeServerCommand('grant-clipboard');
    const row = await mountRow(makeConversation(8));
    const button = cell(row, 'copy').querySelector('button')!;
    expect(button.getAttribute('aria-label')).to.equal('Copy link to conversation with Caller 8');
    await sendMouse({ type: 'click', position: centerOf(button) });
    await waitUntil(() => cell(row, 'copy').textContent!.includes('Copied'), '"Copied" shown');
    expect(await navigator.clipboard.readText()).to.equal(new URL('/__detail/conv_000008', location.href).pathname);
  });

  it('still copies when the Clipboard API refuses, through the fallback', async () => {
    await executeServerCommand('grant-clipboard');
    const original = navigator.clipboard.writeText;
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
    });
    try {
      const row = await mountRow(makeConversation(9));
      await sendMouse({ type: 'click', position: centerOf(cell(row, 'copy').querySelector('button')!) });
      await waitUntil(() => cell(row, 'copy').textContent!.includes('Copied'), '"Copied" shown');
      expect(await navigator.clipboard.readText()).to.equal('/__detail/conv_000009');
    } finally {
      Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: original });
    }
  });

  it('renders hostile text as text', async () => {
    const row = await mountRow(
      makeConversation(10, {
        callerId: '<img src=x onerror="window.pwned=1">',
        summary: '<script>window.pwned = 2</script>',
        agent: { id: '"><svg onload=alert(1)>', name: '<b>bold</b>' },
      }),
    );
    expect(row.shadowRoot!.querySelector('img, script, b, svg[onload]')).to.equal(null);
    expect(cell(row, 'summary').textContent!.trim()).to.equal('<script>window.pwned = 2</script>');
    expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
  });
});

describe('tooltips in <inbox-table>', () => {
  it('uses one tooltip for the whole table and closes it when the table scrolls', async () => {
    const conversations = Array.from({ length: 60 }, (_, index) => makeConversation(index, { summary: `Full summary ${index}` }));
    const table = await mountTable({ source: createMemorySource(conversations), columns: ['callerId', 'summary', 'status'] });
    await waitForRows(table, 5);
    const root = table.shadowRoot!;
    expect(root.querySelectorAll('[role="tooltip"]').length).to.equal(1);
    const summaryCell = renderedRows(table)[2].querySelector('.c-summary')!;
    await sendMouse({ type: 'move', position: centerOf(summaryCell) });
    const tooltip = tooltipOf(root);
    await waitUntil(() => tooltip.matches(':popover-open'), 'tooltip shown');
    expect(tooltip.textContent).to.equal('Full summary 2');
    root.querySelector<HTMLElement>('.body')!.scrollTop = 200;
    await waitUntil(() => !tooltip.matches(':popover-open'), 'tooltip closed by scrolling');
    await sendMouse({ type: 'move', position: [0, 0] });
    await expect(table).to.be.accessible();
  });
});
