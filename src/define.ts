/** Registers the inbox's elements under their standard tags; safe to import twice. */
import { ConversationRow } from './components/conversation-row/conversation-row.js';
import { InboxTable } from './components/inbox-table/inbox-table.js';
import { defineElement } from './components/define.js';

defineElement('conversation-row', ConversationRow);
defineElement('inbox-table', InboxTable);
