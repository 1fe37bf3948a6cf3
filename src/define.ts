/**
 * Registers the inbox's elements under their standard tags; safe to import twice. The elements
 * that only appear once a user acts (action forms, the preview, dialogs) register themselves when
 * first needed.
 */
import { ConversationRow } from './components/conversation-row/conversation-row.js';
import { InboxTable } from './components/inbox-table/inbox-table.js';
import { InboxFilters } from './components/inbox-filters/inbox-filters.js';
import { InboxViews } from './components/inbox-views/inbox-views.js';
import { InboxConfirmDialog } from './components/inbox-confirm/confirm-dialog.js';
import { defineElement } from './components/define.js';

defineElement('conversation-row', ConversationRow);
defineElement('inbox-confirm-dialog', InboxConfirmDialog);
defineElement('inbox-table', InboxTable);
// After the table, so a filters element placed inside one finds it upgraded.
defineElement('inbox-filters', InboxFilters);
defineElement('inbox-views', InboxViews);
