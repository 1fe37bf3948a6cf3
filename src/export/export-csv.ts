/**
 * Exports every conversation matching a query to CSV: walks all pages of the source, turns each
 * page into CSV text as it arrives and keeps only that text (never the conversations), so memory
 * stays flat however long the list. The fields are `exportFields`: id and link first, the chosen
 * columns with the data (not the screen's masks), then ISO 8601 times in the chosen zone.
 */
import { throwIfAborted } from '../data/http.js';
import type { Conversation, InboxDataSource, InboxQuery } from '../data/types.js';
import { encodeRecord, UTF8_BOM } from './csv.js';
import { fileLayout, walkExport, type ExportOptions } from './export-walk.js';
import type { ExportField } from './fields.js';
import { isoWithOffset } from './zoned-time.js';

export type { ExportOptions, ExportProgress } from './export-walk.js';

export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';

/**
 * Where a streamed export writes. A `FileSystemWritableFileStream` (from `showSaveFilePicker()`)
 * fits: strings are written as UTF-8, and `abort()` discards what was written.
 */
export interface CsvWritable {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
  abort(reason?: unknown): Promise<void>;
}

export interface ExportCsvOptions extends ExportOptions {
  /** Streams the file here instead of building a Blob; the export then resolves to `undefined`. */
  writable?: CsvWritable;
}

/**
 * Writes every conversation matching `query` as CSV: a header row, then one row per conversation
 * (each id once, even when pages repeat rows). Resolves to the file as a UTF-8 Blob with a BOM,
 * or, with `writable`, streams it there and closes it.
 *
 * Rejects with an `AbortError` once `signal` aborts, or with the source's error (an `InboxError`)
 * when a page fails after the source's own retries; either way no file is produced (a `writable`
 * is aborted, never closed).
 *
 * Fields (see `exportFields`): `Conversation ID`, `Detail link`, the chosen columns (the real
 * caller id, durations in seconds, the recording's URL), `Other participants`, then the chosen
 * instants as ISO 8601 with the offset of `timeZone`. RFC 4180, UTF-8 with BOM, CRLF; formula
 * payloads neutralized (an E.164 phone number alone is written as it is, see `encodeField`).
 *
 * ```ts
 * const file = await exportCsv(source, { status: 'completed' }, { columns: table.visibleColumns.map((c) => c.id) });
 * ```
 */
export function exportCsv(
  source: InboxDataSource,
  query: InboxQuery,
  options: ExportCsvOptions & { writable: CsvWritable },
): Promise<undefined>;
export function exportCsv(
  source: InboxDataSource,
  query: InboxQuery,
  options?: ExportCsvOptions & { writable?: undefined },
): Promise<Blob>;
export async function exportCsv(source: InboxDataSource, query: InboxQuery, options: ExportCsvOptions = {}): Promise<Blob | undefined> {
  const { writable } = options;
  if (!writable) {
    // Each page becomes a Blob at once: the browser may keep Blob bytes outside the JS heap, so
    // memory stays flat instead of holding every page's text until the end (~7x lower peak).
    const parts: Blob[] = [];
    await writeCsv(source, query, options, (chunk) => void parts.push(new Blob([chunk])));
    return new Blob(parts, { type: CSV_MIME_TYPE });
  }
  try {
    await writeCsv(source, query, options, (chunk) => writable.write(chunk));
  } catch (error) {
    // The failure that matters is the export's; a sink that cannot abort changes nothing.
    await writable.abort(error).catch(() => undefined);
    throw error;
  }
  await writable.close();
  return undefined;
}

/**
 * `exportCsv` with `progress` events (`ProgressEvent`: `loaded` conversations exported, `total`
 * when `lengthComputable`) and `cancel()`. It starts at once; `result` is the file.
 *
 * ```ts
 * const run = new CsvExport(source, query);
 * run.addEventListener('progress', (event) => bar.value = event.loaded);
 * const file = await run.result;
 * ```
 */
export class CsvExport extends EventTarget {
  readonly result: Promise<Blob>;
  private readonly aborter = new AbortController();

  constructor(source: InboxDataSource, query: InboxQuery, options: Omit<ExportCsvOptions, 'onProgress' | 'writable'> = {}) {
    super();
    const signal = options.signal ? AbortSignal.any([options.signal, this.aborter.signal]) : this.aborter.signal;
    this.result = exportCsv(source, query, {
      ...options,
      signal,
      onProgress: ({ exported, total }) =>
        this.dispatchEvent(new ProgressEvent('progress', { loaded: exported, total: total ?? 0, lengthComputable: total !== undefined })),
    });
  }

  /** Stops requesting pages; `result` rejects with an `AbortError`. */
  cancel(): void {
    this.aborter.abort();
  }
}

async function writeCsv(
  source: InboxDataSource,
  query: InboxQuery,
  options: ExportCsvOptions,
  write: (chunk: string) => void | Promise<void>,
): Promise<void> {
  const { fields, timeZone } = fileLayout(source, options);
  throwIfAborted(options.signal);
  await write(UTF8_BOM + encodeRecord(fields.map((field) => field.header)));
  await walkExport(source, query, options, (conversations) => {
    let chunk = '';
    for (const conversation of conversations) chunk += encodeRecord(fields.map((field) => csvText(field, conversation, timeZone)));
    return write(chunk);
  });
}

function csvText(field: ExportField, conversation: Conversation, timeZone: string): string | undefined {
  const value = field.value(conversation);
  if (value instanceof Date) return isoWithOffset(value, timeZone);
  return typeof value === 'number' ? String(value) : value;
}
