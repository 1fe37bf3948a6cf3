/**
 * Every user-visible string of the inbox, in one overridable object. A host replaces any subset:
 * `table.strings = { ...table.strings, empty: 'Keine Gespräche' }`.
 */
import { DEFAULT_ACTION_STRINGS, type ActionStrings } from '../components/inbox-actions/action-strings.js';
import { DEFAULT_EXPORT_STRINGS, type ExportStrings } from '../export/export-strings.js';
import { DEFAULT_LIVE_STRINGS, type LiveStrings } from '../components/inbox-table/live-controller.js';
import { DEFAULT_FILTER_STRINGS, type FilterStrings } from '../components/inbox-filters/filter-strings.js';
import { CHANNEL_LABELS, DIRECTION_LABELS } from './labels.js';

export interface InboxStrings {
  actions: ActionStrings;
  export: ExportStrings;
  live: LiveStrings;
  filters: FilterStrings;
  gridLabel: string;
  columns: Record<string, string>;
  channels: Record<string, string>;
  directions: Record<string, string>;
  guest: string;
  missing: string;
  loading: string;
  loadingMore: string;
  endOfList: string;
  empty: string;
  clearFilters: string;
  retry: string;
  copied: string;
  copyFailed: string;
  copyLink: (who: string) => string;
  playRecording: string;
  pauseRecording: string;
  recordingError: string;
  openAgent: (agent: string) => string;
  extraParticipants: (count: number) => string;
  errors: Record<'unauthorized' | 'forbidden' | 'not_found' | 'rate_limited' | 'server' | 'network' | 'bad_response' | 'config' | 'unknown', string>;
  loadedCount: (loaded: number, total?: number) => string;
}

export const DEFAULT_STRINGS: InboxStrings = {
  actions: DEFAULT_ACTION_STRINGS,
  export: DEFAULT_EXPORT_STRINGS,
  live: DEFAULT_LIVE_STRINGS,
  filters: DEFAULT_FILTER_STRINGS,
  gridLabel: 'Conversations',
  columns: {
    copy: 'Copy link',
    play: 'Play',
    agent: 'Agent',
    callerId: 'Caller ID',
    callerName: 'Caller Name',
    agentNumber: 'Agent Number',
    direction: 'Direction',
    status: 'Status',
    summary: 'Summary',
    duration: 'Duration',
    date: 'Date',
    time: 'Time',
    type: 'Type',
    customer: 'Customer',
    priority: 'Priority',
    assignee: 'Assignee',
    tags: 'Tags',
    unread: 'Unread',
    lastActivity: 'Last Activity',
    created: 'Created',
    select: 'Select',
    actions: 'Actions',
  },
  channels: CHANNEL_LABELS,
  directions: DIRECTION_LABELS,
  guest: 'Guest',
  missing: '-',
  loading: 'Loading conversations…',
  loadingMore: 'Loading more conversations…',
  endOfList: 'End of list',
  empty: 'No conversations match these filters',
  clearFilters: 'Clear filters',
  retry: 'Retry',
  copied: 'Copied',
  copyFailed: 'Copy failed: select the link and copy it',
  copyLink: (who) => `Copy link to conversation with ${who}`,
  playRecording: 'Play recording',
  pauseRecording: 'Pause recording',
  recordingError: 'Recording cannot be played',
  openAgent: (agent) => `Open agent ${agent} in a new tab`,
  extraParticipants: (count) => `${count} more participant${count === 1 ? '' : 's'}`,
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
    total === undefined ? `${loaded} conversations loaded` : `${loaded} of ${total} conversations loaded`,
};
