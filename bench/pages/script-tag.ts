/**
 * Size-only entry: what a script-tag bundle of the widget holds, i.e. the three elements, the
 * built-in data sources and the public helpers, every export kept.
 */
import { ConversationRow } from '../../src/components/conversation-row/conversation-row.js';
import { defineElement } from '../../src/components/define.js';
import { InboxFilters } from '../../src/components/inbox-filters/inbox-filters.js';
import { InboxTable } from '../../src/components/inbox-table/inbox-table.js';

export * from '../../src/index.js';
export * from '../../src/data/index.js';
export { InboxFilters };

// Explicit: package.json `sideEffects` names only dist/ files, so bundling src/ drops `import './define.js'`.
defineElement('conversation-row', ConversationRow);
defineElement('inbox-table', InboxTable);
defineElement('inbox-filters', InboxFilters);
