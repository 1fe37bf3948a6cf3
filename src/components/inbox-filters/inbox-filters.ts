import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { InboxPageLoadEvent, InboxQueryChangeEvent, InboxSourceChangeEvent } from '../../events.js';
import { initialSelection, readStoredSelection, storeSelection } from '../../data/query-storage.js';
import {
  DEFAULT_URL_PREFIX,
  replaceSelectionInSearch,
  selectionFromParams,
  selectionToParams,
  type FilterSelection,
  type ReadContext,
} from '../../data/query-url.js';
import {
  draftFromSelection,
  parseDraft,
  supportedSelection,
  type DraftErrors,
  type DraftResult,
  type ErrorGroup,
  type FilterDraft,
} from '../../data/query-validation.js';
import type { Channel, FilterKey, InboxDataSource, InboxQuery, NamedOption } from '../../data/types.js';
import { DATE_PRESETS } from '../../format/date-presets.js';
import { counter } from '../../format/count.js';
import { titleCase } from '../../format/text.js';
import type { InboxTable } from '../inbox-table/inbox-table.js';
import { filterChips, type FilterChip } from './filter-chips.js';
import { PickerOptionsController } from './picker-options-controller.js';
import { DEFAULT_FILTER_STRINGS, type FilterStrings } from './filter-strings.js';
import { filterStyles } from './inbox-filters.styles.js';
import { findTable } from '../shared/find-table.js';
import { defineElement } from '../define.js';
import type { InboxFilterDialog } from '../inbox-filter-dialog/inbox-filter-dialog.js';
import { lazy } from '../../data/lazy.js';
import { NarrowController } from '../shared/narrow-controller.js';
import { InboxElement } from '../shared/inbox-element.js';
import { isolateValues } from '../shared/isolate.js';
import { themeStyles } from '../shared/theme.styles.js';
import { visuallyHidden } from '../shared/visually-hidden.styles.js';

/** Filters applied as the user types, shown outside the panel. */
const TEXT_FILTERS = ['search', 'callerId'] as const;
type TextFilter = (typeof TEXT_FILTERS)[number];
/** The full-height dialog of narrow widths, loaded the first time it opens. */
const filterDialog = lazy(() => import('../inbox-filter-dialog/inbox-filter-dialog.js'));
/** Statuses never offered (Anyreach web sessions that never started). */
const HIDDEN_STATUSES = new Set(['token_created']);

declare global {
  interface HTMLElementTagNameMap {
    'inbox-filters': InboxFilters;
  }
}

/**
 * Filters for an `<inbox-table>`: every filter the table's data source supports, active filters as
 * removable chips, optionally mirrored to the page URL and remembered per organization.
 *
 * Zero glue: place it in the table's toolbar slot, or point it at a table by id.
 *
 * ```html
 * <inbox-table id="inbox"><inbox-filters slot="toolbar" sync-url persist></inbox-filters></inbox-table>
 * <inbox-filters for="inbox"></inbox-filters>
 * ```
 *
 * Without a table, give it a `source` and set the query yourself from `inbox-query-change`.
 *
 * Below the table's `--inbox-card-breakpoint` (its own width without a table) the panel opens as a
 * full-height modal dialog with Apply and Reset always in view, and the chips scroll sideways in one line.
 *
 * @summary Filters, search and chips that drive an inbox table's query.
 *
 * @fires inbox-query-change - Filters were applied; `query` is the new `InboxQuery` (already set on
 *   the table when there is one).
 *
 * @slot - Extra controls for the end of the filter bar, e.g. a host's export button.
 *
 * @csspart base - The filter bar.
 * @csspart toggle - The button opening the filter panel.
 * @csspart chips - The list of active filters.
 * @csspart chip - One active filter.
 * @csspart panel - The filter panel (a form).
 * @csspart apply - The Apply button.
 * @csspart reset - The Reset button.
 *
 * @cssprop --inbox-font-family - Font family (default: the page's).
 * @cssprop --inbox-text-color - Text colour.
 * @cssprop --inbox-muted-color - Hints and labels.
 * @cssprop --inbox-border-color - Field and panel borders.
 * @cssprop --inbox-background - Panel and field background.
 * @cssprop --inbox-focus-color - Focus ring colour.
 * @cssprop --inbox-accent-color - Apply button and active badge.
 * @cssprop --inbox-error-color - Validation messages.
 * @cssprop --inbox-chip-background - Chip background.
 * @cssprop --inbox-radius - Corner radius.
 */
export class InboxFilters extends InboxElement {
  static override styles = [themeStyles, visuallyHidden, filterStyles];

  /** Id of the `<inbox-table>` to drive, when the filters are not inside its toolbar slot. */
  @property({ reflect: true }) for?: string;

  /** The data source, when there is no table to read it from. */
  @property({ attribute: false }) source?: InboxDataSource;

  /** Agents to offer; by default the source's `listAgents()`. */
  @property({ attribute: false }) agents?: readonly NamedOption[];

  /** Team members to offer as assignees; by default the source's `listAssignees()`. */
  @property({ attribute: false }) assignees?: readonly NamedOption[];

  /** IANA time zone for date presets and ranges; the table's, else the viewer's. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** BCP 47 locale for dates in chips; the table's, else the browser's. */
  @property() locale?: string;

  /** Mirror the applied filters to the page URL (and restore them from it, and on back/forward). */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Prefix of the URL parameters, so the page's own parameters stay untouched. */
  @property({ attribute: 'url-prefix' }) urlPrefix = DEFAULT_URL_PREFIX;

  /** Remember the applied filters in `localStorage`, per organization (the source's `id`). */
  @property({ type: Boolean }) persist = false;

  /** Milliseconds of pause in typing after which the search and caller texts apply (Enter applies at once). */
  @property({ type: Number, attribute: 'typing-delay' }) typingDelay = 300;

  /** Whether the filter panel is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** User-visible strings (an `InboxStrings`, of which it reads `filters`); the table's when unset, else English. */
  @property({ attribute: false }) strings?: { filters: FilterStrings };

  /** This element's section of the strings. */
  private get text(): FilterStrings {
    return (this.strings ?? this.table?.strings)?.filters ?? DEFAULT_FILTER_STRINGS;
  }

  /** The table's source, as of its last change. */
  @state() private tableSource?: InboxDataSource;
  @state() private applied: FilterSelection = { query: {} };
  @state() private draft: FilterDraft = draftFromSelection({ query: {} });
  @state() private errors: DraftErrors = {};
  @state() private agentSearch = '';
  @state() private assigneeSearch = '';
  /** Set once the agent and assignee lists are needed; they stay loaded after. */
  @state() private listsWanted = false;

  private table?: InboxTable;
  /** The `id` of the source whose selection is loaded; another id is another organization. */
  private loadedSourceId?: string;
  private typingTimer?: ReturnType<typeof setTimeout>;

  /** Lists load once someone may need them (see `listsWanted`). */
  private readonly agentChoices = new PickerOptionsController(this, {
    method: 'listAgents',
    given: () => this.agents,
    source: () => this.supportedSource('agentId'),
    wanted: () => this.listsWanted,
    person: (conversation) => conversation.agent,
  });
  private readonly assigneeChoices = new PickerOptionsController(this, {
    method: 'listAssignees',
    given: () => this.assignees,
    source: () => this.supportedSource('assigneeId'),
    wanted: () => this.listsWanted,
    person: (conversation) => conversation.assignee,
  });

  /** Below the card breakpoint (the table's width, else its own) the panel is a full-height dialog. */
  private readonly width: NarrowController = new NarrowController(this, (): Element => this.table ?? this);

  /** The applied query. */
  get query(): InboxQuery {
    return this.applied.query;
  }

  /** The source in use: the `source` property, else the table's. */
  private get activeSource(): InboxDataSource | undefined {
    return this.source ?? this.tableSource;
  }

  private supportedSource(filter: FilterKey): InboxDataSource | undefined {
    return this.supports(filter) ? this.activeSource : undefined;
  }

  private supports(filter: FilterKey): boolean {
    return this.activeSource?.capabilities.filters.includes(filter) === true;
  }

  private get effectiveLocale(): string | undefined {
    return this.locale ?? this.table?.locale;
  }

  private get effectiveTimeZone(): string | undefined {
    return this.timeZone ?? this.table?.timeZone;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    this.attachTable();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    this.detachTable();
    clearTimeout(this.typingTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('for') && this.isConnected) this.attachTable();
    if (changed.has('source') || changed.has('tableSource')) this.loadSource();
    // The panel is open, or a chip names an agent or assignee.
    const { agentId, assigneeId } = this.applied.query;
    if (this.open || agentId !== undefined || assigneeId !== undefined) this.listsWanted = true;
    // Narrowed while open: the dialog is needed now.
    if (this.open && this.width.narrow && !this.dialogReady) void this.loadDialog();
  }

  // ---- wiring ----

  private attachTable(): void {
    const target = findTable(this, this.for);
    if (target === this.table) return;
    this.detachTable();
    if (!target) return;
    this.table = target;
    this.table.addEventListener(InboxSourceChangeEvent.type, this.onTableSourceChange);
    this.table.addEventListener(InboxQueryChangeEvent.type, this.onTableQueryChange);
    this.table.addEventListener(InboxPageLoadEvent.type, this.onTablePageLoad);
    this.tableSource = this.table.source;
    this.onTablePageLoad();
    // Before the table's first render, so its first request already carries the restored filters.
    this.loadSource();
  }

  private detachTable(): void {
    this.table?.removeEventListener(InboxSourceChangeEvent.type, this.onTableSourceChange);
    this.table?.removeEventListener(InboxQueryChangeEvent.type, this.onTableQueryChange);
    this.table?.removeEventListener(InboxPageLoadEvent.type, this.onTablePageLoad);
    this.table = undefined;
  }

  private readonly onTableSourceChange = (): void => {
    this.tableSource = this.table?.source;
    // At once, so the table's next request already carries this organization's filters.
    this.loadSource();
  };

  /** The table set its query ("Clear filters", a header's sort); show it. A date preset stays while the dates do. */
  private readonly onTableQueryChange = (event: InboxQueryChangeEvent): void => {
    if (event.target !== this.table) return;
    const { query, datePreset } = this.applied;
    const sameDates = event.query.createdAfter === query.createdAfter && event.query.createdBefore === query.createdBefore;
    this.commit({ query: event.query, ...(sameDates && datePreset ? { datePreset } : {}) }, { history: 'push', emit: false });
  };

  /** Pickers without a complete list offer the people of loaded rows. */
  private readonly onTablePageLoad = (): void => {
    const rows = this.table?.rows ?? [];
    this.agentChoices.see(rows);
    this.assigneeChoices.see(rows);
  };

  private readonly onPopState = (): void => {
    const source = this.activeSource;
    if (!this.syncUrl || !source) return;
    this.commit(supportedSelection(this.readUrl() ?? { query: {} }, source.capabilities), { history: 'none' });
  };

  /**
   * Starts from the URL, else the organization's remembered filters, else the defaults (the
   * table's query) when the source first arrives; another organization starts from its own
   * remembered filters, never this one's.
   */
  private loadSource(): void {
    const source = this.activeSource;
    if (!source) return;
    if (source.id === this.loadedSourceId) {
      // Same organization, maybe new capabilities: keep what it still supports.
      this.commit(supportedSelection(this.applied, source.capabilities), { history: 'replace' });
      return;
    }
    const first = this.loadedSourceId === undefined;
    this.loadedSourceId = source.id;
    const context = this.readContext();
    const fromUrl = first && this.syncUrl ? this.readUrl() : undefined;
    const stored = this.persist ? readStoredSelection(source.id, context) : undefined;
    const defaults = { query: first ? (this.table?.query ?? {}) : {} };
    this.commit(supportedSelection(initialSelection(fromUrl, stored, defaults), source.capabilities), { history: 'replace' });
  }

  private readContext(): ReadContext {
    return { now: new Date(), timeZone: this.effectiveTimeZone };
  }

  private readUrl(): FilterSelection | undefined {
    return selectionFromParams(new URLSearchParams(location.search), this.readContext(), this.urlPrefix);
  }

  /**
   * Makes `selection` the applied one: the table gets the query, listeners get the event, the URL
   * and storage follow. `keepDraft` leaves unapplied edits in the form alone (typing applies
   * only the text).
   */
  private commit(
    selection: FilterSelection,
    { history, emit = true, keepDraft = false }: { history: 'push' | 'replace' | 'none'; emit?: boolean; keepDraft?: boolean },
  ): void {
    const changed = selectionKey(selection) !== selectionKey(this.applied);
    this.applied = selection;
    if (!keepDraft) {
      this.draft = draftFromSelection(selection, this.effectiveTimeZone);
      this.errors = {};
    }
    if (this.table && queryKey(this.table.query) !== queryKey(selection.query)) this.table.query = selection.query;
    if (changed && emit) this.dispatchEvent(new InboxQueryChangeEvent(selection.query));
    const source = this.activeSource;
    if (changed && this.persist && source) storeSelection(source.id, selection);
    if (this.syncUrl && history !== 'none') this.writeUrl(selection, history);
  }

  private writeUrl(selection: FilterSelection, history: 'push' | 'replace'): void {
    const search = replaceSelectionInSearch(location.search, selection, this.urlPrefix);
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    if (history === 'push') window.history.pushState(window.history.state, '', url);
    else window.history.replaceState(window.history.state, '', url);
  }

  // ---- user actions ----

  private setDraft<K extends keyof FilterDraft>(field: K, value: FilterDraft[K]): void {
    this.draft = { ...this.draft, [field]: value };
    // Once messages show, they follow the edits.
    if (Object.keys(this.errors).length) this.errors = this.parse().errors ?? {};
  }

  private parse(): DraftResult {
    const { labels, errors } = this.text;
    return parseDraft(this.draft, this.applied, {
      ...this.readContext(),
      labels: { duration: labels.duration, userTurns: labels.userTurns, date: labels.date },
      messages: errors,
    });
  }

  private onTextInput(field: TextFilter, event: Event): void {
    this.setDraft(field, (event.target as HTMLInputElement).value);
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.applyText(), this.typingDelay);
  }

  private onTextKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    this.applyText();
  }

  /** Applies the typed text on top of the applied filters, leaving other edits pending. */
  private applyText(): void {
    clearTimeout(this.typingTimer);
    const query: Record<string, unknown> = { ...this.applied.query };
    for (const field of TEXT_FILTERS) {
      const value = this.draft[field].trim();
      if (this.supports(field) && value !== '') query[field] = value;
      else delete query[field];
    }
    this.commit({ ...this.applied, query }, { history: 'replace', keepDraft: true });
  }

  private async onApply(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    clearTimeout(this.typingTimer);
    const result = this.parse();
    if (result.errors) {
      this.errors = result.errors;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.commit(result.selection, { history: 'push' });
    this.open = false;
    await this.updateComplete;
    this.focusToggle();
  }

  private onReset(): void {
    clearTimeout(this.typingTimer);
    this.agentSearch = '';
    this.assigneeSearch = '';
    this.commit({ query: {} }, { history: 'push' });
  }

  private async removeChip(chip: FilterChip, index: number): Promise<void> {
    this.commit(chip.without, { history: 'push' });
    await this.updateComplete;
    // Keep keyboard users in the list: the next chip, else the previous, else the toggle.
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('.chip button')];
    (buttons[Math.min(index, buttons.length - 1)] ?? this.toggleButton())?.focus();
  }

  private async clearAll(): Promise<void> {
    const { sort } = this.applied.query;
    this.commit({ query: sort === undefined ? {} : { sort } }, { history: 'push' });
    await this.updateComplete;
    this.focusToggle();
  }

  /** Whether the dialog element is loaded and defined. */
  private get dialogReady(): boolean {
    return filterDialog.value !== undefined;
  }

  /** Loads and defines the dialog; if its chunk cannot be fetched, the panel shows inline as on a wide screen. */
  private async loadDialog(): Promise<void> {
    try {
      const { InboxFilterDialog } = await filterDialog.load();
      defineElement('inbox-filter-dialog', InboxFilterDialog);
      this.requestUpdate();
    } catch {
      // The inline panel stays usable.
    }
  }

  private async togglePanel(): Promise<void> {
    if (!this.open && this.width.narrow) await this.loadDialog();
    this.open = !this.open;
    if (this.open) {
      // Edits left unapplied last time are dropped; text being typed is not.
      const { search, callerId } = this.draft;
      this.draft = { ...draftFromSelection(this.applied, this.effectiveTimeZone), search, callerId };
      this.errors = {};
      await this.updateComplete;
      // A dialog shows (and takes focus) in its own update.
      await this.renderRoot.querySelector<InboxFilterDialog>('inbox-filter-dialog')?.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#panel :is(input, select)')?.focus();
    }
  }

  private onPanelKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.closePanel();
  }

  private toggleButton(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.toggle') ?? this.renderRoot.querySelector<HTMLElement>('.quick input');
  }

  private focusToggle(): void {
    void this.updateComplete.then(() => this.toggleButton()?.focus());
  }

  // ---- rendering ----

  protected override render(): TemplateResult | typeof nothing {
    const source = this.activeSource;
    if (!source) return nothing;
    const chips = filterChips(this.applied, {
      strings: this.text,
      agents: this.agentChoices.options,
      assignees: this.assigneeChoices.options,
      timeZone: this.effectiveTimeZone,
      locale: this.effectiveLocale,
    });
    const panelFilters = source.capabilities.filters.filter((filter) => !(TEXT_FILTERS as readonly string[]).includes(filter));
    const hasPanel = panelFilters.length > 0 || source.capabilities.sorts.length > 1;
    return html`<div class="bar ${this.width.narrow ? 'narrow' : ''}" part="base" role="search" aria-label=${this.text.label}>
      <div class="quick">
        ${TEXT_FILTERS.filter((field) => this.supports(field)).map((field) => this.renderTextFilter(field))}
        ${hasPanel ? this.renderToggle(chips.length) : nothing}
        <slot></slot>
      </div>
      ${chips.length ? this.renderChips(chips) : nothing}
      ${hasPanel ? (this.width.narrow && this.dialogReady ? this.renderDialog() : this.renderPanel()) : nothing}
    </div>`;
  }

  private renderTextFilter(field: TextFilter): TemplateResult {
    const placeholder = field === 'search' ? this.text.searchPlaceholder : this.text.callerPlaceholder;
    return html`<div class="field">
      <label for="q-${field}">${this.text.labels[field]}</label>
      <input
        id="q-${field}"
        type="search"
        autocomplete="off"
        placeholder=${placeholder}
        .value=${live(this.draft[field])}
        @input=${(event: Event) => this.onTextInput(field, event)}
        @keydown=${this.onTextKeyDown}
      />
    </div>`;
  }

  private renderToggle(active: number): TemplateResult {
    return html`<button
      type="button"
      class="toggle"
      part="toggle"
      aria-expanded=${this.open ? 'true' : 'false'}
      aria-controls="panel"
      @click=${this.togglePanel}
    >
      ${this.text.toggle}
      ${active ? html`<span class="badge">${counter(this.effectiveLocale)(active)}</span><span class="sr-only"> ${this.text.active}</span>` : nothing}
    </button>`;
  }

  private renderChips(chips: FilterChip[]): TemplateResult {
    return html`<ul class="chips" part="chips" aria-label=${this.text.activeFilters}>
      ${chips.map(
        (chip, index) => html`<li class="chip" part="chip">
          <span dir="auto">${isolateValues((value) => this.text.chip(chip.label, value), chip.value)}</span>
          <button type="button" aria-label=${this.text.removeFilter(chip.text)} @click=${() => this.removeChip(chip, index)}>
            <span aria-hidden="true">×</span>
          </button>
        </li>`,
      )}
      <li><button type="button" class="clear" @click=${this.clearAll}>${this.text.clearAll}</button></li>
    </ul>`;
  }

  /** The panel as a full-height dialog: a heading with Close, the fields scrolling, Apply and Reset always in view. */
  private renderDialog(): TemplateResult | typeof nothing {
    if (!this.open) return nothing;
    return html`<inbox-filter-dialog .open=${this.open} .anchor=${this.table ?? this} label=${this.text.panel} @inbox-filter-dialog-close=${this.onDialogClose}>
      ${this.renderPanel(html`<div class="panel-head">
        <h2>${this.text.panel}</h2>
        <button type="button" class="close" aria-label=${this.text.closePanel} @click=${this.closePanel}><span aria-hidden="true">×</span></button>
      </div>`)}
    </inbox-filter-dialog>`;
  }

  private onDialogClose(event: Event): void {
    event.stopPropagation();
    this.closePanel();
  }

  private closePanel(): void {
    this.open = false;
    this.focusToggle();
  }

  private renderPanel(head: TemplateResult | typeof nothing = nothing): TemplateResult {
    const strings = this.text;
    const inDialog = head !== nothing;
    return html`<form id="panel" class="panel ${inDialog ? 'in-dialog' : ''}" part="panel" aria-label=${strings.panel} ?hidden=${!this.open && !inDialog} novalidate @submit=${this.onApply} @keydown=${this.onPanelKeyDown}>
      ${head}
      <div class="fields">
        ${this.supports('direction')
          ? this.renderSelect('direction', strings.labels.direction, ['inbound', 'outbound'], (value) => strings.directions[value] ?? value)
          : nothing}
        ${this.supports('channels') ? this.renderChannels() : nothing}
        ${this.supports('status')
          ? this.renderSelect(
              'status',
              strings.labels.status,
              this.activeSource!.capabilities.statuses.filter((status) => !HIDDEN_STATUSES.has(status)),
              (value) => strings.statuses[value] ?? titleCase(value),
            )
          : nothing}
        ${this.supports('priority')
          ? this.renderSelect('priority', strings.labels.priority, Object.keys(strings.priorities), (value) => strings.priorities[value] ?? value)
          : nothing}
        ${this.supports('agentId')
          ? this.renderPicker('agentId', strings.labels.agentId, strings.findAgent, this.agentChoices, 'agentSearch')
          : nothing}
        ${this.supports('assigneeId')
          ? this.renderPicker('assigneeId', strings.labels.assigneeId, strings.findAssignee, this.assigneeChoices, 'assigneeSearch')
          : nothing}
        ${this.supports('campaign') ? this.renderInput('campaign', strings.labels.campaign) : nothing}
        ${this.supports('customerId') ? this.renderInput('customerId', strings.labels.customerId) : nothing}
        ${this.supports('tags') ? this.renderInput('tags', strings.labels.tags, strings.tagsHint) : nothing}
        ${this.supports('durationMin') || this.supports('durationMax') ? this.renderBounds('duration', 'durationMin', 'durationMax') : nothing}
        ${this.supports('userTurnsMin') || this.supports('userTurnsMax') ? this.renderBounds('userTurns', 'userTurnsMin', 'userTurnsMax') : nothing}
        ${this.supports('createdAfter') || this.supports('createdBefore') ? this.renderDates() : nothing}
        ${this.activeSource!.capabilities.sorts.length > 1 ? this.renderSort() : nothing}
      </div>
      <div class="actions">
        <button type="submit" class="primary" part="apply">${strings.apply}</button>
        <button type="button" part="reset" @click=${this.onReset}>${strings.reset}</button>
      </div>
    </form>`;
  }

  private onChange<K extends keyof FilterDraft>(field: K) {
    return (event: Event) => this.setDraft(field, (event.target as HTMLInputElement).value as FilterDraft[K]);
  }

  private renderSelect(field: keyof FilterDraft, label: string, values: readonly string[], show: (value: string) => string): TemplateResult {
    const current = String(this.draft[field]);
    return html`<div class="field">
      <label for="f-${field}">${label}</label>
      <select id="f-${field}" @change=${this.onChange(field)}>
        <option value="" .selected=${live(current === '')}>${this.text.all}</option>
        ${values.map((value) => html`<option value=${value} .selected=${live(current === value)}>${show(value)}</option>`)}
      </select>
    </div>`;
  }

  private renderInput(field: 'campaign' | 'customerId' | 'tags', label: string, hint?: string): TemplateResult {
    return html`<div class="field">
      <label for="f-${field}">${label}</label>
      <input
        id="f-${field}"
        type="text"
        autocomplete="off"
        aria-describedby=${hint ? `f-${field}-hint` : nothing}
        .value=${live(this.draft[field])}
        @input=${this.onChange(field)}
      />
      ${hint ? html`<span id="f-${field}-hint" class="hint">${hint}</span>` : nothing}
    </div>`;
  }

  /** One channel at a time as a list; several as checkboxes. */
  private renderChannels(): TemplateResult {
    const { channels, maxChannels } = this.activeSource!.capabilities;
    const label = (channel: string) => this.text.channels[channel] ?? channel;
    if (maxChannels === 1) {
      return html`<div class="field">
        <label for="f-channels">${this.text.labels.channels}</label>
        <select id="f-channels" @change=${(event: Event) => this.setChannels((event.target as HTMLSelectElement).value)}>
          <option value="" .selected=${live(this.draft.channels.length === 0)}>${this.text.all}</option>
          ${channels.map((channel) => html`<option value=${channel} .selected=${live(this.draft.channels[0] === channel)}>${label(channel)}</option>`)}
        </select>
      </div>`;
    }
    return html`<fieldset class="group">
      <legend>${this.text.labels.channels}</legend>
      ${channels.map(
        (channel) => html`<label class="check">
          <input
            type="checkbox"
            value=${channel}
            .checked=${live(this.draft.channels.includes(channel))}
            @change=${(event: Event) => this.toggleChannel(channel, (event.target as HTMLInputElement).checked)}
          />
          ${label(channel)}
        </label>`,
      )}
    </fieldset>`;
  }

  private setChannels(value: string): void {
    this.setDraft('channels', value === '' ? [] : [value as Channel]);
  }

  private toggleChannel(channel: Channel, checked: boolean): void {
    const others = this.draft.channels.filter((item) => item !== channel);
    this.setDraft('channels', checked ? [...others, channel] : others);
  }

  /**
   * A searchable list: typing in the find box narrows the options; the chosen one always stays. A
   * partial list (people seen in loaded rows) says so, and also offers the typed text as an id.
   */
  private renderPicker(
    field: 'agentId' | 'assigneeId',
    label: string,
    findLabel: string,
    choices: PickerOptionsController,
    searchState: 'agentSearch' | 'assigneeSearch',
  ): TemplateResult {
    const current = this.draft[field];
    const { shown, missing, noMatches } = choices.offered(this[searchState], current, this.text.useTypedId);
    const status = choices.failed ? this.text.listFailed : noMatches ? this.text.noMatches : '';
    // Long names are cut to the field's width; the full name shows on hover.
    const chosenName = shown.find((option) => option.id === current)?.name ?? current;
    return html`<fieldset class="group picker">
      <legend>${label}</legend>
      <label for="f-${field}-find">${findLabel}</label>
      <input
        id="f-${field}-find"
        type="search"
        autocomplete="off"
        aria-describedby="f-${field}-status${choices.partial ? ` f-${field}-partial` : ''}"
        .value=${live(this[searchState])}
        @input=${(event: Event) => (this[searchState] = (event.target as HTMLInputElement).value)}
      />
      <label for="f-${field}">${label}</label>
      <select id="f-${field}" title=${chosenName || nothing} @change=${this.onChange(field)}>
        <option value="" .selected=${live(current === '')}>${this.text.all}</option>
        ${missing ? html`<option value=${current} selected>${current}</option>` : nothing}
        ${shown.map((option) => html`<option value=${option.id} title=${option.name} .selected=${live(option.id === current)}>${option.name}</option>`)}
      </select>
      <span id="f-${field}-status" class="hint" role="status">${status}</span>
      ${choices.partial ? html`<span id="f-${field}-partial" class="hint">${this.text.partialList}</span>` : nothing}
    </fieldset>`;
  }

  private renderBounds(group: ErrorGroup, minField: 'durationMin' | 'userTurnsMin', maxField: 'durationMax' | 'userTurnsMax'): TemplateResult {
    const error = this.errors[group];
    const input = (field: typeof minField | typeof maxField, label: string) => html`<div class="field">
      <label for="f-${field}">${label}</label>
      <input
        id="f-${field}"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        aria-invalid=${error?.fields.includes(field) ? 'true' : 'false'}
        aria-describedby=${error ? `${group}-error` : nothing}
        .value=${live(this.draft[field])}
        @input=${this.onChange(field)}
      />
    </div>`;
    return html`<fieldset class="group bounds">
      <legend>${this.text.labels[group]}</legend>
      ${this.supports(minField) ? input(minField, this.text.minimum) : nothing}
      ${this.supports(maxField) ? input(maxField, this.text.maximum) : nothing}
      ${this.renderError(group)}
    </fieldset>`;
  }

  private renderDates(): TemplateResult {
    const error = this.errors.date;
    const { presets } = this.text;
    const date = (field: 'dateFrom' | 'dateTo', label: string) => html`<div class="field">
      <label for="f-${field}">${label}</label>
      <input
        id="f-${field}"
        type="date"
        aria-invalid=${error?.fields.includes(field) ? 'true' : 'false'}
        aria-describedby=${error ? 'date-error' : nothing}
        .value=${live(this.draft[field])}
        @input=${this.onChange(field)}
      />
    </div>`;
    return html`<fieldset class="group dates">
      <legend>${this.text.labels.date}</legend>
      <div class="field">
        <label for="f-date">${this.text.period}</label>
        <select id="f-date" @change=${this.onChange('date')}>
          <option value="" .selected=${live(this.draft.date === '')}>${presets.any}</option>
          ${DATE_PRESETS.map((preset) => html`<option value=${preset} .selected=${live(this.draft.date === preset)}>${presets[preset]}</option>`)}
          <option value="custom" .selected=${live(this.draft.date === 'custom')}>${presets.custom}</option>
        </select>
      </div>
      ${this.draft.date === 'custom' ? html`${date('dateFrom', this.text.from)}${date('dateTo', this.text.to)}` : nothing}
      ${this.renderError('date')}
    </fieldset>`;
  }

  private renderSort(): TemplateResult {
    const { sorts, defaultSort } = this.activeSource!.capabilities;
    const current = this.draft.sort || defaultSort;
    return html`<div class="field">
      <label for="f-sort">${this.text.labels.sort}</label>
      <select id="f-sort" @change=${this.onChange('sort')}>
        ${sorts.map((sort) => html`<option value=${sort} .selected=${live(current === sort)}>${this.text.sorts[sort]}</option>`)}
      </select>
    </div>`;
  }

  private renderError(group: ErrorGroup): TemplateResult | typeof nothing {
    const error = this.errors[group];
    return error ? html`<p id="${group}-error" class="error">${error.message}</p>` : nothing;
  }

}

/** Equal for equal selections: their URL form, which has a fixed order. */
function selectionKey(selection: FilterSelection): string {
  return new URLSearchParams(selectionToParams(selection, '')).toString();
}

function queryKey(query: InboxQuery): string {
  return selectionKey({ query });
}
