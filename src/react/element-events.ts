/**
 * The events of each element as framework props: `onConversationOpen` → `conversation-open`.
 * One table for the React 18 wrappers (their `onX` props), React 19's JSX types (`onconversation-open`)
 * and Vue's (`@conversation-open`). Event classes come from `GlobalEventHandlersEventMap`.
 */
import type { LitElement } from 'lit';

/** A tag's events as `{ onX: 'x-name' }`. */
export type EventMap = Readonly<Record<string, keyof GlobalEventHandlersEventMap>>;

export const inboxTableEvents = {
  onConversationOpen: 'conversation-open',
  onInboxPageLoad: 'inbox-page-load',
  onInboxError: 'inbox-error',
  onInboxSourceChange: 'inbox-source-change',
  onInboxQueryChange: 'inbox-query-change',
  onConversationAction: 'conversation-action',
  onConversationActionComplete: 'conversation-action-complete',
  onConversationChange: 'conversation-change',
  onInboxLiveUpdate: 'inbox-live-update',
  onColumnStateChange: 'column-state-change',
} as const satisfies EventMap;

export const conversationRowEvents = {
  onConversationOpen: 'conversation-open',
  onInboxAnnounce: 'inbox-announce',
  onInboxRowSelect: 'inbox-row-select',
  onInboxRowActions: 'inbox-row-actions',
} as const satisfies EventMap;

export const inboxFiltersEvents = {
  onInboxQueryChange: 'inbox-query-change',
} as const satisfies EventMap;

export const inboxViewsEvents = {
  onInboxQueryChange: 'inbox-query-change',
} as const satisfies EventMap;

/** Each element's events, by tag (the distribution tests compare this with custom-elements.json). */
export const elementEvents = {
  'inbox-table': inboxTableEvents,
  'conversation-row': conversationRowEvents,
  'inbox-filters': inboxFiltersEvents,
  'inbox-views': inboxViewsEvents,
};

/**
 * The writable, non-method properties an element adds to `LitElement`: what a framework may set.
 * Getters without setters are `readonly` and left out.
 */
export type ElementProperties<E extends HTMLElement> = {
  [K in Exclude<keyof E, keyof LitElement> as E[K] extends (...args: never[]) => unknown
    ? never
    : IsReadonly<E, K> extends true
      ? never
      : K]?: E[K];
};

type IsReadonly<T, K extends keyof T> =
  (<V>() => V extends { [P in K]: T[K] } ? 1 : 2) extends <V>() => V extends { readonly [P in K]: T[K] } ? 1 : 2 ? true : false;
