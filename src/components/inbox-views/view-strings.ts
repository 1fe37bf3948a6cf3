/**
 * The user-visible strings of `<inbox-views>`: the `views` section of the inbox's one strings
 * object (`InboxStrings`). A host replaces any subset.
 */
import type { BuiltInViewId } from '../../data/views.js';
import type { Count } from '../../format/count.js';

export interface ViewStrings {
  /** Name of the list of views (a navigation landmark). */
  label: string;
  builtIn: Record<BuiltInViewId, string>;
  /** Read after a view's name in place of its bare number: "Open 1,234 conversations". */
  count: (count: Count) => string;
  /** Beside the active view once filters were edited on top of it. */
  modified: string;
  save: string;
  saveAsNew: string;
  manage: string;
  /** The name field of a new or renamed view. */
  name: string;
  nameRequired: string;
  cancel: string;
  done: string;
  rename: (view: string) => string;
  delete: (view: string) => string;
  moveUp: (view: string) => string;
  moveDown: (view: string) => string;
}

export const DEFAULT_VIEW_STRINGS: ViewStrings = {
  label: 'Views',
  builtIn: {
    all: 'All',
    open: 'Open',
    unassigned: 'Unassigned',
    urgent: 'Urgent',
    pending: 'Pending',
    liveNow: 'Live now',
    unanswered: 'Unanswered',
    phoneCalls: 'Phone calls',
    longCalls: 'Long calls',
  },
  count: (count) => `${count} ${count.plural === 'one' ? 'conversation' : 'conversations'}`,
  modified: 'Modified',
  save: 'Save',
  saveAsNew: 'Save as new',
  manage: 'Edit views',
  name: 'View name',
  nameRequired: 'Enter a name for the view.',
  cancel: 'Cancel',
  done: 'Done',
  rename: (view) => `Rename ${view}`,
  delete: (view) => `Delete ${view}`,
  moveUp: (view) => `Move ${view} up`,
  moveDown: (view) => `Move ${view} down`,
};
