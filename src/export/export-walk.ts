/**
 * The part every export shares: its options, and the walk over every page of a query that hands
 * each page's new conversations (each id once) to a writer and keeps nothing else, so memory
 * stays flat however long the list.
 */
import { allPages } from '../data/all-pages.js';
import { throwIfAborted } from '../data/http.js';
import type { Conversation, InboxDataSource, InboxQuery } from '../data/types.js';
import type { FormatStrings } from '../format/strings.js';
import type { CsvHeaderStrings } from './export-strings.js';
import { exportFields, type ColumnChoice, type ExportField } from './fields.js';
import { resolvedTimeZone } from './zoned-time.js';

export interface ExportProgress {
  /** Conversations written so far (each once). */
  exported: number;
  /** Total matching, when the source reports it. */
  total?: number;
}

export interface ExportOptions {
  /**
   * Column ids in the table's visible order, or `'all'` for every field; the source's default
   * columns when absent. The file starts with the conversation id and detail link either way.
   */
  columns?: ColumnChoice;
  /** IANA time zone of the file's dates and times; the viewer's when absent or unknown. */
  timeZone?: string;
  /** The table's strings: column headers and value labels (and, with `export`, the extra headers). */
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
}

/** The file's fields for `options` (the source's default columns when none are chosen), and the zone of its instants. */
export function fileLayout(source: InboxDataSource, options: ExportOptions): { fields: ExportField[]; timeZone: string } {
  const timeZone = resolvedTimeZone(options.timeZone);
  const fields = exportFields(options.columns ?? source.capabilities.defaultColumns, {
    timeZone,
    strings: options.strings,
    headers: options.headers ?? options.strings?.export?.headers,
    detailUrlTemplate: options.detailUrlTemplate,
  });
  return { fields, timeZone };
}

/**
 * Walks every page of `query`, calling `write` with each page's conversations not seen before.
 * Rejects with an `AbortError` once `signal` aborts, or with the source's error.
 */
export async function walkExport(
  source: InboxDataSource,
  query: InboxQuery,
  { pageSize, signal, onProgress }: ExportOptions,
  write: (conversations: Conversation[]) => void | Promise<void>,
): Promise<void> {
  // Ids only: enough to drop rows a later page repeats, far smaller than the conversations.
  const written = new Set<string>();
  let total: number | undefined;
  throwIfAborted(signal);
  for await (const page of allPages(source, query, { pageSize, signal })) {
    const fresh = page.items.filter((conversation) => !written.has(conversation.id) && written.add(conversation.id));
    if (fresh.length > 0) await write(fresh);
    total = page.total ?? total;
    onProgress?.({ exported: written.size, total });
    if (page.next === null) return;
    await nextTask();
    throwIfAborted(signal);
  }
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
