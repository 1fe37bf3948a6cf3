import { expect } from '@open-wc/testing';
import { generateDataset, toAvoca } from '../../demo/server/generate.js';
import { createAvocaSource, normalizeAvocaConversation, type AvocaSourceOptions } from '../../src/data/avoca.js';
import { InboxError } from '../../src/data/errors.js';
import type { Conversation, InboxQuery, Page, SortOrder } from '../../src/data/types.js';
import { apiSession, rejectionOf, type ApiSession } from './api-session.js';

const COUNT = 300;
const SEED = 11;
const reads = apiSession('avoca-reads');
const writes = apiSession('avoca-writes');

interface WireConversation {
  id: string;
  channel: string;
  status: string;
  priority: string;
  tags?: string[];
  created_at: string;
  last_activity_at: string;
}
/** What the server sends for each conversation, newest created first. */
const wire = JSON.parse(JSON.stringify(generateDataset({ count: COUNT, seed: SEED }).conversations.map(toAvoca))) as WireConversation[];

function source(session: ApiSession, options: Partial<AvocaSourceOptions> = {}) {
  return createAvocaSource({ baseUrl: session.avoca, apiKey: 'avk_test', workspaceId: 'ws_demo', retry: { random: () => 0 }, ...options });
}

const ids = (items: Conversation[]) => items.map((conversation) => conversation.id);

async function walk(query: InboxQuery, pageSize: number): Promise<Page[]> {
  const from = source(reads);
  const pages: Page[] = [];
  let continuation: unknown;
  do {
    const page = await from.fetchPage({ query, continuation, pageSize });
    pages.push(page);
    continuation = page.next ?? undefined;
  } while (pages.at(-1)!.next !== null && pages.length < 100);
  return pages;
}

describe('Avoca source over real HTTP', () => {
  before(async () => {
    await reads.control({ count: COUNT, seed: SEED });
    await writes.control({ count: COUNT, seed: SEED });
  });
  beforeEach(async () => {
    for (const session of [reads, writes]) {
      await session.control({ faults: [] });
      await session.clearRequests();
    }
  });

  describe('filters and sorts', () => {
    it('sends every filter and the sort as the documented parameters', async () => {
      await source(reads).fetchPage({
        query: {
          status: 'open',
          channels: ['phone', 'web_chat', 'email', 'text'],
          assigneeId: 'user_789',
          customerId: 'cust_2s1a2',
          createdAfter: '2026-09-01T00:00:00Z',
          createdBefore: '2026-10-31T23:59:59Z',
          search: 'water heater',
          tags: ['emergency', 'needs callback'],
          priority: 'urgent',
          sort: 'created_asc',
        },
      });
      const [request] = await reads.requests();
      expect(request!.method).to.equal('GET');
      expect(request!.path).to.equal(`${reads.avoca}/inbox/conversations`);
      expect(request!.query).to.deep.equal({
        status: 'open',
        channel: 'voice,live_chat,email,sms',
        assignee_id: 'user_789',
        customer_id: 'cust_2s1a2',
        date_from: '2026-09-01T00:00:00Z',
        date_to: '2026-10-31T23:59:59Z',
        search: 'water heater',
        tags: 'emergency,needs callback',
        priority: 'urgent',
        sort: 'created_asc',
        limit: '20',
        offset: '0',
      });
      expect(request!.headers).to.deep.equal({ authorization: 'Bearer avk_test', 'x-workspace-id': 'ws_demo' });
    });

    it('sends no status for "all" and nothing for an empty query', async () => {
      await source(reads).fetchPage({ query: { status: 'all', channels: [], tags: [], search: ' ' } });
      expect((await reads.requests())[0]!.query).to.deep.equal({ limit: '20', offset: '0' });
    });

    for (const [channel, apiChannel] of [
      ['phone', 'voice'],
      ['web_chat', 'live_chat'],
      ['email', 'email'],
      ['text', 'sms'],
    ] as const) {
      it(`shows only ${channel} conversations when that channel is chosen (channel=${apiChannel})`, async () => {
        const page = await source(reads).fetchPage({ query: { channels: [channel] } });
        expect((await reads.requests())[0]!.query.channel).to.equal(apiChannel);
        expect(page.items.length).to.be.greaterThan(0);
        expect(page.items.every((conversation) => conversation.channel === channel && conversation.channelRaw === apiChannel)).to.equal(true);
      });
    }

    it('shows only conversations with any of the chosen tags and the chosen priority', async () => {
      const page = await source(reads).fetchPage({ query: { tags: ['emergency', 'billing'], priority: 'normal' }, pageSize: 100 });
      const expected = wire.filter((row) => row.priority === 'normal' && row.tags?.some((tag) => tag === 'emergency' || tag === 'billing'));
      expect(page.total).to.equal(expected.length);
      expect(ids(page.items)).to.have.members(expected.slice(0, 100).map((row) => row.id));
    });

    const sortKey: Record<SortOrder, (conversation: Conversation) => number> = {
      last_activity_desc: (c) => -Date.parse(c.lastActivityAt!),
      last_activity_asc: (c) => Date.parse(c.lastActivityAt!),
      created_desc: (c) => -Date.parse(c.createdAt!),
      created_asc: (c) => Date.parse(c.createdAt!),
      priority_desc: (c) => ['urgent', 'high', 'normal', 'low'].indexOf(c.priority!),
    };
    for (const sort of Object.keys(sortKey) as SortOrder[]) {
      it(`lists conversations in ${sort} order`, async () => {
        const { items } = await source(reads).fetchPage({ query: { sort }, pageSize: 100 });
        expect((await reads.requests())[0]!.query.sort).to.equal(sort);
        const keys = items.map(sortKey[sort]);
        expect(keys).to.deep.equal([...keys].sort((a, b) => a - b));
      });
    }
  });

  describe('offset walk', () => {
    it('walks to the end with the total on every page and each conversation once', async () => {
      const pages = await walk({}, 40);
      const shown = ids(pages.flatMap((page) => page.items));
      expect(pages).to.have.length(8);
      expect(pages.every((page) => page.total === COUNT)).to.equal(true);
      expect(pages.at(-1)!.next).to.equal(null);
      expect(new Set(shown).size).to.equal(COUNT);
      expect(shown).to.have.members(wire.map((row) => row.id));
      const offsets = (await reads.requests()).map((request) => request.query.offset);
      expect(offsets).to.deep.equal(['0', '40', '80', '120', '160', '200', '240', '280']);
    });

    it('stops when the server says there is no more', async () => {
      const page = await source(reads).fetchPage({ query: { customerId: 'nobody' } });
      expect(page).to.deep.equal({ items: [], next: null, total: 0 });
    });

    it('shows a conversation once when another one enters the list above it mid-scroll', async () => {
      const from = source(writes);
      const query: InboxQuery = { status: 'resolved', sort: 'created_desc' };
      const first = await from.fetchPage({ query, pageSize: 20 });
      const lastShown = wire.findIndex((row) => row.id === first.items.at(-1)!.id);
      const newer = wire.slice(0, lastShown).find((row) => row.status !== 'resolved')!;
      await from.actions.setStatus(newer.id, 'resolved');

      const second = await from.fetchPage({ query, pageSize: 20, continuation: first.next });
      // The server's second page starts with the first page's last row, pushed down by one.
      expect(second.items).to.have.length(19);
      expect(ids(second.items)).not.to.include.members([first.items.at(-1)!.id]);
      expect(second.total).to.equal(first.total! + 1);
    });

    it('refuses a continuation it did not produce', async () => {
      const error = await rejectionOf(source(reads).fetchPage({ query: {}, continuation: { offset: 20 } }));
      expect((error as InboxError).kind).to.equal('config');
    });
  });

  describe('credentials', () => {
    it('refuses a missing key or workspace at creation, before any request', async () => {
      for (const options of [{ apiKey: '' }, { workspaceId: '' }, { apiKey: 'avk x' }]) {
        expect(() => source(reads, options), JSON.stringify(options))
          .to.throw(InboxError)
          .with.property('kind', 'config');
      }
      expect(await reads.requests()).to.have.length(0);
    });

    it('names itself by workspace, never by the key', () => {
      expect(source(reads).id).to.equal('avoca:ws_demo');
    });

    it('reports an unknown workspace as forbidden and a bad key as unauthorized', async () => {
      const forbidden = await rejectionOf(source(reads, { workspaceId: 'ws_other' }).fetchPage({ query: {} }));
      expect((forbidden as InboxError).kind).to.equal('forbidden');
      const unauthorized = await rejectionOf(source(reads, { apiKey: 'secret_key_123' }).fetchPage({ query: {} }));
      expect((unauthorized as InboxError).kind).to.equal('unauthorized');
      expect((unauthorized as InboxError).message).not.to.include('secret_key_123');
    });

    it('lists the team members a conversation can be assigned to', async () => {
      const members = await source(reads).listAssignees();
      expect(members[0]).to.deep.equal({ id: 'user_789', name: 'Sarah Johnson' });
      expect(members.length).to.be.greaterThan(3);
      expect((await reads.requests())[0]!.path).to.equal(`${reads.avoca}/team/members`);
    });
  });

  describe('actions', () => {
    const target = () => wire[3]!.id;

    it('assigns with PUT {assignee_id} and shows the server’s updated conversation', async () => {
      const updated = (await source(writes).actions.assign(target(), 'user_790'))!;
      expect(updated.id).to.equal(target());
      expect(updated.assignee).to.deep.equal({ id: 'user_790', name: 'Miguel Ángel Ortega', avatarUrl: 'https://avatars.avoca.ai/miguel.jpg' });
      const [request] = await writes.requests();
      expect(request!.method).to.equal('PUT');
      expect(request!.path).to.equal(`${writes.avoca}/inbox/conversations/${target()}/assign`);
      expect(request!.body).to.deep.equal({ assignee_id: 'user_790' });
      expect(request!.headers).to.deep.equal({ authorization: 'Bearer avk_test', 'x-workspace-id': 'ws_demo' });

      const { items } = await source(writes).fetchPage({ query: { assigneeId: 'user_790' }, pageSize: 100 });
      expect(ids(items)).to.include(target());
    });

    it('unassigns with {assignee_id: null}', async () => {
      const updated = (await source(writes).actions.assign(target(), null))!;
      expect(updated.assignee).to.equal(null);
      expect((await writes.requests())[0]!.body).to.deep.equal({ assignee_id: null });
    });

    it('sets the status with PUT {status, resolution_notes}', async () => {
      const resolved = (await source(writes).actions.setStatus(target(), 'resolved', 'Fixed on site'))!;
      expect(resolved.status).to.equal('resolved');
      expect(resolved.resolvedAt).to.be.a('string');
      const pending = (await source(writes).actions.setStatus(target(), 'pending'))!;
      expect(pending.status).to.equal('pending');
      const [first, second] = await writes.requests();
      expect(first!.method).to.equal('PUT');
      expect(first!.path).to.equal(`${writes.avoca}/inbox/conversations/${target()}/status`);
      expect(first!.body).to.deep.equal({ status: 'resolved', resolution_notes: 'Fixed on site' });
      expect(second!.body).to.deep.equal({ status: 'pending' });
    });

    it('adds tags with POST {tags}', async () => {
      const updated = (await source(writes).actions.addTags(target(), ['vip_customer', 'recurring_issue']))!;
      expect(updated.tags).to.include.members(['vip_customer', 'recurring_issue']);
      const [request] = await writes.requests();
      expect(request!.method).to.equal('POST');
      expect(request!.path).to.equal(`${writes.avoca}/inbox/conversations/${target()}/tags`);
      expect(request!.body).to.deep.equal({ tags: ['vip_customer', 'recurring_issue'] });
    });

    it('adds an internal note with POST {content, internal: true} and returns the note', async () => {
      const note = (await source(writes).actions.addNote(target(), 'Customer prefers mornings'))!;
      expect(note.id).to.be.a('string');
      expect(note.content).to.equal('Customer prefers mornings');
      expect(note.internal).to.equal(true);
      expect(note.createdAt).to.be.a('string');
      const [request] = await writes.requests();
      expect(request!.method).to.equal('POST');
      expect(request!.path).to.equal(`${writes.avoca}/inbox/conversations/${target()}/notes`);
      expect(request!.body).to.deep.equal({ content: 'Customer prefers mornings', internal: true });
    });

    it('resolves to nothing when the server answers 204, leaving the change to the caller', async () => {
      await writes.control({ faults: [{ status: 204, body: '', path: '/assign' }, { status: 204, body: '', path: '/notes' }] });
      expect(await source(writes).actions.assign(target(), 'user_791')).to.equal(undefined);
      expect(await source(writes).actions.addNote(target(), 'n')).to.equal(undefined);
    });

    it('reports a write with a read-only key as forbidden', async () => {
      const error = await rejectionOf(source(writes, { apiKey: 'avk_readonly' }).actions.addTags(target(), ['x']));
      expect((error as InboxError).kind).to.equal('forbidden');
      expect((error as InboxError).message).to.include('read-only');
    });

    it('reports an unknown conversation as not found, with its id safely in the path', async () => {
      const error = await rejectionOf(source(writes).actions.setStatus('conv/../x?y', 'open'));
      expect((error as InboxError).kind).to.equal('not_found');
      expect((await writes.requests())[0]!.path).to.equal(`${writes.avoca}/inbox/conversations/conv%2F..%2Fx%3Fy/status`);
    });

    it('reports a malformed action answer as bad_response', async () => {
      await writes.control({ faults: [{ status: 200, body: { data: { conversation: { name: 'no id' } } }, path: '/tags' }] });
      const error = await rejectionOf(source(writes).actions.addTags(target(), ['x']));
      expect((error as InboxError).kind).to.equal('bad_response');
    });
  });

  describe('the documented example response', () => {
    let example: { data: { conversations: unknown[] } };
    before(async () => {
      example = await (await fetch('/__shared/api/fixtures/avoca-list-example.json')).json();
    });

    it('is read page by page: items, total and the next offset', async () => {
      await reads.control({ faults: [{ status: 200, body: example }] });
      const from = source(reads);
      const page = await from.fetchPage({ query: {}, pageSize: 10 });
      expect(ids(page.items)).to.deep.equal(['conv_abc123', 'conv_def456']);
      expect(page.total).to.equal(47);
      expect(page.next).not.to.equal(null);
      await from.fetchPage({ query: {}, pageSize: 10, continuation: page.next });
      expect((await reads.requests())[1]!.query.offset).to.equal('2');
    });

    it('normalizes the first conversation field by field', () => {
      const [raw] = example.data.conversations;
      expect(normalizeAvocaConversation(raw)).to.deep.equal({
        id: 'conv_abc123',
        source: 'avoca',
        channel: 'phone',
        channelRaw: 'voice',
        status: 'open',
        priority: 'urgent',
        callerId: '+13105551234',
        callerName: 'John Smith',
        customer: { id: 'cust_456', name: 'John Smith', phone: '+13105551234', email: '[email\u00a0protected]', servicetitanId: '12345' },
        summary: 'No hot water - needs emergency service',
        durationSeconds: 245,
        messagesCount: 1,
        unreadCount: 0,
        createdAt: '2024-01-20T14:30:00Z',
        lastActivityAt: '2024-01-20T14:35:00Z',
        resolvedAt: undefined,
        recordingUrl: 'https://recordings.avoca.ai/call_abc123.mp3',
        assignee: { id: 'user_789', name: 'Sarah Johnson', avatarUrl: 'https://avatars.avoca.ai/sarah.jpg' },
        tags: ['emergency', 'water_heater'],
        raw,
      });
    });

    it('normalizes the second conversation field by field', () => {
      const [, raw] = example.data.conversations;
      expect(normalizeAvocaConversation(raw)).to.deep.equal({
        id: 'conv_def456',
        source: 'avoca',
        channel: 'text',
        channelRaw: 'sms',
        status: 'pending',
        priority: 'normal',
        callerId: '+13105555678',
        callerName: 'Jane Doe',
        customer: { id: 'cust_789', name: 'Jane Doe', phone: '+13105555678', email: '[email\u00a0protected]', servicetitanId: '67890' },
        summary: 'Question about maintenance plan pricing',
        durationSeconds: undefined,
        messagesCount: 3,
        unreadCount: 1,
        createdAt: '2024-01-20T13:00:00Z',
        lastActivityAt: '2024-01-20T14:45:00Z',
        resolvedAt: undefined,
        recordingUrl: undefined,
        assignee: null,
        tags: ['sales_inquiry', 'maintenance_plan'],
        raw,
      });
    });
  });
});

describe('normalizeAvocaConversation', () => {
  it('uses the e-mail as caller when there is no phone', () => {
    expect(normalizeAvocaConversation({ id: 'c', customer: { email: 'a@example.com', phone: null } })!.callerId).to.equal('a@example.com');
  });

  it('reads values of the wrong type as absent instead of failing', () => {
    const conversation = normalizeAvocaConversation({
      id: 'c',
      channel: 7,
      customer: 'John',
      assignee: { id: 'u', avatar_url: 'javascript:alert(1)' },
      tags: ['ok', 3, null, '', { tag: 'x' }],
      metadata: { call_duration: '245', recording_url: 'data:audio/mp3;base64,AA' },
      messages_count: -1,
      unread_count: Infinity,
      resolved_at: 0,
    })!;
    expect(conversation.channel).to.equal(undefined);
    expect(conversation.customer).to.equal(undefined);
    expect(conversation.callerId).to.equal(undefined);
    expect(conversation.assignee).to.deep.equal({ id: 'u' });
    expect(conversation.tags).to.deep.equal(['ok']);
    expect(conversation.durationSeconds).to.equal(undefined);
    expect(conversation.recordingUrl).to.equal(undefined);
    expect(conversation.messagesCount).to.equal(undefined);
    expect(conversation.unreadCount).to.equal(undefined);
    expect(conversation.resolvedAt).to.equal(undefined);
  });

  it('accepts only http(s) avatars, and tells unassigned (null) from unknown (absent)', () => {
    expect(normalizeAvocaConversation({ id: 'c', assignee: { id: 'u', avatar_url: '/me.png' } })!.assignee).to.deep.equal({ id: 'u' });
    expect(normalizeAvocaConversation({ id: 'c', assignee: null })!.assignee).to.equal(null);
    expect(normalizeAvocaConversation({ id: 'c' })!.assignee).to.equal(undefined);
    expect(normalizeAvocaConversation({ id: 'c', assignee: 'Sarah' })!.assignee).to.equal(undefined);
  });
});
