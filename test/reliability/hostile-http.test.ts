/**
 * Hostile values as the APIs could send them, carried by the local API server (a fault `body`
 * answering the list request with hand-made JSON) through the real HTTP sources into the real
 * `<inbox-table>`: markup, unsafe URLs, huge values, tricky text, invalid dates and durations,
 * unknown enums, nulls everywhere, wrong types and wrong shapes.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { DEFAULT_STRINGS } from '../../src/strings.js';
import { mountTable, renderedRows, rowsInView, waitForRows } from '../table/helpers.js';
import { expectPlainWords, guarded, LIST_ROUTE, retryButton, rowIds, ServerSession, shownError, type Api } from './harness.js';
import {
  ALL_COLUMNS,
  collapsed,
  DATES,
  expectLayoutIntact,
  expectNothingInjected,
  manyParticipants,
  MARKUP,
  ONE_MB_SUMMARY,
  PARTICIPANT_COUNT,
  row,
  cell,
  tooltip,
  TRICKY_TEXT,
  UNSAFE_URLS,
} from './hostile-values.js';

type Raw = Record<string, unknown>;

/** An ordinary Anyreach conversation object, `index` minutes before the data set's "now". */
function anyreachRow(id: string, index: number, overrides: Raw = {}): Raw {
  const at = new Date(Date.UTC(2026, 9, 31, 12) - index * 60_000).toISOString().replace('.000Z', 'Z');
  return {
    id,
    organization_id: 'org_demo',
    user_id: '+15550001111',
    agent_number: '+15559990000',
    agent_id: 'agent_1',
    agent: { id: 'agent_1', name: 'Front desk' },
    channel: 'telephone',
    direction: 'inbound',
    status: 'completed',
    summary: 'Ordinary call',
    duration: 61,
    user_turn_count: 3,
    created_at: at,
    updated_at: at,
    custom_metadata: { caller_name: 'Ordinary Caller' },
    recording_details: null,
    ...overrides,
  };
}

/** An ordinary Avoca conversation object. */
function avocaRow(id: string, index: number, overrides: Raw = {}): Raw {
  const at = new Date(Date.UTC(2026, 9, 31, 12) - index * 60_000).toISOString().replace('.000Z', 'Z');
  return {
    id,
    channel: 'voice',
    status: 'open',
    priority: 'normal',
    customer: { id: 'cust_1', name: 'Ordinary Customer', phone: '+15550001111', email: null, servicetitan_id: null },
    assignee: { id: 'user_1', name: 'Sam Agent', avatar_url: 'https://avatars.example/sam.png' },
    summary: 'Ordinary call',
    messages_count: 1,
    unread_count: 0,
    tags: ['ordinary'],
    metadata: { call_duration: 61 },
    created_at: at,
    last_activity_at: at,
    resolved_at: null,
    ...overrides,
  };
}

function listBody(api: Api, rows: unknown[]): unknown {
  return api === 'anyreach' ? rows : { data: { conversations: rows, pagination: { total: rows.length, limit: 100, offset: 0, has_more: false } } };
}

/** Hand-made rows between ordinary ones, so a broken layout shows against its neighbours. */
function page(api: Api, rows: Raw[]): unknown[] {
  const ordinary = (n: number) => (api === 'anyreach' ? anyreachRow(`ordinary-${n}`, n) : avocaRow(`ordinary-${n}`, n));
  return [ordinary(0), ordinary(1), ...rows, ordinary(1000), ordinary(1001)];
}

/** Serves `rows` as the whole list (one last page) and mounts a tall table over it. */
async function mountServed(api: Api, rows: unknown[], expectedRows: number): Promise<{ table: InboxTable; server: ServerSession }> {
  const server = new ServerSession(`rel-hostile-${api}`);
  await server.control({ count: 50, faults: [{ status: 200, body: listBody(api, rows), path: LIST_ROUTE[api].path, times: 1 }] });
  const table = await mountTable({ source: server.source(api, { pageSize: 100 }), columns: ALL_COLUMNS, width: 1400, height: expectedRows * 46 + 200 });
  await waitForRows(table, expectedRows);
  await rowsInView(table);
  return { table, server };
}

describe('reliability: hostile values over HTTP (Anyreach)', () => {
  it('markup in ids, summaries, caller ids, caller names, agents and numbers renders as text and never runs', guarded(async () => {
    const rows = MARKUP.map((markup, n) =>
      anyreachRow(`${markup}#${n}`, n + 2, { summary: markup, user_id: markup, agent_number: markup, agent: { id: markup, name: markup }, custom_metadata: { caller_name: markup } }),
    );
    const { table } = await mountServed('anyreach', page('anyreach', rows), rows.length + 4);
    for (const [n, markup] of MARKUP.entries()) {
      const id = `${markup}#${n}`;
      for (const column of ['summary', 'callerId', 'callerName', 'agent', 'agentNumber']) expect(cell(table, id, column), column).to.equal(collapsed(markup));
    }
    expectNothingInjected(table);
    expectLayoutIntact(table);
  }));

  it('javascript:, data: and other unsafe recording URLs never become a Play button', guarded(async () => {
    const rows = UNSAFE_URLS.map((url, n) => anyreachRow(`url-${n}`, n + 2, { recording_details: { url, duration: 61, format: 'wav' } }));
    const { table } = await mountServed('anyreach', page('anyreach', rows), rows.length + 4);
    for (const n of UNSAFE_URLS.keys()) {
      expect(row(table, `url-${n}`).querySelector('.c-play button'), `Play for ${JSON.stringify(UNSAFE_URLS[n])}`).to.equal(null);
      expect(table.rows.find((conversation) => conversation.id === `url-${n}`)!.recordingUrl).to.equal(undefined);
    }
    expectNothingInjected(table);
    expectLayoutIntact(table);
  }));

  it('a 1 MB summary arrives whole but only a slice reaches the cell and the tooltip', guarded(async () => {
    const { table } = await mountServed('anyreach', page('anyreach', [anyreachRow('one-mb', 2, { summary: ONE_MB_SUMMARY })]), 5);
    expect(table.rows.find((conversation) => conversation.id === 'one-mb')!.summary).to.have.length(ONE_MB_SUMMARY.length);
    const summary = row(table, 'one-mb').querySelector<HTMLElement>('.c-summary')!;
    expect(summary.textContent!.length).to.be.within(100, 400);
    summary.focus();
    await waitUntil(() => tooltip(table).matches(':popover-open'), 'tooltip open');
    expect(tooltip(table).textContent!.trim().length).to.be.within(100, 2001);
    expectLayoutIntact(table);
  }));

  it('an email thread with 10,000 participants shows a "+10,000" bubble and a tooltip of 50 names', guarded(async () => {
    const participants = manyParticipants().map((address) => ({ address, role: 'cc' }));
    const { table } = await mountServed('anyreach', page('anyreach', [anyreachRow('crowd', 2, { channel: 'email', conversation: { participants } })]), 5);
    const bubble = row(table, 'crowd').querySelector<HTMLButtonElement>('.c-callerId .bubble')!;
    // Counts are grouped for the table's locale.
    expect(collapsed(bubble.textContent!)).to.equal(`+${PARTICIPANT_COUNT.toLocaleString(table.locale)}`);
    bubble.focus();
    await waitUntil(() => tooltip(table).matches(':popover-open'), 'tooltip open');
    expect(tooltip(table).querySelectorAll('li')).to.have.length(51);
    expectLayoutIntact(table);
  }));

  it('right-to-left, zero-width, emoji and control characters stay in their cells', guarded(async () => {
    const rows = TRICKY_TEXT.map((text, n) => anyreachRow(`text-${n}`, n + 2, { summary: text, custom_metadata: { caller_name: text }, agent: { id: `a${n}`, name: text } }));
    const { table } = await mountServed('anyreach', page('anyreach', rows), rows.length + 4);
    for (const [n, text] of TRICKY_TEXT.entries()) {
      expect(cell(table, `text-${n}`, 'callerName')).to.equal(collapsed(text));
      expect(cell(table, `text-${n}`, 'callerId')).to.equal('+15550001111');
    }
    expectNothingInjected(table);
    expectLayoutIntact(table);
  }));

  it('invalid and far-future dates, unknown channels, statuses and directions show as "-" or readable text', guarded(async () => {
    const rows = [
      ...DATES.map(({ value }, n) => anyreachRow(`date-${n}`, n + 2, { created_at: value, updated_at: value })),
      anyreachRow('enums', 40, { channel: 'carrier_pigeon', status: 'on_fire', direction: 'sideways' }),
    ];
    const { table } = await mountServed('anyreach', page('anyreach', rows), rows.length + 4);
    for (const [n, { value, shown }] of DATES.entries()) expect(cell(table, `date-${n}`, 'date'), value).to.match(shown);
    expect(cell(table, 'enums', 'type')).to.equal('Carrier Pigeon');
    expect(cell(table, 'enums', 'status')).to.equal('On Fire');
    expect(cell(table, 'enums', 'direction')).to.equal('-');
    expectLayoutIntact(table);
  }));

  it('negative, string and huge durations show "-" or a duration, never NaN or a crash', guarded(async () => {
    const durations: unknown[] = [-5, '61', null, 1e308, 1e17];
    const rows = durations.map((duration, n) => anyreachRow(`duration-${n}`, n + 2, { duration }));
    const { table } = await mountServed('anyreach', page('anyreach', rows), rows.length + 4);
    for (const [n, duration] of durations.entries()) {
      const text = cell(table, `duration-${n}`, 'duration');
      expect(text, String(duration)).not.to.match(/NaN|Infinity|undefined|e\+|-\d/);
      if (typeof duration !== 'number' || duration < 0) expect(text, String(duration)).to.equal('-');
    }
    expectLayoutIntact(table);
  }));

  it('nulls everywhere, fields of the wrong type and rows that are not conversations: "-" where unreadable, bad rows left out', guarded(async () => {
    const nullRow: Raw = Object.fromEntries(Object.keys(anyreachRow('x', 0)).map((key) => [key, null]));
    const rows: unknown[] = [
      { ...nullRow, id: 'nulls' },
      anyreachRow('wrong-types', 3, {
        summary: { html: '<b>bold</b>' },
        user_id: 15550001111,
        agent: 'Front desk',
        agent_id: ['agent_1'],
        custom_metadata: ['caller'],
        conversation: 'thread',
        recording_details: ['/api/recordings/x.wav'],
        duration: '61',
        created_at: 1767225600,
        channel: 7,
        status: { value: 'completed' },
      }),
      anyreachRow('987654', 4, { id: 987654 }),
      null,
      42,
      'conv_string',
      [],
      {},
      { id: null },
      { id: { nested: true } },
      { id: '   ' },
    ];
    const { table } = await mountServed('anyreach', page('anyreach', rows as Raw[]), 7);
    expect(rowIds(table)).to.deep.equal(['ordinary-0', 'ordinary-1', 'nulls', 'wrong-types', '987654', 'ordinary-1000', 'ordinary-1001']);
    for (const column of ['agent', 'callerId', 'callerName', 'agentNumber', 'direction', 'status', 'summary', 'duration', 'date', 'time', 'type']) {
      expect(cell(table, 'nulls', column), `nulls: ${column}`).to.equal('-');
    }
    for (const column of ['summary', 'callerId', 'callerName', 'agent', 'duration', 'date', 'type', 'status']) {
      expect(cell(table, 'wrong-types', column), `wrong types: ${column}`).to.equal('-');
    }
    expect(table.shadowRoot!.textContent).not.to.contain('[object');
    expect(row(table, 'wrong-types').querySelector('.c-play button')).to.equal(null);
    expectLayoutIntact(table);
  }));
});

describe('reliability: hostile values over HTTP (Avoca)', () => {
  it('markup in ids, customers, summaries, tags, assignees and priorities renders as text and never runs', guarded(async () => {
    const rows = MARKUP.map((markup, n) =>
      avocaRow(`${markup}#${n}`, n + 2, {
        summary: markup,
        priority: markup,
        tags: [markup],
        customer: { id: markup, name: markup, phone: markup, email: markup },
        assignee: { id: markup, name: markup, avatar_url: `https://avatars.example/${encodeURIComponent(markup)}.png` },
      }),
    );
    const { table } = await mountServed('avoca', page('avoca', rows), rows.length + 4);
    for (const [n, markup] of MARKUP.entries()) {
      const id = `${markup}#${n}`;
      for (const column of ['summary', 'customer', 'tags', 'assignee']) expect(cell(table, id, column), column).to.equal(collapsed(markup));
    }
    expectNothingInjected(table);
    expectLayoutIntact(table);
  }));

  it('javascript:, data: and other unsafe recording and avatar URLs are dropped before they reach the table', guarded(async () => {
    const rows = UNSAFE_URLS.map((url, n) =>
      avocaRow(`url-${n}`, n + 2, { status: 'resolved', metadata: { call_duration: 61, recording_url: url }, assignee: { id: `user_${n}`, name: `Agent ${n}`, avatar_url: url } }),
    );
    const { table } = await mountServed('avoca', page('avoca', rows), rows.length + 4);
    for (const n of UNSAFE_URLS.keys()) {
      const conversation = table.rows.find((candidate) => candidate.id === `url-${n}`)!;
      expect(conversation.recordingUrl, `recording ${JSON.stringify(UNSAFE_URLS[n])}`).to.equal(undefined);
      expect(conversation.assignee?.avatarUrl, `avatar ${JSON.stringify(UNSAFE_URLS[n])}`).to.equal(undefined);
      expect(row(table, `url-${n}`).querySelector('.c-play button')).to.equal(null);
      expect(cell(table, `url-${n}`, 'assignee')).to.equal(`Agent ${n}`);
    }
    expectNothingInjected(table);
    expectLayoutIntact(table);
  }));

  it('a 1 MB summary, tricky text and unknown channels, statuses and priorities render safely', guarded(async () => {
    const rows = [
      avocaRow('one-mb', 2, { summary: ONE_MB_SUMMARY }),
      ...TRICKY_TEXT.map((text, n) => avocaRow(`text-${n}`, n + 3, { summary: text, tags: [text], customer: { name: text, phone: '+15550001111' } })),
      avocaRow('enums', 40, { channel: 'fax', status: 'exploded', priority: 'mega' }),
    ];
    const { table } = await mountServed('avoca', page('avoca', rows), rows.length + 4);
    expect(row(table, 'one-mb').querySelector('.c-summary')!.textContent!.length).to.be.within(100, 400);
    for (const [n, text] of TRICKY_TEXT.entries()) expect(cell(table, `text-${n}`, 'customer')).to.equal(collapsed(text));
    expect(cell(table, 'enums', 'type')).to.equal('Fax');
    expect(cell(table, 'enums', 'status')).to.equal('Exploded');
    expect(cell(table, 'enums', 'priority')).to.equal('Mega');
    expect(table.shadowRoot!.textContent!.length).to.be.below(200_000);
    expectNothingInjected(table);
    expectLayoutIntact(table);
  }));

  it('invalid dates, negative and huge durations and counts, nulls and wrong types: "-" where unreadable', guarded(async () => {
    const nullRow: Raw = Object.fromEntries(Object.keys(avocaRow('x', 0)).map((key) => [key, null]));
    const rows: unknown[] = [
      ...DATES.map(({ value }, n) => avocaRow(`date-${n}`, n + 2, { created_at: value, last_activity_at: value })),
      avocaRow('negative', 20, { metadata: { call_duration: -5 }, unread_count: -3, messages_count: -1 }),
      avocaRow('huge', 21, { metadata: { call_duration: 1e308 }, unread_count: 1e308 }),
      { ...nullRow, id: 'nulls' },
      avocaRow('wrong-types', 22, { customer: 'Jane', assignee: ['Sam'], tags: 'a,b', metadata: 'none', unread_count: '7', summary: 12 }),
      null,
      { id: null },
    ];
    const { table } = await mountServed('avoca', page('avoca', rows as Raw[]), DATES.length + 8);
    for (const [n, { value, shown }] of DATES.entries()) expect(cell(table, `date-${n}`, 'lastActivity'), value).to.match(shown);
    expect(cell(table, 'negative', 'duration')).to.equal('-');
    expect(cell(table, 'negative', 'unread')).to.equal('-');
    for (const column of ['customer', 'status', 'priority', 'assignee', 'tags', 'unread', 'summary', 'lastActivity', 'duration', 'type']) {
      expect(cell(table, 'nulls', column), `nulls: ${column}`).to.equal('-');
    }
    for (const column of ['customer', 'assignee', 'tags', 'unread', 'summary', 'duration']) expect(cell(table, 'wrong-types', column), `wrong types: ${column}`).to.equal('-');
    expect(cell(table, 'huge', 'duration')).not.to.match(/NaN|Infinity|e\+/);
    expect(table.shadowRoot!.textContent).not.to.contain('[object');
    expectLayoutIntact(table);
  }));
});

/** Bodies that are JSON but not a list of the documented shape. */
const WRONG_SHAPES: Record<Api, unknown[]> = {
  anyreach: [{}, null, 'conversations', 42, { conversations: [anyreachRow('x', 1)] }, { detail: 'ok' }],
  avoca: [[], null, { data: null }, { data: { conversations: null } }, { data: { conversations: {} } }, { conversations: [avocaRow('x', 1)] }, { error: 'maintenance' }],
};

for (const api of ['anyreach', 'avoca'] as const) {
  describe(`reliability: list answers of the wrong shape (${api})`, () => {
    for (const shape of WRONG_SHAPES[api]) {
      it(`${JSON.stringify(shape).slice(0, 60)}: "could not read", Retry, and recovery`, guarded(async () => {
        const server = new ServerSession(`rel-shape-${api}`);
        // The server sends a string body verbatim (and replaces a null one): send those as JSON text.
        const body = typeof shape === 'string' || shape === null ? JSON.stringify(shape) : shape;
        await server.control({ count: 40, faults: [{ status: 200, body, path: LIST_ROUTE[api].path, times: 1 }] });
        const table = await mountTable({ source: server.source(api) });
        await waitUntil(() => shownError(table) !== '', 'error shown');
        expect(shownError(table)).to.equal(DEFAULT_STRINGS.errors.bad_response);
        expectPlainWords(shownError(table));
        retryButton(table)!.click();
        await waitForRows(table);
        expect(shownError(table)).to.equal('');
        expect(renderedRows(table).length).to.be.greaterThan(0);
      }));
    }
  });
}
