/**
 * Typed JSX for React 19, which sets properties and listens to events on custom elements itself.
 * Load these types once, from any file of the app:
 *
 * ```ts
 * import type {} from 'unified-inbox-elements/jsx';
 * ```
 *
 * Then `<inbox-table source={source} timeZone="Asia/Tokyo" onconversation-open={(event) => …} />`
 * type-checks: camelCase props are the elements' properties, `on` + event name are their events.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ConversationRow } from './components/conversation-row/conversation-row.js';
import type { InboxFilters } from './components/inbox-filters/inbox-filters.js';
import type { InboxTable } from './components/inbox-table/inbox-table.js';
import type { InboxViews } from './components/inbox-views/inbox-views.js';
import type { conversationRowEvents, ElementProperties, EventMap, inboxFiltersEvents, inboxTableEvents, inboxViewsEvents } from './react/element-events.js';

/** React 19 adds a listener for a prop named `on` + the exact event name. */
type EventListenerProps<Events extends EventMap> = {
  [P in keyof Events as `on${Events[P]}`]?: (event: GlobalEventHandlersEventMap[Events[P]]) => void;
};

/** JSX props of an element: React's own, its properties, and its events. */
export type ElementJsxProps<E extends HTMLElement, Events extends EventMap> = Omit<
  DetailedHTMLProps<HTMLAttributes<E>, E>,
  keyof ElementProperties<E>
> &
  ElementProperties<E> &
  EventListenerProps<Events>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'inbox-table': ElementJsxProps<InboxTable, typeof inboxTableEvents>;
      'conversation-row': ElementJsxProps<ConversationRow, typeof conversationRowEvents>;
      'inbox-filters': ElementJsxProps<InboxFilters, typeof inboxFiltersEvents>;
      'inbox-views': ElementJsxProps<InboxViews, typeof inboxViewsEvents>;
    }
  }
}
