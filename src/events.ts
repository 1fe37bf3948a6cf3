/**
 * The inbox's public events. All bubble and cross shadow roots (`composed`), so a host can listen
 * on the element or on any ancestor.
 */
import type { InboxError } from './data/errors.js';
import type { ActionKind, Conversation, InboxDataSource, InboxQuery } from './data/types.js';
import type { ColumnState } from './format/column-state.js';

/** What an action does: `assign` with `assigneeId: null` unassigns. */
export type ActionPayload =
  | { kind: 'assign'; assigneeId: string | null }
  | { kind: 'status'; status: string; resolutionNotes?: string }
  | { kind: 'tags'; tags: string[] }
  | { kind: 'note'; content: string };

const init = { bubbles: true, composed: true } as const;

/** A user asked to open a conversation. Cancel it (`preventDefault()`) to route inside a single-page app. */
export class ConversationOpenEvent extends Event {
  static readonly type = 'conversation-open';
  constructor(
    readonly conversation: Conversation,
    /** The detail page URL the inbox would open in a new tab. */
    readonly url: string | undefined,
    /** The user asked for a new tab (Ctrl/Cmd or middle click): a table's preview leaves it to the tab. */
    readonly newTab = false,
  ) {
    super(ConversationOpenEvent.type, { ...init, cancelable: true });
  }
}

/** The filters produced a new query (or a host should apply one). */
export class InboxQueryChangeEvent extends Event {
  static readonly type = 'inbox-query-change';
  constructor(readonly query: InboxQuery) {
    super(InboxQueryChangeEvent.type, init);
  }
}

/** A page of conversations arrived. */
export class InboxPageLoadEvent extends Event {
  static readonly type = 'inbox-page-load';
  constructor(
    /** Conversations loaded so far (after de-duplication). */
    readonly loaded: number,
    /** Total matching, when the source knows it. */
    readonly total: number | undefined,
    /** Whether the list has ended. */
    readonly done: boolean,
  ) {
    super(InboxPageLoadEvent.type, init);
  }
}

/** The table's data source changed; filters re-read what it supports. */
export class InboxSourceChangeEvent extends Event {
  static readonly type = 'inbox-source-change';
  constructor(readonly source: InboxDataSource | undefined) {
    super(InboxSourceChangeEvent.type, init);
  }
}

/** Loading failed; the table shows the message and a Retry. */
export class InboxErrorEvent extends Event {
  static readonly type = 'inbox-error';
  constructor(readonly error: InboxError | Error) {
    super(InboxErrorEvent.type, init);
  }
}

/**
 * An action is about to run on `ids`. Cancelable: `preventDefault()` vetoes it (for example to
 * ask for confirmation first, then call `table.runAction(payload, ids)` again).
 */
export class ConversationActionEvent extends Event {
  static readonly type = 'conversation-action';
  constructor(
    readonly payload: ActionPayload,
    readonly ids: readonly string[],
  ) {
    super(ConversationActionEvent.type, { ...init, cancelable: true });
  }
  get kind(): ActionKind {
    return this.payload.kind;
  }
}

/** An action finished: which conversations it changed and which it could not, with why. */
export class ConversationActionCompleteEvent extends Event {
  static readonly type = 'conversation-action-complete';
  constructor(
    readonly payload: ActionPayload,
    readonly succeeded: readonly string[],
    readonly failed: readonly { id: string; error: unknown }[],
  ) {
    super(ConversationActionCompleteEvent.type, init);
  }
}

/** A conversation shown by the table changed (an action, optimistic or rolled back). */
export class ConversationChangeEvent extends Event {
  static readonly type = 'conversation-change';
  constructor(readonly conversation: Conversation) {
    super(ConversationChangeEvent.type, init);
  }
}

/** Live updates changed the table's list: conversations arrived (`created`) or changed. */
export class InboxLiveUpdateEvent extends Event {
  static readonly type = 'inbox-live-update';
  constructor(
    /** Conversations new to the list. */
    readonly created: number,
  ) {
    super(InboxLiveUpdateEvent.type, init);
  }
}

/** The user changed the table's columns (order, widths, shown or hidden, or reset them); a host may store `state`. */
export class ColumnStateChangeEvent extends Event {
  static readonly type = 'column-state-change';
  constructor(readonly state: ColumnState) {
    super(ColumnStateChangeEvent.type, init);
  }
}

declare global {
  // The global map covers elements, document and window listeners alike.
  interface GlobalEventHandlersEventMap {
    'conversation-open': ConversationOpenEvent;
    'inbox-query-change': InboxQueryChangeEvent;
    'inbox-page-load': InboxPageLoadEvent;
    'inbox-error': InboxErrorEvent;
    'inbox-source-change': InboxSourceChangeEvent;
    'conversation-action': ConversationActionEvent;
    'conversation-action-complete': ConversationActionCompleteEvent;
    'conversation-change': ConversationChangeEvent;
    'inbox-live-update': InboxLiveUpdateEvent;
    'column-state-change': ColumnStateChangeEvent;
  }
}
