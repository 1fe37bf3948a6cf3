import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { generateDataset, toAnyreach } from '../../demo/server/generate.js';
import { normalizeAnyreachConversation } from '../../src/data/anyreach.js';
import { InboxError, isAbortError } from '../../src/data/errors.js';
import { createMemorySource } from '../../src/data/memory.js';
import { SORT_ORDERS, type Conversation, type InboxDataSource, type InboxQuery, type Page, type SortOrder } from '../../src/data/types.js';
import { rejectionOf } from './api-session.js';

function conversation(id: string, fields: Partial<Conversation> = {}): Conversation {
  return { id, source: 'memory', raw: {}, ...fields };
}

/** A small inbox where every filter has something to tell apart. */
const ROWS: Conversation[] = [
  conversation('a', {
    direction: 'inbound',
    channel: 'phone',
    status: 'completed',
    callerId: '+13105551234',
    callerName: 'Ada Lovelace',
    agent: { id: 'agt_1', name: 'Reception', versionId: 'v1' },
    agentNumber: '+14155550100',
    durationSeconds: 60,
    userTurnCount: 4,
    createdAt: '2026-10-01T10:00:00Z',
    lastActivityAt: '2026-10-03T10:00:00Z',
    customMetadata: { anyreach_campaign: 'Renewals', crm: { id: 7, tags: ['x', 'y'] } },
    assignee: { id: 'user_1', name: 'Sarah' },
    customer: { id: 'cust_1' },
    summary: 'No hot water',
    tags: ['emergency', 'vip'],
    priority: 'urgent',
  }),
  conversation('b', {
    direction: 'outbound',
    channel: 'email',
    status: 'failed',
    callerId: 'ada@example.com',
    agent: { id: 'agt_2', name: 'Billing' },
    agentNumber: 'billing@acme.example',
    durationSeconds: 0,
    userTurnCount: 0,
    createdAt: '2026-10-02T10:00:00Z',
    lastActivityAt: '2026-10-02T11:00:00Z',
    customMetadata: { anyreach_campaign: 'Win-back' },
    assignee: null,
    customer: { id: 'cust_2' },
    summary: 'Invoice question',
    tags: ['billing'],
    priority: 'low',
  }),
  conversation('c', {
    direction: 'inbound',
    channel: 'web_chat',
    status: 'completed',
    callerId: 'guest_abc',
    callerName: 'Grace Hopper',
    agent: { id: 'agt_1', name: 'Reception', versionId: 'v2' },
    webWidgetId: 'ww_main',
    durationSeconds: 600,
    userTurnCount: 12,
    createdAt: '2026-10-03T10:00:00Z',
    lastActivityAt: '2026-10-03T09:00:00Z',
    customMetadata: { crm: { id: 7, tags: ['y'] } },
    assignee: { id: 'user_2', name: 'Miguel' },
    summary: 'Pricing for a water heater',
    tags: [],
    priority: 'high',
  }),
  conversation('d', {
    direction: 'outbound',
    channel: 'text',
    status: 'in_progress',
    callerId: '+4420794600',
    createdAt: '2026-10-04T10:00:00+02:00',
    priority: 'normal',
  }),
  conversation('hidden', { status: 'token_created', channel: 'web_chat', createdAt: '2026-10-05T10:00:00Z' }),
];

async function shown(source: InboxDataSource, query: InboxQuery): Promise<string[]> {
  return (await source.fetchPage({ query, pageSize: 100 })).items.map((item) => item.id);
}

describe('memory source', () => {
  const source = createMemorySource(ROWS);

  describe('filters (the APIs’ semantics)', () => {
    const cases: [string, InboxQuery, string[]][] = [
      ['direction', { direction: 'outbound' }, ['d', 'b']],
      ['channels, any of', { channels: ['phone', 'email'] }, ['b', 'a']],
      ['status, exact', { status: 'completed' }, ['c', 'a']],
      ['status "all" as no filter', { status: 'all' }, ['d', 'c', 'b', 'a']],
      ['caller, case-insensitive substring', { callerId: 'ADA@' }, ['b']],
      ['caller digits', { callerId: '555' }, ['a']],
      ['agent', { agentId: 'agt_1' }, ['c', 'a']],
      ['agent version', { agentVersionId: 'v2' }, ['c']],
      ['web widget', { webWidgetId: 'ww_main' }, ['c']],
      ['agent number, substring', { agentNumber: '4155550' }, ['a']],
      ['agent number is case-sensitive, like the API', { agentNumber: 'BILLING' }, []],
      ['duration, inclusive bounds', { durationMin: 60, durationMax: 600 }, ['c', 'a']],
      ['duration 0 counts as a duration', { durationMax: 0 }, ['b']],
      ['user turns, inclusive bounds', { userTurnsMin: 4, userTurnsMax: 4 }, ['a']],
      ['created after, inclusive', { createdAfter: '2026-10-02T10:00:00Z' }, ['d', 'c', 'b']],
      ['created before, inclusive', { createdBefore: '2026-10-02T10:00:00Z' }, ['b', 'a']],
      ['created bounds compare instants, not text', { createdAfter: '2026-10-04T08:00:00Z', createdBefore: '2026-10-04T08:00:00Z' }, ['d']],
      ['a bound without offset reads as UTC', { createdBefore: '2026-10-01T10:00:00' }, ['a']],
      ['campaign', { campaign: 'Renewals' }, ['a']],
      ['custom metadata, containment', { customMetadata: { crm: { tags: ['y'] } } }, ['c', 'a']],
      ['custom metadata merged with campaign', { customMetadata: { crm: { id: 7 } }, campaign: 'Renewals' }, ['a']],
      ['assignee', { assigneeId: 'user_2' }, ['c']],
      ['customer', { customerId: 'cust_2' }, ['b']],
      ['search over summary', { search: 'WATER' }, ['c', 'a']],
      ['search over caller name', { search: 'hopper' }, ['c']],
      ['search over caller id', { search: 'guest_' }, ['c']],
      ['tags, any of', { tags: ['vip', 'billing'] }, ['b', 'a']],
      ['priority', { priority: 'high' }, ['c']],
      ['several filters together', { direction: 'inbound', tags: ['emergency'], durationMin: 1 }, ['a']],
      ['empty values as "All"', { callerId: '', channels: [], tags: [] }, ['d', 'c', 'b', 'a']],
    ];
    for (const [name, query, expected] of cases) {
      it(`filters by ${name}`, async () => {
        expect(await shown(source, query)).to.deep.equal(expected);
      });
    }

    it('never shows token_created, even when asked for it', async () => {
      expect(await shown(source, {})).not.to.include('hidden');
      expect(await shown(source, { status: 'token_created' })).to.deep.equal([]);
      expect(source.capabilities.statuses).to.deep.equal(['in_progress', 'completed', 'failed']);
    });

    it('refuses a date bound that is not ISO 8601, as the APIs do', async () => {
      const error = await rejectionOf(source.fetchPage({ query: { createdAfter: 'yesterday' } }));
      expect((error as InboxError).kind).to.equal('config');
    });
  });

  describe('sorts', () => {
    const cases: [SortOrder | undefined, string[]][] = [
      [undefined, ['d', 'c', 'b', 'a']],
      ['created_desc', ['d', 'c', 'b', 'a']],
      ['created_asc', ['a', 'b', 'c', 'd']],
      // d has no activity timestamp of its own: its creation counts.
      ['last_activity_desc', ['d', 'a', 'c', 'b']],
      ['last_activity_asc', ['b', 'c', 'a', 'd']],
      ['priority_desc', ['a', 'c', 'd', 'b']],
    ];
    for (const [sort, expected] of cases) {
      it(`orders by ${sort ?? 'newest first by default'}`, async () => {
        expect(await shown(source, { sort })).to.deep.equal(expected);
      });
    }

    it('puts conversations missing the sort value last, in both directions', async () => {
      const withMissing = createMemorySource([...ROWS.slice(0, 2), conversation('undated')]);
      expect(await shown(withMissing, { sort: 'created_desc' })).to.deep.equal(['b', 'a', 'undated']);
      expect(await shown(withMissing, { sort: 'created_asc' })).to.deep.equal(['a', 'b', 'undated']);
    });
  });

  describe('paging', () => {
    it('pages by offset with the total, ending with next null', async () => {
      const first = await source.fetchPage({ query: {}, pageSize: 3 });
      expect(first.items.map((item) => item.id)).to.deep.equal(['d', 'c', 'b']);
      expect(first.total).to.equal(4);
      const second = await source.fetchPage({ query: {}, pageSize: 3, continuation: first.next });
      expect(second.items.map((item) => item.id)).to.deep.equal(['a']);
      expect(second.next).to.equal(null);
    });

    it('uses its configured page size when a request names none', async () => {
      const page = await createMemorySource(ROWS, { pageSize: 2 }).fetchPage({ query: {} });
      expect(page.items).to.have.length(2);
      expect(page.next).to.equal(2);
    });

    it('refuses a continuation it did not produce', async () => {
      const error = await rejectionOf(source.fetchPage({ query: {}, continuation: 'cursor' }));
      expect((error as InboxError).kind).to.equal('config');
    });

    it('rejects with an AbortError when the signal is already aborted', async () => {
      expect(isAbortError(await rejectionOf(source.fetchPage({ query: {}, signal: AbortSignal.abort() })))).to.equal(true);
    });
  });

  describe('actions', () => {
    it('offers no actions unless asked to', () => {
      expect(source.actions).to.equal(undefined);
    });

    it('changes the conversation in memory, and later pages and filters see the change', async () => {
      const editable = createMemorySource(ROWS, { actions: true, assignees: [{ id: 'user_9', name: 'Priya' }] });
      const assigned = (await editable.actions!.assign!('b', 'user_9')) as Conversation;
      expect(assigned.assignee).to.deep.equal({ id: 'user_9', name: 'Priya' });
      expect(await shown(editable, { assigneeId: 'user_9' })).to.deep.equal(['b']);

      const tagged = (await editable.actions!.addTags!('b', ['billing', 'follow_up'])) as Conversation;
      expect(tagged.tags).to.deep.equal(['billing', 'follow_up']);
      expect(await shown(editable, { tags: ['follow_up'] })).to.deep.equal(['b']);

      await editable.actions!.setStatus!('b', 'completed');
      expect(await shown(editable, { status: 'completed' })).to.deep.equal(['c', 'b', 'a']);

      const unassigned = (await editable.actions!.assign!('b', null)) as Conversation;
      expect(unassigned.assignee).to.equal(null);

      const note = await editable.actions!.addNote!('b', 'Call back after 5pm');
      expect(note).to.include({ content: 'Call back after 5pm', internal: true });
      // The caller's array is never changed.
      expect(ROWS[1]!.assignee).to.equal(null);
      expect(ROWS[1]!.status).to.equal('failed');
    });

    it('reports an unknown conversation as not found', async () => {
      const editable = createMemorySource(ROWS, { actions: true });
      const error = await rejectionOf(editable.actions!.setStatus!('nope', 'open'));
      expect((error as InboxError).kind).to.equal('not_found');
    });

    it('lists the agents and assignees found in the data', async () => {
      expect(await source.listAgents!()).to.deep.equal([
        { id: 'agt_1', name: 'Reception' },
        { id: 'agt_2', name: 'Billing' },
      ]);
      expect(await source.listAssignees!()).to.deep.equal([
        { id: 'user_1', name: 'Sarah' },
        { id: 'user_2', name: 'Miguel' },
      ]);
    });
  });

  describe('100,000 conversations', () => {
    const rows = generateDataset({ count: 100_000, seed: 3 })
      .conversations.map((c) => normalizeAnyreachConversation(toAnyreach(c, { sensitive: true }))!);
    const big = createMemorySource(rows);

    async function allPages(query: InboxQuery, pageSize: number): Promise<Page[]> {
      const pages: Page[] = [];
      let continuation: unknown;
      do {
        const page = await big.fetchPage({ query, continuation, pageSize });
        pages.push(page);
        continuation = page.next ?? undefined;
      } while (pages.at(-1)!.next !== null);
      return pages;
    }

    it('pages through a filtered, sorted query with the right rows and total', async () => {
      const query: InboxQuery = { channels: ['phone'], durationMin: 600, sort: 'created_asc' };
      const expected = rows
        .filter((c) => c.status !== 'token_created' && c.channel === 'phone' && (c.durationSeconds ?? -1) >= 600)
        .sort((a, b) => Date.parse(a.createdAt!) - Date.parse(b.createdAt!))
        .map((c) => c.id);
      const pages = await allPages(query, 500);
      expect(pages[0]!.total).to.equal(expected.length);
      expect(pages.flatMap((page) => page.items.map((item) => item.id))).to.deep.equal(expected);
    });

    it('serves every visible conversation exactly once when unfiltered', async () => {
      const pages = await allPages({}, 1000);
      const ids = pages.flatMap((page) => page.items.map((item) => item.id));
      const visible = rows.filter((c) => c.status !== 'token_created');
      expect(ids).to.have.length(visible.length);
      expect(new Set(ids).size).to.equal(visible.length);
      expect(pages[0]!.total).to.equal(visible.length);
    });

    it('answers the same query the same way after other queries ran in between', async () => {
      const query: InboxQuery = { search: 'water', sort: 'priority_desc' };
      const before = await big.fetchPage({ query, pageSize: 50 });
      await big.fetchPage({ query: { status: 'failed' } });
      await big.fetchPage({ query: { tags: ['x'] } });
      const after = await big.fetchPage({ query: { sort: 'priority_desc', search: 'water' }, pageSize: 50 });
      expect(after.items.map((item) => item.id)).to.deep.equal(before.items.map((item) => item.id));
      expect(after.total).to.equal(before.total);
    });
  });

  describe('a host’s own rows, read where they are', () => {
    const apiRows = generateDataset({ count: 20_000, seed: 4 }).conversations.map((c) => toAnyreach(c, { sensitive: true }));
    const normalized = apiRows.map((row) => normalizeAnyreachConversation(row)!);

    it('maps only what it reads: nothing when created, and filters, sorts and pages read rows through the mapping', async () => {
      let mapped = 0;
      const source = createMemorySource(apiRows, {
        map: (row) => {
          mapped += 1;
          return normalizeAnyreachConversation(row)!;
        },
      });
      expect(mapped, 'no set-up over the rows before the first page').to.equal(0);
      const query: InboxQuery = { channels: ['email'], sort: 'created_asc' };
      const page = await source.fetchPage({ query, pageSize: 50 });
      const expected = createMemorySource(normalized);
      const reference = await expected.fetchPage({ query, pageSize: 50 });
      expect(page.items.map((item) => item.id)).to.deep.equal(reference.items.map((item) => item.id));
      expect(page.total).to.equal(reference.total);
      expect(page.items.every((item) => item.channel === 'email'), 'pages hold conversations, not API rows').to.equal(true);
      // Matching and the sort key each read every row once, then the page's rows are mapped.
      expect(mapped).to.be.at.most(2 * apiRows.length + 50);
    });

    it('keeps no converted copy of each row: after a query, only the rows a page returned stay alive', async () => {
      const converted: WeakRef<Conversation>[] = [];
      const source = createMemorySource(apiRows, {
        map: (row) => {
          const conversation = normalizeAnyreachConversation(row)!;
          converted.push(new WeakRef(conversation));
          return conversation;
        },
      });
      const page = await source.fetchPage({ query: { search: 'water' }, pageSize: 50 });
      await source.fetchPage({ query: { status: 'failed' }, continuation: 50, pageSize: 50 });
      expect(converted.length).to.be.greaterThan(apiRows.length);
      await executeServerCommand('collect-garbage');
      const alive = converted.filter((ref) => ref.deref() !== undefined).length;
      expect(alive, 'conversations still referenced after a full garbage collection').to.be.at.most(page.items.length);
    });

    it('answers a first page picked from the matches exactly as the sorted list begins', async () => {
      for (const sort of SORT_ORDERS) {
        const query: InboxQuery = { sort };
        const picked = await createMemorySource(normalized).fetchPage({ query, pageSize: 200 });
        const sorted = createMemorySource(normalized);
        await sorted.fetchPage({ query, continuation: 200, pageSize: 200 }); // sorts every match
        const first = await sorted.fetchPage({ query, pageSize: 200 });
        expect(picked.items.map((item) => item.id), sort).to.deep.equal(first.items.map((item) => item.id));
      }
    });

    it('changes a conversation for its actions without touching the host’s row', async () => {
      const source = createMemorySource(apiRows, { map: (row) => normalizeAnyreachConversation(row)!, actions: true });
      const [first] = (await source.fetchPage({ query: {}, pageSize: 1 })).items;
      const before = JSON.stringify(apiRows);
      await source.actions!.addTags!(first!.id, ['mapped_tag']);
      const tagged = await source.fetchPage({ query: { tags: ['mapped_tag'] }, pageSize: 10 });
      expect(tagged.items.map((item) => item.id)).to.deep.equal([first!.id]);
      expect(JSON.stringify(apiRows)).to.equal(before);
    });
  });
});
