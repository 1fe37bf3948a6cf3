/**
 * Typed templates for Vue 3 (Volar / vue-tsc). Load these types once, from any file of the app:
 *
 * ```ts
 * import type {} from 'unified-inbox-elements/vue';
 * ```
 *
 * Tell Vue's template compiler the tags are custom elements (`isCustomElement`), and bind objects as
 * properties: `<inbox-table :source.prop="source" time-zone="Asia/Tokyo" @conversation-open="open">`.
 */
import type { DefineComponent } from 'vue';
import type { ConversationRow } from './components/conversation-row/conversation-row.js';
import type { InboxFilters } from './components/inbox-filters/inbox-filters.js';
import type { InboxTable } from './components/inbox-table/inbox-table.js';
import type { conversationRowEvents, ElementProperties, EventMap, inboxFiltersEvents, inboxTableEvents } from './react/element-events.js';

/** Vue turns `@conversation-open` into the prop `onConversationOpen`: the same names as the React wrappers. */
type EventListenerProps<Events extends EventMap> = {
  [P in keyof Events]?: (event: GlobalEventHandlersEventMap[Events[P]]) => void;
};

/** A custom element as Vue sees a component: its properties and its events. */
export type ElementComponent<E extends HTMLElement, Events extends EventMap> = DefineComponent<ElementProperties<E> & EventListenerProps<Events>>;

declare module 'vue' {
  interface GlobalComponents {
    'inbox-table': ElementComponent<InboxTable, typeof inboxTableEvents>;
    'conversation-row': ElementComponent<ConversationRow, typeof conversationRowEvents>;
    'inbox-filters': ElementComponent<InboxFilters, typeof inboxFiltersEvents>;
  }
}
