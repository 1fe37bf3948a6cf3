import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { InboxError } from '../../data/errors.js';
import type { Conversation, InboxDataSource, InboxQuery } from '../../data/types.js';
import { DEFAULT_COLUMNS, resolveColumns, type ColumnDef } from '../../format/columns.js';
import { DEFAULT_AGENT_URL, DEFAULT_DETAIL_URL } from '../../format/links.js';
import { DEFAULT_STRINGS, type InboxStrings } from '../../format/strings.js';
import { InboxErrorEvent, InboxPageLoadEvent, InboxQueryChangeEvent, InboxSourceChangeEvent } from '../../events.js';
import { ConversationRow } from '../conversation-row/conversation-row.js';
import { cellStyles } from '../conversation-row/conversation-row.styles.js';
import { defineElement } from '../define.js';
import { RecordingPlayer } from '../shared/recording-player.js';
import { TOOLTIP_ID, TooltipController } from '../shared/tooltip-controller.js';
import { tooltipStyles } from '../shared/tooltip.styles.js';
import { GridFocusController, getDeepActiveElement, type ActiveCell } from './grid-focus-controller.js';
import { PagingController } from './paging-controller.js';
import { tableStyles } from './inbox-table.styles.js';

/** Rows from the end of the loaded list at which the next page is requested. */
const PREFETCH_ROWS = 30;
const SKELETON_ROWS = 8;
const DEFAULT_ROW_HEIGHT = 44;

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
 * @summary A virtualized, infinitely scrolling table of conversations.
 *
 * @slot toolbar - Controls above the table, typically `<inbox-filters>`.
 *
 * @fires conversation-open - A row was activated (click, middle click or Enter). Cancelable: call
 *   `preventDefault()` to handle it in the host instead of opening the detail page in a new tab.
 * @fires inbox-page-load - A page arrived; `loaded`, `total` and `done` describe the list.
 * @fires inbox-error - A page failed to load; the table shows the message and a Retry button.
 * @fires inbox-source-change - `source` changed; `<inbox-filters>` re-reads what it supports.
 * @fires inbox-query-change - The empty state's "Clear filters" reset the query.
 *
 * @csspart base - The table's outer box.
 * @csspart toolbar - The row holding the toolbar slot and the count.
 * @csspart header - The column header row.
 * @csspart body - The scrolling body of rows.
 * @csspart status - The bar under the rows: loading more, end of list, or a page error with Retry.
 * @csspart message - The empty or first-load error message.
 * @csspart tooltip - The tooltip shared by every cell.
 *
 * @cssprop --inbox-font-size - Text size (default 0.875em of the host's; the font family is the host's).
 * @cssprop --inbox-height - Height of the table (default 100% of its container).
 * @cssprop --inbox-min-height - Minimum height (default 320px).
 * @cssprop --inbox-background - Background colour.
 * @cssprop --inbox-text-color - Text colour.
 * @cssprop --inbox-muted-color - Secondary text colour.
 * @cssprop --inbox-border-color - Borders and row separators.
 * @cssprop --inbox-header-background - Header row background.
 * @cssprop --inbox-row-height - Row height (default 44px).
 * @cssprop --inbox-row-hover-background - Row background under the pointer.
 * @cssprop --inbox-focus-color - Focus ring colour.
 * @cssprop --inbox-accent-color - Buttons and progress.
 * @cssprop --inbox-error-color - Error text.
 * @cssprop --inbox-tooltip-background - Tooltip background.
 * @cssprop --inbox-tooltip-color - Tooltip text.
 * @cssprop --inbox-radius - Corner radius.
 */
export class InboxTable extends LitElement {
  static override styles = [cellStyles, tableStyles, tooltipStyles];

  /** Where conversations come from: `createAnyreachSource`, `createAvocaSource`, `createMemorySource` or a host's own. */
  @property({ attribute: false }) source?: InboxDataSource;

  /** The filters to apply. Setting a new object starts the list over. */
  @property({ attribute: false }) query: InboxQuery = {};

  /** Column ids in display order; the source's default set when unset. */
  @property({ attribute: false }) columns?: readonly string[];

  /** Hide columns whose fields the credential cannot read (the source reports them). */
  @property({ type: Boolean, attribute: 'hide-unreadable-columns' }) hideUnreadableColumns = false;

  /** Conversations per request; the source's default when unset. */
  @property({ type: Number, attribute: 'page-size' }) pageSize?: number;

  /** IANA time zone for dates and times; the viewer's own when unset. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** BCP 47 locale for dates, times and numbers; the browser's when unset. */
  @property() locale?: string;

  /** Accessible name of the grid. */
  @property() label?: string;

  /** User-visible strings; override any subset. */
  @property({ attribute: false }) strings: InboxStrings = DEFAULT_STRINGS;

  /** Detail page URL template; `{id}` is replaced by the conversation id. */
  @property({ attribute: 'detail-url-template' }) detailUrlTemplate = DEFAULT_DETAIL_URL;

  /** Agent page URL template; `{agent_id}` is replaced and `/versions/{agent_version_id}` appended when known. */
  @property({ attribute: 'agent-url-template' }) agentUrlTemplate = DEFAULT_AGENT_URL;

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
  private readonly player = new RecordingPlayer();
  private columnDefs: ColumnDef[] = [];
  private announceOnLoad = true;

  constructor() {
    super();
    defineElement('conversation-row', ConversationRow);
    new TooltipController(this, (trigger) => trigger.closest<ConversationRow>('conversation-row')?.tooltipContent(trigger));
    this.addEventListener('inbox-announce', (event) => {
      event.stopPropagation();
      this.announce(event.message);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.player.stop();
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

  get columnCount(): number {
    return this.columnDefs.length;
  }

  get visibleColumns(): readonly ColumnDef[] {
    return this.columnDefs;
  }

  /** Starts the list over with the same query (for example after an outside change). */
  refresh(): void {
    this.paging.reset();
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
    if (changed.has('source') || changed.has('query')) {
      this.paging.reset();
      this.announceOnLoad = true;
    }
    if (changed.has('columns') || changed.has('source') || changed.has('hideUnreadableColumns')) this.resolveColumnDefs();
  }

  private resolveColumnDefs(): void {
    const capabilities = this.source?.capabilities;
    const ids = this.columns ?? capabilities?.defaultColumns ?? DEFAULT_COLUMNS;
    this.columnDefs = resolveColumns(ids, this.hideUnreadableColumns ? capabilities?.hiddenFields : []);
  }

  private onPageLoaded(first: boolean): void {
    const store = this.paging.store;
    // What the credential can read is known only once an answer arrives.
    if (first && this.hideUnreadableColumns) this.resolveColumnDefs();
    if (this.announceOnLoad) {
      this.announceOnLoad = false;
      this.announce(store.rows.length === 0 ? this.strings.empty : this.strings.loadedCount(store.rows.length, store.total));
    }
    this.dispatchEvent(new InboxPageLoadEvent(store.rows.length, store.total, store.done));
    this.requestUpdate();
  }

  private onPageFailed(error: InboxError | Error): void {
    this.announce(this.errorMessage(error));
    this.dispatchEvent(new InboxErrorEvent(error));
    this.requestUpdate();
  }

  private announce(message: string): void {
    // Re-setting the same text would not be announced again; clear first.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = message));
  }

  private errorMessage(error: InboxError | Error): string {
    return this.strings.errors[error instanceof InboxError ? error.kind : 'unknown'];
  }

  // ---- GridFocusHost ----

  get pageRowCount(): number {
    const height = this.body?.clientHeight ?? 0;
    return Math.max(1, Math.floor(height / this.rowHeight) - 1);
  }

  private get rowHeight(): number {
    return this.renderRoot.querySelector<HTMLElement>('conversation-row')?.offsetHeight || DEFAULT_ROW_HEIGHT;
  }

  get parkingElement(): HTMLElement | null {
    return this.body ?? null;
  }

  get focusWithin(): boolean {
    const active = (this.renderRoot as ShadowRoot).activeElement;
    return active !== null && active !== undefined && this.renderRoot.querySelector('.grid')?.contains(active) === true;
  }

  cellElement(cell: ActiveCell): HTMLElement | null {
    const row =
      cell.rowId === null
        ? this.renderRoot.querySelector('.head .row')
        : this.renderRoot.querySelector(`conversation-row[data-id="${CSS.escape(cell.rowId)}"]`);
    return row?.querySelector<HTMLElement>(`:scope > [data-col="${cell.col}"]`) ?? null;
  }

  async scrollToRow(index: number): Promise<void> {
    const virtualizer = this.virtualizer;
    if (!virtualizer) return;
    virtualizer.element(index)?.scrollIntoView({ block: 'nearest' });
    await virtualizer.layoutComplete;
    await this.updateComplete;
  }

  openRow(id: string): void {
    this.renderRoot.querySelector<ConversationRow>(`conversation-row[data-id="${CSS.escape(id)}"]`)?.open();
  }

  // ---- events ----

  private onRangeChanged(event: RangeChangedEvent): void {
    if (event.last >= this.rows.length - PREFETCH_ROWS) this.paging.loadMore();
    // The range is announced before its rows render; restore focus once they have.
    void this.virtualizer?.layoutComplete.then(() => this.gridFocus.restore(), () => undefined);
  }

  private get virtualizer(): VirtualizerHostElement[typeof virtualizerRef] {
    return (this.body as VirtualizerHostElement | undefined)?.[virtualizerRef];
  }

  private onBodyScroll(): void {
    if (this.head && this.body) this.head.scrollLeft = this.body.scrollLeft;
  }

  private onFocusIn(event: FocusEvent): void {
    const target = event.composedPath()[0] as HTMLElement;
    const cell = target.closest<HTMLElement>('[data-col]');
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
    if (this.gridFocus.handleKey(event, onCell)) event.preventDefault();
  }

  private clearFilters(): void {
    this.query = {};
    this.dispatchEvent(new InboxQueryChangeEvent(this.query));
  }

  // ---- rendering ----

  protected override updated(changed: PropertyValues<this>): void {
    // Layout values set from script, never inline style attributes: strict CSP blocks those.
    const grid = this.renderRoot.querySelector<HTMLElement>('.grid');
    if (grid) {
      grid.style.setProperty('--_columns', this.columnDefs.map((column) => column.track).join(' '));
      grid.style.setProperty('--_min-width', `${this.columnDefs.reduce((sum, column) => sum + column.minWidth, 0)}px`);
    }
    if (this.head && this.body) {
      // Keep header cells above their columns when the body shows a vertical scrollbar.
      this.head.style.paddingInlineEnd = `${this.body.offsetWidth - this.body.clientWidth}px`;
    }
    if (changed.has('query') || changed.has('source')) this.body?.scrollTo({ top: 0 });
    if (changed.has('source')) this.dispatchEvent(new InboxSourceChangeEvent(this.source));
  }

  protected override render(): TemplateResult {
    const store = this.paging.store;
    const error = this.paging.error;
    const firstLoad = !store.started;
    const rowCount = store.total !== undefined ? store.total + 1 : store.done ? store.rows.length + 1 : -1;
    return html`<div class="base" part="base">
        <div class="toolbar" part="toolbar">
          <slot name="toolbar"></slot>
          <span class="count">${store.started ? this.strings.loadedCount(store.rows.length, store.total) : ''}</span>
        </div>
        <div
          class="grid"
          role="grid"
          aria-label=${this.label ?? this.strings.gridLabel}
          aria-rowcount=${rowCount}
          aria-colcount=${this.columnDefs.length}
          aria-busy=${this.paging.loading ? 'true' : 'false'}
          @keydown=${this.onKeyDown}
          @focusin=${this.onFocusIn}
          @focusout=${this.onFocusOut}
        >
          <div class="head" role="rowgroup" part="header">${this.renderHeader()}</div>
          ${firstLoad && !error && this.source ? this.renderSkeleton() : nothing}
          ${store.rows.length > 0 ? this.renderBody() : nothing}
        </div>
        ${store.rows.length === 0 ? this.renderMessage(firstLoad, error) : this.renderStatus(error)}
        <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
      </div>
      <div id=${TOOLTIP_ID} class="tooltip" role="tooltip" popover="manual" part="tooltip"></div>`;
  }

  private renderHeader(): TemplateResult {
    const active = this.gridFocus.columnFor(null);
    return html`<div class="row" role="row" aria-rowindex="1">
      ${this.columnDefs.map(
        (column, index) =>
          html`<div role="columnheader" class="cell c-${column.id}" data-col=${index} tabindex=${index === active ? '0' : '-1'}>
            ${column.iconOnly
              ? html`<span class="sr-only">${this.strings.columns[column.id] ?? column.id}</span>`
              : this.strings.columns[column.id] ?? column.id}
          </div>`,
      )}
    </div>`;
  }

  private renderSkeleton(): TemplateResult {
    return html`<div class="skeleton" role="rowgroup" aria-hidden="true">
      ${Array.from({ length: SKELETON_ROWS }, () => html`<div class="row">${this.columnDefs.map(() => html`<div class="cell"></div>`)}</div>`)}
    </div>`;
  }

  private renderBody(): TemplateResult {
    const columnIds = this.columnDefs.map((column) => column.id);
    return html`<div
      class="body"
      role="rowgroup"
      part="body"
      tabindex="-1"
      @scroll=${this.onBodyScroll}
      @rangeChanged=${this.onRangeChanged}
    >${virtualize({
        items: this.rows as Conversation[],
        scroller: true,
        keyFunction: (conversation: Conversation) => conversation.id,
        renderItem: (conversation: Conversation, index: number) =>
          html`<conversation-row
            embedded
            class="row"
            role="row"
            data-id=${conversation.id}
            aria-rowindex=${index + 2}
            .conversation=${conversation}
            .columns=${columnIds}
            .strings=${this.strings}
            .locale=${this.locale}
            .timeZone=${this.timeZone}
            .detailUrlTemplate=${this.detailUrlTemplate}
            .agentUrlTemplate=${this.agentUrlTemplate}
            .player=${this.player}
            .focusColumn=${this.gridFocus.columnFor(conversation.id)}
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
    // Retrying cannot fix a configuration mistake.
    if (error instanceof InboxError && error.kind === 'config') return nothing;
    return html`<button type="button" class="action" @click=${() => this.retry()}>${this.strings.retry}</button>`;
  }
}
