/**
 * The words the format layer writes into cells and files: column names and the labels of API
 * values. One section of the inbox's strings object (`InboxStrings` in src/strings.ts, where the
 * elements' sections are gathered); a host overrides any of them there.
 */
import { CHANNEL_LABELS, DIRECTION_LABELS, PRIORITY_LABELS, STATUS_LABELS } from './labels.js';

export interface FormatStrings {
  columns: Record<string, string>;
  channels: Record<string, string>;
  directions: Record<string, string>;
  /** Status names by API value; a status not listed shows in Title Case. */
  statuses: Record<string, string>;
  priorities: Record<string, string>;
  guest: string;
  missing: string;
  /** A relative Date of yesterday: the word and the time ("Yesterday 2:02 PM"). */
  dayAndTime: (day: string, time: string) => string;
}

export const DEFAULT_FORMAT_STRINGS: FormatStrings = {
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
    dateTime: 'Date and time',
    select: 'Select',
    actions: 'Actions',
  },
  channels: CHANNEL_LABELS,
  directions: DIRECTION_LABELS,
  statuses: STATUS_LABELS,
  priorities: PRIORITY_LABELS,
  guest: 'Guest',
  missing: '-',
  dayAndTime: (day, time) => `${day} ${time}`,
};
