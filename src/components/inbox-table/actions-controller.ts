/**
 * Runs conversation actions for the table: a cancelable event first, then optimistic changes on
 * the loaded rows, the requests with bounded concurrency, confirmation or rollback per row, and a
 * completion event with per-item failures.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { InboxError, isAbortError } from '../../data/errors.js';
import { PendingChanges, type Change } from '../../data/pending-changes.js';
import { runBounded } from '../../data/run-bounded.js';
import type { ActionKind, Conversation, ConversationActions, InboxDataSource, InboxQuery, NamedOption } from '../../data/types.js';
import { ConversationActionCompleteEvent, ConversationActionEvent, type ActionPayload } from '../../events.js';

const CONCURRENCY = 4;

export interface ActionsHost extends ReactiveControllerHost, EventTarget {
  readonly source?: InboxDataSource;
  readonly query: InboxQuery;
  /** The loaded conversation, if any. */
  conversationById(id: string): Conversation | undefined;
  /** Shows a changed conversation wherever the table shows it. */
  replaceConversation(conversation: Conversation): void;
  /** Who a conversation is with, for messages. */
  describe(id: string): string;
  announce(message: string): void;
  readonly actionMessages: {
    done: (kind: ActionKind, count: number) => string;
    failed: (kind: ActionKind, count: number) => string;
    failureItem: (who: string, reason: string) => string;
    errorText: (error: unknown) => string;
  };
  /** Team members known to the host, for naming an assignee optimistically. */
  readonly assigneeOptions: readonly NamedOption[];
}

export interface ActionNotice {
  tone: 'success' | 'error';
  message: string;
  failures: string[];
}

/** The actions a source offers, in menu order. */
export function supportedActions(source: InboxDataSource | undefined): ActionKind[] {
  const actions = source?.actions;
  if (!actions) return [];
  const methods: [ActionKind, keyof ConversationActions][] = [
    ['assign', 'assign'],
    ['status', 'setStatus'],
    ['tags', 'addTags'],
    ['note', 'addNote'],
  ];
  return methods.filter(([, method]) => typeof actions[method] === 'function').map(([kind]) => kind);
}

function isConversation(value: unknown): value is Conversation {
  return typeof value === 'object' && value !== null && typeof (value as Conversation).id === 'string' && 'raw' in value;
}

export class ActionsController implements ReactiveController {
  /** The bulk run under way: how far it got. */
  progress?: { kind: ActionKind; done: number; total: number };
  notice?: ActionNotice;
  private readonly pending = new PendingChanges();
  private disconnected = new AbortController();

  constructor(private readonly host: ActionsHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.disconnected = new AbortController();
  }

  hostDisconnected(): void {
    this.disconnected.abort();
  }

  dismissNotice(): void {
    this.notice = undefined;
    this.host.requestUpdate();
  }

  /** Runs `payload` on every id in `ids`; resolves when every request has settled. */
  async run(payload: ActionPayload, ids: readonly string[]): Promise<void> {
    const actions = this.host.source?.actions;
    if (!actions || ids.length === 0) return;
    const before = new ConversationActionEvent(payload, ids);
    this.host.dispatchEvent(before);
    if (before.defaultPrevented) return;
    const change = this.changeFor(payload);
    const signal = this.disconnected.signal;
    const bulk = ids.length > 1;
    if (bulk) this.progress = { kind: payload.kind, done: 0, total: ids.length };
    this.notice = undefined;
    this.host.requestUpdate();

    const result = await runBounded(ids, (id) => this.runOne(actions, payload, id, change, signal), {
      concurrency: CONCURRENCY,
      signal,
      onProgress: (done, total) => {
        if (bulk) {
          this.progress = { kind: payload.kind, done, total };
          this.host.requestUpdate();
        }
      },
    });
    this.progress = undefined;
    const failed = result.failed.filter(({ error }) => !isAbortError(error)).map(({ item, error }) => ({ id: item, error }));
    this.host.dispatchEvent(new ConversationActionCompleteEvent(payload, result.succeeded, failed));
    if (signal.aborted) return;
    const messages = this.host.actionMessages;
    if (failed.length > 0) {
      this.notice = {
        tone: 'error',
        message: messages.failed(payload.kind, failed.length),
        failures: failed.map(({ id, error }) => messages.failureItem(this.host.describe(id), messages.errorText(error))),
      };
      this.host.announce(`${this.notice.message} ${this.notice.failures.join('; ')}`);
    } else {
      this.notice = { tone: 'success', message: messages.done(payload.kind, result.succeeded.length), failures: [] };
      this.host.announce(this.notice.message);
    }
    this.host.requestUpdate();
  }

  private async runOne(actions: ConversationActions, payload: ActionPayload, id: string, change: Change | undefined, signal: AbortSignal): Promise<void> {
    const base = this.host.conversationById(id);
    let token: number | undefined;
    if (base && change) {
      const started = this.pending.begin(base, change);
      token = started.token;
      this.host.replaceConversation(started.view);
    }
    try {
      const answer = await this.call(actions, payload, id, signal);
      if (token !== undefined) this.show(this.pending.confirm(id, token, isConversation(answer) ? answer : undefined));
      else if (isConversation(answer) && base) this.show(answer);
    } catch (error) {
      if (token !== undefined) this.show(this.pending.reject(id, token));
      throw error;
    }
  }

  private show(conversation: Conversation | undefined): void {
    if (conversation) this.host.replaceConversation(conversation);
  }

  private call(actions: ConversationActions, payload: ActionPayload, id: string, signal: AbortSignal): Promise<unknown> {
    const missing = () => Promise.reject(new InboxError('config', 'This source does not offer that action.'));
    switch (payload.kind) {
      case 'assign':
        return actions.assign?.(id, payload.assigneeId, signal) ?? missing();
      case 'status':
        return actions.setStatus?.(id, payload.status, payload.resolutionNotes, signal) ?? missing();
      case 'tags':
        return actions.addTags?.(id, payload.tags, signal) ?? missing();
      case 'note':
        return actions.addNote?.(id, payload.content, signal) ?? missing();
    }
  }

  /** How the row looks before the server answers; notes change nothing the table shows. */
  private changeFor(payload: ActionPayload): Change | undefined {
    switch (payload.kind) {
      case 'assign': {
        const { assigneeId } = payload;
        const name = this.host.assigneeOptions.find((member) => member.id === assigneeId)?.name;
        return (conversation) => ({ ...conversation, assignee: assigneeId === null ? null : { id: assigneeId, name } });
      }
      case 'status': {
        const { status } = payload;
        return (conversation) => ({ ...conversation, status });
      }
      case 'tags': {
        const { tags } = payload;
        return (conversation) => ({ ...conversation, tags: [...new Set([...(conversation.tags ?? []), ...tags])] });
      }
      case 'note':
        return undefined;
    }
  }
}
