import { expect } from '@open-wc/testing';
import { anyreachUrl, control, newSession, requestJson } from './api-helpers.js';

const SENSITIVE_FIELDS = ['summary', 'initial_context', 'custom_metadata', 'conversation', 'recording_details'];

describe('local API server: credentials', () => {
  const base = newSession('auth');
  const list = anyreachUrl(base, { limit: 100 });

  before(async () => {
    await control(base, { count: 120, seed: 3 });
  });

  async function listWith(headers: Record<string, string>) {
    return requestJson(list, { headers });
  }

  /** Keys present on any row of the page. */
  function keysOf(rows: Record<string, unknown>[]): Set<string> {
    return new Set(rows.flatMap((row) => Object.keys(row)));
  }

  describe('Anyreach', () => {
    it('reads every field with an org key of the read_sensitive or manage scope', async () => {
      for (const credential of ['ak_demo.sensitive', 'ak_demo.manage']) {
        const answer = await listWith({ Authorization: `Bearer ${credential}` });
        expect(answer.status).to.equal(200);
        expect(answer.body).to.have.length(100);
        expect([...keysOf(answer.body)]).to.include.members(SENSITIVE_FIELDS);
      }
    });

    it('omits the sensitive fields (keys absent) for the read scope, keeping every safe field as is', async () => {
      const full = await listWith({ Authorization: 'Bearer ak_demo.sensitive' });
      const safe = await listWith({ Authorization: 'Bearer ak_demo.read' });
      expect(safe.status).to.equal(200);
      for (const field of SENSITIVE_FIELDS) expect(keysOf(safe.body).has(field), field).to.equal(false);
      const expected = full.body.map((row: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(row).filter(([key]) => !SENSITIVE_FIELDS.includes(key))),
      );
      expect(safe.body).to.deep.equal(expected);
    });

    it('accepts personal tokens with X-Anyreach-Org: org_demo, scoped by their secret', async () => {
      const sensitive = await listWith({ Authorization: 'Bearer pat_sensitive', 'X-Anyreach-Org': 'org_demo' });
      expect(sensitive.status).to.equal(200);
      expect(keysOf(sensitive.body).has('summary')).to.equal(true);
      const read = await listWith({ Authorization: 'Bearer pat_read', 'X-Anyreach-Org': 'org_demo' });
      expect(read.status).to.equal(200);
      expect(keysOf(read.body).has('summary')).to.equal(false);
    });

    it('answers 401 "Token is missing organization claim." to a personal token without X-Anyreach-Org', async () => {
      const answer = await listWith({ Authorization: 'Bearer pat_sensitive' });
      expect(answer.status).to.equal(401);
      expect(answer.body).to.deep.equal({ detail: 'Token is missing organization claim.' });
    });

    it('answers 403 to a personal token naming another organization', async () => {
      const answer = await listWith({ Authorization: 'Bearer pat_sensitive', 'X-Anyreach-Org': 'org_other' });
      expect(answer.status).to.equal(403);
      expect(answer.body.detail).to.be.a('string');
    });

    it('answers 400 to an org key that sends X-Anyreach-Org', async () => {
      const answer = await listWith({ Authorization: 'Bearer ak_demo.sensitive', 'X-Anyreach-Org': 'org_demo' });
      expect(answer.status).to.equal(400);
      expect(answer.body).to.deep.equal({ detail: 'Org API keys must not send X-Anyreach-Org.' });
    });

    it('answers 401 "Not authenticated" to a missing or malformed Authorization header', async () => {
      const malformed: Record<string, string>[] = [{}, { Authorization: 'ak_demo.sensitive' }, { Authorization: 'Bearer' }, { Authorization: 'Basic YTpi' }, { Authorization: 'Bearer sk_demo.sensitive' }];
      for (const headers of malformed) {
        const answer = await listWith(headers);
        expect(answer.status, JSON.stringify(headers)).to.equal(401);
        expect(answer.body).to.deep.equal({ detail: 'Not authenticated' });
      }
    });

    it('answers 401 to a credential whose secret names no scope, without echoing it', async () => {
      for (const credential of ['ak_demo.admin', 'pat_wrongsecret']) {
        const answer = await listWith({ Authorization: `Bearer ${credential}`, ...(credential.startsWith('pat_') ? { 'X-Anyreach-Org': 'org_demo' } : {}) });
        expect(answer.status).to.equal(401);
        expect(JSON.stringify(answer.body)).not.to.include(credential);
      }
    });

    it('guards the agents list with the same rules', async () => {
      expect((await requestJson(`${base}/anyreach/agents`)).status).to.equal(401);
      const answer = await requestJson(`${base}/anyreach/agents`, { headers: { Authorization: 'Bearer ak_demo.read' } });
      expect(answer.status).to.equal(200);
      expect(answer.body.length).to.be.greaterThan(3);
      for (const agent of answer.body) expect(Object.keys(agent)).to.deep.equal(['id', 'name']);
    });
  });

  describe('Avoca', () => {
    const inbox = `${base}/avoca/v1/inbox/conversations`;

    it('reads with any avk_ key and X-Workspace-ID: ws_demo', async () => {
      const answer = await requestJson(inbox, { headers: { Authorization: 'Bearer avk_anything', 'X-Workspace-ID': 'ws_demo' } });
      expect(answer.status).to.equal(200);
      expect(answer.body.data.conversations).to.have.length(20);
    });

    it('answers 401 to a missing or non-avk_ key', async () => {
      const badKeys: Record<string, string>[] = [{ 'X-Workspace-ID': 'ws_demo' }, { Authorization: 'Bearer ak_demo.sensitive', 'X-Workspace-ID': 'ws_demo' }];
      for (const headers of badKeys) {
        const answer = await requestJson(inbox, { headers });
        expect(answer.status).to.equal(401);
        expect(answer.body.error).to.be.a('string');
      }
    });

    it('answers 403 to a missing or unknown workspace', async () => {
      const badWorkspaces: Record<string, string>[] = [{ Authorization: 'Bearer avk_x' }, { Authorization: 'Bearer avk_x', 'X-Workspace-ID': 'ws_other' }];
      for (const headers of badWorkspaces) {
        const answer = await requestJson(inbox, { headers });
        expect(answer.status).to.equal(403);
        expect(answer.body.error).to.be.a('string');
      }
    });

    it('lets the read-only key read', async () => {
      const answer = await requestJson(inbox, { headers: { Authorization: 'Bearer avk_readonly', 'X-Workspace-ID': 'ws_demo' } });
      expect(answer.status).to.equal(200);
    });
  });
});
