/** User-visible strings of the conversation actions; part of the inbox's overridable strings. */
import type { ActionKind } from '../../data/types.js';

export interface ActionStrings {
  menuLabel: (who: string) => string;
  menuItems: Record<ActionKind, string>;
  formTitle: (kind: ActionKind, count: number) => string;
  assignTo: string;
  unassigned: string;
  status: string;
  resolutionNotes: string;
  tags: string;
  note: string;
  apply: string;
  cancel: string;
  required: Record<ActionKind, string>;
  selectRow: (who: string) => string;
  selectAllLoaded: string;
  selectedCount: (count: number) => string;
  selectAllMatching: (total: number) => string;
  clearSelection: string;
  bulkActions: string;
  progress: (done: number, total: number) => string;
  done: (kind: ActionKind, count: number) => string;
  failed: (kind: ActionKind, count: number) => string;
  failureItem: (who: string, reason: string) => string;
  dismiss: string;
  /** Heading of the confirmation before a large run; `count` arrives formatted for the locale. */
  confirmTitle: (kind: ActionKind, count: string) => string;
  /** What confirming does, under the heading. */
  confirmMessage: (count: string) => string;
  /** The confirmation's confirm button. */
  confirmRun: (count: string) => string;
  /** The outcome of a run cancelled part-way: how many changed and how many were never sent. */
  cancelled: (kind: ActionKind, changed: string, notSent: string) => string;
}

const verbs: Record<ActionKind, [string, string]> = {
  assign: ['Assign', 'assigned'],
  status: ['Set status of', 'updated'],
  tags: ['Tag', 'tagged'],
  note: ['Add a note to', 'noted'],
};

const plural = (count: number) => `${count} conversation${count === 1 ? '' : 's'}`;

export const DEFAULT_ACTION_STRINGS: ActionStrings = {
  menuLabel: (who) => `Actions for conversation with ${who}`,
  menuItems: { assign: 'Assign…', status: 'Set status…', tags: 'Add tags…', note: 'Add internal note…' },
  formTitle: (kind, count) => `${verbs[kind][0]} ${plural(count)}`,
  assignTo: 'Assign to',
  unassigned: 'Unassigned',
  status: 'Status',
  resolutionNotes: 'Resolution notes (optional)',
  tags: 'Tags (separate with commas)',
  note: 'Internal note',
  apply: 'Apply',
  cancel: 'Cancel',
  required: {
    assign: 'Choose a team member.',
    status: 'Choose a status.',
    tags: 'Type at least one tag.',
    note: 'Write the note first.',
  },
  selectRow: (who) => `Select conversation with ${who}`,
  selectAllLoaded: 'Select all loaded conversations',
  selectedCount: (count) => `${count} selected`,
  selectAllMatching: (total) => `Select all ${total} matching`,
  clearSelection: 'Clear selection',
  bulkActions: 'Actions for the selected conversations',
  progress: (done, total) => `${done} of ${total} done`,
  done: (kind, count) => `${plural(count)} ${verbs[kind][1]}.`,
  failed: (kind, count) => `${plural(count)} could not be ${verbs[kind][1]}:`,
  failureItem: (who, reason) => `${who}: ${reason}`,
  dismiss: 'Dismiss',
  confirmTitle: (kind, count) => `${verbs[kind][0]} ${count} conversations?`,
  confirmMessage: (count) => `${count} changes will be sent, one per conversation. You can cancel while it runs.`,
  confirmRun: (count) => `Apply to ${count}`,
  cancelled: (kind, changed, notSent) => `Cancelled: ${changed} ${verbs[kind][1]}, ${notSent} not sent.`,
};
