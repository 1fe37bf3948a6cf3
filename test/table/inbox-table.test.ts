import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { createMemorySource } from '../../src/data/memory.js';
import type { ConversationOpenEvent } from '../../src/events.js';
import { makeConversation, makeConversations } from '../fixtures/conversations.js';
import { cellText, countElements, mountTable, nextFrame, renderedRows, scrollToEnd, statusBar, waitForRows, openedPages } from './helpers.js';

function centerOf(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

describe('<inbox-table> with the memory source', () => {
  it('keeps the number of row elements bounded with 10,000 conversations loaded', async () => {
    const table = await mountTable({ source: createMemorySource(makeConversations(10_000), { pageSize: 1000 }) });
    await waitForRows(table);
    await scrollToEnd(table);
    expect(table.rows.length).to.equal(10_000);
    expect(table.hasMore).to.equal(false);
    const rows = renderedRows(table).length;
    // A 480px viewport holds about 10 rows of 44px; the virtualizer adds overscan.
    expect(rows).to.be.within(8, 80);
    expect(countElements(table.shadowRoot!)).to.be.below(3000);
    // The last conversation is on screen at the end of the list.
    expect(renderedRows(table).some((row) => row.conversation?.id === 'conv_009999')).to.equal(true);
    expect(statusBar(table)).to.contain('End of list');
  });

  it('loads each page once and never shows a conversation twice while scrolling to the end', async () => {
    const conversations = makeConversations(450);
    const source = createMemorySource(conversations, { pageSize: 100 });
    const requests: unknown[] = [];
    const counting = { ...source, fetchPage: (request: Parameters<typeof source.fetchPage>[0]) => (requests.push(request.continuation), source.fetchPage(request)) };
    const table = await mountTable({ source: counting });
    await waitForRows(table);
    await scrollToEnd(table);
    expect(requests.length).to.equal(5);
    expect(new Set(requests.map(String)).size).to.equal(5);
    expect(table.rows.map((row) => row.id)).to.deep.equal(conversations.map((row) => row.id));
  });

  it('shows "-" for missing values and formats every documented column', async () => {
    const full = makeConversation(1, {
      status: 'in_progress',
      direction: 'inbound',
      durationSeconds: 3723,
      createdAt: '2026-03-08T07:30:00Z',
      channel: 'web_chat',
    });
    const empty = makeConversation(2, {
      agent: undefined,
      callerId: undefined,
      callerName: undefined,
      agentNumber: undefined,
      direction: undefined,
      status: undefined,
      summary: undefined,
      durationSeconds: undefined,
      createdAt: undefined,
      channel: undefined,
      channelRaw: undefined,
    });
    const table = await mountTable({ source: createMemorySource([full, empty]), timeZone: 'America/New_York' });
    await waitForRows(table, 2);
    // A call still happening says so in words, not only in colour.
    expect(cellText(table, full.id, 'status')).to.match(/^Live In Progress · \d+:\d\d(:\d\d)?$/);
    expect(cellText(table, full.id, 'direction')).to.equal('Inbound');
    expect(cellText(table, full.id, 'duration')).to.equal('1h 2m 3s');
    // 07:30 UTC on 8 March 2026 is 03:30 in New York (daylight time started at 02:00 that day).
    expect(cellText(table, full.id, 'date')).to.equal('Mar 8, 2026');
    expect(cellText(table, full.id, 'time')).to.equal('3:30 AM');
    expect(cellText(table, full.id, 'type')).to.equal('Web Chat');
    for (const column of ['agent', 'callerId', 'callerName', 'agentNumber', 'direction', 'status', 'summary', 'duration', 'date', 'time', 'type']) {
      expect(cellText(table, empty.id, column), column).to.equal('-');
    }
  });

  it('keeps every row exactly one row height, whatever it holds, and header columns over body columns', async () => {
    const conversations = [
      makeConversation(0, { status: 'ringing' }),
      makeConversation(1, { summary: 'line one\nline two\nline three', callerName: 'x'.repeat(5000) }),
      makeConversation(2, { channel: 'email', extraParticipants: ['a@example.com', 'b@example.com'] }),
      ...makeConversations(40).slice(3),
    ];
    const table = await mountTable({ source: createMemorySource(conversations), width: 1600 });
    await waitForRows(table, 10);
    const heights = new Set(renderedRows(table).map((row) => row.getBoundingClientRect().height));
    expect([...heights]).to.deep.equal([44]);
    const header = table.shadowRoot!.querySelector('.head [role="row"]')!;
    const lastHeader = header.lastElementChild!.getBoundingClientRect();
    const lastCell = renderedRows(table)[0].lastElementChild!.getBoundingClientRect();
    expect(Math.abs(lastHeader.right - lastCell.right)).to.be.below(1);
  });

  it('shows the documented column headers in order', async () => {
    const table = await mountTable({ source: createMemorySource(makeConversations(3)) });
    await waitForRows(table);
    const headers = [...table.shadowRoot!.querySelectorAll('[role="columnheader"]')].map((cell) => cell.textContent!.trim());
    expect(headers).to.deep.equal(['Copy link', 'Play', 'Agent', 'Caller ID', 'Caller Name', 'Agent Number', 'Direction', 'Status', 'Summary', 'Duration', 'Date', 'Time', 'Type']);
  });

  it('lets the host choose and order columns', async () => {
    const table = await mountTable({ source: createMemorySource(makeConversations(3)), columns: ['status', 'callerId', 'nonsense', 'status'] });
    await waitForRows(table);
    const headers = [...table.shadowRoot!.querySelectorAll('[role="columnheader"]')].map((cell) => cell.textContent!.trim());
    expect(headers).to.deep.equal(['Status', 'Caller ID']);
    expect(renderedRows(table)[0].querySelectorAll('[role="gridcell"]').length).to.equal(2);
  });

  it('opens the detail page in a new tab on a row click, but not from the row\'s own buttons', async () => {
    await openedPages(true);
    const table = await mountTable({ source: createMemorySource(makeConversations(5)) });
    await waitForRows(table, 5);
    const opened: string[] = [];
    table.addEventListener('conversation-open', (event: ConversationOpenEvent) => opened.push(event.url!));

    const copyButton = renderedRows(table)[1].querySelector('.c-copy button')!;
    await sendMouse({ type: 'click', position: centerOf(copyButton) });
    const nameCell = renderedRows(table)[1].querySelector('.c-callerName')!;
    expect(opened).to.deep.equal([]);

    await sendMouse({ type: 'click', position: centerOf(nameCell) });
    expect(opened).to.deep.equal(['/__detail/conv_000001']);
    let pages: string[] = [];
    await waitUntil(async () => {
      pages = await openedPages();
      return pages.some((url) => url.endsWith('/__detail/conv_000001'));
    }, 'detail page opened in a new tab', { timeout: 10000 });
    expect(pages.length).to.equal(1);
    await openedPages(true);
  });

  it('opens on middle click too, and lets the host take over by cancelling conversation-open', async () => {
    await openedPages(true);
    const table = await mountTable({ source: createMemorySource(makeConversations(3)) });
    await waitForRows(table, 3);
    table.addEventListener('conversation-open', (event) => {
      if (event.conversation.id === 'conv_000002') event.preventDefault();
    });
    await sendMouse({ type: 'click', button: 'middle', position: centerOf(renderedRows(table)[0].querySelector('.c-callerName')!) });
    await sendMouse({ type: 'click', position: centerOf(renderedRows(table)[2].querySelector('.c-callerName')!) });
    await waitUntil(async () => (await openedPages()).length >= 1, 'middle click opened a tab', { timeout: 10000 });
    await nextFrame();
    const pages = await openedPages(true);
    expect(pages.map((url) => new URL(url).pathname)).to.deep.equal(['/__detail/conv_000000']);
  });

  it('never turns an unsafe URL into a link or audio source', async () => {
    const hostile = makeConversation(0, {
      recordingUrl: undefined,
      agent: { id: 'x', name: '<img src=x onerror=alert(1)>' },
      summary: '<script>window.hacked = true</script>',
    });
    const table = await mountTable({ source: createMemorySource([hostile]) });
    table.agentUrlTemplate = 'javascript:alert({agent_id})';
    await waitForRows(table);
    await table.updateComplete;
    const row = renderedRows(table)[0];
    await row.updateComplete;
    expect(row.querySelector('.c-agent a')).to.equal(null);
    expect(cellText(table, hostile.id, 'agent')).to.equal('<img src=x onerror=alert(1)>');
    expect(row.querySelector('img, script')).to.equal(null);
    expect((window as unknown as { hacked?: boolean }).hacked).to.equal(undefined);
  });

  it('shows an empty state with a way to clear the filters', async () => {
    const table = await mountTable({ source: createMemorySource(makeConversations(20)), query: { callerId: 'nobody-matches-this' } });
    await waitUntil(() => statusBar(table).includes('No conversations match these filters'), 'empty state');
    const clear = [...table.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.includes('Clear filters'))!;
    clear.click();
    await waitForRows(table, 5);
    expect(table.query).to.deep.equal({});
    await expect(table).to.be.accessible();
  });

  it('is accessible with rows loaded', async () => {
    const table = await mountTable({ source: createMemorySource(makeConversations(40)) });
    await waitForRows(table);
    await expect(table).to.be.accessible();
  });

  it('is accessible while the first page loads (skeleton rows)', async () => {
    const never = { ...createMemorySource([]), fetchPage: () => new Promise<never>(() => {}) };
    const table = await mountTable({ source: never });
    await table.updateComplete;
    expect(table.shadowRoot!.querySelectorAll('.skeleton .row').length).to.be.greaterThan(0);
    expect(table.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-busy')).to.equal('true');
    await expect(table).to.be.accessible();
  });
});
