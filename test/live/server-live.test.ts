/** The local API server's live routes: event streams, `_live` control and the traffic simulation. */
import { expect, waitUntil } from '@open-wc/testing';
import { ANYREACH_HEADERS, AVOCA_HEADERS, eventWhere, idOf, liveSession, openRawStream, waitForStreams, type RawStream } from './helpers.js';

const session = liveSession('live-server');
const anyreachStream = (query = '') => `${session.anyreach}/core/conversations/stream${query}`;
const avocaStream = (query = '') => `${session.avoca}/inbox/conversations/stream${query}`;

async function anyreachList(query = 'limit=5'): Promise<{ id: string; status: string; created_at: string; recording_details?: { url: string } }[]> {
  return (await fetch(`${session.anyreach}/core/conversations?${query}`, { headers: ANYREACH_HEADERS })).json();
}

async function avocaList(query = 'limit=5'): Promise<{ id: string; last_activity_at: string; metadata: Record<string, unknown> }[]> {
  return (await (await fetch(`${session.avoca}/inbox/conversations?${query}`, { headers: AVOCA_HEADERS })).json()).data.conversations;
}

describe('local API server: live updates', () => {
  const open: RawStream[] = [];
  const stream = async (url: string, headers: Record<string, string>) => {
    const raw = await openRawStream(url, headers);
    open.push(raw);
    return raw;
  };

  before(() => session.control({ count: 60, seed: 4 }));
  afterEach(async () => {
    for (const raw of open.splice(0)) raw.close();
    await waitForStreams(session, 0, 'streams closed after the test');
    await session.control({ faults: [] });
  });

  it('streams created and updated conversations as Server-Sent Events with ids, after a ready event', async () => {
    const raw = await stream(anyreachStream(), ANYREACH_HEADERS);
    expect(raw.status).to.equal(200);
    expect(raw.contentType).to.match(/^text\/event-stream/);
    const ready = await eventWhere(raw.events, (event) => event.type === 'ready', 'ready');
    const start = Number(ready.lastEventId);

    const { created } = await session.live({ create: 1 });
    await session.live({ advance: created[0], status: 'in_progress' });
    await eventWhere(raw.events, (event) => event.type === 'updated', 'update');

    const [createdEvent, updatedEvent] = raw.events.filter((event) => event.type !== 'ready');
    expect(createdEvent!.type).to.equal('created');
    expect(createdEvent!.lastEventId).to.equal(String(start + 1));
    expect(updatedEvent!.lastEventId).to.equal(String(start + 2));
    const createdData = JSON.parse(createdEvent!.data);
    expect(createdData.matches).to.equal(true);
    expect(createdData.conversation).to.include({ id: created[0], status: 'ringing', channel: 'telephone', organization_id: 'org_demo' });
    expect(JSON.parse(updatedEvent!.data).conversation).to.include({ id: created[0], status: 'in_progress' });
  });

  it('inserts created conversations at the head of both lists, newest first, in every newest-first order', async () => {
    const { created } = await session.live({ create: 3 });
    const anyreach = await anyreachList();
    expect(anyreach.slice(0, 3).map((row) => row.id)).to.deep.equal([...created].reverse());
    expect(Date.parse(anyreach[0]!.created_at)).to.be.greaterThan(Date.parse(anyreach[3]!.created_at));
    const byActivity = await avocaList();
    expect(byActivity.slice(0, 3).map((row) => row.id)).to.deep.equal([...created].reverse());
    const byCreation = await avocaList('limit=5&sort=created_desc');
    expect(byCreation.slice(0, 3).map((row) => row.id)).to.deep.equal([...created].reverse());
    // Cursor paging still walks the whole list once.
    const ids: string[] = [];
    let cursor = '';
    for (;;) {
      const page = await anyreachList(`limit=25${cursor}`);
      ids.push(...page.map((row) => row.id));
      if (page.length < 25) break;
      cursor = `&cursor=${encodeURIComponent(btoa(page.at(-1)!.created_at))}`;
    }
    expect(new Set(ids).size).to.be.at.least(63);
    expect(ids.slice(0, 3)).to.deep.equal([...created].reverse());
  });

  it('moves a call through its statuses; completing it adds a duration and a recording to both APIs', async () => {
    const { created } = await session.live({ create: 1 });
    const id = created[0]!;
    const ringing = (await anyreachList()).find((row) => row.id === id)!;
    expect(ringing.status).to.equal('ringing');
    expect(ringing.recording_details ?? null).to.equal(null);
    await session.live({ advance: id, status: 'in_progress' });
    await session.live({ advance: id, status: 'completed' });
    const completed = (await anyreachList()).find((row) => row.id === id)!;
    expect(completed.status).to.equal('completed');
    expect(completed.recording_details!.url).to.equal(`/api/recordings/${id}.wav`);
    expect(completed).to.have.property('duration').that.is.at.least(1);
    const avoca = (await avocaList()).find((row) => row.id === id)!;
    expect(avoca.metadata).to.include({ recording_url: `/api/recordings/${id}.wav` });
    await session.live({ advance: id, status: 'resolved' });
    const resolved = (await avocaList('limit=100&status=resolved')).find((row) => row.id === id);
    expect(resolved, 'an Avoca status moves the inbox status').to.not.equal(undefined);
  });

  it('filters streams like the lists: created ones that match, updates of ones that matched before or match now', async () => {
    const ringing = await stream(anyreachStream('?status=ringing'), ANYREACH_HEADERS);
    const emails = await stream(anyreachStream('?channel=email'), ANYREACH_HEADERS);
    await waitForStreams(session, 2);
    const { created } = await session.live({ create: 1 });
    const { created: emailIds } = await session.live({ create: 1, channel: 'email' });
    await session.live({ advance: created[0], status: 'in_progress' });
    const left = await eventWhere(ringing.events, (event) => event.type === 'updated', 'ringing call left the filter');
    expect(JSON.parse(left.data)).to.deep.include({ matches: false });
    expect(ringing.events.filter((event) => event.type === 'created').map(idOf)).to.deep.equal(created);
    await eventWhere(emails.events, (event) => event.type === 'created', 'email');
    expect(emails.events.filter((event) => event.type !== 'ready').map(idOf)).to.deep.equal(emailIds);
  });

  it('replays what a client missed after its Last-Event-ID, then says ready with the latest id', async () => {
    const { lastEventId } = await session.live({ create: 1 });
    const { created } = await session.live({ create: 2 });
    const raw = await stream(anyreachStream(), { ...ANYREACH_HEADERS, 'Last-Event-ID': String(lastEventId) });
    const ready = await eventWhere(raw.events, (event) => event.type === 'ready', 'ready');
    expect(raw.events.filter((event) => event.type === 'created').map(idOf)).to.deep.equal(created);
    expect(ready.lastEventId).to.equal(String(lastEventId + 2));
    const logged = await session.requestsTo('/conversations/stream');
    expect(logged.at(-1)!.headers['last-event-id']).to.equal(String(lastEventId));
  });

  it('tells a client whose Last-Event-ID the log cannot serve to reload (reset)', async () => {
    const { lastEventId } = await session.liveStatus();
    const raw = await stream(anyreachStream(), { ...ANYREACH_HEADERS, 'Last-Event-ID': String(lastEventId + 50) });
    await eventWhere(raw.events, (event) => event.type === 'ready', 'ready');
    expect(raw.events.map((event) => event.type)).to.deep.equal(['reset', 'ready']);
  });

  it('serves Avoca streams in the Avoca wire format with the Avoca filters', async () => {
    const raw = await stream(avocaStream('?channel=voice'), AVOCA_HEADERS);
    await eventWhere(raw.events, (event) => event.type === 'ready', 'ready');
    await session.live({ create: 1, channel: 'text' });
    const { created } = await session.live({ create: 1, channel: 'telephone' });
    const event = await eventWhere(raw.events, (item) => item.type === 'created', 'voice call');
    const { conversation } = JSON.parse(event.data);
    expect(conversation).to.include({ id: created[0], channel: 'voice', status: 'open' });
    expect(conversation).to.have.property('last_activity_at');
    expect(raw.events.filter((item) => item.type === 'created')).to.have.length(1);
  });

  it('authorizes streams like the lists and never leaks the credential', async () => {
    const missing = await fetch(anyreachStream());
    expect(missing.status).to.equal(401);
    expect(await missing.json()).to.deep.equal({ detail: 'Not authenticated' });
    const wrongWorkspace = await fetch(avocaStream(), { headers: { Authorization: 'Bearer avk_test', 'X-Workspace-ID': 'ws_other' } });
    expect(wrongWorkspace.status).to.equal(403);
    const badId = await fetch(anyreachStream(), { headers: { ...ANYREACH_HEADERS, 'Last-Event-ID': 'abc' } });
    expect(badId.status).to.equal(400);
    const badFilter = await fetch(anyreachStream('?status=bogus'), { headers: ANYREACH_HEADERS });
    expect(badFilter.status).to.equal(400);
    const post = await fetch(anyreachStream(), { method: 'POST', headers: ANYREACH_HEADERS });
    expect(post.status).to.equal(405);
    // Without the sensitive scope, sensitive fields stay out of events too.
    const raw = await stream(anyreachStream(), { Authorization: 'Bearer ak_demo.read' });
    await eventWhere(raw.events, (event) => event.type === 'ready', 'ready');
    const { created } = await session.live({ create: 1, status: 'completed' });
    const event = await eventWhere(raw.events, (item) => item.type === 'created', 'created');
    expect(idOf(event)).to.equal(created[0]);
    expect(JSON.parse(event.data).conversation).to.not.have.any.keys('recording_details', 'summary', 'custom_metadata');
  });

  it('applies faults to stream requests, and ends or drops open streams on request', async () => {
    await session.control({ faults: [{ status: 503, path: '/stream' }] });
    expect((await fetch(anyreachStream(), { headers: ANYREACH_HEADERS })).status).to.equal(503);
    const ended = await stream(anyreachStream(), ANYREACH_HEADERS);
    const dropped = await stream(avocaStream(), AVOCA_HEADERS);
    await waitForStreams(session, 2);
    await session.live({ closeStreams: 'end' });
    await ended.ended;
    await dropped.ended;
    await waitForStreams(session, 0);
    const again = await stream(anyreachStream(), ANYREACH_HEADERS);
    await waitForStreams(session, 1);
    await session.live({ closeStreams: 'drop' });
    await again.ended;
    await waitForStreams(session, 0);
  });

  it('refuses malformed _live bodies with 400 and unknown ids with 404', async () => {
    const post = (body: unknown) => fetch(`${session.base}/_live`, { method: 'POST', body: JSON.stringify(body) });
    for (const body of [{ create: 0 }, { create: 1.5 }, { create: 1, channel: 'fax' }, { advance: 'x' }, { advance: 'x', status: 'done' }, { closeStreams: true }, { traffic: { tickMs: 1 } }, { traffic: 'yes' }, [1]]) {
      expect((await post(body)).status, JSON.stringify(body)).to.equal(400);
    }
    expect((await post({ advance: 'conv_nope', status: 'completed' })).status).to.equal(404);
    expect((await fetch(`${session.base}/_live`, { method: 'DELETE' })).status).to.equal(405);
  });

  it('simulates traffic: new calls ring, are answered and complete with a recording', async () => {
    const traffic = liveSession('live-traffic');
    await traffic.control({ count: 20, seed: 9 });
    const raw = await openRawStream(`${traffic.anyreach}/core/conversations/stream`, ANYREACH_HEADERS);
    try {
      expect((await traffic.live({ traffic: { tickMs: 15 } })).traffic).to.equal(true);
      const statuses = new Map<string, string[]>();
      const completedWithRecording = () =>
        raw.events.some((event) => {
          const { conversation } = JSON.parse(event.data);
          return event.type === 'updated' && conversation.status === 'completed' && conversation.recording_details?.url;
        });
      await waitUntil(completedWithRecording, 'a simulated call completed with a recording', { timeout: 15000, interval: 20 });
      expect((await traffic.live({ traffic: false })).traffic).to.equal(false);
      for (const event of raw.events.filter((item) => item.type !== 'ready')) {
        const { conversation } = JSON.parse(event.data);
        statuses.set(conversation.id, [...(statuses.get(conversation.id) ?? []), conversation.status]);
      }
      const call = [...statuses.values()].find((history) => history.at(-1) === 'completed' && history[0] === 'ringing');
      expect(call, 'a call went ringing → in_progress → completed').to.deep.equal(['ringing', 'in_progress', 'completed']);
      const { lastEventId } = await traffic.liveStatus();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await traffic.liveStatus()).lastEventId, 'traffic stopped').to.equal(lastEventId);
    } finally {
      raw.close();
    }
  });
});
