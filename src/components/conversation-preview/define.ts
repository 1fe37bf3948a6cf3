/** Registers `<conversation-preview>`: a page showing one conversation imports this; the table imports it when a preview first opens. */
import { defineElement } from '../define.js';
import { ConversationPreview } from './conversation-preview.js';

defineElement('conversation-preview', ConversationPreview);
