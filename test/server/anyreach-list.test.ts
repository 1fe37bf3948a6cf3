import { expect } from '@open-wc/testing';
import { ANYREACH, anyreachUrl, control, cursorOf, newSession, requestJson } from './api-helpers.js';

type Row = Record<string, any>;

describe('local API server: Anyreach list', () => {
  const base = newSession('anyreach');
  /** Every conversation of the session, newest first, de-duplicated. */
  let all: Row[];

  /** Follows the cursor to the end; returns the pages as received. */
  async function walk(params: Record<string, string | number>, limit = 100): Promise<Row[][]> {
    const pages: Row[][] = [];
    let cursor: string | undefined;
    for (;;) {
      const answer = await requestJson(anyreachUrl(base, { ...params, limit, ...(cursor ? { cursor } : {}) }), { headers: ANYREACH });
      expect(answer.status, JSON.stringify(answer.body)).to.equal(200);
      pages.push(answer.body);
      if (answer.body.length < limit) return pages;
      cursor = cursorOf(answer.body.at(-1).created_at);
    }
  }

  async function idsFor(params: Record<string, string | number>): Promise<string[]> {
    const seen = new Set<string>();
    for (const row of (await walk(params)).flat()) seen.add(row.id);
    return [...seen];
  }

  const ids = (rows: Row[]) => rows.map((row) => row.id);

  before(async () => {
    await control(base, { count: 320, seed: 11 });
    const seen = new Set<string>();
    all = (await walk({})).flat().filter((row) => !seen.has(row.id) && seen.add(row.id));
  });

  it('lists every conversation newest first, token_created rows included', () => {
    expect(all).to.have.length(320);
    for (let i = 1; i < all.length; i += 1) expect(all[i - 1].created_at >= all[i].created_at).to.equal(true);
    expect(all.some((row) => row.status === 'token_created')).to.equal(true);
  });

  it('serves 50 rows by default and at most 100', async () => {
    expect((await requestJson(anyreachUrl(base), { headers: ANYREACH })).body).to.have.length(50);
    expect((await requestJson(anyreachUrl(base, { limit: 500 }), { headers: ANYREACH })).body).to.have.length(100);
    expect(ids((await requestJson(anyreachUrl(base, { limit: 7 }), { headers: ANYREACH })).body)).to.deep.equal(ids(all.slice(0, 7)));
  });

  it('answers 400 JSON to malformed parameters', async () => {
    const bad: Record<string, string | number>[] = [
      { limit: 'abc' },
      { limit: 0 },
      { limit: 2.5 },
      { direction: 'sideways' },
      { channel: 'fax' },
      { status: 'done' },
      { duration_above: 'long' },
      { user_turn_count_below: '1e' },
      { created_after: 'yesterday' },
      { custom_metadata: 'not json' },
      { custom_metadata: '[1,2]' },
      { cursor: '!!!' },
      { cursor: btoa('not a date') },
    ];
    for (const params of bad) {
      const answer = await requestJson(anyreachUrl(base, params), { headers: ANYREACH });
      expect(answer.status, JSON.stringify(params)).to.equal(400);
      expect(answer.body.detail, JSON.stringify(params)).to.be.a('string');
    }
  });

  describe('cursor', () => {
    /** Index of the first row of a run sharing one created_at, past the first page. */
    function runStart(): number {
      const index = all.findIndex((row, i) => i > 10 && row.created_at === all[i + 1]?.created_at && row.created_at !== all[i - 1].created_at);
      expect(index, 'the data set has runs of equal created_at').to.be.greaterThan(0);
      return index;
    }

    it('re-serves the rows that share the timestamp of the last row (equal or older)', async () => {
      const start = runStart();
      const first = (await requestJson(anyreachUrl(base, { limit: start + 1 }), { headers: ANYREACH })).body;
      expect(first.at(-1).id).to.equal(all[start].id);
      const second = (await requestJson(anyreachUrl(base, { limit: 10, cursor: cursorOf(all[start].created_at) }), { headers: ANYREACH })).body;
      expect(ids(second)).to.deep.equal(ids(all.slice(start, start + 10)));
      expect(second[0].id, 'the boundary row comes back').to.equal(first.at(-1).id);
    });

    it('walks to the end: every page older than or equal to its cursor, the last page short', async () => {
      const pages = await walk({}, 13);
      for (let p = 1; p < pages.length; p += 1) {
        const boundary = pages[p - 1].at(-1)!.created_at;
        for (const row of pages[p]) expect(row.created_at <= boundary).to.equal(true);
      }
      expect(pages.at(-1)!.length).to.be.lessThan(13);
      const unique = [...new Set(pages.flat().map((row) => row.id))];
      expect(unique).to.deep.equal(ids(all));
      expect(pages.flat().length, 'rows sharing a boundary timestamp come back').to.be.greaterThan(all.length);
    });

    it('accepts any ISO 8601 form of the instant and ends with an empty page past the oldest row', async () => {
      const instant = all[50].created_at as string;
      const offsetForm = instant.replace('Z', '+00:00');
      const page = (await requestJson(anyreachUrl(base, { limit: 5, cursor: cursorOf(offsetForm) }), { headers: ANYREACH })).body;
      expect(ids(page)).to.deep.equal(ids(all.filter((row) => row.created_at <= instant).slice(0, 5)));
      const past = new Date(Date.parse(all.at(-1)!.created_at) - 1000).toISOString();
      expect((await requestJson(anyreachUrl(base, { cursor: cursorOf(past) }), { headers: ANYREACH })).body).to.deep.equal([]);
    });
  });

  describe('filters', () => {
    /** Runs the filter on the server and compares with the same rule applied to the full list. */
    async function expectFilter(params: Record<string, string | number>, rule: (row: Row) => boolean) {
      const expected = ids(all.filter(rule));
      expect(expected.length, `${JSON.stringify(params)} matches something`).to.be.greaterThan(0);
      expect(expected.length, `${JSON.stringify(params)} leaves something out`).to.be.lessThan(all.length);
      expect(await idsFor(params), JSON.stringify(params)).to.deep.equal(expected);
    }

    it('direction, channel and status match exactly', async () => {
      await expectFilter({ direction: 'outbound' }, (row) => row.direction === 'outbound');
      await expectFilter({ channel: 'email' }, (row) => row.channel === 'email');
      await expectFilter({ status: 'transferred' }, (row) => row.status === 'transferred');
      await expectFilter({ status: 'token_created' }, (row) => row.status === 'token_created');
    });

    it('user_id is a case-insensitive substring of the caller id', async () => {
      const email = all.find((row) => row.channel === 'email' && row.user_id)!.user_id as string;
      const part = email.slice(1, 6).toUpperCase();
      await expectFilter({ user_id: part }, (row) => typeof row.user_id === 'string' && row.user_id.toLowerCase().includes(part.toLowerCase()));
      await expectFilter({ user_id: '555' }, (row) => typeof row.user_id === 'string' && row.user_id.includes('555'));
    });

    it('agent_id, agent_version_id and web_widget_id match exactly', async () => {
      await expectFilter({ agent_id: 'agt_reception' }, (row) => row.agent_id === 'agt_reception');
      await expectFilter({ agent_version_id: 'ver_rcp_3' }, (row) => row.agent_version_id === 'ver_rcp_3');
      await expectFilter({ web_widget_id: 'ww_pricing_page' }, (row) => row.web_widget_id === 'ww_pricing_page');
      expect(await idsFor({ agent_id: 'agt_recep' }), 'no prefix match').to.deep.equal([]);
    });

    it('agent_number is a substring', async () => {
      await expectFilter({ agent_number: '5550100' }, (row) => typeof row.agent_number === 'string' && row.agent_number.includes('5550100'));
    });

    it('duration bounds are inclusive and leave out rows without a duration', async () => {
      const value = all.find((row) => typeof row.duration === 'number' && row.duration > 30)!.duration as number;
      await expectFilter({ duration_above: value }, (row) => typeof row.duration === 'number' && row.duration >= value);
      await expectFilter({ duration_below: value }, (row) => typeof row.duration === 'number' && row.duration <= value);
      await expectFilter({ duration_above: value, duration_below: value }, (row) => row.duration === value);
    });

    it('user turn count bounds are inclusive', async () => {
      await expectFilter({ user_turn_count_above: 20 }, (row) => typeof row.user_turn_count === 'number' && row.user_turn_count >= 20);
      await expectFilter({ user_turn_count_below: 3 }, (row) => typeof row.user_turn_count === 'number' && row.user_turn_count <= 3);
    });

    it('created_after and created_before are inclusive instants', async () => {
      const after = all[200].created_at;
      const before = all[40].created_at;
      await expectFilter({ created_after: after }, (row) => row.created_at >= after);
      await expectFilter({ created_before: before }, (row) => row.created_at <= before);
      await expectFilter({ created_after: after, created_before: before }, (row) => row.created_at >= after && row.created_at <= before);
      const offset = new Date(Date.parse(before)).toISOString().replace('Z', '+00:00');
      await expectFilter({ created_before: offset }, (row) => row.created_at <= before);
    });

    it('custom_metadata is a containment match on the JSON object', async () => {
      const campaign = all.find((row) => row.custom_metadata?.anyreach_campaign)!.custom_metadata.anyreach_campaign as string;
      await expectFilter({ custom_metadata: JSON.stringify({ anyreach_campaign: campaign }) }, (row) => row.custom_metadata?.anyreach_campaign === campaign);
      const nested = all.find((row) => row.custom_metadata?.utm)!.custom_metadata.utm.source as string;
      await expectFilter({ custom_metadata: JSON.stringify({ utm: { source: nested } }) }, (row) => row.custom_metadata?.utm?.source === nested);
      expect(await idsFor({ custom_metadata: '{}' })).to.have.length(all.filter((row) => row.custom_metadata && typeof row.custom_metadata === 'object').length);
    });

    it('combines filters with AND, paging within the filtered rows', async () => {
      const rule = (row: Row) => row.direction === 'inbound' && row.channel === 'telephone' && row.status === 'completed';
      await expectFilter({ direction: 'inbound', channel: 'telephone', status: 'completed' }, rule);
      const pages = await walk({ direction: 'inbound', channel: 'telephone', status: 'completed' }, 9);
      expect(pages.length).to.be.greaterThan(2);
      for (const row of pages.flat()) expect(rule(row)).to.equal(true);
    });
  });
});
