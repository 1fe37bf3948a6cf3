/**
 * The user-visible strings of `<inbox-filters>`: the `filters` section of the inbox's one strings
 * object (`InboxStrings`). A host replaces any subset:
 * `filters.strings = { ...DEFAULT_STRINGS, filters: { ...DEFAULT_STRINGS.filters, apply: 'Anwenden' } }`.
 */
import type { DatePresetId } from '../../format/date-presets.js';
import { CHANNEL_LABELS, DIRECTION_LABELS, PRIORITY_LABELS, STATUS_LABELS } from '../../format/labels.js';
import type { SortOrder } from '../../data/types.js';

/** Labels of the filters, one per control or group. */
export interface FilterLabels {
  search: string;
  callerId: string;
  direction: string;
  channels: string;
  status: string;
  agentId: string;
  agentVersionId: string;
  webWidgetId: string;
  agentNumber: string;
  campaign: string;
  customMetadata: string;
  duration: string;
  userTurns: string;
  date: string;
  assigneeId: string;
  customerId: string;
  tags: string;
  priority: string;
  sort: string;
}

export interface FilterStrings {
  /** Name of the whole filter bar (a `search` landmark). */
  label: string;
  toggle: string;
  /** Read after the toggle's count of active filters: "Filters 3 active". */
  active: string;
  panel: string;
  /** The close button of the panel where it is a full-height dialog (phones, narrow containers). */
  closePanel: string;
  labels: FilterLabels;
  searchPlaceholder: string;
  callerPlaceholder: string;
  /** The "no filter" choice of a list. */
  all: string;
  minimum: string;
  maximum: string;
  from: string;
  to: string;
  findAgent: string;
  findAssignee: string;
  /** Label of the date preset list. */
  period: string;
  noMatches: string;
  listFailed: string;
  /** Beside an agent or assignee list made of the people seen in loaded conversations (the source lists none). */
  partialList: string;
  /** The option of a partial list that filters by the id typed in its find box. */
  useTypedId: (id: string) => string;
  tagsHint: string;
  apply: string;
  reset: string;
  clearAll: string;
  activeFilters: string;
  removeFilter: (chip: string) => string;
  /** Chip text: `Status: Completed`. */
  chip: (label: string, value: string) => string;
  /** Chip values of a range; either end may be open. */
  between: (from: string, to: string) => string;
  atLeast: (from: string) => string;
  atMost: (to: string) => string;
  presets: Record<DatePresetId | 'any' | 'custom', string>;
  /** Status names by API value; a status not listed shows in Title Case. */
  statuses: Record<string, string>;
  channels: Record<string, string>;
  directions: Record<string, string>;
  priorities: Record<string, string>;
  sorts: Record<SortOrder, string>;
  errors: {
    notWholeNumber: (field: string) => string;
    minAboveMax: (field: string) => string;
    notADate: (field: string) => string;
    endBeforeStart: string;
  };
}

export const DEFAULT_FILTER_STRINGS: FilterStrings = {
  label: 'Filter conversations',
  toggle: 'Filters',
  active: 'active',
  panel: 'Filters',
  closePanel: 'Close filters',
  labels: {
    search: 'Search',
    callerId: 'Caller',
    direction: 'Direction',
    channels: 'Channel',
    status: 'Status',
    agentId: 'Agent',
    agentVersionId: 'Agent version',
    webWidgetId: 'Web widget',
    agentNumber: 'Agent number',
    campaign: 'Campaign',
    customMetadata: 'Metadata',
    duration: 'Duration (seconds)',
    userTurns: 'User turns',
    date: 'Date',
    assigneeId: 'Assignee',
    customerId: 'Customer ID',
    tags: 'Tags',
    priority: 'Priority',
    sort: 'Sort by',
  },
  searchPlaceholder: 'Content, customer name or phone',
  callerPlaceholder: 'Phone number or caller ID',
  all: 'All',
  minimum: 'Minimum',
  maximum: 'Maximum',
  from: 'From',
  to: 'To',
  findAgent: 'Find agent',
  findAssignee: 'Find assignee',
  period: 'Period',
  noMatches: 'No matches',
  listFailed: 'The list could not be loaded.',
  partialList: 'Partial list: only those in loaded conversations. Type an ID to choose another.',
  useTypedId: (id) => `Use ID “${id}”`,
  tagsHint: 'Separate several tags with commas.',
  apply: 'Apply',
  reset: 'Reset',
  clearAll: 'Clear all',
  activeFilters: 'Active filters',
  removeFilter: (chip) => `Remove filter ${chip}`,
  chip: (label, value) => `${label}: ${value}`,
  between: (from, to) => `${from} – ${to}`,
  atLeast: (from) => `from ${from}`,
  atMost: (to) => `up to ${to}`,
  presets: {
    any: 'Any time',
    today: 'Today',
    yesterday: 'Yesterday',
    last7: 'Last 7 days',
    last30: 'Last 30 days',
    thisMonth: 'This month',
    custom: 'Custom range',
  },
  statuses: STATUS_LABELS,
  channels: CHANNEL_LABELS,
  directions: DIRECTION_LABELS,
  priorities: PRIORITY_LABELS,
  sorts: {
    last_activity_desc: 'Latest activity first',
    last_activity_asc: 'Oldest activity first',
    created_desc: 'Newest first',
    created_asc: 'Oldest first',
    priority_desc: 'Highest priority first',
  },
  errors: {
    notWholeNumber: (field) => `${field}: enter a whole number of 0 or more.`,
    minAboveMax: (field) => `${field}: the minimum is larger than the maximum.`,
    notADate: (field) => `${field}: enter a date.`,
    endBeforeStart: 'Date: the range ends before it starts.',
  },
};
