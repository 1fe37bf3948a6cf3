/**
 * `unified-inbox-elements/data`: the data layer without the elements, for a server, a worker or a
 * host that renders its own rows. Importing it registers nothing: the data sources and their
 * contract, the exports (CSV, and Excel whose writer loads on first use) and
 * the formatting helpers. None of it loads Lit or the virtualizer.
 */
// Sources and their contract.
export * from './data/index.js';
export { watchConversations, type LiveEvent, type LiveSource, type LiveListener, type LiveOptions } from './data/live.js';
// Exports.
export { exportCsv, CsvExport, CSV_MIME_TYPE, type ExportCsvOptions, type ExportOptions, type ExportProgress, type CsvWritable } from './export/export-csv.js';
export { exportXlsx, XLSX_MIME_TYPE, type ExportXlsxOptions } from './export/export-xlsx.js';
export { exportFields, ALL_EXPORT_COLUMNS, type ExportField, type FieldType, type ColumnChoice } from './export/fields.js';
export { encodeField, encodeRecord, UTF8_BOM, CSV_LINE_END } from './export/csv.js';
export { DEFAULT_EXPORT_STRINGS, DEFAULT_CSV_HEADERS, type ExportStrings, type ExportDialogStrings, type CsvHeaderStrings } from './export/export-strings.js';
// Formatting.
export { COLUMNS, DEFAULT_COLUMNS, resolveColumns, type ColumnDef, type ColumnId, type FormatContext } from './format/columns.js';
export { DEFAULT_FORMAT_STRINGS, type FormatStrings } from './format/strings.js';
export { Count, counter, type Counter } from './format/count.js';
export { formatDuration } from './format/duration.js';
export { formatDate, formatTime, formatDateTime } from './format/datetime.js';
export { DEFAULT_DETAIL_URL, DEFAULT_AGENT_URL, fillTemplate } from './format/links.js';
export { safeUrl } from './format/url.js';
