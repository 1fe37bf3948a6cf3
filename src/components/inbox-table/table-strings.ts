/**
 * The user-visible strings of `<inbox-table>`: the row's, the sections of the parts it shows
 * (actions, export, live updates) and its own. The inbox's one strings object (`InboxStrings`,
 * src/strings.ts) adds the filters' section, which the table hands to the filters in its toolbar.
 */
import type { InboxErrorKind } from '../../data/errors.js';
import type { Count } from '../../format/count.js';
import { DEFAULT_EXPORT_STRINGS, type ExportStrings } from '../../export/export-strings.js';
import { DEFAULT_ACTION_STRINGS, type ActionStrings } from '../inbox-actions/action-strings.js';
import { DEFAULT_ROW_STRINGS, type RowStrings } from '../conversation-row/row-strings.js';
import type { FilterStrings } from '../inbox-filters/filter-strings.js';
import type { ViewStrings } from '../inbox-views/view-strings.js';
import { DEFAULT_LIVE_STRINGS, type LiveStrings } from './live-controller.js';
import { DEFAULT_PREVIEW_STRINGS, type PreviewStrings } from '../conversation-preview/preview-strings.js';
import { DEFAULT_SHORTCUT_STRINGS, type ShortcutStrings } from './shortcut-strings.js';
import { DEFAULT_COLUMN_STRINGS, type ColumnStrings } from './column-strings.js';

export interface TableStrings extends RowStrings {
  actions: ActionStrings;
  export: ExportStrings;
  live: LiveStrings;
  preview: PreviewStrings;
  shortcuts: ShortcutStrings;
  columnTools: ColumnStrings;
  /** Read by `<inbox-filters>` in the table's toolbar when they have no strings of their own. */
  filters?: FilterStrings;
  /** Read by `<inbox-views>` for the table when they have no strings of their own. */
  views?: ViewStrings;
  gridLabel: string;
  loading: string;
  loadingMore: string;
  endOfList: string;
  empty: string;
  clearFilters: string;
  retry: string;
  errors: Record<InboxErrorKind | 'unknown', string>;
  /** Counts arrive formatted for the locale, with their plural. */
  loadedCount: (loaded: Count, total?: Count) => string;
}

export const DEFAULT_TABLE_STRINGS: TableStrings = {
  ...DEFAULT_ROW_STRINGS,
  actions: DEFAULT_ACTION_STRINGS,
  export: DEFAULT_EXPORT_STRINGS,
  live: DEFAULT_LIVE_STRINGS,
  preview: DEFAULT_PREVIEW_STRINGS,
  shortcuts: DEFAULT_SHORTCUT_STRINGS,
  columnTools: DEFAULT_COLUMN_STRINGS,
  gridLabel: 'Conversations',
  loading: 'Loading conversations…',
  loadingMore: 'Loading more conversations…',
  endOfList: 'End of list',
  empty: 'No conversations match these filters',
  clearFilters: 'Clear filters',
  retry: 'Retry',
  errors: {
    unauthorized: 'Sign-in failed: the access token is missing, invalid or expired.',
    forbidden: 'Missing permission: this account may not read these conversations.',
    not_found: 'The conversations could not be found at the configured address.',
    rate_limited: 'Too many requests right now. Wait a moment, then retry.',
    server: 'The conversations server had a problem. Try again in a moment.',
    network: 'You appear to be offline, or the server cannot be reached.',
    bad_response: 'The server sent an answer the inbox could not read.',
    config: 'The inbox is not configured correctly.',
    unknown: 'Something went wrong while loading conversations.',
  },
  loadedCount: (loaded, total) =>
    total === undefined
      ? `${loaded} ${loaded.plural === 'one' ? 'conversation' : 'conversations'} loaded`
      : `${loaded} of ${total} ${total.plural === 'one' ? 'conversation' : 'conversations'} loaded`,
};
