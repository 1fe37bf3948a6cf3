/**
 * Runs conversation actions for the table: a confirmation first when a run reaches beyond what
 * the user sees selected, a cancelable event, then optimistic changes on the loaded rows, the
 * requests with bounded concurrency (a bulk run can be cancelled: nothing new is sent, requests in
 * flight finish), confirmation or rollback per row, and a completion event with per-item failures.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { InboxError, isAbortError } from '../../data/errors.js';
import { PendingChanges, type Change } from '../../data/pending-changes.js';
import { runBounded } from '../../data/run-bounded.js';
import type { ActionKind, Conversation, ConversationActions, InboxDataSource, InboxQuery, NamedOption } from '../../data/types.js';
import { ConversationActionCompleteEvent, ConversationActionEvent, type ActionPayload } from '../../events.js';
import { counter } from '../../format/count.js';
import type { ActionStrings } from '../inbox-actions/action-strings.js';
import { InboxConfirmDialog, type ConfirmCloseEvent } from '../inbox-confirm/confirm-dialog.js';
import { defineElement } from '../define.js';
import { getDeepActiveElement } from '../shared/deep-focus.js';

const CONCURRENCY = 4;
/** Runs on more conversations than this are confirmed first, however many are selected on screen. */
export const CONFIRM_OVER = 100;

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
  readonly actionMessages: ActionStrings & { errorText: (error: unknown) => string };
  /** For the counts in confirmations and notices. */
  readonly locale?: string;
  /** Where the bar's Cancel and the notice are rendered (`[part="notice"]`). */
  readonly renderRoot: HTMLElement | DocumentFragment;
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
  /** The bulk run under way: how far it got, and whether the user cancelled the rest. */
  progress?: { kind: ActionKind; done: number; total: number; stopping: boolean };
  notice?: ActionNotice;
  /** The question the confirmation dialog asks now, and where its answer goes. */
  private confirmation?: { kind: ActionKind; count: number; answer: (confirmed: boolean) => void };
  /** Aborted by Cancel: the bulk run starts no further request. */
  private stopRun?: AbortController;
  private readonly pending = new PendingChanges();
  private disconnected = new AbortController();

  constructor(private readonly host: ActionsHost) {
    host.addController(this);
    defineElement('inbox-confirm-dialog', InboxConfirmDialog);
  }

  hostConnected(): void {
    this.disconnected = new AbortController();
  }

  hostDisconnected(): void {
    this.disconnected.abort();
    this.confirmation?.answer(false);
  }

  /**
   * Whether the user agrees to run `kind` on `count` conversations. A run on more than `shown`
   * (the conversations the table shows selected) or on more than `CONFIRM_OVER` asks in a modal
   * dialog naming the action and the exact count; a smaller one is agreed at once.
   */
  confirm(kind: ActionKind, count: number, shown = count): Promise<boolean> {
    if (count <= shown && count <= CONFIRM_OVER) return Promise.resolve(true);
    this.confirmation?.answer(false);
    return new Promise((resolve) => {
      const confirmation = {
        kind,
        count,
        answer: (confirmed: boolean) => {
          if (this.confirmation === confirmation) this.confirmation = undefined;
          this.host.requestUpdate();
          resolve(confirmed);
        },
      };
      this.confirmation = confirmation;
      this.host.requestUpdate();
    });
  }

  /** Stops the bulk run: no further request is sent; those in flight finish and are counted. */
  cancel(): void {
    if (!this.stopRun || !this.progress) return;
    this.stopRun.abort();
    this.progress = { ...this.progress, stopping: true };
    this.host.requestUpdate();
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
    // Leaving the page aborts requests in flight; Cancel only stops new ones, so the counts it
    // reports are what the server received.
    const signal = this.disconnected.signal;
    const bulk = ids.length > 1;
    const stop = bulk ? new AbortController() : undefined;
    if (stop) {
      this.stopRun = stop;
      this.progress = { kind: payload.kind, done: 0, total: ids.length, stopping: false };
    }
    this.notice = undefined;
    this.host.requestUpdate();

    const result = await runBounded(ids, (id) => this.runOne(actions, payload, id, change, signal), {
      concurrency: CONCURRENCY,
      signal: stop ? AbortSignal.any([signal, stop.signal]) : signal,
      onProgress: (done, total) => {
        if (stop && this.stopRun === stop && this.progress) {
          this.progress = { ...this.progress, done, total };
          this.host.requestUpdate();
        }
      },
    });
    const cancelFocused = this.cancelButton() !== null && this.cancelButton() === getDeepActiveElement();
    // A later run (started by the host's own `runAction`) owns the bar now.
    if (stop && this.stopRun === stop) {
      this.progress = undefined;
      this.stopRun = undefined;
    }
    const failed = result.failed.filter(({ error }) => !isAbortError(error)).map(({ item, error }) => ({ id: item, error }));
    this.host.dispatchEvent(new ConversationActionCompleteEvent(payload, result.succeeded, failed));
    if (signal.aborted) return;
    this.notice = this.noticeFor(payload.kind, ids.length, result.succeeded.length, failed, stop?.signal.aborted === true);
    this.host.announce(this.notice.failures.length > 0 ? `${this.notice.message} ${this.notice.failures.join('; ')}` : this.notice.message);
    this.host.requestUpdate();
    // The Cancel button goes with the run; its focus goes to the outcome.
    if (cancelFocused) {
      await this.host.updateComplete;
      (this.host.renderRoot as ParentNode).querySelector<HTMLElement>('[part="notice"] button')?.focus();
    }
  }

  /** The bulk bar's part while a run is under way: its progress and its Cancel. */
  renderProgress(): TemplateResult | typeof nothing {
    const progress = this.progress;
    if (!progress) return nothing;
    const strings = this.host.actionMessages;
    const count = counter(this.host.locale);
    const text = strings.progress(count(progress.done), count(progress.total));
    // Not disabled once cancelled, so focus stays on it until the outcome takes it.
    return html`<progress max=${progress.total} .value=${progress.done} aria-label=${text}></progress>
      <span role="status" dir="auto">${text}</span>
      <button type="button" class="action run-cancel" aria-disabled=${progress.stopping ? 'true' : 'false'} @click=${() => this.cancel()}>${strings.cancel}</button>`;
  }

  /** The confirmation dialog while one is asked. */
  renderConfirmation(): TemplateResult | typeof nothing {
    const confirmation = this.confirmation;
    if (!confirmation) return nothing;
    const strings = this.host.actionMessages;
    const count = counter(this.host.locale)(confirmation.count);
    return html`<inbox-confirm-dialog
      open
      .heading=${strings.confirmTitle(confirmation.kind, count)}
      .message=${strings.confirmMessage(count)}
      .confirmLabel=${strings.confirmRun(count)}
      .cancelLabel=${strings.cancel}
      @inbox-confirm-close=${(event: ConfirmCloseEvent) => confirmation.answer(event.confirmed)}
    ></inbox-confirm-dialog>`;
  }

  private cancelButton(): HTMLElement | null {
    return (this.host.renderRoot as ParentNode).querySelector<HTMLElement>('.run-cancel');
  }

  /** What the notice says: done, failures, and for a cancelled run how many changed and were never sent. */
  private noticeFor(kind: ActionKind, total: number, succeeded: number, failed: { id: string; error: unknown }[], cancelled: boolean): ActionNotice {
    const messages = this.host.actionMessages;
    const count = counter(this.host.locale);
    const outcome = cancelled ? messages.cancelled(kind, count(succeeded), count(total - succeeded - failed.length)) : undefined;
    if (failed.length === 0) return { tone: 'success', message: outcome ?? messages.done(kind, count(succeeded)), failures: [] };
    const failedMessage = messages.failed(kind, count(failed.length));
    return {
      tone: 'error',
      message: outcome ? `${outcome} ${failedMessage}` : failedMessage,
      failures: failed.map(({ id, error }) => messages.failureItem(this.host.describe(id), messages.errorText(error))),
    };
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
