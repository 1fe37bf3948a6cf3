/**
 * The events of each element as framework props: `onConversationOpen` → `conversation-open`.
 * One table for the React 18 wrappers (their `onX` props), React 19's JSX types (`onconversation-open`)
 * and Vue's (`@conversation-open`). Each name carries its event class, from `GlobalEventHandlersEventMap`.
 */
import type { EventName } from '@lit/react';

/** An event name typed with its class, for `createComponent`'s `events`. */
const event = <K extends keyof GlobalEventHandlersEventMap>(name: K) => name as K & EventName<GlobalEventHandlersEventMap[K]>;

export const inboxTableEvents = {
  onConversationOpen: event('conversation-open'),
  onInboxPageLoad: event('inbox-page-load'),
  onInboxError: event('inbox-error'),
  onInboxSourceChange: event('inbox-source-change'),
  onInboxQueryChange: event('inbox-query-change'),
  onConversationAction: event('conversation-action'),
  onConversationActionComplete: event('conversation-action-complete'),
  onConversationChange: event('conversation-change'),
};

export const conversationRowEvents = {
  onConversationOpen: event('conversation-open'),
  onInboxAnnounce: event('inbox-announce'),
  onInboxRowSelect: event('inbox-row-select'),
  onInboxRowActions: event('inbox-row-actions'),
};

export const inboxFiltersEvents = {
  onInboxQueryChange: event('inbox-query-change'),
};

/** Each element's events, by tag (the distribution tests compare this with custom-elements.json). */
export const elementEvents = {
  'inbox-table': inboxTableEvents,
  'conversation-row': conversationRowEvents,
  'inbox-filters': inboxFiltersEvents,
};

/** A tag's events as `{ onX: 'x-name' }`. */
export type EventMap = Record<string, keyof GlobalEventHandlersEventMap>;

/**
 * The writable, non-method properties an element adds to `LitElement`: what a framework may set.
 * Getters without setters are `readonly` and left out.
 */
export type ElementProperties<E extends HTMLElement> = {
  [K in Exclude<keyof E, keyof HTMLElement> as E[K] extends (...args: never[]) => unknown
    ? never
    : IsReadonly<E, K> extends true
      ? never
      : K]?: E[K];
};

type IsReadonly<T, K extends keyof T> =
  (<V>() => V extends { [P in K]: T[K] } ? 1 : 2) extends <V>() => V extends { readonly [P in K]: T[K] } ? 1 : 2 ? true : false;
