/**
 * Exports every conversation matching a query to CSV: walks all pages of the source, turns each
 * page into CSV text as it arrives and keeps only that text (never the conversations), so memory
 * stays flat however long the list. The table's columns, in its order, with the same text the
 * table shows, plus the columns a file needs to be useful on its own (id, link, ISO time).
 */
import { allPages } from '../data/all-pages.js';
import { throwIfAborted } from '../data/http.js';
import type { Conversation, InboxDataSource, InboxQuery } from '../data/types.js';
import { resolveColumns, type FormatContext } from '../format/columns.js';
import { parseInstant } from '../format/datetime.js';
import { durationParts } from '../format/duration.js';
import { DEFAULT_DETAIL_URL, detailUrl } from '../format/links.js';
import { DEFAULT_FORMAT_STRINGS, type FormatStrings } from '../format/strings.js';
import { safeUrl } from '../format/url.js';
import { encodeRecord, UTF8_BOM } from './csv.js';
import { DEFAULT_CSV_HEADERS, type CsvHeaderStrings } from './export-strings.js';

export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';
export interface ExportProgress {
  /** Conversations written so far (each once). */
  exported: number;
  /** Total matching, when the source reports it. */
  total?: number;
}

/**
 * Where a streamed export writes. A `FileSystemWritableFileStream` (from `showSaveFilePicker()`)
 * fits: strings are written as UTF-8, and `abort()` discards what was written.
 */
export interface CsvWritable {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
  abort(reason?: unknown): Promise<void>;
}

export interface ExportCsvOptions {
  /** Column ids in the table's visible order; the source's default columns when absent. */
  columns?: readonly string[];
  /** IANA time zone for the formatted dates and times (the ISO column is always UTC). */
  timeZone?: string;
  locale?: string;
  /** The table's strings: column headers and cell texts (and, with `export`, the extra headers). */
  strings?: FormatStrings & { export?: { headers: CsvHeaderStrings } };
  /** Headers of the file's extra columns. */
  headers?: CsvHeaderStrings;
  /** Detail page URL template; `{id}` is replaced by the conversation id. */
  detailUrlTemplate?: string;
  /** Conversations per request, at most the source's `maxPageSize` (the default). */
  pageSize?: number;
  /** Aborting stops all requests; the export then rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Called after every page. */
  onProgress?: (progress: ExportProgress) => void;
  /** Streams the file here instead of building a Blob; the export then resolves to `undefined`. */
  writable?: CsvWritable;
}

/** One column of the file. */
interface CsvColumn {
  header: string;
  value: (conversation: Conversation) => string | undefined;
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
 * Columns: each visible column with the text the table shows (missing values empty); `copy` is
 * left out because the `Detail link` column carries that link; `play` becomes the recording's
 * URL; `duration` is followed by `Duration (seconds)`. Then `Conversation ID`, `Detail link` and
 * `created_at` (ISO 8601, UTC). Links are absolute, since the file leaves the page.
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
  const { signal, onProgress } = options;
  const columns = csvColumns(options.columns ?? source.capabilities.defaultColumns, options);
  // Ids only: enough to drop rows a later page repeats, far smaller than the conversations.
  const written = new Set<string>();
  let total: number | undefined;

  throwIfAborted(signal);
  await write(UTF8_BOM + encodeRecord(columns.map((column) => column.header)));
  for await (const page of allPages(source, query, { pageSize: options.pageSize, signal })) {
    let chunk = '';
    for (const conversation of page.items) {
      if (written.has(conversation.id)) continue;
      written.add(conversation.id);
      chunk += encodeRecord(columns.map((column) => column.value(conversation)));
    }
    if (chunk !== '') await write(chunk);
    total = page.total ?? total;
    onProgress?.({ exported: written.size, total });
    if (page.next === null) return;
    await nextTask();
    throwIfAborted(signal);
  }
}

/** The file's columns for the table's visible `ids`. */
function csvColumns(ids: readonly string[], options: ExportCsvOptions): CsvColumn[] {
  const { strings = DEFAULT_FORMAT_STRINGS, detailUrlTemplate = DEFAULT_DETAIL_URL } = options;
  const headers = options.headers ?? options.strings?.export?.headers ?? DEFAULT_CSV_HEADERS;
  const context: FormatContext = { strings, locale: options.locale, timeZone: options.timeZone };
  const columns: CsvColumn[] = [];
  for (const column of resolveColumns(ids)) {
    if (column.id === 'play') {
      columns.push({ header: headers.recordingUrl, value: (c) => absoluteUrl(safeUrl(c.recordingUrl)) });
      continue;
    }
    // Icon columns without text (`copy`): the detail link column below carries their link.
    const text = column.text;
    if (!text) continue;
    columns.push({ header: strings.columns[column.id] ?? column.id, value: (c) => text(c, context) });
    if (column.id === 'duration') {
      columns.push({ header: headers.durationSeconds, value: (c) => (durationParts(c.durationSeconds) ? String(c.durationSeconds) : undefined) });
    }
  }
  columns.push(
    { header: headers.conversationId, value: (c) => c.id },
    { header: headers.detailLink, value: (c) => absoluteUrl(detailUrl(c, detailUrlTemplate)) },
    { header: headers.createdIso, value: (c) => parseInstant(c.createdAt)?.toISOString() },
  );
  return columns;
}

/** A root-relative URL made absolute against the page: a file opened elsewhere has no page. */
function absoluteUrl(url: string | undefined): string | undefined {
  if (url === undefined || !url.startsWith('/') || typeof location === 'undefined') return url;
  return new URL(url, location.href).href;
}

/**
 * Lets input, rendering and timers run between pages: a memory source answers without ever
 * yielding. A message task, unlike `setTimeout(0)`, is not clamped to 4 ms.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
