/** LiveController on a small table-like host, over the local API server. */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { css, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_LIVE_STRINGS, LiveController, liveStyles } from '../../src/components/inbox-table/live-controller.js';
import { createAnyreachSource } from '../../src/data/anyreach.js';
import { createAvocaSource } from '../../src/data/avoca.js';
import type { LiveDataSource } from '../../src/data/live.js';
import { RowStore } from '../../src/data/row-store.js';
import type { Conversation, InboxQuery } from '../../src/data/types.js';
import { FAST_RETRY, liveSession, sleep, waitForStreams } from './helpers.js';

const ROW_HEIGHT = 40;

/** The table's live-related surface: loaded rows in a scroller, paging, announcements, and the pill. */
class LiveTestHost extends LitElement {
  static override styles = [
    liveStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        height: 400px;
      }
      .body {
        flex: 1;
        overflow: auto;
      }
      .row {
        height: ${ROW_HEIGHT}px;
        box-sizing: border-box;
      }
    `,
  ];
  @property({ attribute: false }) source?: LiveDataSource;
  @property({ attribute: false }) query: InboxQuery = {};
  @property({ type: Boolean }) live = true;
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval?: number;
  pageSize = 50;
  strings = { live: DEFAULT_LIVE_STRINGS };
  readonly store = new RowStore();
  readonly announcements: string[] = [];
  readonly liveUpdates = new LiveController(this, {
    store: () => this.store,
    scroller: () => this.body,
    atTop: () => (this.body?.scrollTop ?? 0) <= 1,
    scrollToTop: () => this.body?.scrollTo({ top: 0 }),
  });
  private generation = 0;

  get body(): HTMLElement | null {
    return this.renderRoot.querySelector('.body');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('source') || changed.has('query')) this.refresh();
  }

  refresh(): void {
    this.store.reset();
    this.generation += 1;
    this.requestUpdate();
    void this.loadMore();
  }

  /** Loads the next page, as the table's paging does. */
  async loadMore(): Promise<void> {
    const { source, generation } = this;
    if (!source || this.store.done) return;
    const page = await source.fetchPage({ query: this.query, pageSize: this.pageSize, continuation: this.store.started ? this.store.next : undefined });
    if (generation !== this.generation) return;
    this.store.append(page);
    this.requestUpdate();
  }

  replaceConversation(conversation: Conversation): void {
    if (this.store.replace(conversation)) this.requestUpdate();
  }

  describe(id: string): string {
    const conversation = this.store.get(id);
    return conversation?.callerName || conversation?.callerId || id;
  }

  announce(message: string): void {
    this.announcements.push(message);
  }

  protected override render(): TemplateResult {
    return html`${this.liveUpdates.render()}
      <div class="body" tabindex="-1">
        ${this.store.rows.map(
          (row) => html`<div class="row" data-id=${row.id}>${row.status} ${this.liveUpdates.isStale(row.id) ? this.strings.live.stale : ''}</div>`,
        )}
      </div>`;
  }
}
customElements.define('live-test-host', LiveTestHost);

const session = liveSession('live-controller');

async function mount(source: LiveDataSource, query: InboxQuery = {}): Promise<LiveTestHost> {
  const host = await fixture<LiveTestHost>(html`<live-test-host .source=${source} .query=${query}></live-test-host>`);
  await waitUntil(() => host.store.started, 'first page');
  await waitForStreams(session, 1);
  return host;
}

const anyreach = () => createAnyreachSource({ baseUrl: session.anyreach, token: 'ak_demo.sensitive', retry: FAST_RETRY });
const avoca = () => createAvocaSource({ baseUrl: session.avoca, apiKey: 'avk_test', workspaceId: 'ws_demo', retry: FAST_RETRY });
const shownIds = (host: LiveTestHost) => [...host.shadowRoot!.querySelectorAll<HTMLElement>('.row')].map((row) => row.dataset.id!);
const pill = (host: LiveTestHost) => host.shadowRoot!.querySelector<HTMLButtonElement>('.live-pill');
const rowText = (host: LiveTestHost, id: string) => host.shadowRoot!.querySelector(`.row[data-id="${id}"]`)!.textContent!.replace(/\s+/g, ' ').trim();

describe('LiveController', () => {
  beforeEach(() => session.control({ count: 120, seed: 8, faults: [] }));
  afterEach(async () => {
    // Before open-wc's own cleanup (a root hook, run after this one): the host leaving ends its stream.
    fixtureCleanup();
    await waitForStreams(session, 0, 'the host closed its stream');
  });

  it('shows a new conversation in place at the top when the user is there, and announces it', async () => {
    const host = await mount(anyreach());
    const before = shownIds(host);
    const { created } = await session.live({ create: 1 });
    await waitUntil(() => shownIds(host)[0] === created[0], 'arrival at the top');
    expect(shownIds(host)).to.deep.equal([...created, ...before]);
    expect(pill(host)).to.equal(null);
    expect(host.announcements.at(-1)).to.equal('1 new conversation');
  });

  it('holds arrivals behind a pill while the user is scrolled, without moving a pixel; the pill shows them at the top', async () => {
    const host = await mount(anyreach());
    const body = host.body!;
    body.scrollTop = 7 * ROW_HEIGHT + 13;
    const scrollTop = body.scrollTop;
    const reading = host.shadowRoot!.querySelector<HTMLElement>('.row:nth-child(9)')!;
    const readingTop = reading.getBoundingClientRect().top;
    const before = shownIds(host);

    const { created } = await session.live({ create: 2 });
    await waitUntil(() => pill(host) !== null, 'pill shown');
    expect(pill(host)!.textContent!.trim()).to.equal('2 new conversations');
    expect(host.announcements.at(-1)).to.equal('2 new conversations');
    expect(body.scrollTop, 'scroll position unchanged').to.equal(scrollTop);
    expect(reading.getBoundingClientRect().top, 'the row being read has not moved').to.equal(readingTop);
    expect(shownIds(host)).to.deep.equal(before);

    pill(host)!.click();
    await host.updateComplete;
    expect(body.scrollTop).to.equal(0);
    expect(shownIds(host)).to.deep.equal([...[...created].reverse(), ...before]);
    expect(pill(host)).to.equal(null);
    expect(host.shadowRoot!.activeElement, 'focus stays in the list').to.equal(body);
  });

  it('updates rows in place as a call progresses and announces each status politely', async () => {
    const host = await mount(anyreach());
    const { created } = await session.live({ create: 1 });
    const id = created[0]!;
    await waitUntil(() => shownIds(host)[0] === id, 'arrival');
    const who = host.describe(id);
    await session.live({ advance: id, status: 'in_progress' });
    await waitUntil(() => rowText(host, id) === 'in_progress', 'in progress');
    expect(host.announcements.at(-1)).to.equal(`${who}: In Progress`);
    await session.live({ advance: id, status: 'completed' });
    await waitUntil(() => rowText(host, id) === 'completed', 'completed');
    expect(host.announcements.at(-1)).to.equal(`${who}: Completed`);
    expect(host.store.get(id)!.recordingUrl).to.equal(`/api/recordings/${id}.wav`);
    expect(shownIds(host)[0], 'it stays where it is').to.equal(id);
  });

  it('keeps a row that no longer matches the filters, marked, until the list reloads', async () => {
    const host = await mount(avoca(), { status: 'open' });
    const id = shownIds(host)[2]!;
    await session.live({ advance: id, status: 'resolved' });
    await waitUntil(() => host.liveUpdates.isStale(id), 'marked');
    expect(rowText(host, id)).to.equal(`resolved ${DEFAULT_LIVE_STRINGS.stale}`);
    expect(shownIds(host)[2]).to.equal(id);
    host.refresh();
    await waitUntil(() => host.store.started, 'reloaded');
    expect(host.liveUpdates.isStale(id)).to.equal(false);
    expect(shownIds(host)).to.not.include(id);
  });

  it('never duplicates a row across live arrivals and later (offset) page loads', async () => {
    const host = await mount(avoca());
    host.pageSize = 20;
    const loaded = shownIds(host).length;
    const { created } = await session.live({ create: 3, channel: 'text' });
    await waitUntil(() => shownIds(host).length === loaded + 3, 'arrivals inserted');
    // The next offset page starts 3 rows early now: the list has grown at the top.
    for (let page = 0; page < 3; page += 1) await host.loadMore();
    await host.updateComplete;
    const ids = shownIds(host);
    expect(new Set(ids).size, 'no duplicates').to.equal(ids.length);
    const serverIds: string[] = [];
    for (const offset of [0, 100]) {
      const list = await (await fetch(`${session.avoca}/inbox/conversations?limit=100&offset=${offset}`, { headers: { Authorization: 'Bearer avk_test', 'X-Workspace-ID': 'ws_demo' } })).json();
      serverIds.push(...list.data.conversations.map((row: { id: string }) => row.id));
    }
    expect(ids, 'the server\'s order, nothing skipped').to.deep.equal(serverIds.slice(0, ids.length));
    expect(ids.slice(0, 3)).to.deep.equal([...created].reverse());
    expect(host.store.total).to.equal(123);
  });

  it('holds arrivals for a sort that does not put them first; the pill reloads the list', async () => {
    const host = await mount(avoca(), { sort: 'created_asc' });
    const { created } = await session.live({ create: 1, channel: 'email' });
    await waitUntil(() => pill(host) !== null, 'pill');
    expect(shownIds(host)).to.not.include(created[0]);
    const requestsBefore = (await session.requestsTo('/inbox/conversations')).length;
    pill(host)!.click();
    await waitUntil(async () => (await session.requestsTo('/inbox/conversations')).length > requestsBefore, 'reloaded');
    await waitUntil(() => host.store.started, 'first page again');
    expect(pill(host)).to.equal(null);
  });

  it('reloads when the stream says changes were missed', async () => {
    const host = await mount(anyreach());
    const requestsBefore = (await session.requestsTo('/core/conversations')).length;
    await session.live({ inject: 'event: reset\ndata: {}\n\n' });
    await waitUntil(async () => (await session.requestsTo('/core/conversations')).length > requestsBefore, 'reloaded');
    expect(host.liveUpdates.error).to.equal(undefined);
  });

  it('resubscribes for a new query, and stops when live is turned off or the host leaves the page', async () => {
    const host = await mount(anyreach());
    host.query = { channels: ['email'] };
    await waitUntil(async () => (await session.requestsTo('/stream')).some((request) => request.query.channel === 'email'), 'email stream');
    await waitForStreams(session, 1);
    host.live = false;
    await waitForStreams(session, 0, 'live off');
    await session.live({ create: 1, channel: 'email' });
    await sleep(150);
    expect(pill(host)).to.equal(null);
    expect(shownIds(host).some((id) => id.startsWith('conv_live_'))).to.equal(false);
    host.live = true;
    await waitForStreams(session, 1, 'live on');
    host.remove();
    await waitForStreams(session, 0, 'removed');
  });
});
