/**
 * Entry of the script-tag bundle (`dist/inbox.bundle.js`): registers the elements and exports what a
 * page needs to show rows from any source, also as `window.UnifiedInbox` for classic scripts (a
 * second copy on the page keeps the first one's global). What a user reaches only by acting (CSV
 * export, tooltip and menu placement) is not exported here: the elements load it on first use from
 * chunks beside this file. The npm package exports all of it.
 */
import * as UnifiedInbox from './inbox.bundle.js';
import './define.js';

export { InboxTable } from './components/inbox-table/inbox-table.js';
export { ConversationRow, InboxAnnounceEvent } from './components/conversation-row/conversation-row.js';
export { InboxFilters } from './components/inbox-filters/inbox-filters.js';
export { InboxActionForm } from './components/inbox-actions/action-form.js';
export { InboxConfirmDialog, ConfirmCloseEvent } from './components/inbox-confirm/confirm-dialog.js';
export { defineElement } from './components/define.js';
export { DEFAULT_ACTION_STRINGS } from './components/inbox-actions/action-strings.js';
export { DEFAULT_FILTER_STRINGS } from './components/inbox-filters/filter-strings.js';
export { DEFAULT_URL_PREFIX, selectionToParams, selectionFromParams, replaceSelectionInSearch } from './data/query-url.js';
export { storageKey, readStoredSelection, storeSelection, initialSelection } from './data/query-storage.js';
export { parseDraft, draftFromSelection, supportedSelection } from './data/query-validation.js';
export { parseWholeNumber } from './data/fields.js';
export { DATE_PRESETS, presetRange, dayRange, startOfDay, parseCivilDate } from './format/date-presets.js';
export { DEFAULT_EXPORT_STRINGS, DEFAULT_CSV_HEADERS } from './export/export-strings.js';
export * from './events.js';
export * from './data/index.js';
export { RowStore } from './data/row-store.js';
export { COLUMNS, DEFAULT_COLUMNS, resolveColumns } from './format/columns.js';
export { DEFAULT_STRINGS } from './strings.js';
export { DEFAULT_FORMAT_STRINGS } from './format/strings.js';
export { DEFAULT_ROW_STRINGS } from './components/conversation-row/row-strings.js';
export { DEFAULT_TABLE_STRINGS } from './components/inbox-table/table-strings.js';
export { Count, counter } from './format/count.js';
export { formatDuration } from './format/duration.js';
export { formatDate, formatTime, formatDateTime } from './format/datetime.js';
export { DEFAULT_DETAIL_URL, DEFAULT_AGENT_URL, fillTemplate } from './format/links.js';
export { safeUrl } from './format/url.js';
export { watchConversations } from './data/live-on-demand.js';
export { DEFAULT_LIVE_STRINGS } from './components/inbox-table/live-controller.js';

declare global {
  // `var`: a global property, as classic scripts read it.
  // eslint-disable-next-line no-var
  var UnifiedInbox: typeof import('./inbox.bundle.js') | undefined;
}

globalThis.UnifiedInbox ??= UnifiedInbox;
