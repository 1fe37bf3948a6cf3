import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Conversation } from '../../data/types.js';
import { COLUMNS, DEFAULT_COLUMNS, type ColumnDef, type ColumnId, type FormatContext } from '../../format/columns.js';
import { agentUrl, DEFAULT_AGENT_URL, DEFAULT_DETAIL_URL, detailUrl } from '../../format/links.js';
import { counter } from '../../format/count.js';
import { formatDateTime } from '../../format/datetime.js';
import { counterpart, isGuestId } from '../../format/text.js';
import { formatElapsed, isLive, isMarkedPriority, liveSince, statusFamily, unreadCount } from '../../format/cues.js';
import { ElapsedClock } from '../shared/elapsed-clock.js';
import { ConversationOpenEvent } from '../../events.js';
import { copyText } from '../shared/clipboard.js';
import { chatIcon, channelIcon, checkIcon, copyIcon, emailIcon, errorIcon, externalIcon, moreIcon, phoneIcon, playIcon, spinnerIcon, textIcon } from '../shared/icons.js';
import { getDeepActiveElement } from '../shared/deep-focus.js';
import { recordingPlayer } from '../recording-player/lazy-player.js';
import type { RecordingPlayerElement } from '../recording-player/recording-player.js';
import { isTruncated, TOOLTIP_ID, TooltipController, type TooltipContent } from '../shared/tooltip-controller.js';
import { tooltipStyles } from '../shared/tooltip.styles.js';
import { InboxElement } from '../shared/inbox-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { visuallyHidden } from '../shared/visually-hidden.styles.js';
import { cellStyles, rowStyles } from './conversation-row.styles.js';
import { DEFAULT_ROW_STRINGS, type RowStrings } from './row-strings.js';

/** Statuses whose recording may be played (shared/api: completed or transferred with a URL). */
const PLAYABLE_STATUSES = new Set(['completed', 'transferred']);
/** Characters of a summary put in the cell; the tooltip and export read the full text. */
const SUMMARY_CELL_CHARS = 400;
const COPY_FEEDBACK_MS = 2000;

/** Tooltip kinds a cell can carry in `data-tooltip`. */
type TooltipKind = 'summary' | 'caller' | 'participants' | 'text' | 'tags' | 'exact-time' | 'cut';
/** Tags shown as chips; the rest are counted in a `+N` chip and listed in its tooltip. */
const SHOWN_TAGS = 2;
const separator = html`<span class="sr-only">, </span>`;
const CHANNEL_ICONS: Record<string, TemplateResult> = { phone: phoneIcon, web_chat: chatIcon, email: emailIcon, text: textIcon };


/**
 * What a cell shows, and classes its state adds to the cell. States are classes on the cell, not
 * wrapper elements or `:has()` rules: a recycled row then only swaps text, which keeps scrolling cheap.
 */
interface CellView {
  content: unknown;
  state?: 'missing' | 'stacked' | 'with-bubble' | 'stacked missing';
}

/** Asks an enclosing table to announce a message in its live region. */
export class InboxAnnounceEvent extends Event {
  static readonly type = 'inbox-announce';
  constructor(readonly message: string) {
    super(InboxAnnounceEvent.type, { bubbles: true, composed: true });
  }
}

/** The row's selection checkbox was clicked (`range`: with Shift). */
export class InboxRowSelectEvent extends Event {
  static readonly type = 'inbox-row-select';
  constructor(
    readonly id: string,
    readonly range: boolean,
  ) {
    super(InboxRowSelectEvent.type, { bubbles: true, composed: true });
  }
}

/** The row's actions button was pressed. */
export class InboxRowActionsEvent extends Event {
  static readonly type = 'inbox-row-actions';
  constructor(
    readonly conversation: Conversation,
    readonly trigger: HTMLElement,
  ) {
    super(InboxRowActionsEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'inbox-announce': InboxAnnounceEvent;
    'inbox-row-select': InboxRowSelectEvent;
    'inbox-row-actions': InboxRowActionsEvent;
  }
  interface HTMLElementTagNameMap {
    'conversation-row': ConversationRow;
  }
}

/**
 * A value as its own bidi paragraph: a phone number, time or Latin name keeps its order in a
 * right-to-left table and an Arabic name in a left-to-right one, and truncation cuts its end.
 */
function isolated(text: string): TemplateResult {
  return html`<span class="text" dir="auto">${text}</span>`;
}

export function isPlayable(conversation: Conversation): boolean {
  return conversation.recordingUrl !== undefined && PLAYABLE_STATUSES.has(conversation.status ?? '');
}

/**
 * One conversation as a row of cells. Used by `<inbox-table>` for every row, and usable alone, for
 * example to show one conversation in a CRM sidebar.
 *
 * @summary One conversation, as the inbox shows it.
 *
 * @fires conversation-open - The user clicked the row (not one of its buttons or links). Cancelable:
 *   `preventDefault()` keeps the detail page from opening in a new tab.
 * @fires inbox-announce - A message for screen readers ("Copied"); `<inbox-table>` announces it.
 * @fires inbox-row-select - The selection checkbox was clicked (`select` column).
 * @fires inbox-row-actions - The actions button was pressed (`actions` column); `<inbox-table>` opens its menu.
 *
 * @csspart row - The row of cells (standalone use).
 * @csspart tooltip - The tooltip (standalone use).
 *
 * @cssprop --inbox-font-family - Font family (default: the page's).
 * @cssprop --inbox-font-size - Text size (default 0.875em of the host's; the font family is the host's).
 * @cssprop --inbox-row-height - Row height (default 44px).
 * @cssprop --inbox-cell-padding - Horizontal cell padding (default 10px).
 * @cssprop --inbox-border-color - Row separator colour.
 * @cssprop --inbox-text-color - Text colour.
 * @cssprop --inbox-muted-color - Colour of the missing-value mark.
 * @cssprop --inbox-focus-color - Focus ring colour.
 * @cssprop --inbox-accent-color - Recording player's timeline and buttons.
 * @cssprop --inbox-row-player-width - Width of the player that replaces Play once pressed (default 92px, a Duration column's).
 */
export class ConversationRow extends InboxElement {
  static override styles = [themeStyles, visuallyHidden, rowStyles, cellStyles, tooltipStyles];

  /** The conversation to show. */
  @property({ attribute: false }) conversation?: Conversation;

  /** Column ids in display order (see `ColumnId`); unknown ids are ignored. */
  @property({ attribute: false }) columns: readonly string[] = DEFAULT_COLUMNS;

  /** IANA time zone for dates and times; the viewer's own when unset. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** BCP 47 locale for dates, times and numbers; the browser's when unset. */
  @property() locale?: string;

  /** User-visible strings; override any subset. */
  @property({ attribute: false }) strings: RowStrings = DEFAULT_ROW_STRINGS;

  /** `relative`: the Date reads "5 min. ago", "Yesterday 2:02 PM", then the date; the exact time is in its tooltip. */
  @property({ attribute: 'time-format' }) timeFormat?: 'relative';

  /** Detail page URL; `{id}` is replaced by the conversation id. */
  @property({ attribute: 'detail-url-template' }) detailUrlTemplate = DEFAULT_DETAIL_URL;

  /** Agent page URL; `{agent_id}` is replaced, and `/versions/{agent_version_id}` appended when known. */
  @property({ attribute: 'agent-url-template' }) agentUrlTemplate = DEFAULT_AGENT_URL;

  /**
   * Index of the cell holding the grid's single tab stop, or -1. Set by `<inbox-table>`.
   * @internal
   */
  @property({ attribute: false }) focusColumn = -1;

  /**
   * Shows the conversation as a card: one cell with caller, channel, status, time, a two-line
   * summary, duration and Play. Set by `<inbox-table>` below its card breakpoint (the card styles
   * are the table's).
   * @internal
   */
  @property({ type: Boolean, reflect: true }) card = false;

  /**
   * The column kept in view while the table scrolls sideways. Set by `<inbox-table>`.
   * @internal
   */
  @property({ attribute: false }) pinnedColumn?: string;

  /** Whether the row is selected (`select` column). */
  @property({ type: Boolean }) selected = false;

  /** The conversation no longer matches the table's filters (a live update); the status cell says so. */
  @property({ type: Boolean, reflect: true }) stale = false;

  /** The conversation just arrived at the top of a live list; marked as new (in words, too). */
  @property({ type: Boolean, reflect: true }) fresh = false;

  /** The status just changed: the status cell flashes once (not with reduced motion). */
  @state() private statusChanged = false;

  /**
   * The clock of live rows' elapsed time: the table's one clock for all its rows; a standalone row
   * makes its own.
   * @internal
   */
  @property({ attribute: false }) clock?: ElapsedClock;

  @state() private copyState?: 'copied' | 'failed';
  /** The conversation whose Play was pressed: its row shows `<recording-player>` instead. */
  @state() private playerFor?: string;
  /** The player's code is being fetched, or could not be (Play then tries again). */
  @state() private playerLoad?: 'pending' | 'failed';

  private ownClock?: ElapsedClock;
  private watchedBy?: ElapsedClock;
  private ownTooltip?: TooltipController;
  private copyTimer?: ReturnType<typeof setTimeout>;
  private resolvedFor?: readonly string[];
  /** Tab index for controls of the cell being rendered; `undefined` leaves them in the tab order. */
  private controlTabIndex?: number;
  private resolved: ColumnDef[] = [];

  /** Inside `<inbox-table>` (attribute `embedded`) cells render into the table's shadow root. */
  private get embedded(): boolean {
    return this.hasAttribute('embedded');
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.embedded ? this : super.createRenderRoot();
  }

  override connectedCallback(): void {
    if (!this.embedded && !this.ownTooltip) {
      this.ownTooltip = new TooltipController(this, (trigger) => this.tooltipContent(trigger));
    }
    super.connectedCallback();
    this.addEventListener('click', this.onClick);
    this.addEventListener('auxclick', this.onClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.onClick);
    this.removeEventListener('auxclick', this.onClick);
    this.watchedBy?.unwatch(this);
    this.watchedBy = undefined;
    clearTimeout(this.copyTimer);
    this.copyState = undefined;
    // Out of the list: its player is gone (and stopped) with it; Play starts afresh when it returns.
    this.playerFor = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Frameworks may pass `undefined` for an unset prop.
    this.strings ??= DEFAULT_ROW_STRINGS;
    if (changed.has('conversation') && changed.get('conversation')?.id !== this.conversation?.id) {
      // A recycled row must not show the previous conversation's feedback.
      clearTimeout(this.copyTimer);
      this.copyState = undefined;
      // Nor play the previous conversation's recording: its player is removed, which stops it.
      this.playerLoad = undefined;
    }
    const previous = changed.get('conversation');
    if (previous && previous.id === this.conversation?.id && previous.status !== this.conversation?.status) this.statusChanged = true;
    else if (changed.has('conversation') && previous?.id !== this.conversation?.id) this.statusChanged = false;
    // Bold for unread conversations; the unread cell says how many.
    this.toggleAttribute('unread', this.conversation !== undefined && unreadCount(this.conversation) > 0);
  }

  private get activeClock(): ElapsedClock {
    return this.clock ?? (this.ownClock ??= new ElapsedClock());
  }

  /** Only a live conversation shown with its status needs the clock. */
  private syncClock(): void {
    const shown = this.card || this.columns.includes('status');
    const wanted = this.isConnected && this.conversation !== undefined && isLive(this.conversation) && shown ? this.activeClock : undefined;
    if (wanted === this.watchedBy) return;
    this.watchedBy?.unwatch(this);
    this.watchedBy = wanted;
    wanted?.watch(this);
  }

  private get context(): FormatContext {
    return { strings: this.strings, locale: this.locale, timeZone: this.timeZone, timeFormat: this.timeFormat, now: this.activeClock.now() };
  }

  /** The column definitions for `columns`, recomputed only when the list changes. */
  get columnDefs(): ColumnDef[] {
    if (this.resolvedFor !== this.columns) {
      this.resolvedFor = this.columns;
      this.resolved = this.columns.flatMap((id) => COLUMNS.get(id as never) ?? []);
    }
    return this.resolved;
  }

  /** The detail page of this conversation, if its template yields a safe URL. */
  get detailUrl(): string | undefined {
    return this.conversation && detailUrl(this.conversation, this.detailUrlTemplate);
  }

  /**
   * Opens the conversation as a row click does: event first, then a new tab unless cancelled.
   * `newTab`: the user asked for a tab (Ctrl/Cmd or middle click), which a table's preview respects.
   */
  open(newTab = false): void {
    const conversation = this.conversation;
    if (!conversation) return;
    const url = this.detailUrl;
    const event = new ConversationOpenEvent(conversation, url, newTab);
    this.dispatchEvent(event);
    if (!event.defaultPrevented && url) window.open(url, '_blank', 'noopener,noreferrer');
  }

  private onClick = (event: MouseEvent): void => {
    if (event.button > 1 || event.defaultPrevented) return;
    // The row's own controls (the player, its timeline included) act for themselves; they never open the row.
    for (const node of event.composedPath()) {
      if (node === this) break;
      if (node instanceof HTMLElement && node.matches('button, a, input, select, textarea, recording-player, [role="button"], [role="menu"], [role="menuitem"]')) return;
    }
    // A drag that selected text is not a click on the row.
    if (event.type === 'click' && (getSelection()?.toString() ?? '') !== '') return;
    this.open(event.button === 1 || event.ctrlKey || event.metaKey);
  };

  /** Content of the tooltip for a trigger inside this row. */
  tooltipContent(trigger: HTMLElement): TooltipContent | undefined {
    const conversation = this.conversation;
    if (!conversation) return undefined;
    switch (trigger.dataset.tooltip as TooltipKind) {
      case 'summary':
        return conversation.summary;
      case 'caller':
        return conversation.callerId;
      case 'participants':
        return conversation.extraParticipants;
      case 'text':
        return trigger.getAttribute('aria-label') ?? undefined;
      case 'tags':
        return conversation.tags?.slice(SHOWN_TAGS);
      case 'exact-time':
        return formatDateTime(conversation.createdAt, this.context);
      case 'cut':
        // Only a value the cell cuts: text that fits needs no second copy.
        return isTruncated(trigger) ? this.columnDefs[Number(trigger.dataset.col)]?.text?.(conversation, this.context) : undefined;
      default:
        return undefined;
    }
  }

  private async copyLink(): Promise<void> {
    const url = this.detailUrl;
    if (!url) return;
    const copied = await copyText(url, this.renderRoot as HTMLElement);
    this.copyState = copied ? 'copied' : 'failed';
    this.dispatchEvent(new InboxAnnounceEvent(copied ? this.strings.copied : this.strings.copyFailed));
    clearTimeout(this.copyTimer);
    this.copyTimer = setTimeout(() => (this.copyState = undefined), copied ? COPY_FEEDBACK_MS : COPY_FEEDBACK_MS * 3);
  }

  /**
   * Play's first press: fetches the player (the button shows it is loading; the rest of the row and
   * the table stay usable), then puts it in the button's place, playing, with focus on its
   * play/pause button if focus was still on Play.
   */
  private async startPlayer(event: Event): Promise<void> {
    const id = this.conversation?.id;
    if (id === undefined || this.playerLoad === 'pending') return;
    const button = event.currentTarget as HTMLElement;
    this.playerLoad = 'pending';
    try {
      await recordingPlayer.load();
    } catch {
      if (this.conversation?.id === id) this.playerLoad = 'failed';
      return;
    }
    // Recycled to another conversation or removed meanwhile: that one was not asked to play.
    if (this.conversation?.id !== id || !this.isConnected) return;
    const focused = getDeepActiveElement() === button;
    this.playerLoad = undefined;
    this.playerFor = id;
    await this.updateComplete;
    const player = this.renderRoot.querySelector<RecordingPlayerElement>(':is(.c-play, .card-play) recording-player');
    if (!player) return;
    await player.updateComplete;
    if (focused) player.focus();
    player.play();
  }

  /** Who the conversation is with, for button labels. */
  private get counterpart(): string {
    return this.conversation ? counterpart(this.conversation, this.strings.guest) : '';
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.conversation) return nothing;
    const role = this.embedded ? 'gridcell' : 'cell';
    const cells = this.card ? this.renderCard(this.conversation, role) : this.renderCells(this.conversation, role);
    if (this.embedded) return cells;
    return html`<div role="table" aria-label=${this.counterpart}>
        <div class="row" role="row" part="row">${cells}</div>
      </div>
      <div id=${TOOLTIP_ID} class="tooltip" role="tooltip" popover="manual" part="tooltip"></div>`;
  }

  protected override updated(): void {
    this.syncClock();
    if (!this.embedded) {
      // Column tracks set from script: a strict style-src CSP blocks inline style attributes.
      const row = this.renderRoot.querySelector<HTMLElement>('.row');
      row?.style.setProperty('--_columns', this.columnDefs.map((column) => column.track).join(' '));
    }
  }

  private renderCells(conversation: Conversation, role: 'gridcell' | 'cell'): TemplateResult {
    const columns = this.columnDefs;
    return html`${columns.map((column, index) => {
      const tabindex = role === 'gridcell' ? (index === this.focusColumn ? '0' : '-1') : nothing;
      // Only the active cell's buttons and links are in the tab order: the grid is one tab stop.
      this.controlTabIndex = role === 'gridcell' ? (index === this.focusColumn ? 0 : -1) : undefined;
      const { content, state } = this.cellView(column, conversation);
      const tooltip = this.cellTooltip(column, conversation);
      const flash = column.id === 'status' && this.statusChanged ? ' flash' : '';
      const pinned = column.id === this.pinnedColumn ? ' pinned' : '';
      return html`<div role=${role} class="cell c-${column.id} ${state ?? ''}${flash}${pinned}" tabindex=${tabindex} data-col=${index} data-tooltip=${tooltip}
        @animationend=${flash ? this.onFlashEnd : nothing}>${content}</div>`;
    })}`;
  }

  /**
   * The card: who (name and the caller id as the table shows it, guests masked), the channel's mark
   * with its name as text, the time (relative when recent, the exact time on tap), the status and
   * unread and priority cues, the summary (its full text on tap), the duration and Play. Every
   * control in it is a 44px touch target (see the card styles).
   */
  private renderCard(conversation: Conversation, role: 'gridcell' | 'cell'): TemplateResult {
    const active = role === 'gridcell' ? this.focusColumn === 0 : true;
    this.controlTabIndex = role === 'gridcell' ? (active ? 0 : -1) : undefined;
    const text = (id: ColumnId) => COLUMNS.get(id)!.text!(conversation, { ...this.context, timeFormat: 'relative' });
    const name = conversation.callerName?.trim() || conversation.customer?.name?.trim();
    const callerId = text('callerId');
    const time = text('date');
    const summary = conversation.summary?.trim() ? conversation.summary.slice(0, SUMMARY_CELL_CHARS) : undefined;
    const flash = this.statusChanged ? ' flash' : '';
    const priority = isMarkedPriority(conversation.priority) ? this.priorityView(COLUMNS.get('priority')!, conversation).content : nothing;
    const unread = unreadCount(conversation);
    return html`<div role=${role} class="cell card" tabindex=${role === 'gridcell' ? (active ? '0' : '-1') : nothing} data-col="0">
      <div class="card-head">
        <span class="card-channel">${CHANNEL_ICONS[conversation.channel ?? ''] ?? channelIcon}<span class="sr-only">${text('type') ?? this.strings.missing}</span></span>
        <span class="card-caller">${name ? html`<span class="card-name" dir="auto">${name}</span>` : nothing}<span class="card-id ${callerId ? '' : 'missing'}" dir="auto">${callerId ?? this.strings.missing}</span></span>
        ${this.participantsBubble(conversation)}
        ${time
          ? html`<button type="button" class="card-time" tabindex=${this.controlTabIndex ?? nothing} data-tooltip="exact-time"><bdi>${time}</bdi></button>`
          : html`<span class="card-time">${this.strings.missing}</span>`}
      </div>
      <div class="card-cues c-status${flash}" @animationend=${flash ? this.onFlashEnd : nothing}>
        ${this.statusView(COLUMNS.get('status')!, conversation).content} ${priority}
        ${unread > 0 ? html`<span class="unread-badge" dir="auto">${this.strings.unreadMessages(counter(this.locale)(unread))}</span>` : nothing}
      </div>
      ${summary
        ? html`<button type="button" class="card-summary" tabindex=${this.controlTabIndex ?? nothing} data-tooltip="summary"><span dir="auto">${summary}</span></button>`
        : html`<span class="card-summary missing">${this.strings.missing}</span>`}
      <div class="card-foot">
        ${this.columns.includes('select') ? html`<label class="card-select">${this.renderControl(COLUMNS.get('select')!, conversation)}</label>` : nothing}
        <span class="card-duration" dir="auto">${text('duration') ?? this.strings.missing}</span>
        <span class="card-play">${isPlayable(conversation) ? this.renderPlay(conversation) : nothing}</span>
        ${this.columns.includes('actions') ? this.renderControl(COLUMNS.get('actions')!, conversation) : nothing}
      </div>
    </div>`;
  }

  /** Flashed once: the next change flashes again. */
  private readonly onFlashEnd = (): void => {
    this.statusChanged = false;
  };

  private cellTooltip(column: ColumnDef, conversation: Conversation): TooltipKind | typeof nothing {
    if (column.id === 'summary' && conversation.summary) return 'summary';
    if (column.id === 'callerId' && isGuestId(conversation.callerId)) return 'caller';
    if (column.id === 'date' && this.timeFormat === 'relative' && conversation.createdAt) return 'exact-time';
    return column.text && !column.iconOnly ? 'cut' : nothing;
  }

  private cellView(column: ColumnDef, conversation: Conversation): CellView {
    switch (column.id) {
      case 'agent':
        return this.agentView(column, conversation);
      case 'callerId':
        return this.callerView(column, conversation);
      case 'summary':
        return this.textView(conversation.summary?.slice(0, SUMMARY_CELL_CHARS));
      case 'status':
        return this.statusView(column, conversation);
      case 'unread':
        return this.unreadView(column, conversation);
      case 'priority':
        return this.priorityView(column, conversation);
      case 'tags':
        return this.tagsView(conversation);
      default:
        return column.iconOnly ? { content: this.renderControl(column, conversation) } : this.textView(column.text?.(conversation, this.context));
    }
  }

  private textView(text: string | undefined): CellView {
    const missing = text === undefined || text === '';
    return { content: isolated(missing ? this.strings.missing : text), state: missing ? 'missing' : undefined };
  }

  /** The cell of an icon-only column: its control. */
  private renderControl(column: ColumnDef, conversation: Conversation): unknown {
    switch (column.id) {
      case 'select':
        return html`<input
          type="checkbox"
          tabindex=${this.controlTabIndex ?? nothing}
          .checked=${live(this.selected)}
          aria-label=${this.strings.actions.selectRow(this.counterpart)}
          @click=${(event: MouseEvent) => {
            // The table owns selection state. The click is not cancelled: a cancelled click restores
            // the box after our render. Rendering again makes the box show what the table decided
            // (a Shift-click can leave the clicked row as it was).
            this.dispatchEvent(new InboxRowSelectEvent(conversation.id, event.shiftKey));
            this.requestUpdate();
          }}
        />`;
      case 'actions':
        return html`<button
          type="button"
          class="menu-button"
          tabindex=${this.controlTabIndex ?? nothing}
          aria-haspopup="menu"
          aria-label=${this.strings.actions.menuLabel(this.counterpart)}
          @click=${(event: MouseEvent) => this.dispatchEvent(new InboxRowActionsEvent(conversation, event.currentTarget as HTMLElement))}
        >
          ${moreIcon}
        </button>`;
      case 'copy':
        return this.renderCopy();
      case 'play':
        return isPlayable(conversation) ? this.renderPlay(conversation) : nothing;
      default:
        return nothing;
    }
  }

  private renderCopy(): TemplateResult {
    const copied = this.copyState === 'copied';
    return html`<button type="button" tabindex=${this.controlTabIndex ?? nothing} aria-label=${this.strings.copyLink(this.counterpart)} @click=${this.copyLink}>
        ${copied ? checkIcon : copyIcon}</button
      >${this.copyState
        ? html`<span class="copied" role="status">${copied ? this.strings.copied : html`${this.strings.copyFailed}: <bdi>${this.detailUrl}</bdi>`}</span>`
        : nothing}`;
  }

  private renderPlay(conversation: Conversation): TemplateResult {
    if (this.playerFor === conversation.id) {
      // Out of the grid's tab order unless its cell holds the tab stop, as every cell's controls. The
      // URL as a property: the player refuses an unsafe one, which never becomes an attribute.
      return html`<recording-player
        compact
        tabindex=${this.controlTabIndex === -1 ? '-1' : nothing}
        .src=${conversation.recordingUrl}
        label=${this.counterpart}
        locale=${this.locale ?? nothing}
        .strings=${this.strings.player}
      ></recording-player>`;
    }
    const pending = this.playerLoad === 'pending';
    const failed = this.playerLoad === 'failed';
    return html`<button
      type="button"
      class="play"
      tabindex=${this.controlTabIndex ?? nothing}
      aria-label=${pending ? this.strings.player.loading : failed ? this.strings.playerUnavailable : this.strings.playRecording}
      aria-disabled=${pending ? 'true' : 'false'}
      @click=${this.startPlayer}
    >
      ${pending ? spinnerIcon : failed ? errorIcon : playIcon}
    </button>`;
  }

  /**
   * Status as a pill coloured by its family, with the family's mark drawn by CSS; a conversation still happening
   * gets a "Live" badge and its elapsed time, a stale row a note (text, not colour alone).
   */
  private statusView(column: ColumnDef, conversation: Conversation): CellView {
    const text = column.text?.(conversation, this.context);
    const state = text === undefined ? 'missing' : undefined;
    const family = statusFamily(conversation.status);
    const live = isLive(conversation);
    const since = live ? liveSince(conversation) : undefined;
    const shown = text !== undefined && since !== undefined ? this.strings.elapsed(text, formatElapsed(this.activeClock.now() - since)) : text;
    // Inline beside the badge: a short label, isolated like every value.
    const label = family
      ? html`<span class="pill pill-${family}"><bdi>${shown}</bdi></span>`
      : html`<bdi>${shown ?? this.strings.missing}</bdi>`;
    const badged = live ? html`<span class="live-badge" dir="auto">${this.strings.live.badge}</span> ${label}` : label;
    const status = this.fresh ? html`<span class="fresh-badge" dir="auto">${this.strings.live.fresh}</span> ${badged}` : badged;
    if (!this.stale) return { content: status, state };
    return {
      content: html`<span>${status}</span> <span class="stale-note" dir="auto">${this.strings.live.stale}</span>`,
      state: state ? 'stacked missing' : 'stacked',
    };
  }

  /** The count of unread messages as a badge; the column's header ("Unread") says what it counts. */
  private unreadView(column: ColumnDef, conversation: Conversation): CellView {
    const text = column.text?.(conversation, this.context);
    if (text === undefined || unreadCount(conversation) === 0) return this.textView(text);
    return { content: html`<span class="unread-badge" dir="auto">${text}</span>` };
  }

  /** Urgent and high priorities as a badge with a mark; others as text. */
  private priorityView(column: ColumnDef, conversation: Conversation): CellView {
    const text = column.text?.(conversation, this.context);
    const priority = conversation.priority;
    if (text === undefined || !isMarkedPriority(priority)) return this.textView(text);
    return {
      content: html`<span class="priority-badge priority-${priority}"><bdi>${text}</bdi></span>`,
    };
  }

  /** The first tags as chips, the rest counted in a `+N` chip whose tooltip lists them. */
  private tagsView(conversation: Conversation): CellView {
    const tags = (conversation.tags ?? []).filter((tag) => typeof tag === 'string' && tag !== '');
    if (tags.length === 0) return this.textView(undefined);
    const rest = tags.length - SHOWN_TAGS;
    const count = counter(this.locale)(rest);
    return {
      // Chips are separated by a hidden comma, so the cell reads (and copies) as a list.
      content: html`<span class="chips">${tags.slice(0, SHOWN_TAGS).map((tag, index) => html`${index > 0 ? separator : nothing}<span class="chip" dir="auto">${tag}</span>`)}${rest > 0
          ? html`${separator}<button type="button" class="chip more" tabindex=${this.controlTabIndex ?? nothing} data-tooltip="tags" aria-label=${this.strings.moreTags(count)}>
              <bdi>+${count}</bdi>
            </button>`
          : nothing}</span>`,
      state: 'with-bubble',
    };
  }

  private agentView(column: ColumnDef, conversation: Conversation): CellView {
    const name = column.text?.(conversation, this.context);
    if (name === undefined) return this.textView(undefined);
    const url = agentUrl(conversation, this.agentUrlTemplate);
    const label = conversation.agent?.versionId ? `${name} (${conversation.agent.versionId})` : name;
    const content = html`<span class="agent-name" dir="auto">${name}</span>${url
        ? html`<a class="icon-link" tabindex=${this.controlTabIndex ?? nothing} href=${url} target="_blank" rel="noopener noreferrer" aria-label=${this.strings.openAgent(label)}
            >${externalIcon}</a
          >`
        : nothing}`;
    return { content };
  }

  private callerView(column: ColumnDef, conversation: Conversation): CellView {
    const text = column.text?.(conversation, this.context);
    const bubble = this.participantsBubble(conversation);
    if (bubble === nothing) return this.textView(text);
    return { content: html`${isolated(text ?? this.strings.missing)}${bubble}`, state: 'with-bubble' };
  }

  /** An e-mail's extra participants as a `+N` button whose tooltip lists them. */
  private participantsBubble(conversation: Conversation): TemplateResult | typeof nothing {
    const extra = conversation.channel === 'email' ? (conversation.extraParticipants?.length ?? 0) : 0;
    if (extra === 0) return nothing;
    const count = counter(this.locale)(extra);
    return html`<button
        type="button"
        class="bubble"
        tabindex=${this.controlTabIndex ?? nothing}
        data-tooltip="participants"
        aria-label=${this.strings.extraParticipants(count)}
      >
        <bdi>+${count}</bdi>
      </button>`;
  }
}
