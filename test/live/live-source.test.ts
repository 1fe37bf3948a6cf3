/** The data layer's live updates over real HTTP: the sources' event streams, reconnection, polling, visibility. */
import { expect, waitUntil } from '@open-wc/testing';
import { createAnyreachSource } from '../../src/data/anyreach.js';
import { createAvocaSource } from '../../src/data/avoca.js';
import { InboxError } from '../../src/data/errors.js';
import { MAX_UNREADABLE_EVENTS, watchConversations, type LiveDataSource, type LiveMode } from '../../src/data/live.js';
import type { RetryOptions } from '../../src/data/http.js';
import type { InboxQuery } from '../../src/data/types.js';
import { unhandledRejectionsDuring } from '../data/api-session.js';
import { FAST_RETRY, liveSession, recorder, restorePageVisibility, setPageVisibility, sleep, waitForStreams } from './helpers.js';

const session = liveSession('live-source');
const TOKEN = 'ak_demo.sensitive';

const anyreach = (retry: RetryOptions = FAST_RETRY, token = TOKEN) => createAnyreachSource({ baseUrl: session.anyreach, token, retry });
const avoca = () => createAvocaSource({ baseUrl: session.avoca, apiKey: 'avk_test', workspaceId: 'ws_demo', retry: FAST_RETRY });

/** A host's own source over the same API, without `subscribe`: the inbox polls it. */
const hostSource = (): LiveDataSource => {
  const { id, capabilities, fetchPage } = anyreach();
  return { id: `host:${id}`, capabilities, fetchPage };
};

describe('live updates from the data sources', () => {
  let stop: AbortController;
  /** Subscribes as the table would; the test's `afterEach` ends it. */
  const watch = (source: LiveDataSource, query: InboxQuery = {}, pollIntervalMs?: number) => {
    const heard = recorder();
    watchConversations(source, query, heard.listener, stop.signal, { pollIntervalMs });
    return heard;
  };

  before(() => session.control({ count: 40, seed: 6 }));
  beforeEach(async () => {
    stop = new AbortController();
    await session.control({ faults: [] });
    await session.clearRequests();
  });
  afterEach(async () => {
    stop.abort();
    restorePageVisibility();
    await waitForStreams(session, 0, 'the subscription closed its stream');
  });

  it('Anyreach: reports created and updated conversations, normalized, with credentials only in headers', async () => {
    const heard = watch(anyreach(), { channels: ['phone'] });
    await waitForStreams(session, 1);
    const { created } = await session.live({ create: 1 });
    await session.live({ advance: created[0], status: 'completed' });
    await waitUntil(() => heard.ids('updated').length === 1, 'update heard');
    expect(heard.ids('created')).to.deep.equal(created);
    const [first, second] = heard.events;
    expect(first).to.deep.include({ type: 'created' });
    expect(first!.type === 'created' && first!.conversation).to.include({ source: 'anyreach', status: 'ringing', channel: 'phone' });
    expect(second!.type === 'updated' && second!.matches).to.equal(true);
    expect(second!.type === 'updated' && second!.conversation.recordingUrl).to.equal(`/api/recordings/${created[0]}.wav`);
    const [request] = await session.requestsTo('/core/conversations/stream');
    expect(request!.query).to.deep.equal({ channel: 'telephone' });
    expect(request!.headers.authorization).to.equal(`Bearer ${TOKEN}`);
    expect(JSON.stringify(request!.query) + request!.path).to.not.contain(TOKEN);
  });

  it('Anyreach: a web session hidden as token_created is reported as created once it starts', async () => {
    const heard = watch(anyreach());
    await waitForStreams(session, 1);
    const { created } = await session.live({ create: 1, channel: 'webrtc', status: 'token_created' });
    await sleep(100);
    expect(heard.events, 'token_created is never shown').to.deep.equal([]);
    await session.live({ advance: created[0], status: 'triggered' });
    await waitUntil(() => heard.events.length === 1, 'surfaced');
    expect(heard.events[0]).to.deep.include({ type: 'created' });
    expect(heard.ids('created')).to.deep.equal(created);
  });

  it('Avoca: an update that leaves the filter arrives with matches: false', async () => {
    const { created } = await session.live({ create: 1, channel: 'text' });
    const heard = watch(avoca(), { status: 'open' });
    await waitForStreams(session, 1);
    await session.live({ advance: created[0], status: 'resolved' });
    await waitUntil(() => heard.events.length === 1, 'update heard');
    const [event] = heard.events;
    expect(event!.type).to.equal('updated');
    expect(event!.type === 'updated' && event!.matches).to.equal(false);
    expect(event!.type === 'updated' && event!.conversation).to.include({ id: created[0], source: 'avoca', status: 'resolved' });
  });

  it('reconnects after a dropped stream and a refused reconnect, resuming so nothing is missed or repeated', async () => {
    const heard = watch(anyreach());
    await waitForStreams(session, 1);
    const { created: before } = await session.live({ create: 1 });
    await waitUntil(() => heard.events.length === 1, 'first conversation heard');
    // The connection dies; the first reconnect is refused and the second dropped; meanwhile two conversations arrive.
    await session.control({ faults: [{ status: 503, path: '/stream' }, { drop: true, path: '/stream' }] });
    await session.live({ closeStreams: 'drop' });
    const { created: missed } = await session.live({ create: 2 });
    await waitUntil(() => heard.events.length === 3, 'missed conversations replayed', { timeout: 5000 });
    expect(heard.ids('created')).to.deep.equal([...before, ...missed]);
    const streams = await session.requestsTo('/core/conversations/stream');
    expect(streams).to.have.length(4);
    expect(streams.slice(1).every((request) => request.headers['last-event-id'] !== undefined), 'each reconnect resumes').to.equal(true);
    // The server ends the stream cleanly between events: same story.
    await waitForStreams(session, 1);
    await session.live({ closeStreams: 'end' });
    const { created: later } = await session.live({ create: 1 });
    await waitUntil(() => heard.events.length === 4, 'conversation after a clean end heard');
    expect(heard.ids('created')).to.deep.equal([...before, ...missed, ...later]);
  });

  it('backs off exponentially (with jitter, never below Retry-After) while the server refuses, and resets once connected', async () => {
    const waits: number[] = [];
    const retry: RetryOptions = { baseDelayMs: 100, maxDelayMs: 400, random: () => 1, sleep: (ms, signal) => (waits.push(ms), sleep(1).then(() => signal?.throwIfAborted())) };
    await session.control({ faults: [{ status: 503, times: 4, path: '/stream' }, { status: 429, retryAfter: 2, path: '/stream' }] });
    watch(anyreach(retry));
    await waitForStreams(session, 1);
    expect(waits).to.deep.equal([100, 200, 400, 400, 2000]);
    await session.live({ closeStreams: 'end' });
    await waitForStreams(session, 1);
    expect(waits.slice(5), 'after a healthy connection the backoff starts over').to.deep.equal([100]);
  });

  it('ends with a typed error, no retries and no credential in the message when the credential is refused', async () => {
    const heard = watch(anyreach(FAST_RETRY, 'ak_demo.wrong'));
    await waitUntil(() => heard.events.length === 1, 'error heard');
    const [event] = heard.events;
    expect(event!.type).to.equal('error');
    const error = event!.type === 'error' ? event!.error : undefined;
    expect(error).to.be.instanceOf(InboxError);
    expect((error as InboxError).kind).to.equal('unauthorized');
    expect(error!.message).to.not.contain('ak_demo');
    await sleep(150);
    expect(await session.requestsTo('/stream')).to.have.length(1);
  });

  it('skips malformed and hostile events and carries on', async () => {
    const unhandled = await unhandledRejectionsDuring(async () => {
      const heard = watch(avoca());
      await waitForStreams(session, 1);
      const hostile = { id: 'conv_hostile', channel: 'sms', status: 'open', summary: '<img src=x onerror=alert(1)>', metadata: { recording_url: 'javascript:alert(1)' } };
      await session.live({
        inject: [
          'event: created\ndata: {not json\n\n',
          'event: created\ndata: [1,2]\n\n',
          'event: created\ndata: {"conversation": {"summary": "no id"}}\n\n',
          'event: surprise\ndata: {}\n\n',
          `event: created\ndata: ${JSON.stringify({ conversation: hostile, matches: 'yes' })}\n\n`,
        ].join(''),
      });
      const { created } = await session.live({ create: 1, channel: 'text' });
      await waitUntil(() => heard.events.length === 2, 'two readable events');
      expect(heard.ids('created')).to.deep.equal(['conv_hostile', ...created]);
      const first = heard.events[0]!;
      expect(first.type === 'created' && first.conversation.summary).to.equal('<img src=x onerror=alert(1)>');
      expect(first.type === 'created' && first.conversation.recordingUrl, 'unsafe URLs are dropped').to.equal(undefined);
    });
    expect(unhandled).to.deep.equal([]);
  });

  it('falls back to polling the list when the server has no stream', async () => {
    await session.control({ faults: [{ status: 404, path: '/stream' }] });
    const heard = watch(anyreach(), {}, 60);
    await waitUntil(async () => (await session.requestsTo('/core/conversations')).length >= 2, 'two polls');
    const { created } = await session.live({ create: 1 });
    await waitUntil(() => heard.events.length === 1, 'created heard by polling');
    expect(heard.ids('created')).to.deep.equal(created);
    expect(await session.requestsTo('/stream')).to.have.length(1);
  });

  for (const eventFormat of ['named', 'unnamed'] as const) {
    it(`reads ${eventFormat} events (event: created, or data carrying {"type": "created"}) for both APIs`, async () => {
      await session.control({ eventFormat });
      try {
        for (const source of [anyreach(), avoca()]) {
          const heard = watch(source);
          await waitForStreams(session, 1);
          const { created } = await session.live({ create: 1, channel: 'text' });
          await session.live({ advance: created[0], status: 'pending' });
          await waitUntil(() => heard.events.length === 2, `${source.id}: created and updated heard`);
          expect(heard.events.map((event) => event.type)).to.deep.equal(['created', 'updated']);
          expect(heard.ids('created')).to.deep.equal(created);
          stop.abort();
          await waitForStreams(session, 0);
          stop = new AbortController();
        }
      } finally {
        await session.control({ eventFormat: 'named' });
      }
    });
  }

  it('polls instead, and asks for a reload, when the stream sends only what it cannot read: unknown events or bare JSON lines', async () => {
    for (const unreadable of ['event: change\ndata: {"op": "created"}\n\n', '{"type": "created", "conversation": {"id": "conv_x"}}\n']) {
      const heard = recorder();
      const modes: LiveMode[] = [];
      watchConversations(anyreach(), {}, heard.listener, stop.signal, { pollIntervalMs: 60, onMode: (mode) => modes.push(mode) });
      await waitForStreams(session, 1);
      await waitUntil(() => modes.length === 1, 'stream mode');
      await session.live({ inject: unreadable.repeat(MAX_UNREADABLE_EVENTS - 1) });
      await sleep(100);
      expect(modes, 'a few unreadable events are tolerated').to.deep.equal(['stream']);
      await session.live({ inject: unreadable });
      await waitUntil(() => modes.length === 2, 'polling mode');
      expect(modes).to.deep.equal(['stream', 'polling']);
      expect(heard.events).to.deep.equal([{ type: 'reset' }]);
      await waitForStreams(session, 0, 'the stream closed');
      const polled = (await session.requestsTo('/core/conversations')).length;
      await waitUntil(async () => (await session.requestsTo('/core/conversations')).length >= polled + 2, 'baseline and one poll');
      const { created } = await session.live({ create: 1 });
      await waitUntil(() => heard.ids('created').length === 1, 'created heard by polling');
      expect(heard.ids('created')).to.deep.equal(created);
      stop.abort();
      stop = new AbortController();
    }
  });

  it('closes the stream while the page is hidden, then resumes and delivers what happened meanwhile', async () => {
    const heard = watch(anyreach());
    await waitForStreams(session, 1);
    // Chromium keeps the test page visible: the test overrides document.visibilityState (see helpers).
    setPageVisibility('hidden');
    await waitForStreams(session, 0, 'stream closed while hidden');
    const { created } = await session.live({ create: 2 });
    await session.live({ advance: created[0], status: 'in_progress' });
    await sleep(150);
    expect(heard.events, 'nothing while hidden').to.deep.equal([]);
    expect(await session.requestsTo('/stream')).to.have.length(1);
    setPageVisibility('visible');
    await waitUntil(() => heard.events.length === 3, 'caught up');
    expect(heard.events.map((event) => event.type)).to.deep.equal(['created', 'created', 'updated']);
    const streams = await session.requestsTo('/stream');
    expect(streams).to.have.length(2);
    expect(streams[1]!.headers['last-event-id']).to.be.a('string');
  });

  it('polls a source without a stream: baseline first, then created and updated conversations merged by id', async () => {
    const heard = watch(hostSource(), {}, 50);
    await waitUntil(async () => (await session.requestsTo('/core/conversations')).length >= 2, 'baseline and one poll');
    expect(heard.events, 'the baseline reports nothing').to.deep.equal([]);
    const { created } = await session.live({ create: 2 });
    await waitUntil(() => heard.events.length === 2, 'created heard');
    expect(heard.ids('created'), 'oldest first').to.deep.equal(created);
    await session.live({ advance: created[1], status: 'in_progress' });
    await waitUntil(() => heard.events.length === 3, 'update heard');
    expect(heard.events[2]).to.deep.include({ type: 'updated', matches: true });
    await sleep(150);
    expect(heard.events, 'an unchanged page says nothing').to.have.length(3);
  });

  it('stops polling while the page is hidden and polls at once when it is visible again', async () => {
    const heard = watch(hostSource(), {}, 50);
    await waitUntil(async () => (await session.requestsTo('/core/conversations')).length >= 2, 'polling');
    // Emulated visibility (Chromium keeps the test page visible; see helpers).
    setPageVisibility('hidden');
    await sleep(60);
    const whileHidden = (await session.requestsTo('/core/conversations')).length;
    const { created } = await session.live({ create: 1 });
    await sleep(300);
    expect((await session.requestsTo('/core/conversations')).length, 'no polls while hidden').to.equal(whileHidden);
    expect(heard.events).to.deep.equal([]);
    setPageVisibility('visible');
    await waitUntil(() => heard.events.length === 1, 'caught up');
    expect(heard.ids('created')).to.deep.equal(created);
  });

  it('stops everything when the signal aborts', async () => {
    const heard = watch(anyreach());
    await waitForStreams(session, 1);
    stop.abort();
    await waitForStreams(session, 0);
    await session.live({ create: 1 });
    await sleep(100);
    expect(heard.events).to.deep.equal([]);
  });
});
