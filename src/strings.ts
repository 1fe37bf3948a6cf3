/**
 * Every user-visible string of the inbox, in one overridable object: each element's section,
 * gathered here where the elements meet (each layer defines only its own words). A host replaces
 * any subset: `table.strings = { ...table.strings, empty: 'Keine Gespräche' }`; `locales/de` is a
 * complete example.
 */
import { DEFAULT_FILTER_STRINGS, type FilterStrings } from './components/inbox-filters/filter-strings.js';
import { DEFAULT_VIEW_STRINGS, type ViewStrings } from './components/inbox-views/view-strings.js';
import { DEFAULT_TABLE_STRINGS, type TableStrings } from './components/inbox-table/table-strings.js';

export interface InboxStrings extends TableStrings {
  filters: FilterStrings;
  views: ViewStrings;
}

export const DEFAULT_STRINGS: InboxStrings = { ...DEFAULT_TABLE_STRINGS, filters: DEFAULT_FILTER_STRINGS, views: DEFAULT_VIEW_STRINGS };
