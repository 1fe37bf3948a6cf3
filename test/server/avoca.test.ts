import { expect } from '@open-wc/testing';
import { AVOCA, avocaUrl, control, newSession, requestJson } from './api-helpers.js';

type Row = Record<string, any>;
const PRIORITY_RANK: Record<string, number> = { urgent: 0, high: 1, normal: 2, low: 3 };

describe('local API server: Avoca', () => {
  const base = newSession('avoca');
  /** Every conversation in the default sort. */
  let all: Row[];

  async function list(params: Record<string, string | number> = {}) {
    const answer = await requestJson(avocaUrl(base, params), { headers: AVOCA });
    expect(answer.status, JSON.stringify(answer.body)).to.equal(200);
    return answer.body as { data: { conversations: Row[]; pagination: Record<string, any> }; meta: Record<string, any> };
  }

  /** Every matching conversation, following offset pages until has_more is false. */
  async function listAll(params: Record<string, string | number> = {}): Promise<Row[]> {
    const rows: Row[] = [];
    for (;;) {
      const { data } = await list({ ...params, limit: 100, offset: rows.length });
      rows.push(...data.conversations);
      expect(data.pagination.total).to.be.at.least(rows.length);
      if (!data.pagination.has_more) return rows;
    }
  }

  const ids = (rows: Row[]) => rows.map((row) => row.id);

  before(async () => {
    await control(base, { count: 260, seed: 5 });
    all = await listAll();
  });

  describe('list', () => {
    it('answers the documented envelope: 20 rows by default, total, has_more and meta', async () => {
      const body = await list();
      expect(body.data.conversations).to.have.length(20);
      expect(body.data.pagination).to.deep.equal({ total: 260, limit: 20, offset: 0, has_more: true });
      expect(body.meta.request_id).to.be.a('string');
      expect(Number.isNaN(Date.parse(body.meta.timestamp))).to.equal(false);
      expect(Object.keys(body.data.conversations[0])).to.include.members(['id', 'channel', 'status', 'priority', 'customer', 'assignee', 'messages_count', 'unread_count', 'metadata', 'created_at', 'last_activity_at', 'resolved_at']);
    });

    it('pages by offset up to the total, clamping limit to 100', async () => {
      expect(all).to.have.length(260);
      expect(new Set(ids(all)).size).to.equal(260);
      const middle = await list({ limit: 30, offset: 100 });
      expect(ids(middle.data.conversations)).to.deep.equal(ids(all.slice(100, 130)));
      const last = await list({ limit: 50, offset: 240 });
      expect(last.data.conversations).to.have.length(20);
      expect(last.data.pagination).to.deep.equal({ total: 260, limit: 50, offset: 240, has_more: false });
      expect((await list({ offset: 1000 })).data.conversations).to.deep.equal([]);
      expect((await list({ limit: 500 })).data.pagination.limit).to.equal(100);
    });

    it('sorts by each documented order, last activity first by default', async () => {
      const byLastActivity = (a: Row, b: Row) => b.last_activity_at.localeCompare(a.last_activity_at);
      expect(ids(all)).to.deep.equal(ids([...all].sort(byLastActivity)));
      const checks: Record<string, (a: Row, b: Row) => boolean> = {
        last_activity_desc: (a, b) => a.last_activity_at >= b.last_activity_at,
        last_activity_asc: (a, b) => a.last_activity_at <= b.last_activity_at,
        created_desc: (a, b) => a.created_at >= b.created_at,
        created_asc: (a, b) => a.created_at <= b.created_at,
        priority_desc: (a, b) => PRIORITY_RANK[a.priority] <= PRIORITY_RANK[b.priority],
      };
      for (const [sort, inOrder] of Object.entries(checks)) {
        const rows = await listAll({ sort });
        expect(new Set(ids(rows)), sort).to.deep.equal(new Set(ids(all)));
        for (let i = 1; i < rows.length; i += 1) expect(inOrder(rows[i - 1], rows[i]), `${sort} at ${i}`).to.equal(true);
      }
    });

    it('answers 400 JSON to malformed parameters', async () => {
      const bad: Record<string, string | number>[] = [{ status: 'closed' }, { channel: 'voice,fax' }, { priority: 'meh' }, { sort: 'random' }, { limit: 'x' }, { offset: -1 }, { date_from: 'last week' }, { date_to: '2026-13-40' }];
      for (const params of bad) {
        const answer = await requestJson(avocaUrl(base, params), { headers: AVOCA });
        expect(answer.status, JSON.stringify(params)).to.equal(400);
        expect(answer.body.error, JSON.stringify(params)).to.be.a('string');
      }
    });
  });

  describe('filters', () => {
    /** Runs the filter on the server and compares ids and total with the rule on the full list. */
    async function expectFilter(params: Record<string, string | number>, rule: (row: Row) => boolean) {
      const expected = ids(all.filter(rule));
      expect(expected.length, `${JSON.stringify(params)} matches something`).to.be.greaterThan(0);
      expect(expected.length, `${JSON.stringify(params)} leaves something out`).to.be.lessThan(all.length);
      expect(ids(await listAll(params)), JSON.stringify(params)).to.deep.equal(expected);
      expect((await list({ ...params, limit: 1 })).data.pagination.total).to.equal(expected.length);
    }

    it('status filters one status; all means no filter', async () => {
      for (const status of ['open', 'pending', 'resolved']) await expectFilter({ status }, (row) => row.status === status);
      expect((await list({ status: 'all' })).data.pagination.total).to.equal(260);
    });

    it('channel takes a comma-separated list', async () => {
      await expectFilter({ channel: 'voice' }, (row) => row.channel === 'voice');
      await expectFilter({ channel: 'sms,email' }, (row) => row.channel === 'sms' || row.channel === 'email');
      await expectFilter({ channel: 'live_chat' }, (row) => row.channel === 'live_chat');
    });

    it('assignee_id, customer_id and priority match exactly', async () => {
      await expectFilter({ assignee_id: 'user_789' }, (row) => row.assignee?.id === 'user_789');
      const customer = all.find((row) => all.filter((other) => other.customer.id === row.customer.id).length > 1)!.customer.id;
      await expectFilter({ customer_id: customer }, (row) => row.customer.id === customer);
      await expectFilter({ priority: 'urgent' }, (row) => row.priority === 'urgent');
    });

    it('tags match any of a comma-separated list', async () => {
      await expectFilter({ tags: 'emergency' }, (row) => row.tags?.includes('emergency'));
      await expectFilter({ tags: 'billing,vip_customer' }, (row) => row.tags?.includes('billing') || row.tags?.includes('vip_customer'));
    });

    it('search matches summary, customer name or phone, case-insensitively', async () => {
      const contains = (text: unknown, part: string) => typeof text === 'string' && text.toLowerCase().includes(part.toLowerCase());
      const searchRule = (part: string) => (row: Row) => contains(row.summary, part) || contains(row.customer.name, part) || contains(row.customer.phone, part);
      await expectFilter({ search: 'WATER' }, searchRule('water'));
      const name = all.find((row) => typeof row.customer.name === 'string' && /^[A-Za-z]+ /.test(row.customer.name))!.customer.name.split(' ')[0].toLowerCase();
      await expectFilter({ search: name }, searchRule(name));
      const phone = all.find((row) => row.customer.phone)!.customer.phone.slice(-6);
      await expectFilter({ search: phone }, searchRule(phone));
    });

    it('date_from and date_to are inclusive on created_at', async () => {
      const byCreated = [...all].sort((a, b) => a.created_at.localeCompare(b.created_at));
      const from = byCreated[60].created_at;
      const to = byCreated[200].created_at;
      await expectFilter({ date_from: from }, (row) => row.created_at >= from);
      await expectFilter({ date_to: to }, (row) => row.created_at <= to);
      await expectFilter({ date_from: from, date_to: to }, (row) => row.created_at >= from && row.created_at <= to);
    });
  });

  describe('actions', () => {
    const WRITE = { ...AVOCA, 'Content-Type': 'application/json' };

    async function act(id: string, path: string, method: string, body: unknown, headers: Record<string, string> = WRITE) {
      return requestJson(`${base}/avoca/v1/inbox/conversations/${encodeURIComponent(id)}/${path}`, { method, headers, body: JSON.stringify(body) });
    }

    async function current(id: string): Promise<Row> {
      return (await listAll()).find((row) => row.id === id)!;
    }

    it('assigns and unassigns, and later reads show it', async () => {
      const target = all.find((row) => row.assignee?.id !== 'user_795')!;
      const answer = await act(target.id, 'assign', 'PUT', { assignee_id: 'user_795' });
      expect(answer.status).to.equal(200);
      expect(answer.body.data.conversation.assignee).to.deep.include({ id: 'user_795', name: 'Priya Raman' });
      expect(answer.body.meta.request_id).to.be.a('string');
      expect(ids(await listAll({ assignee_id: 'user_795' }))).to.include(target.id);
      const cleared = await act(target.id, 'assign', 'PUT', { assignee_id: null });
      expect(cleared.body.data.conversation.assignee).to.equal(null);
      expect((await current(target.id)).assignee).to.equal(null);
    });

    it('sets the status with resolution notes; resolved_at follows', async () => {
      const target = all.find((row) => row.status === 'open')!;
      const answer = await act(target.id, 'status', 'PUT', { status: 'resolved', resolution_notes: 'Scheduled a technician' });
      expect(answer.status).to.equal(200);
      const updated = answer.body.data.conversation;
      expect(updated.status).to.equal('resolved');
      expect(updated.resolution_notes).to.equal('Scheduled a technician');
      expect(Number.isNaN(Date.parse(updated.resolved_at))).to.equal(false);
      expect(ids(await listAll({ status: 'resolved' }))).to.include(target.id);
      await act(target.id, 'status', 'PUT', { status: 'pending' });
      expect(await current(target.id)).to.deep.include({ status: 'pending', resolved_at: null });
    });

    it('adds tags without duplicates', async () => {
      const target = all.find((row) => row.tags?.includes('billing'))!;
      const answer = await act(target.id, 'tags', 'POST', { tags: ['billing', 'vip_customer', 'vip_customer', 'callback_tuesday'] });
      expect(answer.status).to.equal(200);
      const tags = answer.body.data.conversation.tags as string[];
      expect(tags.filter((tag) => tag === 'billing')).to.have.length(1);
      expect(tags).to.include.members(['vip_customer', 'callback_tuesday']);
      expect(new Set(tags).size).to.equal(tags.length);
      expect(ids(await listAll({ tags: 'callback_tuesday' }))).to.deep.equal([target.id]);
    });

    it('adds notes that later reads carry', async () => {
      const target = all[7];
      const answer = await act(target.id, 'notes', 'POST', { content: 'Prefers mornings <b>only</b>', internal: true });
      expect(answer.status).to.equal(200);
      const note = answer.body.data.note;
      expect(note).to.deep.include({ content: 'Prefers mornings <b>only</b>', internal: true });
      expect(note.id).to.be.a('string');
      expect(Number.isNaN(Date.parse(note.created_at))).to.equal(false);
      expect((await current(target.id)).notes).to.deep.equal([note]);
    });

    it('answers 404 to an unknown conversation', async () => {
      const answer = await act('conv_missing', 'tags', 'POST', { tags: ['x'] });
      expect(answer.status).to.equal(404);
      expect(answer.body).to.deep.equal({ error: 'Conversation not found' });
    });

    it('answers 400 to bad bodies and changes nothing', async () => {
      const target = all[3];
      const bad: [string, string, unknown][] = [
        ['assign', 'PUT', {}],
        ['assign', 'PUT', { assignee_id: 42 }],
        ['assign', 'PUT', { assignee_id: 'user_nobody' }],
        ['status', 'PUT', { status: 'closed' }],
        ['status', 'PUT', { status: 'resolved', resolution_notes: 5 }],
        ['tags', 'POST', { tags: 'vip' }],
        ['tags', 'POST', { tags: [''] }],
        ['notes', 'POST', { content: '' }],
        ['notes', 'POST', { content: 'x', internal: 'yes' }],
        ['notes', 'POST', [1, 2]],
      ];
      for (const [path, method, body] of bad) {
        const answer = await act(target.id, path, method, body);
        expect(answer.status, `${path} ${JSON.stringify(body)}`).to.equal(400);
        expect(answer.body.error).to.be.a('string');
      }
      const invalidJson = await requestJson(`${base}/avoca/v1/inbox/conversations/${target.id}/notes`, { method: 'POST', headers: WRITE, body: '{"content":' });
      expect(invalidJson.status).to.equal(400);
      expect(await current(target.id)).to.deep.equal(target);
    });

    it('answers 403 to every action with the read-only key', async () => {
      const target = all[11];
      const readonly = { ...WRITE, Authorization: 'Bearer avk_readonly' };
      for (const [path, method, body] of [
        ['assign', 'PUT', { assignee_id: 'user_789' }],
        ['status', 'PUT', { status: 'resolved' }],
        ['tags', 'POST', { tags: ['vip_customer'] }],
        ['notes', 'POST', { content: 'hi', internal: true }],
      ] as const) {
        const answer = await act(target.id, path, method, body, readonly);
        expect(answer.status, path).to.equal(403);
        expect(answer.body.error).to.be.a('string');
      }
      expect(await current(target.id)).to.deep.equal(target);
    });

    it('keeps writes inside their session', async () => {
      const other = newSession('avoca-other');
      await control(other, { count: 260, seed: 5 });
      const target = all[20];
      await act(target.id, 'tags', 'POST', { tags: ['only_here'] });
      expect(ids(await listAll({ tags: 'only_here' }))).to.deep.equal([target.id]);
      const elsewhere = await requestJson(avocaUrl(other, { tags: 'only_here' }), { headers: AVOCA });
      expect(elsewhere.body.data.pagination.total).to.equal(0);
    });
  });

  it('lists the team members', async () => {
    const answer = await requestJson(`${base}/avoca/v1/team/members`, { headers: AVOCA });
    expect(answer.status).to.equal(200);
    expect(answer.body.data.members.length).to.be.greaterThan(3);
    for (const member of answer.body.data.members) expect(Object.keys(member)).to.deep.equal(['id', 'name', 'avatar_url']);
  });
});
