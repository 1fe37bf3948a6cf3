/**
 * `unified-inbox-elements/data`: the data layer without the elements, for a server, a worker or a
 * host that renders its own rows. Importing it registers nothing: the data sources and their
 * contract, the exports (CSV; an XLSX export goes beside it under the same "Exports" heading) and
 * the formatting helpers. The sources load neither Lit nor the virtualizer; the CSV export's
 * default strings still bring Lit's core (format/strings.ts reads the live strings from the
 * table's live controller).
 */
// Sources and their contract.
export * from './data/index.js';
export { watchConversations, type LiveEvent, type LiveSource, type LiveListener, type LiveOptions } from './data/live.js';
// Exports.
export { exportCsv, CsvExport, CSV_MIME_TYPE, type ExportCsvOptions, type ExportProgress, type CsvWritable } from './export/export-csv.js';
export { encodeField, encodeRecord, UTF8_BOM, CSV_LINE_END } from './export/csv.js';
export { DEFAULT_EXPORT_STRINGS, DEFAULT_CSV_HEADERS, type ExportStrings, type CsvHeaderStrings } from './export/export-strings.js';
// Formatting.
export { COLUMNS, DEFAULT_COLUMNS, resolveColumns, type ColumnDef, type ColumnId, type FormatContext } from './format/columns.js';
export { formatDuration } from './format/duration.js';
export { formatDate, formatTime, formatDateTime } from './format/datetime.js';
export { DEFAULT_DETAIL_URL, DEFAULT_AGENT_URL, fillTemplate } from './format/links.js';
export { safeUrl } from './format/url.js';
