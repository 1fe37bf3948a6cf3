/**
 * The unified conversations inbox. Importing this module registers `<inbox-table>`,
 * `<conversation-row>` and `<inbox-filters>`, and exports the data sources and helpers.
 */
import './define.js';

export { InboxTable } from './components/inbox-table/inbox-table.js';
export { ConversationRow, InboxAnnounceEvent } from './components/conversation-row/conversation-row.js';
export { defineElement } from './components/define.js';
export * from './events.js';
export * from './data/index.js';
export { RowStore } from './data/row-store.js';
export { COLUMNS, DEFAULT_COLUMNS, resolveColumns, type ColumnDef, type ColumnId, type FormatContext } from './format/columns.js';
export { DEFAULT_STRINGS, type InboxStrings } from './format/strings.js';
export { formatDuration } from './format/duration.js';
export { formatDate, formatTime, formatDateTime } from './format/datetime.js';
export { DEFAULT_DETAIL_URL, DEFAULT_AGENT_URL, fillTemplate } from './format/links.js';
export { safeUrl } from './format/url.js';
