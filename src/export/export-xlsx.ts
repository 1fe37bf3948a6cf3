/**
 * Exports every conversation matching a query to an Excel workbook (.xlsx): the same fields as
 * the CSV, typed. The workbook writer and its zip library load on the first call, so a page that
 * never exports to Excel never downloads them.
 */
import type { InboxDataSource, InboxQuery } from '../data/types.js';
import { fileLayout, walkExport, type ExportOptions } from './export-walk.js';

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ExportXlsxOptions extends ExportOptions {
  /** The worksheet's name (Excel allows 31 characters, without `[]:*?/\`). */
  sheetName?: string;
}

/**
 * Writes every conversation matching `query` (each id once) as a one-sheet workbook and resolves
 * to it as a Blob. Text is stored as text cells (phone numbers, ids and leading zeros intact,
 * nothing is ever a formula), durations and counts as numbers, instants as date cells showing
 * the wall clock of `timeZone`; the header row is frozen, filtered and the columns sized to fit.
 *
 * Rejects with an `AbortError` once `signal` aborts, or with the source's error (an `InboxError`);
 * either way no file is produced.
 *
 * ```ts
 * const file = await exportXlsx(source, query, { columns: 'all', timeZone: 'UTC' });
 * ```
 */
export async function exportXlsx(source: InboxDataSource, query: InboxQuery, options: ExportXlsxOptions = {}): Promise<Blob> {
  const { XlsxWorkbook } = await import('./xlsx-workbook.js');
  const { fields, timeZone } = fileLayout(source, options);
  const book = new XlsxWorkbook(options.sheetName ?? 'Conversations', fields, timeZone);
  await walkExport(source, query, options, (conversations) => {
    book.addRows(conversations.map((conversation) => fields.map((field) => field.value(conversation))));
  });
  return new Blob([book.finish()], { type: XLSX_MIME_TYPE });
}
