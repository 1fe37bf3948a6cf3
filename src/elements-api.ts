/**
 * The elements' public API, shared by the package entry (`src/index.ts`) and the script-tag bundle
 * (`src/inbox.bundle.ts`): their classes, events, strings and the helpers their state uses.
 * Registers nothing; the entries import `./define.js` for that.
 */
export { InboxTable } from './components/inbox-table/inbox-table.js';
export { ConversationRow, InboxAnnounceEvent } from './components/conversation-row/conversation-row.js';
export { InboxFilters } from './components/inbox-filters/inbox-filters.js';
export { InboxViews } from './components/inbox-views/inbox-views.js';
export { DEFAULT_VIEW_STRINGS, type ViewStrings } from './components/inbox-views/view-strings.js';
export { builtInViews, readStoredViews, storeViews, viewsStorageKey, type InboxView, type BuiltInViewId } from './data/views.js';
// Type only here: the element is fetched when a user first chooses an action (the package entry also exports the class).
export type { InboxActionForm } from './components/inbox-actions/action-form.js';
export { InboxConfirmDialog, ConfirmCloseEvent } from './components/inbox-confirm/confirm-dialog.js';
// Types only: the export dialog is loaded when a user first clicks Export.
export type { InboxExportDialog, ExportDialogCloseEvent, ExportChoice, ExportFormat } from './components/inbox-export-dialog/inbox-export-dialog.js';
// Types only: the filters' full-height dialog is loaded when it first opens in a narrow table.
export type { InboxFilterDialog, FilterDialogCloseEvent } from './components/inbox-filter-dialog/inbox-filter-dialog.js';
export { DEFAULT_ACTION_STRINGS, type ActionStrings } from './components/inbox-actions/action-strings.js';
export { DEFAULT_FILTER_STRINGS, type FilterStrings, type FilterLabels } from './components/inbox-filters/filter-strings.js';
export { defineElement } from './components/define.js';
export { DEFAULT_URL_PREFIX, selectionToParams, selectionFromParams, replaceSelectionInSearch, type FilterSelection, type ReadContext } from './data/query-url.js';
export { storageKey, readStoredSelection, storeSelection, initialSelection } from './data/query-storage.js';
export { parseWholeNumber } from './data/fields.js';
export { parseDraft, draftFromSelection, supportedSelection, type FilterDraft, type DraftContext, type DraftError, type DraftErrors, type DraftResult, type ErrorGroup, type ValidationMessages } from './data/query-validation.js';
export { DATE_PRESETS, presetRange, dayRange, startOfDay, parseCivilDate, type DatePresetId, type InstantRange, type CivilDate } from './format/date-presets.js';
export type { ColumnState } from './format/column-state.js';
export * from './events.js';
export { RowStore } from './data/row-store.js';
export { DEFAULT_STRINGS, type InboxStrings } from './strings.js';
export { DEFAULT_ROW_STRINGS, type RowStrings } from './components/conversation-row/row-strings.js';
export { DEFAULT_TABLE_STRINGS, type TableStrings } from './components/inbox-table/table-strings.js';
export { DEFAULT_LIVE_STRINGS, type LiveStrings } from './components/inbox-table/live-controller.js';
export type { InboxTheme, InboxDensity } from './components/shared/theme.styles.js';
