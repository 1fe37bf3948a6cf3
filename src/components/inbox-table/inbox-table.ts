import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { allPages } from '../../data/all-pages.js';
import { counterpart } from '../../format/text.js';
import { InboxError } from '../../data/errors.js';
import type { Conversation, InboxDataSource, InboxQuery } from '../../data/types.js';
import type { ColumnDef } from '../../format/columns.js';
import { DEFAULT_AGENT_URL, DEFAULT_DETAIL_URL } from '../../format/links.js';
import { counter, type Count } from '../../format/count.js';
import { InboxErrorEvent, InboxPageLoadEvent, InboxQueryChangeEvent, InboxSourceChangeEvent } from '../../events.js';
import { ConversationChangeEvent, type ActionPayload } from '../../events.js';
import { ConversationRow, type InboxRowActionsEvent, type InboxRowSelectEvent } from '../conversation-row/conversation-row.js';
import type { ActionKind, NamedOption } from '../../data/types.js';
import { ActionMenuController, targetFor, type ActionMenuTarget } from './action-menu-controller.js';
import { ActionsController, supportedActions } from './actions-controller.js';
import { ExportController, exportStyles } from './export-controller.js';
import { Selection } from './selection.js';
import { cellStyles } from '../conversation-row/conversation-row.styles.js';
import { defineElement } from '../define.js';
import { ElapsedClock } from '../shared/elapsed-clock.js';
import { TOOLTIP_ID, TooltipController } from '../shared/tooltip-controller.js';
import { tooltipStyles } from '../shared/tooltip.styles.js';
import { InboxElement } from '../shared/inbox-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { visuallyHidden } from '../shared/visually-hidden.styles.js';
import { ColumnController } from './column-controller.js';
import { ColumnHeader } from './column-header.js';
import type { ColumnState } from '../../format/column-state.js';
import { GridFocusController, getDeepActiveElement, type ActiveCell } from './grid-focus-controller.js';
import { HostSizeController } from './host-size-controller.js';
import { CardLayoutController, cardLayoutStyles } from './card-layout-controller.js';
import { cardStyles } from '../conversation-row/conversation-card.styles.js';
import { LiveController, liveStyles } from './live-controller.js';
import { PagingController } from './paging-controller.js';
import { PreviewController, previewStyles } from './preview-controller.js';
import { TriageShortcutsController } from './triage-shortcuts-controller.js';
import { RowWindow, WINDOW_ROWS } from './row-window.js';
import { fixedRows, rowHeightOf } from './fixed-row-layout.js';
import { tableStyles } from './inbox-table.styles.js';
import { DEFAULT_TABLE_STRINGS, type TableStrings } from './table-strings.js';

/** Rows from the end of the loaded list at which the next page is requested. */
const PREFETCH_ROWS = 30;
const SKELETON_ROWS = 8;
/** Scroll offset up to which the list is "at the top", where live arrivals are shown in place. */
const AT_TOP_PX = 1;

declare global {
  interface HTMLElementTagNameMap {
    'inbox-table': InboxTable;
  }
}

/**
 * The unified conversations inbox: every conversation of a data source in one virtualized,
 * infinitely scrolling ARIA grid.
 *
 * ```html
 * <inbox-table id="inbox"></inbox-table>
 * <script type="module">
 *   inbox.source = createAnyreachSource({ baseUrl, token, organizationId });
 * </script>
 * ```
 *
 * Narrower than `--inbox-card-breakpoint` (its own width, not the window's) it shows each
 * conversation as a card, and carries the `cards` attribute while it does.
 *
 * @summary A virtualized, infinitely scrolling table of conversations.
 *
 * @slot toolbar - Controls above the table, typically `<inbox-filters>`.
 *
 * @fires conversation-open - A row was activated (click, middle click or Enter). Cancelable: call
 *   `preventDefault()` to handle it in the host instead of opening the detail page in a new tab.
 *   With `row-action="preview"` only a Ctrl/Cmd or middle click fires it; the rest open the preview.
 * @fires inbox-page-load - A page arrived; `loaded`, `total` and `done` describe the list.
 * @fires inbox-error - A page failed to load; the table shows the message and a Retry button.
 * @fires inbox-source-change - `source` changed; `<inbox-filters>` re-reads what it supports.
 * @fires inbox-query-change - The empty state's "Clear filters" reset the query.
 * @fires conversation-action - An action is about to run. Cancelable: `preventDefault()` vetoes it.
 * @fires conversation-action-complete - An action finished; `succeeded` and `failed` list the conversations.
 * @fires conversation-change - A conversation shown changed (an action applied or rolled back).
 * @fires inbox-live-update - In live mode, conversations arrived or changed; `<inbox-views>` refreshes its counts.
 * @fires column-state-change - The user resized, moved, showed, hid or reset columns; `state` is the new `columnState`.
 *
 * @csspart base - The table's outer box.
 * @csspart toolbar - The row holding the toolbar slot and the count.
 * @csspart header - The column header row.
 * @csspart body - The scrolling body of rows.
 * @csspart status - The bar under the rows: loading more, end of list, or a page error with Retry.
 * @csspart message - The empty or first-load error message.
 * @csspart tooltip - The tooltip shared by every cell.
 * @csspart menu - The actions menu shared by every row and the bulk bar.
 * @csspart column-chooser - The toolbar button that opens the column chooser.
 * @csspart column-menu - The column chooser, or a column's menu (move, sort, fit, hide).
 * @csspart bulk-bar - Actions for the selected conversations, with their progress.
 * @csspart notice - The outcome of the last action, with any per-conversation failures.
 * @csspart export - The CSV export control in the toolbar.
 * @csspart preview - The preview panel beside the list (`row-action="preview"`).
 * @csspart live-state - In live mode, how the list stays current, as text: "Live", "Live (polling)" or "Live updates stopped".
 *
 * @cssprop --inbox-font-family - Font family (default: the page's).
 * @cssprop --inbox-font-size - Text size (default 0.875em of the host's; the font family is the host's).
 * @cssprop --inbox-height - Height of the table (default 100% of its container).
 * @cssprop --inbox-min-height - Minimum height (default 320px).
 * @cssprop --inbox-background - Background colour.
 * @cssprop --inbox-text-color - Text colour.
 * @cssprop --inbox-muted-color - Secondary text colour.
 * @cssprop --inbox-border-color - Borders and row separators.
 * @cssprop --inbox-header-background - Header row background.
 * @cssprop --inbox-row-height - Row height (default 44px).
 * @cssprop --inbox-card-breakpoint - Below this width of the element (default 640px; px, rem or em) conversations show as cards, filters as a full-height dialog and the preview over the whole list. `0px` keeps the table.
 * @cssprop --inbox-card-height - Height of a card (default 168px, compact 160px).
 * @cssprop --inbox-row-hover-background - Row background under the pointer.
 * @cssprop --inbox-focus-color - Focus ring colour.
 * @cssprop --inbox-accent-color - Buttons and progress.
 * @cssprop --inbox-error-color - Error text.
 * @cssprop --inbox-tooltip-background - Tooltip background.
 * @cssprop --inbox-tooltip-color - Tooltip text.
 * @cssprop --inbox-radius - Corner radius.
 */
export class InboxTable extends InboxElement {
  static override styles = [themeStyles, visuallyHidden, cellStyles, cardStyles, tableStyles, cardLayoutStyles, tooltipStyles, exportStyles, liveStyles, previewStyles];

  /** Where conversations come from: `createAnyreachSource`, `createAvocaSource`, `createMemorySource` or a host's own. */
  @property({ attribute: false }) source?: InboxDataSource;

  /** The filters to apply. Setting a new object starts the list over. */
  @property({ attribute: false }) query: InboxQuery = {};

  /** Column ids in display order; the source's default set when unset. */
  @property({ attribute: false }) columns?: readonly string[];

  /** Hide columns whose fields the credential cannot read (the source reports them). */
  @property({ type: Boolean, attribute: 'hide-unreadable-columns' }) hideUnreadableColumns = false;

  /**
   * The column kept in view while the table scrolls sideways (when it is shown): `callerId` by
   * default, so who each row is stays readable; `none` keeps none.
   */
  @property({ attribute: 'pinned-column' }) pinnedColumn = 'callerId';

  /** Remember the columns (order, widths, shown) in `localStorage`, per organization (the source's `id`). */
  @property({ type: Boolean }) persist = false;

  /** What the user made of the columns (order, widths, shown); set it to restore a state a host kept from `column-state-change`. */
  get columnState(): ColumnState {
    return this.columnModel.columnState;
  }

  set columnState(state: ColumnState) {
    this.columnModel.columnState = state;
  }

  /** Conversations per request; the source's default when unset. */
  @property({ type: Number, attribute: 'page-size' }) pageSize?: number;

  /** IANA time zone for dates and times; the viewer's own when unset. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** BCP 47 locale for dates, times and numbers; the browser's when unset. */
  @property() locale?: string;

  /** `relative`: the Date column reads "5 min. ago", "Yesterday 2:02 PM", then the date; the exact time is in its tooltip. */
  @property({ attribute: 'time-format' }) timeFormat?: 'relative';

  /** Accessible name of the grid. */
  @property() label?: string;

  /** User-visible strings (an `InboxStrings`, whose `filters` the toolbar's filters use); override any subset. */
  @property({ attribute: false }) strings: TableStrings = DEFAULT_TABLE_STRINGS;

  /** Detail page URL template; `{id}` is replaced by the conversation id. */
  @property({ attribute: 'detail-url-template' }) detailUrlTemplate = DEFAULT_DETAIL_URL;

  /** Agent page URL template; `{agent_id}` is replaced and `/versions/{agent_version_id}` appended when known. */
  @property({ attribute: 'agent-url-template' }) agentUrlTemplate = DEFAULT_AGENT_URL;

  /** Team members offered by Assign, besides those the source lists and those seen in loaded rows. */
  @property({ attribute: false }) assignees: readonly NamedOption[] = [];

  /** Tags offered while typing in Add tags, besides those seen in loaded rows. */
  @property({ attribute: false }) tags: readonly string[] = [];

  /** Save exports through the browser's file picker (streaming to disk) where it has one. */
  @property({ type: Boolean, attribute: 'export-file-picker' }) exportFilePicker = false;

  /**
   * Keep the list up to date: new conversations and status changes appear without a reload,
   * through the source's `subscribe` (the built-in API sources stream them) or, for a source
   * without one, by polling the first page. Paused while the page is hidden.
   */
  @property({ type: Boolean, reflect: true }) live = false;

  /**
   * What opening a row does: `tab` (the default) opens the detail page in a new tab; `preview`
   * shows the conversation in a panel beside the list (Ctrl/Cmd or middle click still opens the tab).
   */
  @property({ attribute: 'row-action' }) rowAction: 'tab' | 'preview' = 'tab';

  /** Keyboard triage shortcuts (j/k, x, e, a, t, n, /, ?) while the grid or the preview has focus; `off` turns them off. */
  @property() shortcuts: 'on' | 'off' = 'on';

  /** Milliseconds between polls in live mode, for sources without `subscribe`. Default 15 000. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval?: number;

  /** Text for screen readers' live region. */
  @state() private announcement = '';

  @query('.body') private body?: HTMLElement;
  @query('.head') private head?: HTMLElement;

  private readonly paging = new PagingController(
    this,
    ({ first }) => this.onPageLoaded(first),
    (error) => this.onPageFailed(error),
  );
  private readonly gridFocus = new GridFocusController(this);
  private readonly columnModel = new ColumnController(this);
  private readonly columnHeader = new ColumnHeader(this, this.columnModel);
  private readonly exporter = new ExportController(this);
  private readonly actionRunner = new ActionsController(this);
  private readonly actionMenu = new ActionMenuController(this);
  private readonly liveUpdates = new LiveController(this, {
    store: () => this.paging.store,
    scroller: () => this.body,
    atTop: () => this.rowWindow.start === 0 && (this.body?.scrollTop ?? 0) <= AT_TOP_PX,
    scrollToTop: () => void this.scrollToRow(0),
  });
  private readonly preview = new PreviewController(this, { focusRow: (id) => this.gridFocus.focusRow(id) });
  private readonly triage = new TriageShortcutsController(this, {
    current: () => (this.preview.isOpen ? this.preview.id : this.gridFocus.active.rowId ?? undefined),
    gridRow: () => this.gridFocus.active.rowId ?? undefined,
    inScope: (path) => path.some((node) => node instanceof HTMLElement && node.matches('.grid, .preview-panel')),
    inPreview: (path) => path.some((node) => node instanceof HTMLElement && node.matches('.preview-panel')),
    previewOpen: () => this.preview.isOpen,
    moveTo: async (id, fromPreview) => {
      if (fromPreview) this.gridFocus.activateRow(id);
      else this.gridFocus.focusRow(id);
      const conversation = this.conversationById(id);
      if (this.preview.isOpen && conversation) await this.preview.show(conversation);
    },
    openAction: (kind, id) => {
      if (this.preview.isOpen) return this.preview.showAction(kind);
      const conversation = this.conversationById(id);
      const row = this.renderRoot.querySelector(`conversation-row[data-id="${CSS.escape(id)}"]`);
      const trigger = row?.querySelector<HTMLElement>('.c-actions button') ?? row?.querySelector<HTMLElement>('[data-col]');
      if (!conversation || !trigger) return;
      this.actionMenu.open(targetFor(conversation, trigger), kind);
    },
  });
  private readonly rowWindow = new RowWindow<Conversation>();
  private readonly cardLayout = new CardLayoutController(this, {
    body: () => this.body,
    rowHeight: () => this.rowHeight,
    windowStart: () => this.rowWindow.start,
    layoutComplete: () => this.virtualizer?.layoutComplete,
  });
  /** @internal The one clock of every live row's elapsed time. */
  readonly elapsedClock = new ElapsedClock();
  private readonly selection = new Selection();
  private readonly tooltip: TooltipController;
  private listedAssignees: readonly NamedOption[] = [];
  private listing?: AbortController;
  private announceOnLoad = true;

  constructor() {
    super();
    defineElement('conversation-row', ConversationRow);
    // Registers itself; it needs nothing from the table after that.
    new HostSizeController(this, () => this.renderRoot.querySelector('.size-probe'));
    this.tooltip = new TooltipController(
      this,
      (trigger) => {
        const row = trigger.closest<ConversationRow>('conversation-row');
        return row ? row.tooltipContent(trigger) : this.columnHeader.headerTooltip(trigger);
      },
      () => this.gridFocus.restoring,
    );
    this.addEventListener('inbox-announce', (event) => {
      event.stopPropagation();
      this.announce(event.message);
    });
    this.addEventListener('inbox-row-select', (event) => this.onRowSelect(event));
    this.addEventListener('inbox-row-actions', (event) => this.onRowActions(event));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // An unmounted table aborted its listing; mounted again, it lists again.
    if (this.hasUpdated && this.listing?.signal.aborted) this.listAssignees();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listing?.abort();
  }

  /** Conversations loaded so far, in order, without duplicates. */
  get rows(): readonly Conversation[] {
    return this.paging.store.rows;
  }

  /** Total matching conversations, when the source reports it. */
  get total(): number | undefined {
    return this.paging.store.total;
  }

  /** Whether more pages remain to load. */
  get hasMore(): boolean {
    return this.paging.store.started && !this.paging.store.done;
  }

  /** @internal A card is one cell. */
  get columnCount(): number {
    return this.cardLayout.active ? 1 : this.columnModel.columns.length;
  }

  /** @internal Cards have no header row. */
  get hasHeader(): boolean {
    return !this.cardLayout.active;
  }

  get visibleColumns(): readonly ColumnDef[] {
    return this.columnModel.columns;
  }

  /** @internal The list shows a load error instead of rows: Export has nothing to export. */
  get listFailed(): boolean {
    return this.rows.length === 0 && this.paging.error !== undefined;
  }

  /** Starts the list over with the same query (for example after an outside change). */
  refresh(): void {
    this.tooltip.hide(true);
    this.paging.reset();
    this.rowWindow.reset();
    this.announceOnLoad = true;
    this.requestUpdate();
  }

  /** Loads the next page now, unless one is loading or the list has ended. */
  loadMore(): void {
    this.paging.loadMore();
  }

  /** Tries the failed page again. */
  retry(): void {
    this.paging.retry();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Frameworks may pass `undefined` for an unset prop.
    this.strings ??= DEFAULT_TABLE_STRINGS;
    // Before the first request to a new source: filters answer by setting that source's query.
    if (changed.has('source')) this.dispatchEvent(new InboxSourceChangeEvent(this.source));
    if (changed.has('source') || changed.has('query')) {
      // The rows a tooltip describes are about to go, without a pointerout or focusout.
      this.tooltip.hide(true);
      this.paging.reset();
      this.rowWindow.reset();
      this.selection.clear();
      this.announceOnLoad = true;
    }
    if (changed.has('source')) this.listAssignees();
    if (changed.has('source')) this.columnModel.sourceChanged();
    else if (changed.has('columns') || changed.has('hideUnreadableColumns')) this.columnModel.resolve();
  }

  private listAssignees(): void {
    const source = this.source;
    this.listing?.abort();
    this.listing = undefined;
    this.listedAssignees = [];
    if (!source?.listAssignees || this.supportedActions.length === 0) return;
    const listing = (this.listing = new AbortController());
    source.listAssignees(listing.signal).then(
      (members) => {
        if (!listing.signal.aborted) this.listedAssignees = members;
      },
      // Assign still offers the host's list and the assignees seen in loaded rows.
      () => undefined,
    );
  }

  private onPageLoaded(first: boolean): void {
    const store = this.paging.store;
    // What the credential can read is known only once an answer arrives.
    if (first && this.hideUnreadableColumns) this.columnModel.resolve();
    if (this.announceOnLoad) {
      this.announceOnLoad = false;
      this.announce(store.rows.length === 0 ? this.strings.empty : this.loadedCount);
    }
    this.dispatchEvent(new InboxPageLoadEvent(store.rows.length, store.total, store.done));
    this.requestUpdate();
  }

  private onPageFailed(error: InboxError | Error): void {
    this.announce(this.errorMessage(error));
    this.dispatchEvent(new InboxErrorEvent(error));
    this.requestUpdate();
  }

  /** Says `message` through the table's polite live region. */
  announce(message: string): void {
    // Re-setting the same text would not be announced again; clear first.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = message));
  }

  /** A number as this table's locale writes it, with its plural category. */
  private count(value: number): Count {
    return counter(this.locale)(value);
  }

  /** "80 of 50,159 conversations loaded". */
  private get loadedCount(): string {
    const store = this.paging.store;
    return this.strings.loadedCount(this.count(store.rows.length), store.total === undefined ? undefined : this.count(store.total));
  }

  private errorMessage(error: InboxError | Error): string {
    return this.strings.errors[error instanceof InboxError ? error.kind : 'unknown'];
  }

  // ---- actions ----

  /** Actions the source supports, in menu order. */
  get supportedActions(): readonly ActionKind[] {
    return supportedActions(this.source);
  }

  /**
   * Runs an action on conversations by id, optimistically, with `conversation-action` events.
   * Does not ask first: the table's own menu confirms large runs before calling it.
   */
  runAction(payload: ActionPayload, ids: readonly string[]): Promise<void> {
    return this.actionRunner.run(payload, ids);
  }

  /** @internal The menu's Apply: a run beyond what is shown selected is confirmed, and its targets fixed, first. */
  async submitAction(payload: ActionPayload, { ids, shown }: ActionMenuTarget): Promise<void> {
    if (!(await this.actionRunner.confirm(payload.kind, ids.length, shown))) return;
    if (shown !== undefined) {
      // The selection becomes exactly what runs: live arrivals are neither counted nor changed.
      this.selection.clear();
      this.selection.selectAll(ids);
    }
    return this.runAction(payload, ids);
  }

  /** @internal */
  get actionStrings() {
    return this.strings.actions;
  }

  /** @internal */
  get actionMessages() {
    return { ...this.strings.actions, errorText: (error: unknown) => this.errorMessage(error instanceof Error ? error : new Error(String(error))) };
  }

  /** @internal */
  get assigneeOptions(): readonly NamedOption[] {
    const byId = new Map<string, NamedOption>();
    for (const member of [...this.assignees, ...this.listedAssignees]) byId.set(member.id, member);
    for (const row of this.rows) {
      const assignee = row.assignee;
      if (assignee?.id && !byId.has(assignee.id)) byId.set(assignee.id, { id: assignee.id, name: assignee.name ?? assignee.id });
    }
    return [...byId.values()];
  }

  /** @internal */
  get statusOptions(): readonly string[] {
    return this.source?.capabilities.statuses ?? [];
  }

  /** @internal */
  get knownTags(): readonly string[] {
    const tags = new Set(this.tags);
    for (const row of this.rows) for (const tag of row.tags ?? []) tags.add(tag);
    return [...tags].sort();
  }

  /** @internal */
  conversationById(id: string): Conversation | undefined {
    return this.paging.store.get(id);
  }

  /** Shows a changed copy of a loaded conversation (for example one the host updated elsewhere). */
  replaceConversation(conversation: Conversation): void {
    if (this.paging.store.replace(conversation)) {
      this.dispatchEvent(new ConversationChangeEvent(conversation));
      this.requestUpdate();
    }
  }

  /** @internal */
  describe(id: string): string {
    const conversation = this.conversationById(id);
    return conversation ? counterpart(conversation, this.strings.guest) : id;
  }

  /** Ids the bulk actions apply to: the selection, or every match when "all matching" is chosen. */
  private async selectedIds(): Promise<string[]> {
    if (!this.selection.allMatching || !this.source) return this.selection.selectedIds();
    const ids = new Set<string>();
    for await (const page of allPages(this.source, this.query)) for (const item of page.items) ids.add(item.id);
    return [...ids];
  }

  private onRowSelect(event: InboxRowSelectEvent): void {
    event.stopPropagation();
    this.toggleSelection(event.id, event.range);
  }

  /** Toggles a row's selection (Space on a focused row, or its checkbox). */
  toggleSelection(id: string, range = false): void {
    if (this.supportedActions.length === 0) return;
    this.selection.toggle(id, this.rows.map((row) => row.id), range);
    this.requestUpdate();
  }

  private onRowActions(event: InboxRowActionsEvent): void {
    event.stopPropagation();
    const { conversation, trigger } = event;
    this.actionMenu.open(targetFor(conversation, trigger));
  }

  private async openBulkMenu(event: MouseEvent): Promise<void> {
    const trigger = event.currentTarget as HTMLElement;
    try {
      const shown = this.rows.filter((row) => this.selection.has(row.id)).length;
      this.actionMenu.open({ ids: await this.selectedIds(), trigger, shown });
    } catch (error) {
      this.onPageFailed(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** The click is not cancelled: that would restore the box after this render. `live()` makes it show the selection. */
  private onSelectAllLoaded(): void {
    const allSelected = this.rows.length > 0 && this.rows.every((row) => this.selection.has(row.id));
    if (allSelected) this.selection.clear();
    else this.selection.selectAll(this.rows.map((row) => row.id));
    this.requestUpdate();
  }

  // ---- GridFocusHost ----

  /** @internal */
  get pageRowCount(): number {
    const height = this.body?.clientHeight ?? 0;
    return Math.max(1, Math.floor(height / this.rowHeight) - 1);
  }

  private get rowHeight(): number {
    return rowHeightOf(this, this.renderRoot as ShadowRoot, this.cardLayout.heightProperty);
  }

  /** @internal */
  get parkingElement(): HTMLElement | null {
    return this.body ?? null;
  }

  /** @internal */
  get focusWithin(): boolean {
    const active = (this.renderRoot as ShadowRoot).activeElement;
    return active !== null && active !== undefined && this.renderRoot.querySelector('.grid')?.contains(active) === true;
  }

  /** @internal */
  cellElement(cell: ActiveCell): HTMLElement | null {
    const row =
      cell.rowId === null
        ? this.renderRoot.querySelector('.head .row')
        : this.renderRoot.querySelector(`conversation-row[data-id="${CSS.escape(cell.rowId)}"]`);
    return row?.querySelector<HTMLElement>(`:scope > [data-col="${cell.col}"]`) ?? null;
  }

  /** @internal */
  async scrollToRow(index: number): Promise<void> {
    if (this.rowWindow.reveal(index, this.rows.length) !== 0) {
      this.requestUpdate();
      await this.updateComplete;
    }
    const virtualizer = this.virtualizer;
    if (!virtualizer) return;
    virtualizer.element(index - this.rowWindow.start)?.scrollIntoView({ block: 'nearest' });
    await virtualizer.layoutComplete;
    await this.updateComplete;
  }

  /** @internal */
  openRow(id: string): void {
    this.renderRoot.querySelector<ConversationRow>(`conversation-row[data-id="${CSS.escape(id)}"]`)?.open();
  }

  // ---- events ----

  private onRangeChanged(event: RangeChangedEvent): void {
    if (this.rowWindow.start + event.last >= this.rows.length - PREFETCH_ROWS) this.paging.loadMore();
    // The range is announced before its rows render; restore focus once they have.
    void this.virtualizer?.layoutComplete.then(() => {
      this.gridFocus.restore();
      this.syncTabStop();
    }, () => undefined);
  }

  private get virtualizer(): VirtualizerHostElement[typeof virtualizerRef] {
    return (this.body as VirtualizerHostElement | undefined)?.[virtualizerRef];
  }

  /**
   * While the active row is not in the DOM (scrolled away, or the table is off screen so nothing
   * renders), the body holds the grid's one tab stop: Tab still reaches the grid and arrow keys
   * continue from the remembered row. Set directly because the virtualizer renders rows after us.
   */
  private syncTabStop(): void {
    const body = this.body;
    if (!body) return;
    const active = this.gridFocus.active;
    body.tabIndex = active.rowId === null || this.cellElement(active) !== null ? -1 : 0;
  }

  private onBodyScroll(): void {
    const body = this.body;
    if (!body) return;
    // Cards have no header row.
    if (this.head) this.head.scrollLeft = body.scrollLeft;
    if (this.rows.length > WINDOW_ROWS) void this.followRowWindow(body);
  }

  /** Moves the row window when scrolling nears its edge, keeping the same rows on screen. */
  private async followRowWindow(body: HTMLElement): Promise<void> {
    const rowHeight = this.rowHeight;
    const firstVisible = Math.floor(body.scrollTop / rowHeight);
    const lastVisible = Math.floor((body.scrollTop + body.clientHeight) / rowHeight);
    const moved = this.rowWindow.follow(firstVisible, lastVisible, this.rows.length);
    if (moved === 0) return;
    const scrollTop = body.scrollTop - moved * rowHeight;
    this.requestUpdate();
    await this.updateComplete;
    body.scrollTop = scrollTop;
  }

  private onFocusIn(event: FocusEvent): void {
    // Through shadow roots: a cell's player has its controls in its own.
    const cell = event.composedPath().find((node): node is HTMLElement => node instanceof HTMLElement && node.hasAttribute('data-col'));
    if (!cell) return this.gridFocus.onFocusIn(undefined);
    const row = cell.closest<HTMLElement>('conversation-row');
    this.gridFocus.onFocusIn({ rowId: row ? row.dataset.id ?? null : null, col: Number(cell.dataset.col) });
  }

  private onFocusOut(event: FocusEvent): void {
    const grid = this.renderRoot.querySelector('.grid');
    this.gridFocus.onFocusOut(event.composedPath()[0] as Element, event.relatedTarget as Element | null, (node) => grid?.contains(node) === true);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const target = getDeepActiveElement() as HTMLElement | null;
    const onCell = target?.hasAttribute('data-col') === true || target === this.body;
    if (event.key === 'Escape' && !onCell && target?.closest('[data-col]')) {
      this.gridFocus.returnToCell();
      event.preventDefault();
      return;
    }
    if (event.altKey) return;
    if (event.key === ' ' && onCell && target?.closest('conversation-row') && this.supportedActions.length > 0) {
      this.toggleSelection((target.closest('conversation-row') as HTMLElement).dataset.id!, event.shiftKey);
      event.preventDefault();
      return;
    }
    if (this.gridFocus.handleKey(event, onCell)) event.preventDefault();
  }

  private clearFilters(): void {
    this.query = {};
    this.dispatchEvent(new InboxQueryChangeEvent(this.query));
  }

  // ---- rendering ----

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('query') || changed.has('source')) this.body?.scrollTo({ top: 0 });
    this.syncTabStop();
  }

  protected override render(): TemplateResult {
    const store = this.paging.store;
    const error = this.paging.error;
    const firstLoad = !store.started;
    const headerRows = this.hasHeader ? 1 : 0;
    const rowCount = store.total !== undefined ? store.total + headerRows : store.done ? store.rows.length + headerRows : -1;
    return html`<div class="size-probe" aria-hidden="true"></div>
      <div class="base" part="base">
        <div class="toolbar" part="toolbar">
          <slot name="toolbar"></slot>
          ${this.source ? html`${this.cardLayout.active ? nothing : this.columnHeader.renderChooserButton()}${this.exporter.render()}` : nothing}
          <span class="count" dir="auto">${store.started ? this.loadedCount : ''}</span>
          ${this.liveUpdates.renderState()}
        </div>
        ${this.renderBars()}
        <div class="table-area">
          <div
            class="grid"
            role="grid"
            aria-label=${this.label ?? this.strings.gridLabel}
            aria-describedby=${this.triage.describedBy}
            aria-rowcount=${rowCount}
            aria-colcount=${this.columnCount}
            aria-busy=${this.paging.loading ? 'true' : 'false'}
            @keydown=${this.onKeyDown}
            @focusin=${this.onFocusIn}
            @focusout=${this.onFocusOut}
          >
            ${this.hasHeader
              ? html`<div class="head" role="rowgroup" part="header">
                  ${this.columnHeader.renderHeader(this.gridFocus.columnFor(null), (active) => this.renderSelectAll(active))}
                </div>`
              : nothing}
            ${firstLoad && !error && this.source ? this.renderSkeleton() : nothing}
            ${store.rows.length > 0 ? this.renderBody() : nothing}
          </div>
          ${store.rows.length === 0 ? this.renderMessage(firstLoad, error) : nothing}
        </div>
        ${store.rows.length === 0 ? nothing : this.renderStatus(error)}
        <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
      </div>
      ${this.preview.render()}${this.triage.render()}
      <div id=${TOOLTIP_ID} class="tooltip" role="tooltip" popover="manual" part="tooltip"></div>
      ${this.actionMenu.render()}${this.columnHeader.renderPopover()}${this.actionRunner.renderConfirmation()}`;
  }

  /**
   * The strip above the header that the bulk bar, an action's notice and the new-conversations
   * pill appear in. Reserved while any of them can appear, so none moves or covers a row.
   */
  private renderBars(): TemplateResult | typeof nothing {
    if (this.supportedActions.length === 0 && !this.live && !this.actionRunner.notice) return nothing;
    return html`<div class="bars">${this.renderBulkBar()}${this.renderNotice()}${this.liveUpdates.render()}</div>`;
  }

  private renderBulkBar(): TemplateResult | typeof nothing {
    const strings = this.strings.actions;
    const progress = this.actionRunner.progress;
    if (this.selection.empty && !progress) return nothing;
    const total = this.paging.store.total;
    const count = this.selection.allMatching && total !== undefined ? total : this.selection.size;
    return html`<div class="bulk-bar" part="bulk-bar" role="group" aria-label=${strings.bulkActions}>
      <span dir="auto">${strings.selectedCount(this.count(count))}</span>
      ${total !== undefined && !this.selection.allMatching && count < total && !progress
        ? html`<button type="button" class="action" @click=${() => {
            this.selection.selectAllMatching(this.rows.map((row) => row.id));
            this.requestUpdate();
          }}>${strings.selectAllMatching(this.count(total))}</button>`
        : nothing}
      <button type="button" class="action" aria-haspopup="menu" ?disabled=${progress !== undefined} @click=${this.openBulkMenu}>
        ${strings.bulkActions}
      </button>
      <button type="button" class="action" @click=${() => {
        this.selection.clear();
        this.requestUpdate();
      }}>${strings.clearSelection}</button>
      ${this.actionRunner.renderProgress()}
    </div>`;
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const notice = this.actionRunner.notice;
    if (!notice) return nothing;
    return html`<div class="notice ${notice.tone}" part="notice">
      <div>
        <span dir="auto">${notice.message}</span>
        ${notice.failures.length ? html`<ul>${notice.failures.map((failure) => html`<li dir="auto">${failure}</li>`)}</ul>` : nothing}
      </div>
      <button type="button" class="action" @click=${() => this.actionRunner.dismissNotice()}>${this.strings.actions.dismiss}</button>
    </div>`;
  }

  private renderSelectAll(active: boolean): TemplateResult {
    const selected = this.rows.filter((row) => this.selection.has(row.id)).length;
    return html`<input
      type="checkbox"
      tabindex=${active ? '0' : '-1'}
      aria-label=${this.strings.actions.selectAllLoaded}
      .checked=${live(this.rows.length > 0 && selected === this.rows.length)}
      .indeterminate=${live(selected > 0 && selected < this.rows.length)}
      @click=${this.onSelectAllLoaded}
    />`;
  }

  private renderSkeleton(): TemplateResult {
    return html`<div class="skeleton" role="rowgroup" aria-hidden="true">
      ${Array.from({ length: SKELETON_ROWS }, () => html`<div class="row">${this.columnModel.columns.map(() => html`<div class="cell"></div>`)}</div>`)}
    </div>`;
  }

  private renderBody(): TemplateResult {
    const columnIds = this.columnModel.columns.map((column) => column.id);
    return html`<div
      class="body"
      role="rowgroup"
      part="body"
      @scroll=${this.onBodyScroll}
      @rangeChanged=${this.onRangeChanged}
    >${virtualize({
        items: this.rowWindow.items(this.rows, this.paging.store.revision) as Conversation[],
        scroller: true,
        layout: fixedRows({ rowHeight: this.rowHeight }),
        keyFunction: (conversation: Conversation) => conversation.id,
        renderItem: (conversation: Conversation, windowIndex: number) =>
          html`<conversation-row
            embedded
            class="row"
            role="row"
            data-id=${conversation.id}
            aria-rowindex=${this.rowWindow.start + windowIndex + (this.hasHeader ? 2 : 1)}
            ?card=${this.cardLayout.active}
            .conversation=${conversation}
            .columns=${columnIds}
            .strings=${this.strings}
            .locale=${this.locale}
            .timeZone=${this.timeZone}
            .timeFormat=${this.timeFormat}
            .detailUrlTemplate=${this.detailUrlTemplate}
            .agentUrlTemplate=${this.agentUrlTemplate}
            .clock=${this.elapsedClock}
            .focusColumn=${this.gridFocus.columnFor(conversation.id)}
            .pinnedColumn=${this.columnModel.pinned}
            .selected=${this.selection.has(conversation.id)}
            .stale=${this.liveUpdates.isStale(conversation.id)}
            .fresh=${this.liveUpdates.isFresh(conversation.id)}
            aria-selected=${this.supportedActions.length > 0 ? String(this.selection.has(conversation.id)) : nothing}
          ></conversation-row>`,
      })}</div>`;
  }

  private renderMessage(firstLoad: boolean, error: Error | undefined): TemplateResult | typeof nothing {
    if (error) {
      return html`<div class="message error" part="message" role="alert">
        <span>${this.errorMessage(error)}</span>
        ${this.retryButton(error)}
      </div>`;
    }
    if (firstLoad) return nothing;
    const filtered = Object.keys(this.query).length > 0;
    return html`<div class="message" part="message">
      <span>${this.strings.empty}</span>
      ${filtered ? html`<button type="button" class="action" @click=${this.clearFilters}>${this.strings.clearFilters}</button>` : nothing}
    </div>`;
  }

  private renderStatus(error: Error | undefined): TemplateResult | typeof nothing {
    const store = this.paging.store;
    if (error) {
      return html`<div class="status error" part="status" role="alert">
        <span>${this.errorMessage(error)}</span>${this.retryButton(error)}
      </div>`;
    }
    const text = this.paging.loading ? this.strings.loadingMore : store.done ? this.strings.endOfList : undefined;
    return text ? html`<div class="status" part="status">${text}</div>` : nothing;
  }

  private retryButton(error: Error): TemplateResult | typeof nothing {
    // Retrying the same credential or configuration cannot succeed (401, 403, 404, config).
    if (error instanceof InboxError && !error.retryable) return nothing;
    return html`<button type="button" class="action" @click=${() => this.retry()}>${this.strings.retry}</button>`;
  }
}
