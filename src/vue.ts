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
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { ConversationRow } from './components/conversation-row/conversation-row.js';
import type { InboxFilters } from './components/inbox-filters/inbox-filters.js';
import type { InboxTable } from './components/inbox-table/inbox-table.js';
import type { InboxViews } from './components/inbox-views/inbox-views.js';
import type { conversationRowEvents, ElementProperties, EventMap, inboxFiltersEvents, inboxTableEvents, inboxViewsEvents } from './react/element-events.js';

/**
 * A custom element as Vue's template type checking reads a component: props from `$props`,
 * events (`@conversation-open`) from `$emit`. The shape Vue's guide gives for custom elements.
 */
export type ElementComponent<E extends HTMLElement, Events extends EventMap> = new () => E & {
  /** @deprecated For template type checking only; not a property of the element. */
  $props: HTMLAttributes & { slot?: string } & ElementProperties<E> & PublicProps;
  /** @deprecated For template type checking only; not a method of the element. */
  $emit: EmitFn<{ [P in keyof Events as Events[P]]: (event: GlobalEventHandlersEventMap[Events[P]]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'inbox-table': ElementComponent<InboxTable, typeof inboxTableEvents>;
    'conversation-row': ElementComponent<ConversationRow, typeof conversationRowEvents>;
    'inbox-filters': ElementComponent<InboxFilters, typeof inboxFiltersEvents>;
    'inbox-views': ElementComponent<InboxViews, typeof inboxViewsEvents>;
  }
}
