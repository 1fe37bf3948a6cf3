import { expect } from '@open-wc/testing';
import { ANYREACH, AVOCA, anyreachUrl, avocaUrl, control, newSession, requestJson } from './api-helpers.js';
import { eventWhere, openRawStream } from '../live/helpers.js';

describe('local API server: session control', () => {
  const base = newSession('control');
  const agents = `${base}/anyreach/agents`;

  beforeEach(async () => {
    await control(base, { count: 40, seed: 2, faults: [], latencyMs: 0, missingRoutes: [], eventFormat: 'named' });
    await fetch(`${base}/_requests`, { method: 'DELETE' });
  });

  describe('faults', () => {
    it('answers 429 with Retry-After once, then the real answer', async () => {
      await control(base, { faults: [{ status: 429, retryAfter: 7 }] });
      const limited = await requestJson(agents, { headers: ANYREACH });
      expect(limited.status).to.equal(429);
      expect(limited.headers.get('Retry-After')).to.equal('7');
      expect(limited.body).to.deep.equal({ detail: 'Injected fault' });
      expect((await requestJson(agents, { headers: ANYREACH })).status).to.equal(200);
    });

    it('applies faults in order, each `times` times, with their own body', async () => {
      await control(base, { faults: [{ status: 503, times: 2 }, { status: 500, body: { error: 'boom' } }] });
      const statuses = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await requestJson(agents, { headers: ANYREACH })).status);
      expect(statuses).to.deep.equal([503, 503, 500, 200]);
    });

    it('sends a string body verbatim, so answers that are not JSON can be injected', async () => {
      await control(base, { faults: [{ status: 200, body: '<html>gateway</html>', retryAfter: 'Wed, 21 Oct 2026 07:28:00 GMT' }] });
      const response = await fetch(agents, { headers: ANYREACH });
      expect(response.status).to.equal(200);
      expect(response.headers.get('Retry-After')).to.equal('Wed, 21 Oct 2026 07:28:00 GMT');
      expect(await response.text()).to.equal('<html>gateway</html>');
    });

    it('limits a fault to requests whose path contains `path`', async () => {
      await control(base, { faults: [{ status: 503, path: '/avoca/' }] });
      expect((await requestJson(agents, { headers: ANYREACH })).status).to.equal(200);
      expect((await requestJson(avocaUrl(base), { headers: AVOCA })).status).to.equal(503);
      expect((await requestJson(avocaUrl(base), { headers: AVOCA })).status).to.equal(200);
    });

    it('drops the connection: the request fails as a network error, the next one succeeds', async () => {
      await requestJson(agents, { headers: ANYREACH });
      await control(base, { faults: [{ drop: true }] });
      let failure: unknown;
      try {
        await fetch(agents, { headers: ANYREACH });
      } catch (error) {
        failure = error;
      }
      expect(failure).to.be.instanceOf(TypeError);
      expect((await requestJson(agents, { headers: ANYREACH })).status).to.equal(200);
      const log = await requestJson(`${base}/_requests`);
      expect(log.body, 'the browser did not retry the dropped request').to.have.length(3);
    });

    it('delays the real answer by delayMs', async () => {
      await control(base, { faults: [{ delayMs: 400 }] });
      const started = performance.now();
      const answer = await requestJson(agents, { headers: ANYREACH });
      expect(answer.status).to.equal(200);
      expect(performance.now() - started).to.be.at.least(390);
    });

    it('delays every answer by latencyMs, so a short client timeout fires', async () => {
      await control(base, { latencyMs: 1500 });
      let failure: unknown;
      try {
        await fetch(agents, { headers: ANYREACH, signal: AbortSignal.timeout(200) });
      } catch (error) {
        failure = error;
      }
      expect((failure as DOMException).name).to.equal('TimeoutError');
      const started = performance.now();
      expect((await requestJson(anyreachUrl(base, { limit: 1 }), { headers: ANYREACH })).status).to.equal(200);
      expect(performance.now() - started).to.be.at.least(1490);
    });

    it('rejects a malformed control body with 400', async () => {
      for (const body of ['{', '[]', JSON.stringify({ count: -1 }), JSON.stringify({ seed: 1.5 }), JSON.stringify({ faults: {} }), JSON.stringify({ faults: [{ status: 42 }] }), JSON.stringify({ latencyMs: 'slow' }), JSON.stringify({ missingRoutes: ['stream'] }), JSON.stringify({ missingRoutes: 'agents' }), JSON.stringify({ eventFormat: 'xml' })]) {
        const answer = await requestJson(`${base}/_control`, { method: 'POST', body });
        expect(answer.status, body).to.equal(400);
        expect(answer.body.error).to.be.a('string');
      }
    });
  });

  describe('optional routes', () => {
    it('answers 404 from the agents and team members routes while they are missing, as a server without them does', async () => {
      const members = `${base}/avoca/v1/team/members`;
      await control(base, { missingRoutes: ['agents'] });
      expect(await requestJson(agents, { headers: ANYREACH })).to.deep.include({ status: 404, body: { detail: 'Not found' } });
      expect((await requestJson(members, { headers: AVOCA })).status).to.equal(200);
      await control(base, { missingRoutes: ['members'] });
      expect((await requestJson(agents, { headers: ANYREACH })).status).to.equal(200);
      expect(await requestJson(members, { headers: AVOCA })).to.deep.include({ status: 404, body: { error: 'Not found' } });
      await control(base, { missingRoutes: [] });
      expect((await requestJson(members, { headers: AVOCA })).status).to.equal(200);
    });
  });

  describe('event formats', () => {
    /** The first change event a stream in `eventFormat` sends for a conversation created now. */
    async function firstChange(eventFormat: string) {
      await control(base, { eventFormat });
      const raw = await openRawStream(`${base}/anyreach/core/conversations/stream`, ANYREACH);
      try {
        await eventWhere(raw.events, (event) => event.type === 'ready', 'ready');
        const answer = await requestJson(`${base}/_live`, { method: 'POST', body: JSON.stringify({ create: 1 }) });
        const change = await eventWhere(raw.events, (event) => event.type !== 'ready', 'change');
        return { id: answer.body.created[0] as string, change };
      } finally {
        raw.close();
      }
    }

    it('names events by default: event: created, data: {conversation, matches}', async () => {
      const { id, change } = await firstChange('named');
      expect(change.type).to.equal('created');
      expect(JSON.parse(change.data)).to.deep.include({ matches: true }).and.to.have.nested.property('conversation.id', id);
    });

    it('unnamed: a plain data message whose JSON carries the type', async () => {
      const { id, change } = await firstChange('unnamed');
      expect(change.type, 'no event field').to.equal('message');
      expect(JSON.parse(change.data)).to.deep.include({ type: 'created', matches: true }).and.to.have.nested.property('conversation.id', id);
      expect(change.lastEventId).to.match(/^\d+$/);
    });

    it('unreadable: a convention no client knows', async () => {
      const { id, change } = await firstChange('unreadable');
      expect(change.type).to.equal('change');
      const data = JSON.parse(change.data);
      expect(data).to.deep.include({ op: 'created' }).and.to.have.nested.property('record.id', id);
      expect(data).to.not.have.property('conversation');
    });
  });

  describe('request log', () => {
    it('records method, path, query, credential headers and body, oldest first, without control calls', async () => {
      await fetch(anyreachUrl(base, { limit: 5, status: 'completed' }), { headers: { Authorization: 'Bearer pat_read', 'X-Anyreach-Org': 'org_demo' } });
      await control(base, { latencyMs: 0 });
      const conversation = (await requestJson(avocaUrl(base, { limit: 1 }), { headers: AVOCA })).body.data.conversations[0];
      await fetch(`${base}/avoca/v1/inbox/conversations/${conversation.id}/notes`, {
        method: 'POST',
        headers: { ...AVOCA, 'Content-Type': 'application/json' },
        body: JSON.stringify({ content: 'hello', internal: false }),
      });
      const log = (await requestJson(`${base}/_requests`)).body;
      expect(log).to.deep.equal([
        {
          method: 'GET',
          path: `${base}/anyreach/core/conversations`,
          query: { limit: '5', status: 'completed' },
          headers: { authorization: 'Bearer pat_read', 'x-anyreach-org': 'org_demo' },
        },
        { method: 'GET', path: `${base}/avoca/v1/inbox/conversations`, query: { limit: '1' }, headers: { authorization: 'Bearer avk_test', 'x-workspace-id': 'ws_demo' } },
        {
          method: 'POST',
          path: `${base}/avoca/v1/inbox/conversations/${conversation.id}/notes`,
          query: {},
          headers: { authorization: 'Bearer avk_test', 'x-workspace-id': 'ws_demo' },
          body: { content: 'hello', internal: false },
        },
      ]);
    });

    it('records refused and unknown requests too, and DELETE clears it', async () => {
      await fetch(agents);
      await fetch(`${base}/nowhere`);
      expect((await requestJson(`${base}/_requests`)).body.map((entry: { path: string }) => entry.path)).to.deep.equal([agents, `${base}/nowhere`]);
      expect((await fetch(`${base}/_requests`, { method: 'DELETE' })).status).to.equal(204);
      expect((await requestJson(`${base}/_requests`)).body).to.deep.equal([]);
    });

    it('keeps each session to its own log', async () => {
      const other = newSession('control-other');
      await fetch(`${other}/anyreach/agents`, { headers: ANYREACH });
      expect((await requestJson(`${base}/_requests`)).body).to.deep.equal([]);
      expect((await requestJson(`${other}/_requests`)).body).to.have.length(1);
    });
  });

  describe('data set', () => {
    const firstIds = async () => (await requestJson(anyreachUrl(base, { limit: 100 }), { headers: ANYREACH })).body.map((row: { id: string }) => row.id);

    it('regenerates on count and seed; one seed always gives the same data', async () => {
      const seedTwo = await firstIds();
      expect(seedTwo).to.have.length(40);
      await control(base, { count: 12 });
      expect(await firstIds()).to.have.length(12);
      await control(base, { count: 40, seed: 9 });
      expect(await firstIds()).not.to.deep.equal(seedTwo);
      await control(base, { seed: 2 });
      expect(await firstIds()).to.deep.equal(seedTwo);
    });

    it('serves an empty data set', async () => {
      await control(base, { count: 0 });
      expect((await requestJson(anyreachUrl(base), { headers: ANYREACH })).body).to.deep.equal([]);
      expect((await requestJson(avocaUrl(base), { headers: AVOCA })).body.data.pagination).to.deep.equal({ total: 0, limit: 20, offset: 0, has_more: false });
    });

    it('drops the session writes when it regenerates', async () => {
      const id = (await firstIds())[0];
      const tag = (tags: string) => requestJson(avocaUrl(base, { tags }), { headers: AVOCA });
      await fetch(`${base}/avoca/v1/inbox/conversations/${id}/tags`, { method: 'POST', headers: AVOCA, body: JSON.stringify({ tags: ['temporary'] }) });
      expect((await tag('temporary')).body.data.pagination.total).to.equal(1);
      await control(base, { seed: 2 });
      expect((await tag('temporary')).body.data.pagination.total).to.equal(0);
    });
  });

  describe('routing', () => {
    it('answers 404 JSON to unknown routes, in the error shape of the API the path belongs to', async () => {
      expect(await requestJson(`${base}/nowhere`)).to.deep.include({ status: 404, body: { error: 'Not found' } });
      expect(await requestJson(`${base}/anyreach/core/nothing`, { headers: ANYREACH })).to.deep.include({ status: 404, body: { detail: 'Not found' } });
      expect((await requestJson('/api/s/bad%20name/anyreach/agents')).status).to.equal(404);
    });

    it('answers 405 JSON with Allow to a wrong method', async () => {
      const answer = await requestJson(anyreachUrl(base), { method: 'DELETE', headers: ANYREACH });
      expect(answer.status).to.equal(405);
      expect(answer.headers.get('Allow')).to.equal('GET');
      expect(answer.body).to.deep.equal({ detail: 'Method not allowed' });
    });
  });
});
