/** The user-visible strings of the table's triage shortcuts and their help dialog. */
export type ShortcutId = 'next' | 'previous' | 'select' | 'done' | 'assign' | 'tags' | 'note' | 'search' | 'help' | 'close';

export interface ShortcutStrings {
  /** The help dialog's heading. */
  title: string;
  close: string;
  /** How each shortcut is typed, as the dialog shows it. */
  keys: Record<ShortcutId, string>;
  /** What each shortcut does. */
  descriptions: Record<ShortcutId, string>;
  /** Heads the key column and the action column of the dialog's table. */
  keyHeader: string;
  actionHeader: string;
  /** The grid's description, read by screen readers with the grid's name. */
  gridDescription: string;
}

export const DEFAULT_SHORTCUT_STRINGS: ShortcutStrings = {
  title: 'Keyboard shortcuts',
  close: 'Close',
  keys: {
    next: 'j or Down arrow',
    previous: 'k or Up arrow',
    select: 'x',
    done: 'e',
    assign: 'a',
    tags: 't',
    note: 'n',
    search: '/',
    help: '?',
    close: 'Escape',
  },
  descriptions: {
    next: 'Preview the next conversation',
    previous: 'Preview the previous conversation',
    select: 'Select or unselect the conversation',
    done: 'Set the next status (Resolved)',
    assign: 'Assign',
    tags: 'Add tags',
    note: 'Add an internal note',
    search: 'Search',
    help: 'Show these shortcuts',
    close: 'Close the preview',
  },
  keyHeader: 'Key',
  actionHeader: 'Action',
  gridDescription:
    'Shortcuts: j and k move through conversations, x selects, e sets the next status, a assigns, t adds tags, n adds a note, slash searches, question mark lists all shortcuts.',
};
