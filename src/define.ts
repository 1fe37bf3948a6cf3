/** Registers the inbox's elements under their standard tags; safe to import twice. The action form and the confirmation dialog register on the first action (inbox-actions/action-elements.ts). */
import { ConversationRow } from './components/conversation-row/conversation-row.js';
import { InboxTable } from './components/inbox-table/inbox-table.js';
import { InboxFilters } from './components/inbox-filters/inbox-filters.js';
import { defineElement } from './components/define.js';

defineElement('conversation-row', ConversationRow);
defineElement('inbox-table', InboxTable);
// After the table, so a filters element placed inside one finds it upgraded.
defineElement('inbox-filters', InboxFilters);
