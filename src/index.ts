/**
 * The unified conversations inbox. Importing this module registers `<inbox-table>`,
 * `<conversation-row>` and `<inbox-filters>`, and exports the data sources and helpers.
 */
import './define.js';

export * from './elements-api.js';
export { InboxActionForm } from './components/inbox-actions/action-form.js';
// Sources, exports and formatting helpers: the `./data` entry.
export * from './data-entry.js';
