import { expect } from '@open-wc/testing';
import { generateDataset, toAnyreach, toAvoca } from '../../demo/server/generate.js';

type Row = Record<string, any>;
const NOW = Date.UTC(2026, 10, 1);
const SENSITIVE_FIELDS = ['summary', 'initial_context', 'custom_metadata', 'conversation', 'recording_details'];

describe('demo data set generator', () => {
  const dataset = generateDataset({ count: 20000, seed: 1 });
  const anyreach: Row[] = dataset.conversations.map((c) => toAnyreach(c, { sensitive: true }));
  const avoca: Row[] = dataset.conversations.map(toAvoca);
  const share = (rows: Row[], rule: (row: Row) => boolean) => rows.filter(rule).length / rows.length;
  const values = (rows: Row[], read: (row: Row) => unknown) => new Set(rows.map(read));

  it('is deterministic for a seed and differs between seeds', () => {
    const again = generateDataset({ count: 300, seed: 1 }).conversations.map((c) => toAnyreach(c, { sensitive: true }));
    expect(generateDataset({ count: 300, seed: 1 }).conversations.map((c) => toAnyreach(c, { sensitive: true }))).to.deep.equal(again);
    const other = generateDataset({ count: 300, seed: 2 }).conversations.map((c) => c.id);
    expect(other).not.to.deep.equal(again.map((row) => row.id));
  });

  it('makes 50,000 conversations by default', () => {
    expect(generateDataset().conversations).to.have.length(50000);
  });

  it('spreads created_at over about 90 days before now, newest first, with equal runs of at most 3', () => {
    const times = anyreach.map((row) => Date.parse(row.created_at));
    expect(times[0]).to.be.at.most(NOW);
    expect((NOW - times.at(-1)!) / 86400000).to.be.within(80, 95);
    let run = 1;
    let runs = 0;
    for (let i = 1; i < times.length; i += 1) {
      expect(times[i]).to.be.at.most(times[i - 1]);
      run = times[i] === times[i - 1] ? run + 1 : 1;
      if (run === 2) runs += 1;
      expect(run).to.be.at.most(3);
    }
    expect(runs).to.be.greaterThan(100);
    expect(new Set(anyreach.map((row) => row.id)).size).to.equal(anyreach.length);
  });

  it('covers every channel, direction and Anyreach status, with about 3% token_created', () => {
    expect(values(anyreach, (row) => row.channel)).to.deep.equal(new Set(['telephone', 'webrtc', 'email', 'text']));
    expect(values(anyreach, (row) => row.direction)).to.deep.equal(new Set(['inbound', 'outbound']));
    expect([...values(anyreach, (row) => row.status)].sort()).to.deep.equal(
      ['cancelled', 'completed', 'failed', 'in_progress', 'ringing', 'token_created', 'transferred', 'triggered', 'unanswered'],
    );
    expect(share(anyreach, (row) => row.status === 'token_created')).to.be.within(0.02, 0.04);
  });

  it('covers every Avoca channel, status and priority, with tags and assignees', () => {
    expect(values(avoca, (row) => row.channel)).to.deep.equal(new Set(['voice', 'live_chat', 'email', 'sms']));
    expect(values(avoca, (row) => row.status)).to.deep.equal(new Set(['open', 'pending', 'resolved']));
    expect(values(avoca, (row) => row.priority)).to.deep.equal(new Set(['urgent', 'high', 'normal', 'low']));
    expect(share(avoca, (row) => row.assignee === null)).to.be.within(0.2, 0.5);
    expect(share(avoca, (row) => row.tags?.length > 0)).to.be.greaterThan(0.4);
    expect(avoca.some((row) => !('tags' in row))).to.equal(true);
    for (const row of avoca.filter((r) => r.status === 'resolved').slice(0, 50)) expect(row.resolved_at).to.be.a('string');
  });

  it('gives guest_ caller ids to web calls only', () => {
    const guests = anyreach.filter((row) => String(row.user_id).startsWith('guest_'));
    expect(guests.length).to.be.greaterThan(100);
    expect(values(guests, (row) => row.channel)).to.deep.equal(new Set(['webrtc']));
  });

  it('gives e-mail threads participants of every shape', () => {
    const participants = anyreach.filter((row) => row.channel === 'email').flatMap((row) => {
      const list = row.conversation?.participants;
      return Array.isArray(list) ? [{ row, list }] : [];
    });
    const addresses = (list: unknown[]) => list.map((item) => (typeof item === 'string' ? item : (item as { address: string }).address));
    expect(participants.some(({ list }) => list.some((item) => typeof item === 'object'))).to.equal(true);
    expect(participants.some(({ list }) => list.some((item) => typeof item === 'string'))).to.equal(true);
    expect(participants.some(({ list }) => {
      const all = addresses(list);
      return new Set(all.map((a) => a.toLowerCase())).size < new Set(all).size;
    }), 'duplicates differing in case').to.equal(true);
    expect(participants.some(({ row, list }) => addresses(list).some((a) => a.toLowerCase() === String(row.user_id).toLowerCase())), 'the caller').to.equal(true);
    expect(participants.some(({ row, list }) => addresses(list).includes(row.agent_number)), 'the agent').to.equal(true);
    expect(participants.some(({ row, list }) => addresses(list).some((a) => a.toLowerCase() !== String(row.user_id).toLowerCase() && a !== row.agent_number)), 'extras').to.equal(true);
  });

  it('sends every field with its documented type', () => {
    const anyreachTypes: Record<string, string[]> = {
      id: ['string'], organization_id: ['string'], direction: ['string'], channel: ['string'], status: ['string'],
      user_id: ['string', 'null'], agent_id: ['string'], agent_version_id: ['string', 'null'], agent_number: ['string', 'null'],
      web_widget_id: ['string', 'null'], trunk_id: ['string', 'null'], duration: ['number', 'null'], user_turn_count: ['number', 'null'],
      created_at: ['string'], updated_at: ['string', 'null'], agent: ['object', 'null'], summary: ['string', 'null'],
      initial_context: ['object', 'null'], custom_metadata: ['object', 'null'], conversation: ['object', 'null'], recording_details: ['object', 'null'],
    };
    const avocaTypes: Record<string, string[]> = {
      id: ['string'], channel: ['string'], status: ['string'], priority: ['string'], customer: ['object'], assignee: ['object', 'null'],
      summary: ['string', 'null'], messages_count: ['number'], unread_count: ['number'], tags: ['array'], metadata: ['object'],
      created_at: ['string'], last_activity_at: ['string'], resolved_at: ['string', 'null'],
    };
    const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
    const violations = new Set<string>();
    const check = (rows: Row[], types: Record<string, string[]>) => {
      for (const row of rows) {
        for (const [key, value] of Object.entries(row)) if (!types[key]?.includes(typeOf(value))) violations.add(`${key}: ${typeOf(value)}`);
      }
    };
    check(anyreach, anyreachTypes);
    check(avoca, avocaTypes);
    expect([...violations]).to.deep.equal([]);
  });

  it('leaves every optional field sometimes absent and sometimes null', () => {
    for (const field of ['user_id', 'agent_version_id', 'agent_number', 'duration', 'user_turn_count', 'updated_at', 'agent', 'summary', 'custom_metadata', 'initial_context', 'conversation', 'recording_details']) {
      expect(anyreach.some((row) => !(field in row)), `${field} absent`).to.equal(true);
      expect(anyreach.some((row) => field in row && row[field] === null), `${field} null`).to.equal(true);
    }
    expect(avoca.some((row) => !('summary' in row))).to.equal(true);
    expect(avoca.some((row) => row.customer.name === null)).to.equal(true);
  });

  it('writes long, multi-line, non-Latin and hostile summaries', () => {
    const summaries = anyreach.map((row) => row.summary).filter((summary): summary is string => typeof summary === 'string');
    expect(summaries.some((s) => s.length > 1000)).to.equal(true);
    expect(summaries.some((s) => s.includes('\n'))).to.equal(true);
    for (const script of [/\p{Script=Han}|\p{Script=Hiragana}/u, /\p{Script=Arabic}/u, /\p{Script=Cyrillic}/u, /\p{Extended_Pictographic}/u]) {
      expect(summaries.some((s) => script.test(s)), String(script)).to.equal(true);
    }
    expect(summaries.some((s) => s.includes('<script>'))).to.equal(true);
  });

  it('names agents with and without versions, and callers and campaigns in custom_metadata', () => {
    const versioned = anyreach.filter((row) => typeof row.agent_version_id === 'string');
    expect(versioned.length).to.be.greaterThan(1000);
    const unversionedAgents = dataset.agents.filter((agent) => agent.versions.length === 0).map((agent) => agent.id);
    expect(unversionedAgents.length).to.be.greaterThan(0);
    expect(versioned.some((row) => unversionedAgents.includes(row.agent_id))).to.equal(false);
    expect(anyreach.every((row) => !('agent_version_id' in row) || row.agent_version_id === null || typeof row.agent_version_id === 'string')).to.equal(true);
    expect(share(anyreach, (row) => typeof row.custom_metadata?.caller_name === 'string')).to.be.greaterThan(0.3);
    expect(values(anyreach.filter((row) => row.custom_metadata?.anyreach_campaign), (row) => row.custom_metadata.anyreach_campaign)).to.deep.equal(new Set(dataset.campaigns));
  });

  it('puts relative recording URLs on most answered voice conversations, a few broken', () => {
    const voice = anyreach.filter((row) => ['telephone', 'webrtc'].includes(row.channel) && ['completed', 'transferred'].includes(row.status));
    const urls = voice.map((row) => row.recording_details?.url).filter(Boolean) as string[];
    expect(urls.length / voice.length).to.be.greaterThan(0.8);
    for (const url of urls) expect(url).to.match(/^\/api\/recordings\/[\w-]+\.wav$/);
    expect(urls.filter((url) => url === '/api/recordings/broken.wav').length).to.be.within(10, urls.length * 0.05);
    const phone = avoca.filter((row) => row.channel === 'voice' && typeof row.metadata.recording_url === 'string');
    expect(phone.length).to.be.greaterThan(1000);
    expect(anyreach.some((row) => row.status === 'failed' && row.recording_details?.url), 'a failed call with a recording').to.equal(true);
  });

  it('ranges durations from 0 to over an hour, some missing', () => {
    const durations = anyreach.map((row) => row.duration);
    expect(durations).to.include(0);
    expect(durations.some((d) => d > 3600)).to.equal(true);
    expect(durations.some((d) => d === null || d === undefined)).to.equal(true);
  });

  it('projects into both wire formats, without sensitive fields when asked', () => {
    const stored = dataset.conversations.find((c) => c.summary && c.customMetadata && c.recordingDetails)!;
    const safe = toAnyreach(stored, { sensitive: false });
    for (const field of SENSITIVE_FIELDS) expect(field in safe, field).to.equal(false);
    expect(toAnyreach(stored, { sensitive: true })).to.include.keys(SENSITIVE_FIELDS);
    expect(safe).to.include({ id: stored.id, organization_id: 'org_demo' });
    const inbox = toAvoca(stored);
    expect(inbox.id).to.equal(stored.id);
    expect(inbox.created_at).to.equal(safe.created_at);
    expect(inbox.customer).to.have.keys(['id', 'name', 'phone', 'email', 'servicetitan_id']);
  });

  it('generates 100,000 conversations', () => {
    const big = generateDataset({ count: 100000, seed: 3 });
    expect(big.conversations).to.have.length(100000);
  });
});
