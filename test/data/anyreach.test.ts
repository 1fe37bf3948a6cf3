import { expect } from '@open-wc/testing';
import { generateDataset, toAnyreach } from '../../demo/server/generate.js';
import { createAnyreachSource, encodeCursor, normalizeAnyreachConversation, type AnyreachSource, type AnyreachSourceOptions } from '../../src/data/anyreach.js';
import { InboxError, isAbortError } from '../../src/data/errors.js';
import type { Conversation, InboxDataSource, InboxQuery, Page } from '../../src/data/types.js';
import { apiSession, rejectionOf, unhandledRejectionsDuring } from './api-session.js';

const api = apiSession('anyreach');
const COUNT = 700;
const SEED = 7;
const dataset = generateDataset({ count: COUNT, seed: SEED });
/** What the server sends for each conversation (sensitive fields included), newest first. */
const wire = JSON.parse(JSON.stringify(dataset.conversations.map((c) => toAnyreach(c, { sensitive: true })))) as WireConversation[];
const wireById = new Map(wire.map((row) => [row.id, row]));
const visible = wire.filter((row) => row.status !== 'token_created');

interface WireConversation {
  id: string;
  status: string;
  direction: string;
  created_at: string;
  updated_at?: string | null;
  user_id?: string | null;
  agent_id: string;
  agent?: { id: string; name: string } | null;
  agent_version_id?: string | null;
  agent_number?: string | null;
  web_widget_id: string | null;
  duration?: number | null;
  user_turn_count?: number | null;
  summary?: string | null;
  custom_metadata?: Record<string, unknown> | null;
  recording_details?: { url?: string } | null;
}

function source(options: Partial<AnyreachSourceOptions> = {}): AnyreachSource {
  return createAnyreachSource({ baseUrl: api.anyreach, token: 'ak_demo.sensitive', retry: { random: () => 0 }, ...options });
}

/** Every page of a walk from the start, with the `fetchPage` answers in order. */
async function walk(from: InboxDataSource, query: InboxQuery = {}, pageSize?: number): Promise<Page[]> {
  const pages: Page[] = [];
  let continuation: unknown;
  do {
    const page = await from.fetchPage({ query, continuation, pageSize });
    pages.push(page);
    continuation = page.next ?? undefined;
  } while (pages.at(-1)!.next !== null && pages.length < 1000);
  return pages;
}

const ids = (items: Conversation[]) => items.map((conversation) => conversation.id);

describe('Anyreach source over real HTTP', () => {
  before(() => api.control({ count: COUNT, seed: SEED }));
  beforeEach(async () => {
    await api.control({ faults: [] });
    await api.clearRequests();
  });

  describe('filters', () => {
    it('sends every filter of the query as the documented parameter', async () => {
      await source().fetchPage({
        query: {
          direction: 'outbound',
          channels: ['email'],
          status: 'completed',
          callerId: '+1310',
          agentId: 'agt_reception',
          agentVersionId: 'ver_rcp_3',
          webWidgetId: 'ww_site_main',
          agentNumber: '+1415',
          durationMin: 30,
          durationMax: 600,
          userTurnsMin: 1,
          userTurnsMax: 20,
          createdAfter: '2026-09-01T00:00:00Z',
          createdBefore: '2026-10-31T23:59:59Z',
          campaign: 'Promo "50% off" & more',
          customMetadata: { crm_id: 'crm_1' },
        },
      });
      const [request] = await api.requests();
      expect(request!.path).to.equal(`${api.anyreach}/core/conversations`);
      expect(request!.query).to.deep.equal({
        direction: 'outbound',
        channel: 'email',
        status: 'completed',
        user_id: '+1310',
        agent_id: 'agt_reception',
        agent_version_id: 'ver_rcp_3',
        web_widget_id: 'ww_site_main',
        agent_number: '+1415',
        duration_above: '30',
        duration_below: '600',
        user_turn_count_above: '1',
        user_turn_count_below: '20',
        created_after: '2026-09-01T00:00:00Z',
        created_before: '2026-10-31T23:59:59Z',
        custom_metadata: JSON.stringify({ crm_id: 'crm_1', anyreach_campaign: 'Promo "50% off" & more' }),
        limit: '50',
      });
    });

    it('sends nothing but the page size for an empty query ("All")', async () => {
      await source().fetchPage({ query: { callerId: '  ', channels: [], campaign: '' } });
      const [request] = await api.requests();
      expect(request!.query).to.deep.equal({ limit: '50' });
    });

    for (const [channel, apiChannel] of [
      ['phone', 'telephone'],
      ['web_chat', 'webrtc'],
      ['email', 'email'],
      ['text', 'text'],
    ] as const) {
      it(`shows only ${channel} conversations when that channel is chosen (channel=${apiChannel})`, async () => {
        const page = await source().fetchPage({ query: { channels: [channel] } });
        const [request] = await api.requests();
        expect(request!.query.channel).to.equal(apiChannel);
        expect(page.items.length).to.be.greaterThan(0);
        expect(page.items.every((conversation) => conversation.channel === channel && conversation.channelRaw === apiChannel)).to.equal(true);
      });
    }

    it('sends no channel filter when all four channels are chosen', async () => {
      await source().fetchPage({ query: { channels: ['phone', 'web_chat', 'email', 'text'] } });
      expect((await api.requests())[0]!.query).not.to.have.property('channel');
    });

    it('refuses two channels at once with a config error, before any request', async () => {
      const error = await rejectionOf(source().fetchPage({ query: { channels: ['phone', 'email'] } }));
      expect(error).to.be.instanceOf(InboxError);
      expect((error as InboxError).kind).to.equal('config');
      expect(await api.requests()).to.have.length(0);
    });

    it('shows only conversations matching the filters the server applied', async () => {
      const { items } = await source().fetchPage({ query: { direction: 'inbound', durationMin: 60, campaign: 'Renewals Q4' } });
      const expected = visible.filter(
        (row) => row.direction === 'inbound' && (row.duration ?? -1) >= 60 && row.custom_metadata?.anyreach_campaign === 'Renewals Q4',
      );
      expect(items.length).to.be.greaterThan(0);
      expect(ids(items)).to.deep.equal(expected.slice(0, items.length).map((row) => row.id));
    });
  });

  describe('cursor walk', () => {
    it('walks to the end showing every conversation once, newest first, never token_created', async () => {
      let served = 0;
      // A real fetch that counts the rows the server sent, re-served ones included.
      const countingFetch: typeof fetch = async (input, init) => {
        const response = await fetch(input, init);
        served += ((await response.clone().json()) as unknown[]).length;
        return response;
      };
      const pages = await walk(source({ fetch: countingFetch }), {}, 100);
      const shown = pages.flatMap((page) => page.items);
      expect(wire.some((row) => row.status === 'token_created')).to.equal(true);
      expect(ids(shown)).to.deep.equal(visible.map((row) => row.id));
      expect(shown.every((conversation) => conversation.status !== 'token_created')).to.equal(true);
      expect(pages.at(-1)!.next).to.equal(null);
      expect(pages.every((page) => page.total === undefined)).to.equal(true);
      // The inclusive timestamp cursor re-serves rows: the walk de-duplicated them.
      expect(served).to.be.greaterThan(COUNT);
    });

    it('sends the Base64 created_at of the previous page’s last row as cursor', async () => {
      const from = source();
      const first = await from.fetchPage({ query: {}, pageSize: 20 });
      await from.fetchPage({ query: {}, pageSize: 20, continuation: first.next });
      const [firstRequest, secondRequest] = await api.requests();
      expect(firstRequest!.query).not.to.have.property('cursor');
      expect(secondRequest!.query.cursor).to.equal(btoa(wire[19]!.created_at));
      expect(secondRequest!.query.limit).to.equal('20');
    });

    it('starts over when asked for a page without a continuation', async () => {
      const from = source();
      const first = await from.fetchPage({ query: {}, pageSize: 30 });
      await from.fetchPage({ query: {}, pageSize: 30, continuation: first.next });
      const again = await from.fetchPage({ query: {}, pageSize: 30 });
      expect(ids(again.items)).to.deep.equal(ids(first.items));
    });

    it('serves the same rows when the same page is requested again', async () => {
      const from = source();
      const first = await from.fetchPage({ query: {}, pageSize: 25 });
      const second = await from.fetchPage({ query: {}, pageSize: 25, continuation: first.next });
      const retried = await from.fetchPage({ query: {}, pageSize: 25, continuation: first.next });
      expect(ids(retried.items)).to.deep.equal(ids(second.items));
      expect(ids(second.items)).not.to.include.members([ids(first.items).at(-1)]);
    });

    it('ends the walk instead of looping when a full page brings nothing new', async () => {
      // With one row per page the inclusive cursor serves the same row again and again.
      const pages = await walk(source(), {}, 1);
      expect(pages.at(-1)!.next).to.equal(null);
      expect(ids(pages.flatMap((page) => page.items))).to.deep.equal([wire[0]!.id]);
      expect(await api.requests()).to.have.length(2);
    });

    it('refuses a continuation it did not produce', async () => {
      const error = await rejectionOf(source().fetchPage({ query: {}, continuation: 40 }));
      expect((error as InboxError).kind).to.equal('config');
    });

    it('stops a page load aborted mid-request without retrying or an unhandled rejection', async () => {
      await api.control({ faults: [{ delayMs: 1000 }] });
      const controller = new AbortController();
      let error: unknown;
      const unhandled = await unhandledRejectionsDuring(async () => {
        setTimeout(() => controller.abort(), 100);
        error = await rejectionOf(source().fetchPage({ query: {}, signal: controller.signal }));
        await new Promise((resolve) => setTimeout(resolve, 1200));
      });
      expect(isAbortError(error)).to.equal(true);
      expect(unhandled).to.deep.equal([]);
      expect(await api.requests()).to.have.length(1);
    });

    it('rejects with an AbortError when the signal is already aborted', async () => {
      const error = await rejectionOf(source().fetchPage({ query: {}, signal: AbortSignal.abort() }));
      expect(isAbortError(error)).to.equal(true);
      expect(await api.requests()).to.have.length(0);
    });
  });

  describe('credentials', () => {
    it('sends an org key (ak_) without X-Anyreach-Org, even when an organization is configured', async () => {
      await source({ token: 'ak_demo.sensitive' }).fetchPage({ query: {} });
      await source({ token: 'ak_demo.sensitive', organizationId: 'org_demo' }).fetchPage({ query: {} });
      const requests = await api.requests();
      expect(requests).to.have.length(2);
      for (const request of requests) {
        expect(request.headers).to.deep.equal({ authorization: 'Bearer ak_demo.sensitive' });
      }
    });

    it('sends a personal token (pat_) with X-Anyreach-Org', async () => {
      const page = await source({ token: 'pat_sensitive', organizationId: 'org_demo' }).fetchPage({ query: {} });
      expect(page.items.length).to.be.greaterThan(0);
      const [request] = await api.requests();
      expect(request!.headers).to.deep.equal({ authorization: 'Bearer pat_sensitive', 'x-anyreach-org': 'org_demo' });
    });

    it('refuses a personal token without an organization at creation, before any request', async () => {
      expect(() => createAnyreachSource({ baseUrl: api.anyreach, token: 'pat_sensitive' }))
        .to.throw(InboxError)
        .with.property('kind', 'config');
      expect(await api.requests()).to.have.length(0);
    });

    it('refuses a missing or malformed credential at creation', () => {
      for (const token of ['', 'ak_demo sensitive', 'ak_x\nInjected: 1']) {
        expect(() => createAnyreachSource({ baseUrl: api.anyreach, token }), JSON.stringify(token))
          .to.throw(InboxError)
          .with.property('kind', 'config');
      }
    });

    it('names itself by organization, never by the credential', () => {
      expect(source({ token: 'pat_sensitive', organizationId: 'org_demo' }).id).to.equal('anyreach:org_demo');
      // Org keys each stand for their own organization: distinct ids, made without the secret.
      const keyId = source({ token: 'ak_demo.sensitive' }).id;
      expect(keyId).to.match(/^anyreach:key:[0-9a-f]{8}$/);
      expect(source({ token: 'ak_demo.other' }).id, 'same public id part').to.equal(keyId);
      expect(source({ token: 'ak_team2.sensitive' }).id).not.to.equal(keyId);
      expect(keyId).not.to.contain('demo').and.not.to.contain('sensitive');
    });

    it('reports a refused credential as unauthorized without the credential in the message', async () => {
      const error = await rejectionOf(source({ token: 'ak_demo.wrongsecret' }).fetchPage({ query: {} }));
      expect((error as InboxError).kind).to.equal('unauthorized');
      expect((error as InboxError).message).to.include('Invalid API key');
      expect((error as InboxError).message).not.to.include('wrongsecret');
    });

    it('reports a personal token for another organization as forbidden', async () => {
      const error = await rejectionOf(source({ token: 'pat_sensitive', organizationId: 'org_other' }).fetchPage({ query: {} }));
      expect((error as InboxError).kind).to.equal('forbidden');
    });

    it('leaves the sensitive fields absent for a read-only key', async () => {
      const { items } = await source({ token: 'ak_demo.read' }).fetchPage({ query: {}, pageSize: 100 });
      expect(items.length).to.be.greaterThan(50);
      for (const conversation of items) {
        expect(conversation.summary).to.equal(undefined);
        expect(conversation.callerName).to.equal(undefined);
        expect(conversation.customMetadata).to.equal(undefined);
        expect(conversation.recordingUrl).to.equal(undefined);
        expect(conversation.extraParticipants).to.equal(undefined);
      }
      expect(items.some((conversation) => conversation.callerId !== undefined && conversation.createdAt !== undefined)).to.equal(true);

      const sensitive = await source({ token: 'ak_demo.sensitive' }).fetchPage({ query: {}, pageSize: 100 });
      expect(sensitive.items.some((conversation) => conversation.summary !== undefined)).to.equal(true);
      expect(sensitive.items.some((conversation) => conversation.recordingUrl !== undefined)).to.equal(true);
    });
  });

  describe('normalized conversations', () => {
    it('carries every field the server sent, field by field', async () => {
      const { items } = await source().fetchPage({ query: {}, pageSize: 100 });
      for (const conversation of items) {
        const row = wireById.get(conversation.id)!;
        expect(conversation.source).to.equal('anyreach');
        expect(conversation.raw).to.deep.equal(row);
        expect(conversation.createdAt).to.equal(row.created_at);
        expect(conversation.updatedAt).to.equal(row.updated_at ?? undefined);
        expect(conversation.status).to.equal(row.status);
        expect(conversation.direction).to.equal(row.direction);
        expect(conversation.callerId).to.equal(row.user_id ?? undefined);
        expect(conversation.agentNumber).to.equal(row.agent_number ?? undefined);
        expect(conversation.agent?.id).to.equal(row.agent?.id ?? row.agent_id);
        expect(conversation.agent?.name).to.equal(row.agent?.name);
        expect(conversation.agent?.versionId).to.equal(row.agent_version_id ?? undefined);
        expect(conversation.durationSeconds).to.equal(row.duration ?? undefined);
        expect(conversation.userTurnCount).to.equal(row.user_turn_count ?? undefined);
        expect(conversation.summary).to.equal(row.summary || undefined);
        expect(conversation.customMetadata).to.deep.equal(row.custom_metadata ?? undefined);
        expect(conversation.callerName).to.equal(row.custom_metadata?.caller_name);
        expect(conversation.recordingUrl).to.equal(row.recording_details?.url);
        expect(conversation.webWidgetId).to.equal(row.web_widget_id ?? undefined);
        expect(conversation.organizationId).to.equal('org_demo');
      }
    });

    it('lists the extra e-mail participants once each, without the caller and the agent', async () => {
      const { items } = await source().fetchPage({ query: { channels: ['email'] }, pageSize: 100 });
      const withParticipants = items.filter((conversation) => conversation.extraParticipants !== undefined);
      expect(withParticipants.length).to.be.greaterThan(0);
      for (const conversation of withParticipants) {
        const lower = conversation.extraParticipants!.map((address) => address.toLowerCase());
        expect(new Set(lower).size).to.equal(lower.length);
        expect(lower).not.to.include(conversation.callerId?.toLowerCase());
        expect(lower).not.to.include(conversation.agentNumber?.toLowerCase());
      }
    });

    it('lets the host read a field from elsewhere with mapConversation', async () => {
      const { items } = await source({
        mapConversation: (conversation) => ({ ...conversation, callerName: conversation.callerId?.toUpperCase() }),
      }).fetchPage({ query: {} });
      expect(items[0]!.callerName).to.equal(items[0]!.callerId?.toUpperCase());
    });

    it('lists the agents a user can filter by', async () => {
      const agents = await source().listAgents();
      expect(agents).to.deep.equal(dataset.agents.map(({ id, name }) => ({ id, name })));
      const [request] = await api.requests();
      expect(request!.path).to.equal(`${api.anyreach}/agents`);
      expect(request!.headers.authorization).to.equal('Bearer ak_demo.sensitive');
    });
  });
});

describe('normalizeAnyreachConversation', () => {
  it('reads values of the wrong type as absent instead of failing', () => {
    const conversation = normalizeAnyreachConversation({
      id: 42,
      channel: { evil: true },
      direction: 'sideways',
      status: ['completed'],
      user_id: 5,
      agent: 'agent',
      agent_number: null,
      duration: -3,
      user_turn_count: Number.NaN,
      summary: { text: 'x' },
      created_at: 12,
      custom_metadata: ['caller_name'],
      conversation: { participants: 'a@example.com' },
      recording_details: { url: 'javascript:alert(1)' },
    })!;
    expect(conversation.id).to.equal('42');
    for (const field of ['channel', 'channelRaw', 'direction', 'status', 'callerId', 'agent', 'agentNumber', 'durationSeconds', 'userTurnCount', 'summary', 'createdAt', 'customMetadata', 'extraParticipants', 'recordingUrl'] as const) {
      expect(conversation[field], field).to.equal(undefined);
    }
  });

  it('skips a row without an id, and anything that is not an object', () => {
    for (const row of [null, 'conv_1', [], { status: 'completed' }, { id: '' }]) {
      expect(normalizeAnyreachConversation(row), JSON.stringify(row)).to.equal(undefined);
    }
  });

  it('keeps an unknown channel as spelled, with no unified channel', () => {
    const conversation = normalizeAnyreachConversation({ id: 'c', channel: 'fax' })!;
    expect(conversation.channel).to.equal(undefined);
    expect(conversation.channelRaw).to.equal('fax');
  });

  it('offers only http(s) or same-origin recordings', () => {
    const url = (value: unknown) => normalizeAnyreachConversation({ id: 'c', recording_details: { url: value } })!.recordingUrl;
    expect(url('https://cdn.example/a.wav')).to.equal('https://cdn.example/a.wav');
    expect(url('/api/recordings/c.wav')).to.equal('/api/recordings/c.wav');
    expect(url('data:audio/wav;base64,AAAA')).to.equal(undefined);
    expect(url(' javascript:alert(1)')).to.equal(undefined);
  });

  it('de-duplicates participants case-insensitively, keeping the first spelling, and drops caller and agent', () => {
    const conversation = normalizeAnyreachConversation({
      id: 'c',
      user_id: 'Caller@Example.com',
      agent_number: 'agent@example.com',
      conversation: {
        participants: ['caller@example.com', 'AGENT@example.com', 'Ops@Example.com', { address: 'ops@example.com' }, { address: 'cc@example.com' }, { name: 'no address' }, 7],
      },
    })!;
    expect(conversation.extraParticipants).to.deep.equal(['Ops@Example.com', 'cc@example.com']);
  });

  it('encodes the cursor as standard Base64 of the timestamp as received, even beyond Latin-1', () => {
    expect(encodeCursor('2026-10-31T23:59:59Z')).to.equal(btoa('2026-10-31T23:59:59Z'));
    expect(encodeCursor('2026-10-31T23:59:59Z ✓')).to.equal(btoa('2026-10-31T23:59:59Z \u00e2\u009c\u0093'));
  });
});
