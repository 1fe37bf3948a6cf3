/**
 * The unified conversations inbox. Importing this module registers `<inbox-table>`,
 * `<conversation-row>` and `<inbox-filters>`, and exports the data sources and helpers.
 */
import './define.js';

export { InboxTable } from './components/inbox-table/inbox-table.js';
export { ConversationRow, InboxAnnounceEvent } from './components/conversation-row/conversation-row.js';
export { InboxFilters } from './components/inbox-filters/inbox-filters.js';
export { InboxViews } from './components/inbox-views/inbox-views.js';
export { DEFAULT_VIEW_STRINGS, type ViewStrings } from './components/inbox-views/view-strings.js';
export { builtInViews, readStoredViews, storeViews, viewsStorageKey, type InboxView, type BuiltInViewId } from './data/views.js';
export { InboxActionForm } from './components/inbox-actions/action-form.js';
export { InboxConfirmDialog, ConfirmCloseEvent } from './components/inbox-confirm/confirm-dialog.js';
export { DEFAULT_ACTION_STRINGS, type ActionStrings } from './components/inbox-actions/action-strings.js';
export { DEFAULT_FILTER_STRINGS, type FilterStrings, type FilterLabels } from './components/inbox-filters/filter-strings.js';
export { defineElement } from './components/define.js';
export { DEFAULT_URL_PREFIX, selectionToParams, selectionFromParams, replaceSelectionInSearch, type FilterSelection, type ReadContext } from './data/query-url.js';
export { storageKey, readStoredSelection, storeSelection, initialSelection } from './data/query-storage.js';
export { parseDraft, draftFromSelection, supportedSelection, parseWholeNumber, type FilterDraft, type DraftContext, type DraftError, type DraftErrors, type DraftResult, type ErrorGroup, type ValidationMessages } from './data/query-validation.js';
export { DATE_PRESETS, presetRange, dayRange, startOfDay, parseCivilDate, type DatePresetId, type InstantRange, type CivilDate } from './format/date-presets.js';
export { exportCsv, CsvExport, CSV_MIME_TYPE, type ExportCsvOptions, type ExportProgress, type CsvWritable } from './export/export-csv.js';
export { encodeField, encodeRecord, UTF8_BOM, CSV_LINE_END } from './export/csv.js';
export { DEFAULT_EXPORT_STRINGS, DEFAULT_CSV_HEADERS, type ExportStrings, type CsvHeaderStrings } from './export/export-strings.js';
export * from './events.js';
export * from './data/index.js';
export { RowStore } from './data/row-store.js';
export { COLUMNS, DEFAULT_COLUMNS, resolveColumns, type ColumnDef, type ColumnId, type FormatContext } from './format/columns.js';
export { DEFAULT_STRINGS, type InboxStrings } from './strings.js';
export { DEFAULT_FORMAT_STRINGS, type FormatStrings } from './format/strings.js';
export { DEFAULT_ROW_STRINGS, type RowStrings } from './components/conversation-row/row-strings.js';
export { DEFAULT_TABLE_STRINGS, type TableStrings } from './components/inbox-table/table-strings.js';
export { Count, counter, type Counter } from './format/count.js';
export { formatDuration } from './format/duration.js';
export { formatDate, formatTime, formatDateTime } from './format/datetime.js';
export { DEFAULT_DETAIL_URL, DEFAULT_AGENT_URL, fillTemplate } from './format/links.js';
export { safeUrl } from './format/url.js';
export { watchConversations, type LiveEvent, type LiveSource, type LiveListener, type LiveOptions } from './data/live.js';
export { DEFAULT_LIVE_STRINGS, type LiveStrings } from './components/inbox-table/live-controller.js';
export type { InboxTheme, InboxDensity } from './components/shared/theme.styles.js';
