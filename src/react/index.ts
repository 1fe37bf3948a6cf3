/**
 * React wrappers for React 18 and earlier, made with `@lit/react`: props are set as element
 * properties (objects included) and events arrive on `onX` props. React 19 needs none of this; it
 * uses the elements directly (typed JSX: `unified-inbox-elements/jsx`).
 *
 * ```tsx
 * import { InboxTable } from 'unified-inbox-elements/react';
 * <InboxTable source={source} timeZone="Europe/Berlin" onConversationOpen={(event) => …} />
 * ```
 *
 * Importing this module registers the elements.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../define.js';
import { ConversationRow as ConversationRowElement } from '../components/conversation-row/conversation-row.js';
import { InboxFilters as InboxFiltersElement } from '../components/inbox-filters/inbox-filters.js';
import { InboxTable as InboxTableElement } from '../components/inbox-table/inbox-table.js';
import { InboxViews as InboxViewsElement } from '../components/inbox-views/inbox-views.js';
import { conversationRowEvents, inboxFiltersEvents, inboxTableEvents, inboxViewsEvents, type EventMap } from './element-events.js';

/** The event names typed with their classes, so each `onX` handler receives its own event. */
const typed = <M extends EventMap>(events: M) => events as M & { [P in keyof M]: EventName<GlobalEventHandlersEventMap[M[P]]> };

/** `<inbox-table>`: the virtualized conversations table. */
export const InboxTable = createComponent({
  react: React,
  tagName: 'inbox-table',
  elementClass: InboxTableElement,
  events: typed(inboxTableEvents),
  displayName: 'InboxTable',
});

/** `<conversation-row>`: one conversation, for example in a CRM sidebar. */
export const ConversationRow = createComponent({
  react: React,
  tagName: 'conversation-row',
  elementClass: ConversationRowElement,
  events: typed(conversationRowEvents),
  displayName: 'ConversationRow',
});

/** `<inbox-filters>`: the filters of an `<inbox-table>`; put it in the table's `toolbar` slot (`slot="toolbar"`). */
export const InboxFilters = createComponent({
  react: React,
  tagName: 'inbox-filters',
  elementClass: InboxFiltersElement,
  events: typed(inboxFiltersEvents),
  displayName: 'InboxFilters',
});

/** `<inbox-views>`: saved views with counts for an `<inbox-table>`; put it in the table's `toolbar` slot (`slot="toolbar"`). */
export const InboxViews = createComponent({
  react: React,
  tagName: 'inbox-views',
  elementClass: InboxViewsElement,
  events: typed(inboxViewsEvents),
  displayName: 'InboxViews',
});
