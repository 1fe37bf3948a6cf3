/** `<inbox-table>` against the local API server over real HTTP. */
import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { createAnyreachSource } from '../../src/data/anyreach.js';
import { createAvocaSource } from '../../src/data/avoca.js';
import { uniqueSession } from '../fixtures/conversations.js';
import { cellText, mountTable, renderedRows, rowsInView, scrollToEnd, statusBar, waitForRows } from './helpers.js';

interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
}

class ServerSession {
  readonly name = uniqueSession('table');
  readonly base = `${location.origin}/api/s/${this.name}`;

  async control(body: object): Promise<void> {
    const response = await fetch(`${this.base}/_control`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(response.ok, 'control accepted').to.equal(true);
  }

  async requests(): Promise<LoggedRequest[]> {
    return (await fetch(`${this.base}/_requests`)).json();
  }

  anyreach(token = 'ak_demo.sensitive', pageSize = 50) {
    return createAnyreachSource({ baseUrl: `${this.base}/anyreach`, token, pageSize, retry: { baseDelayMs: 10, attempts: 3 } });
  }

  avoca(pageSize = 20) {
    return createAvocaSource({ baseUrl: `${this.base}/avoca/v1`, apiKey: 'avk_demo', workspaceId: 'ws_demo', pageSize, retry: { baseDelayMs: 10, attempts: 3 } });
  }
}

function centerOf(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

describe('<inbox-table> over the Anyreach API', () => {
  it('scrolls to the end requesting each page exactly once, with no duplicate and no token_created row', async () => {
    const server = new ServerSession();
    await server.control({ count: 640, seed: 7 });
    const table = await mountTable({ source: server.anyreach('ak_demo.sensitive', 100) });
    await waitForRows(table);
    await scrollToEnd(table);
    const requests = (await server.requests()).filter((request) => request.path.endsWith('/core/conversations'));
    const cursors = requests.map((request) => request.query.cursor ?? '(first)');
    expect(new Set(cursors).size, 'no page requested twice').to.equal(cursors.length);
    const ids = table.rows.map((row) => row.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(table.rows.some((row) => row.status === 'token_created')).to.equal(false);
    // Compare with the whole data set as the server holds it.
    const everything: { id: string; status: string }[] = [];
    let cursor: string | undefined;
    for (;;) {
      const url = `${server.base}/anyreach/core/conversations?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page: { id: string; status: string; created_at: string }[] = await (await fetch(url, { headers: { Authorization: 'Bearer ak_demo.sensitive' } })).json();
      everything.push(...page);
      if (page.length < 100) break;
      cursor = btoa(page[page.length - 1].created_at);
    }
    const expected = [...new Set(everything.filter((row) => row.status !== 'token_created').map((row) => row.id))];
    expect(ids).to.deep.equal(expected);
    expect(statusBar(table)).to.contain('End of list');
  });

  it('shows only the new results when the query changes during a slow load', async () => {
    const server = new ServerSession();
    await server.control({ count: 300, seed: 3 });
    const table = await mountTable({ source: server.anyreach() });
    await waitForRows(table);
    await server.control({ faults: [{ delayMs: 1500, times: 1 }] });
    table.query = { channels: ['email'] };
    await waitUntil(async () => (await server.requests()).some((request) => request.query.channel === 'email'), 'email request sent', { timeout: 5000 });
    // The slow email request is still in flight when the user switches to texts.
    table.query = { channels: ['text'] };
    await waitUntil(() => table.rows.length > 0 && table.rows.every((row) => row.channel === 'text'), 'text rows shown', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 1800));
    expect(table.rows.every((row) => row.channel === 'text')).to.equal(true);
    expect(renderedRows(table).every((row) => cellText(table, row.dataset.id!, 'type') === 'Text')).to.equal(true);
    // The older query is never requested again after the switch. (Chromium may resend a request
    // transparently when a pooled connection closes, so counts of the same request are not exact.)
    const channels = (await server.requests()).map((request) => request.query.channel).filter(Boolean);
    expect(channels.at(-1)).to.equal('text');
    expect(channels.slice(channels.indexOf('text'))).to.deep.equal(['text']);
    expect(channels[0]).to.equal('email');
  });

  it('keeps every loaded row when a page fails, explains it, and recovers with Retry', async () => {
    const server = new ServerSession();
    await server.control({ count: 300, seed: 5 });
    // A page of 100 is far more than the viewport and its prefetch margin: no second page yet.
    const table = await mountTable({ source: server.anyreach('ak_demo.sensitive', 100) });
    await waitForRows(table);
    await rowsInView(table);
    expect(table.hasMore).to.equal(true);
    const loaded = table.rows.map((row) => row.id);
    await server.control({ faults: [{ status: 503, times: 3 }] });
    table.loadMore();
    await waitUntil(() => statusBar(table).includes('server had a problem'), 'inline error shown');
    expect(table.rows.map((row) => row.id)).to.deep.equal(loaded);
    expect(renderedRows(table).length).to.be.greaterThan(0);
    await expect(table).to.be.accessible();
    const retry = [...table.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="status"] button')].find((button) => button.textContent!.trim() === 'Retry')!;
    retry.click();
    await waitUntil(() => table.rows.length > loaded.length, 'next page after Retry');
    expect(table.rows.slice(0, loaded.length).map((row) => row.id)).to.deep.equal(loaded);
    expect(statusBar(table)).not.to.contain('problem');
  });

  it('explains a sign-in failure on the first page, with no Retry loop of requests', async () => {
    const server = new ServerSession();
    await server.control({ count: 50 });
    const table = await mountTable({ source: server.anyreach('ak_demo.wrong') });
    await waitUntil(() => statusBar(table).includes('Sign-in failed'), 'error message');
    expect(table.shadowRoot!.querySelector('[part="message"]')!.getAttribute('role')).to.equal('alert');
    expect(statusBar(table)).not.to.contain('ak_demo');
    expect((await server.requests()).length).to.equal(1);
    await expect(table).to.be.accessible();
  });

  it('explains a missing permission and a rate limit in words', async () => {
    const server = new ServerSession();
    await server.control({ count: 50, faults: [{ status: 403, body: { detail: 'Missing scope' } }] });
    const forbidden = await mountTable({ source: server.anyreach() });
    await waitUntil(() => statusBar(forbidden).includes('Missing permission'), 'forbidden message');
    await server.control({ faults: [{ status: 429, retryAfter: 0, times: 5 }] });
    const limited = await mountTable({ source: server.anyreach() });
    await waitUntil(() => statusBar(limited).includes('Too many requests'), 'rate-limit message');
  });

  it('plays one recording at a time, with elapsed and total time', async () => {
    const server = new ServerSession();
    await server.control({ count: 400, seed: 11 });
    const source = server.anyreach();
    const table = await mountTable({ source, columns: ['play', 'status', 'callerId'], query: { status: 'completed', channels: ['phone'] } });
    await waitForRows(table, 3);
    const playable = renderedRows(table).filter((row) => row.querySelector('.c-play button'));
    expect(playable.length).to.be.greaterThan(1);
    const [first, second] = playable;
    // Play's place is taken by the row's player, which plays at once.
    const player = (row: Element) => row.querySelector('.c-play recording-player')?.shadowRoot ?? undefined;
    const toggleLabel = (row: Element) => player(row)?.querySelector('button.toggle')?.getAttribute('aria-label');
    await sendMouse({ type: 'click', position: centerOf(first.querySelector('.c-play button')!) });
    await waitUntil(() => toggleLabel(first) === 'Pause recording', 'first playing', { timeout: 8000 });
    expect(player(first)!.querySelector('.time')!.textContent!.trim()).to.match(/^0:0[01] \/ 0:01$/);
    await sendMouse({ type: 'click', position: centerOf(second.querySelector('.c-play button')!) });
    await waitUntil(() => toggleLabel(second) === 'Pause recording', 'second playing', { timeout: 8000 });
    expect(toggleLabel(first)).to.equal('Play recording');
    // No audio element in the DOM: each player keeps its own out of the page.
    expect(table.shadowRoot!.querySelectorAll('audio').length).to.equal(0);
  });

  it('shows an error instead of failing silently for an unplayable recording', async () => {
    const server = new ServerSession();
    const source = server.anyreach();
    const broken = { ...source, fetchPage: async (request: Parameters<typeof source.fetchPage>[0]) => {
      const page = await source.fetchPage(request);
      return { ...page, items: page.items.map((row) => ({ ...row, status: 'completed', recordingUrl: '/api/recordings/broken.wav' })) };
    } };
    const table = await mountTable({ source: broken, columns: ['play', 'callerId'] });
    await waitForRows(table, 2);
    const row = renderedRows(table)[0];
    await sendMouse({ type: 'click', position: centerOf(row.querySelector('.c-play button')!) });
    const alert = () => row.querySelector('.c-play recording-player')?.shadowRoot?.querySelector('[role="alert"]');
    await waitUntil(alert, 'error shown', { timeout: 8000 });
    expect(alert()!.textContent).to.contain('Cannot be played');
    await expect(table).to.be.accessible();
  });
});

describe('columns the credential cannot read', () => {
  it('hides them with hide-unreadable-columns when the token lacks the sensitive scope, and shows "-" otherwise', async () => {
    const server = new ServerSession();
    await server.control({ count: 60, seed: 6 });
    const headersOf = (table: HTMLElement) => [...table.shadowRoot!.querySelectorAll('[role="columnheader"]')].map((cell) => cell.textContent!.trim());

    const hiding = await mountTable({ source: server.anyreach('ak_demo.read') });
    hiding.hideUnreadableColumns = true;
    await waitForRows(hiding);
    await waitUntil(() => !headersOf(hiding).includes('Summary'), 'sensitive columns hidden');
    expect(headersOf(hiding)).not.to.include.members(['Caller Name']);
    expect(headersOf(hiding)).to.include.members(['Agent', 'Caller ID', 'Status', 'Duration']);
    expect(hiding.shadowRoot!.querySelector('.c-play')).to.equal(null);
    // One table on screen at a time: the virtualizer renders nothing below the viewport.
    hiding.parentElement!.remove();

    const showing = await mountTable({ source: server.anyreach('ak_demo.read') });
    await waitForRows(showing);
    const id = renderedRows(showing)[0].dataset.id!;
    expect(cellText(showing, id, 'summary')).to.equal('-');
    showing.parentElement!.remove();

    const sensitive = await mountTable({ source: server.anyreach('ak_demo.sensitive') });
    sensitive.hideUnreadableColumns = true;
    await waitForRows(sensitive);
    await rowsInView(sensitive);
    expect(headersOf(sensitive)).to.include.members(['Summary', 'Caller Name']);
  });
});

describe('<inbox-table> over the Avoca API', () => {
  it('shows the Avoca default columns and the total the API reports', async () => {
    const server = new ServerSession();
    await server.control({ count: 230, seed: 2 });
    const table = await mountTable({ source: server.avoca(50) });
    await waitForRows(table);
    const headers = [...table.shadowRoot!.querySelectorAll('[role="columnheader"]')].map((cell) => cell.textContent!.trim());
    expect(headers).to.include.members(['Customer', 'Type', 'Status', 'Priority', 'Assignee', 'Tags', 'Unread', 'Summary', 'Last Activity', 'Duration', 'Play']);
    expect(table.total).to.equal(230);
    await table.updateComplete;
    expect(table.shadowRoot!.querySelector('.count')!.textContent).to.equal(`${table.rows.length} of 230 conversations loaded`);
    await scrollToEnd(table);
    expect(table.rows.length).to.equal(230);
    const offsets = (await server.requests())
      .filter((request) => request.path.endsWith('/inbox/conversations'))
      .map((request) => Number(request.query.offset ?? 0));
    expect(offsets).to.deep.equal([0, 50, 100, 150, 200]);
  });
});
