/**
 * Hostile values in the exported file (`exportCsv`, what the table's Export button runs): every
 * conversation once, its text literal, no unsafe URL, no cell a spreadsheet would run as a
 * formula, and no value that stops the export.
 */
import { expect } from '@open-wc/testing';
import { createMemorySource } from '../../src/data/memory.js';
import type { Conversation } from '../../src/data/types.js';
import { exportCsv } from '../../src/export/export-csv.js';
import { exportXlsx } from '../../src/export/export-xlsx.js';
import { readXlsx } from '../export/xlsx-file.js';
import { makeConversation } from '../fixtures/conversations.js';
import { FORMULA_START, readCsv } from '../export/csv-file.js';
import { guarded } from './harness.js';
import { ALL_COLUMNS, DATES, DURATIONS, manyParticipants, MARKUP, ONE_MB_SUMMARY, TRICKY_TEXT, UNSAFE_URLS } from './hostile-values.js';

const FORMULAS = ['=HYPERLINK("https://evil.example","open me")', '+1-555-0100', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'];

function hostileRows(): Conversation[] {
  let index = 0;
  const row = (overrides: Partial<Conversation>) => makeConversation((index += 1), { id: `export-${index}`, ...overrides });
  return [
    ...MARKUP.map((markup) => row({ id: `${markup}-${index}`, summary: markup, callerName: markup, tags: [markup], customer: { name: markup } })),
    ...UNSAFE_URLS.map((url) => row({ status: 'completed', recordingUrl: url })),
    row({ summary: ONE_MB_SUMMARY }),
    row({ channel: 'email', extraParticipants: manyParticipants() }),
    ...TRICKY_TEXT.map((text) => row({ summary: text, callerName: text })),
    ...DATES.map(({ value }) => row({ createdAt: value, lastActivityAt: value })),
    row({ channel: undefined, channelRaw: 'carrier_pigeon', status: 'on_fire', priority: 'mega' }),
    ...FORMULAS.map((formula) => row({ summary: formula, callerName: formula, callerId: formula, tags: [formula] })),
  ];
}

describe('reliability: exporting hostile values', () => {
  it('the CSV holds every hostile conversation once, its text literal, no unsafe URL and no live formula', guarded(async () => {
    const rows = hostileRows();
    const file = await readCsv(await exportCsv(createMemorySource(rows), {}, { columns: ALL_COLUMNS, timeZone: 'UTC' }));
    expect(file.rows.map((record) => record['Conversation ID']).sort()).to.deep.equal(rows.map((row) => row.id).sort());
    const byId = new Map(file.rows.map((record) => [record['Conversation ID'], record]));
    for (const row of rows) {
      const record = byId.get(row.id)!;
      for (const [column, value] of Object.entries(record)) {
        // Only an E.164 number may start with `+` (it cannot run; see src/export/csv.ts).
        if (!/^\+[0-9]{7,15}$/.test(value)) expect(value, `${column} of ${row.id.slice(0, 30)}`).not.to.match(FORMULA_START);
        expect(value, `${column} of ${row.id.slice(0, 30)}`).not.to.match(/^(javascript|data|vbscript|file|blob):/i);
      }
      if (row.summary !== undefined && !FORMULA_START.test(row.summary)) expect(record.Summary, 'summary whole and literal').to.equal(row.summary);
      if (row.summary !== undefined && FORMULA_START.test(row.summary)) expect(record.Summary, 'formula neutralized').to.equal(`'${row.summary}`);
    }
    for (const row of rows.filter((candidate) => candidate.recordingUrl !== undefined)) {
      expect(byId.get(row.id)!['Recording URL'], `recording ${JSON.stringify(row.recordingUrl)}`).to.equal('');
    }
  }));

  it('the workbook holds every hostile conversation once, as text cells, with no formula', guarded(async () => {
    const rows = hostileRows();
    const book = await readXlsx(await exportXlsx(createMemorySource(rows), {}, { columns: ALL_COLUMNS, timeZone: 'UTC' }));
    expect(book.formulas).to.equal(0);
    expect(book.rows.map((record) => record['Conversation ID']!.value).sort()).to.deep.equal(rows.map((row) => row.id).sort());
    const byId = new Map(book.rows.map((record) => [record['Conversation ID']!.value, record]));
    for (const row of rows) {
      const summary = byId.get(row.id)!.Summary;
      if (row.summary === undefined || row.summary.trim() === '') continue;
      expect(summary?.kind, 'summary is a text cell').to.equal('string');
      // Excel holds at most 32,767 characters in a cell; a longer text is cut there.
      const expected = row.summary.slice(0, 32_767).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD');
      if (!/[\uD800-\uDFFF]/.test(expected)) expect(summary!.value, 'summary literal').to.equal(expected);
    }
    for (const row of rows.filter((candidate) => candidate.recordingUrl !== undefined)) {
      expect(byId.get(row.id)!['Recording URL'], `recording ${JSON.stringify(row.recordingUrl)}`).to.equal(undefined);
    }
  }));

  it('negative, infinite and huge durations do not stop the export', guarded(async () => {
    const rows = DURATIONS.map((seconds, index) => makeConversation(index, { id: `duration-${index}`, durationSeconds: seconds }));
    const file = await readCsv(await exportCsv(createMemorySource(rows), {}, { columns: ['callerId', 'duration'] }));
    expect(file.rows).to.have.length(rows.length);
    for (const record of file.rows) expect(record['Duration (seconds)']).to.match(/^(\d+)?$/);
    const book = await readXlsx(await exportXlsx(createMemorySource(rows), {}, { columns: ['callerId', 'duration'] }));
    expect(book.rows).to.have.length(rows.length);
    for (const record of book.rows) if (record['Duration (seconds)']) expect(record['Duration (seconds)'].kind).to.equal('number');
  }));
});
