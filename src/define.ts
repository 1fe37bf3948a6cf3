/** Registers the inbox's elements under their standard tags; safe to import twice. */
import { ConversationRow } from './components/conversation-row/conversation-row.js';
import { InboxTable } from './components/inbox-table/inbox-table.js';
import { InboxFilters } from './components/inbox-filters/inbox-filters.js';
import { InboxActionForm } from './components/inbox-actions/action-form.js';
import { InboxConfirmDialog } from './components/inbox-confirm/confirm-dialog.js';
import { defineElement } from './components/define.js';

defineElement('conversation-row', ConversationRow);
defineElement('inbox-action-form', InboxActionForm);
defineElement('inbox-confirm-dialog', InboxConfirmDialog);
defineElement('inbox-table', InboxTable);
// After the table, so a filters element placed inside one finds it upgraded.
defineElement('inbox-filters', InboxFilters);
