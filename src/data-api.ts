/**
 * The data layer's public API without the file writers, shared by the `./data` entry
 * (`src/data-entry.ts`, which adds them) and the script-tag bundle (whose elements load the writers
 * on first use): the data sources and their contract, live updates (loaded when first watched),
 * export strings and the formatting helpers. Loads neither Lit nor the virtualizer.
 */
// Sources and their contract.
export * from './data/index.js';
export { watchConversations } from './data/live-on-demand.js';
export type { LiveEvent, LiveSource, LiveListener, LiveOptions } from './data/live.js';
export { DEFAULT_EXPORT_STRINGS, DEFAULT_CSV_HEADERS, type ExportStrings, type ExportDialogStrings, type CsvHeaderStrings } from './export/export-strings.js';
// Formatting.
export { COLUMNS, DEFAULT_COLUMNS, resolveColumns, type ColumnDef, type ColumnId, type FormatContext } from './format/columns.js';
export { DEFAULT_FORMAT_STRINGS, type FormatStrings } from './format/strings.js';
export { Count, counter, type Counter } from './format/count.js';
export { formatDuration } from './format/duration.js';
export { formatDate, formatTime, formatDateTime } from './format/datetime.js';
export { DEFAULT_DETAIL_URL, DEFAULT_AGENT_URL, fillTemplate } from './format/links.js';
export { safeUrl } from './format/url.js';
