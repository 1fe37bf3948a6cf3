import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LIVE_STATUSES, type ActionKind, type Conversation, type InboxDataSource, type NamedOption } from '../../data/types.js';
import type { ActionPayload } from '../../events.js';
import { counter } from '../../format/count.js';
import { formatDateTime } from '../../format/datetime.js';
import { formatDuration } from '../../format/duration.js';
import { valueLabel } from '../../format/labels.js';
import { agentUrl, DEFAULT_AGENT_URL, DEFAULT_DETAIL_URL, detailUrl } from '../../format/links.js';
import { counterpart, isGuestId } from '../../format/text.js';
import { defineElement } from '../define.js';
import { InboxActionForm, type ActionSubmitEvent } from '../inbox-actions/action-form.js';
import { ActionsController, supportedActions } from '../inbox-table/actions-controller.js';
import { DEFAULT_TABLE_STRINGS, type TableStrings } from '../inbox-table/table-strings.js';
import { RecordingPlayerElement } from '../recording-player/recording-player.js';
import { backIcon, externalIcon } from '../shared/icons.js';
import { InboxElement } from '../shared/inbox-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { visuallyHidden } from '../shared/visually-hidden.styles.js';
import { previewStyles } from './conversation-preview.styles.js';

/** The preview's close button was pressed (or Escape inside it); its host closes it. */
export class ConversationPreviewCloseEvent extends Event {
  static readonly type = 'conversation-preview-close';
  constructor() {
    super(ConversationPreviewCloseEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * An action was submitted from the preview. Cancelable: an enclosing `<inbox-table>` cancels it
 * and runs it itself, so the row and the preview change together; otherwise the preview runs it
 * on its `source`, optimistically, with rollback.
 */
export class ConversationPreviewActionEvent extends Event {
  static readonly type = 'conversation-preview-action';
  constructor(
    readonly payload: ActionPayload,
    readonly conversation: Conversation,
  ) {
    super(ConversationPreviewActionEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'conversation-preview-close': ConversationPreviewCloseEvent;
    'conversation-preview-action': ConversationPreviewActionEvent;
  }
  interface HTMLElementTagNameMap {
    'conversation-preview': ConversationPreview;
  }
}

interface Field {
  label: string;
  value: unknown;
}

/** Custom metadata values as text: strings as they are, anything else as JSON. */
function metadataText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Everything about one conversation: every field the source has, the full summary, the recording
 * player and the source's actions. `<inbox-table row-action="preview">` shows it beside the list;
 * a page can show one conversation with it alone.
 *
 * ```html
 * <conversation-preview time-zone="Europe/Berlin"></conversation-preview>
 * <script type="module">
 *   import 'unified-inbox-elements/conversation-preview';
 *   preview.source = avocaSource; // actions, optimistic with rollback
 *   preview.conversation = conversation;
 * </script>
 * ```
 *
 * @summary One conversation in full, with its recording and actions.
 *
 * @fires conversation-preview-close - The close button was pressed (shown with `closable`).
 * @fires conversation-preview-action - An action was submitted. Cancelable: handle it yourself.
 * @fires conversation-action - An action is about to run on `source` (cancelable).
 * @fires conversation-action-complete - An action finished.
 * @fires conversation-change - The conversation shown changed (an action applied or rolled back).
 *
 * @csspart base - The panel.
 * @csspart header - The heading, "Open in new tab" and close button.
 * @csspart fields - The list of fields.
 * @csspart summary - The full summary.
 * @csspart actions - The action buttons and the open action's form.
 * @csspart notice - The outcome of the last action run by the preview itself.
 *
 * @cssprop --inbox-accent-color - Buttons and links.
 * @cssprop --inbox-muted-color - Field names.
 * @cssprop --inbox-focus-color - Focus ring colour.
 */
export class ConversationPreview extends InboxElement {
  static override styles = [themeStyles, visuallyHidden, previewStyles];

  /** The conversation to show. */
  @property({ attribute: false }) conversation?: Conversation;

  /** Runs the actions when no enclosing table does (standalone use); its capabilities list the statuses. */
  @property({ attribute: false }) source?: InboxDataSource;

  /** Team members offered by Assign. */
  @property({ attribute: false }) assignees: readonly NamedOption[] = [];

  /** Tags offered while typing in Add tags. */
  @property({ attribute: false }) tags: readonly string[] = [];

  @property({ attribute: 'time-zone' }) timeZone?: string;
  @property() locale?: string;
  @property({ attribute: false }) strings: TableStrings = DEFAULT_TABLE_STRINGS;
  @property({ attribute: 'detail-url-template' }) detailUrlTemplate = DEFAULT_DETAIL_URL;
  @property({ attribute: 'agent-url-template' }) agentUrlTemplate = DEFAULT_AGENT_URL;

  /** Shows a close button (the table's panel). */
  @property({ type: Boolean }) closable = false;

  /** The close button is a Back button at the start (a table showing cards, where the preview covers the list). */
  @property({ type: Boolean, reflect: true }) back = false;

  /** The conversation has left the list it was opened from; the preview says so. */
  @property({ type: Boolean }) gone = false;

  /** The action whose form is open. */
  @state() private openAction?: ActionKind;

  private readonly actionRunner = new ActionsController(this);

  constructor() {
    super();
    defineElement('inbox-action-form', InboxActionForm);
    defineElement('recording-player', RecordingPlayerElement);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.strings ??= DEFAULT_TABLE_STRINGS;
    if (changed.has('conversation') && changed.get('conversation')?.id !== this.conversation?.id) this.openAction = undefined;
  }

  /** Opens the form of `kind` (the table's shortcuts a, t, n) and focuses it. */
  async showAction(kind: ActionKind): Promise<void> {
    if (!this.actions.includes(kind)) return;
    this.openAction = kind;
    await this.updateComplete;
    this.renderRoot.querySelector<InboxActionForm>('inbox-action-form')?.focus();
  }

  /** Actions the source offers. */
  get actions(): readonly ActionKind[] {
    return supportedActions(this.source);
  }

  // ---- ActionsHost (standalone runs) ----

  /** @internal */
  get query() {
    return {};
  }

  /** @internal */
  conversationById(id: string): Conversation | undefined {
    return this.conversation?.id === id ? this.conversation : undefined;
  }

  /** @internal */
  replaceConversation(conversation: Conversation): void {
    if (conversation.id !== this.conversation?.id) return;
    this.conversation = conversation;
  }

  /** @internal */
  describe(id: string): string {
    return this.conversation?.id === id ? this.who : id;
  }

  /** @internal */
  announce(): void {
    // The notice is a status region of its own.
  }

  /** @internal */
  get actionMessages() {
    return { ...this.strings.actions, errorText: (error: unknown) => this.strings.errors[(error as { kind?: keyof TableStrings['errors'] })?.kind ?? 'unknown'] ?? this.strings.errors.unknown };
  }

  /** @internal */
  get assigneeOptions(): readonly NamedOption[] {
    const options = new Map(this.assignees.map((member) => [member.id, member]));
    const assignee = this.conversation?.assignee;
    if (assignee?.id && !options.has(assignee.id)) options.set(assignee.id, { id: assignee.id, name: assignee.name ?? assignee.id });
    return [...options.values()];
  }

  private get who(): string {
    return this.conversation ? counterpart(this.conversation, this.strings.guest) : '';
  }

  private onSubmit(event: ActionSubmitEvent): void {
    event.stopPropagation();
    const conversation = this.conversation;
    this.openAction = undefined;
    if (!conversation) return;
    const request = new ConversationPreviewActionEvent(event.payload, conversation);
    this.dispatchEvent(request);
    if (!request.defaultPrevented) void this.actionRunner.run(event.payload, [conversation.id]);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.openAction) {
      event.stopPropagation();
      this.closeForm();
    }
  }

  private async closeForm(): Promise<void> {
    const kind = this.openAction;
    this.openAction = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-action="${kind}"]`)?.focus();
  }

  protected override render(): TemplateResult | typeof nothing {
    const conversation = this.conversation;
    if (!conversation) return nothing;
    const strings = this.strings.preview;
    const url = detailUrl(conversation, this.detailUrlTemplate);
    return html`<section class="preview" part="base" aria-labelledby="preview-heading" @keydown=${this.onKeyDown}>
      <header part="header">
        ${this.closable && this.back
          ? html`<button type="button" class="back" @click=${() => this.dispatchEvent(new ConversationPreviewCloseEvent())}>${backIcon}${strings.back}</button>`
          : nothing}
        <h2 id="preview-heading" dir="auto">${strings.heading(this.who)}</h2>
        ${url
          ? html`<a class="open-tab" href=${url} target="_blank" rel="noopener noreferrer">${strings.openInNewTab}${externalIcon}</a>`
          : nothing}
        ${this.closable && !this.back
          ? html`<button type="button" class="close" aria-label=${strings.close} @click=${() => this.dispatchEvent(new ConversationPreviewCloseEvent())}>×</button>`
          : nothing}
      </header>
      ${this.gone ? html`<p class="gone" role="status">${strings.gone}</p>` : nothing}
      ${conversation.recordingUrl && !LIVE_STATUSES.includes(conversation.status ?? '') ? this.renderRecording(conversation) : nothing}
      ${this.renderActions()}
      <h3>${strings.fields.summary}</h3>
      <p class="summary" part="summary" dir="auto">${conversation.summary?.trim() ? conversation.summary : this.strings.missing}</p>
      <dl part="fields">${this.fields(conversation).map(({ label, value }) => html`<dt>${label}</dt><dd dir="auto">${value}</dd>`)}</dl>
    </section>`;
  }

  private renderRecording(conversation: Conversation): TemplateResult {
    return html`<h3>${this.strings.preview.fields.recording}</h3>
      <recording-player src=${conversation.recordingUrl!} label=${this.strings.preview.heading(this.who)} locale=${this.locale ?? nothing} .strings=${this.strings.player}></recording-player>`;
  }

  private renderActions(): TemplateResult | typeof nothing {
    const actions = this.actions;
    const notice = this.actionRunner.notice;
    if (actions.length === 0 && !notice) return nothing;
    const strings = this.strings.actions;
    const conversation = this.conversation!;
    const open = this.openAction;
    return html`<div class="actions" part="actions" role="group" aria-label=${this.strings.preview.actions}>
      <div class="action-buttons">
        ${actions.map(
          (kind) =>
            html`<button type="button" class="action" data-action=${kind} aria-expanded=${open === kind ? 'true' : 'false'} @click=${() => (open === kind ? this.closeForm() : this.showAction(kind))}>
              ${strings.menuItems[kind]}
            </button>`,
        )}
      </div>
      ${open
        ? html`<inbox-action-form
            .kind=${open}
            .count=${1}
            .assignees=${this.assigneeOptions}
            .statuses=${this.source?.capabilities.statuses ?? []}
            .statusLabels=${this.strings.statuses}
            .locale=${this.locale}
            .knownTags=${this.tags}
            .current=${open === 'assign' ? (conversation.assignee === undefined ? undefined : conversation.assignee?.id ?? null) : open === 'status' ? conversation.status : undefined}
            .strings=${strings}
            @inbox-action-submit=${this.onSubmit}
            @inbox-action-cancel=${() => this.closeForm()}
          ></inbox-action-form>`
        : nothing}
      ${notice
        ? html`<div class="notice ${notice.tone}" part="notice" role="status">
            <span dir="auto">${notice.message}</span>
            ${notice.failures.length ? html`<ul>${notice.failures.map((failure) => html`<li dir="auto">${failure}</li>`)}</ul>` : nothing}
          </div>`
        : nothing}
    </div>`;
  }

  /** Every field the conversation has, in reading order; absent fields are left out. */
  private fields(conversation: Conversation): Field[] {
    const strings = this.strings;
    const names = strings.preview.fields;
    const context = { locale: this.locale, timeZone: this.timeZone };
    const count = counter(this.locale);
    const number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? strings.preview.count(count(value)) : undefined);
    const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
    const customer = conversation.customer;
    const assignee = conversation.assignee;
    const fields: [string, unknown][] = [
      [names.caller, text(conversation.callerName) ?? (isGuestId(conversation.callerId) ? strings.guest : undefined)],
      // In full: a guest's id too, which the table's cell shortens to "Guest".
      [names.callerId, text(conversation.callerId)],
      [names.customer, [customer?.name, customer?.phone, customer?.email].map(text).filter(Boolean).join(' · ') || undefined],
      [names.participants, conversation.extraParticipants?.length ? html`<ul class="plain">${conversation.extraParticipants.map((who) => html`<li dir="auto">${who}</li>`)}</ul>` : undefined],
      [names.agent, this.renderAgent(conversation)],
      [names.agentNumber, text(conversation.agentNumber)],
      [names.direction, valueLabel(strings.directions, conversation.direction)],
      [names.status, valueLabel(strings.statuses, conversation.status)],
      [names.channel, valueLabel(strings.channels, conversation.channel) ?? text(conversation.channelRaw)],
      [names.priority, valueLabel(strings.priorities, conversation.priority)],
      [names.assignee, assignee === null ? strings.preview.unassigned : text(assignee?.name) ?? text(assignee?.id)],
      [names.tags, conversation.tags?.length ? conversation.tags.join(', ') : undefined],
      [names.unread, number(conversation.unreadCount)],
      [names.messages, number(conversation.messagesCount)],
      [names.userTurns, number(conversation.userTurnCount)],
      [names.created, formatDateTime(conversation.createdAt, context)],
      [names.lastActivity, formatDateTime(conversation.lastActivityAt, context)],
      [names.updated, formatDateTime(conversation.updatedAt, context)],
      [names.resolved, formatDateTime(conversation.resolvedAt, context)],
      [names.duration, formatDuration(conversation.durationSeconds, this.locale)],
      [names.metadata, this.renderMetadata(conversation.customMetadata)],
      [names.id, text(conversation.id)],
    ];
    return fields.filter(([, value]) => value !== undefined).map(([label, value]) => ({ label, value }));
  }

  private renderAgent(conversation: Conversation): TemplateResult | undefined {
    const name = conversation.agent?.name?.trim() || conversation.agent?.id;
    if (!name) return undefined;
    const label = conversation.agent?.versionId ? `${name} (${conversation.agent.versionId})` : name;
    const url = agentUrl(conversation, this.agentUrlTemplate);
    return url
      ? html`<a href=${url} target="_blank" rel="noopener noreferrer" aria-label=${this.strings.openAgent(label)}><bdi>${label}</bdi>${externalIcon}</a>`
      : html`<bdi>${label}</bdi>`;
  }

  private renderMetadata(metadata: Record<string, unknown> | undefined): TemplateResult | undefined {
    if (!metadata || typeof metadata !== 'object') return undefined;
    const entries = Object.entries(metadata);
    if (entries.length === 0) return undefined;
    return html`<dl class="metadata">${entries.map(([key, value]) => html`<dt dir="auto">${key}</dt><dd dir="auto">${metadataText(value)}</dd>`)}</dl>`;
  }
}
