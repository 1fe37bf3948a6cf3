/** The user-visible strings of `<conversation-preview>`; part of the inbox's one strings object. */
import type { Count } from '../../format/count.js';

export interface PreviewFieldStrings {
  caller: string;
  callerId: string;
  customer: string;
  participants: string;
  agent: string;
  agentNumber: string;
  direction: string;
  status: string;
  channel: string;
  priority: string;
  assignee: string;
  tags: string;
  unread: string;
  messages: string;
  userTurns: string;
  created: string;
  lastActivity: string;
  updated: string;
  resolved: string;
  duration: string;
  metadata: string;
  summary: string;
  recording: string;
  id: string;
}

export interface PreviewStrings {
  /** The panel's name and heading: who the conversation is with. */
  heading: (who: string) => string;
  close: string;
  /** The preview's close button where it covers the list (cards). */
  back: string;
  openInNewTab: string;
  /** The handle that resizes the panel. */
  resize: string;
  fields: PreviewFieldStrings;
  unassigned: string;
  /** A count of messages, unread messages or turns, formatted for the locale. */
  count: (count: Count) => string;
  /** Shown once the conversation left the list (a live update or a refresh); the preview stays until closed. */
  gone: string;
  /** Actions heading. */
  actions: string;
}

export const DEFAULT_PREVIEW_STRINGS: PreviewStrings = {
  heading: (who) => `Conversation with ${who}`,
  close: 'Close preview',
  back: 'Back to list',
  openInNewTab: 'Open in new tab',
  resize: 'Resize preview',
  fields: {
    caller: 'Caller',
    callerId: 'Caller ID',
    customer: 'Customer',
    participants: 'Participants',
    agent: 'Agent',
    agentNumber: 'Number',
    direction: 'Direction',
    status: 'Status',
    channel: 'Channel',
    priority: 'Priority',
    assignee: 'Assignee',
    tags: 'Tags',
    unread: 'Unread messages',
    messages: 'Messages',
    userTurns: 'Caller turns',
    created: 'Created',
    lastActivity: 'Last activity',
    updated: 'Updated',
    resolved: 'Resolved',
    duration: 'Duration',
    metadata: 'Custom metadata',
    summary: 'Summary',
    recording: 'Recording',
    id: 'Conversation ID',
  },
  unassigned: 'Unassigned',
  count: (count) => `${count}`,
  gone: 'This conversation is no longer in the list.',
  actions: 'Actions',
};
