/**
 * User-visible strings of the conversation actions; part of the inbox's overridable strings (the
 * row shows `selectRow` and `menuLabel`). Counts arrive formatted for the locale, with their plural.
 */
import type { ActionKind } from '../../data/types.js';
import type { Count } from '../../format/count.js';
import { DEFAULT_ROW_STRINGS, type RowActionStrings } from '../conversation-row/row-strings.js';

export interface ActionStrings extends RowActionStrings {
  menuItems: Record<ActionKind, string>;
  formTitle: (kind: ActionKind, count: Count) => string;
  assignTo: string;
  unassigned: string;
  status: string;
  resolutionNotes: string;
  tags: string;
  note: string;
  apply: string;
  cancel: string;
  required: Record<ActionKind, string>;
  selectAllLoaded: string;
  selectedCount: (count: Count) => string;
  selectAllMatching: (total: Count) => string;
  clearSelection: string;
  bulkActions: string;
  progress: (done: Count, total: Count) => string;
  done: (kind: ActionKind, count: Count) => string;
  failed: (kind: ActionKind, count: Count) => string;
  failureItem: (who: string, reason: string) => string;
  dismiss: string;
  /** Heading of the confirmation before a large run; `count` shows formatted for the locale. */
  confirmTitle: (kind: ActionKind, count: Count) => string;
  /** What confirming does, under the heading. */
  confirmMessage: (count: Count) => string;
  /** The confirmation's confirm button. */
  confirmRun: (count: Count) => string;
  /** The outcome of a run cancelled part-way: how many changed and how many were never sent. */
  cancelled: (kind: ActionKind, changed: Count, notSent: Count) => string;
  /** Said while an action's form is fetched (the first time one is chosen). */
  formLoading: string;
  /** In the menu when an action's form could not be fetched; choosing the action again retries. */
  formFailed: string;
}

const verbs: Record<ActionKind, [string, string]> = {
  assign: ['Assign', 'assigned'],
  status: ['Set status of', 'updated'],
  tags: ['Tag', 'tagged'],
  note: ['Add a note to', 'noted'],
};

const plural = (count: Count) => `${count} ${count.plural === 'one' ? 'conversation' : 'conversations'}`;

export const DEFAULT_ACTION_STRINGS: ActionStrings = {
  ...DEFAULT_ROW_STRINGS.actions,
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
  confirmTitle: (kind, count) => `${verbs[kind][0]} ${count} ${count.plural === 'one' ? 'conversation' : 'conversations'}?`,
  confirmMessage: (count) => `${count} changes will be sent, one per conversation. You can cancel while it runs.`,
  confirmRun: (count) => `Apply to ${count}`,
  cancelled: (kind, changed, notSent) => `Cancelled: ${changed} ${verbs[kind][1]}, ${notSent} not sent.`,
  formLoading: 'Loading the form…',
  formFailed: 'The form could not be loaded. Choose the action again to retry.',
};
