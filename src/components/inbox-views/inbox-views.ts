import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { InboxLiveUpdateEvent, InboxPageLoadEvent, InboxQueryChangeEvent, InboxSourceChangeEvent } from '../../events.js';
import { builtInViews, moveView, newViewId, queryKey, readStoredViews, storeViews, type InboxView } from '../../data/views.js';
import type { InboxDataSource, InboxQuery } from '../../data/types.js';
import { counter } from '../../format/count.js';
import type { InboxTable } from '../inbox-table/inbox-table.js';
import { findTable } from '../shared/find-table.js';
import { InboxElement } from '../shared/inbox-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { visuallyHidden } from '../shared/visually-hidden.styles.js';
import { ViewCountsController } from './view-counts-controller.js';
import type { ViewEditEvent } from './view-edit-event.js';
import { DEFAULT_VIEW_STRINGS, type ViewStrings } from './view-strings.js';
import { viewStyles } from './inbox-views.styles.js';

declare global {
  interface HTMLElementTagNameMap {
    'inbox-views': InboxViews;
  }
}

/**
 * Saved views for an `<inbox-table>`: built-in views from what the source can filter, the user's
 * own (saved from the current filters, renamed, deleted, reordered), each with its count where the
 * source reports totals.
 *
 * ```html
 * <inbox-table id="inbox"><inbox-views slot="toolbar" persist sync-url></inbox-views></inbox-table>
 * <inbox-views for="inbox"></inbox-views>
 * ```
 *
 * @summary Saved views with counts that drive an inbox table's query.
 *
 * @fires inbox-query-change - A view was chosen; `query` is its query (already set on the table).
 *
 * @csspart base - The list of views (a navigation landmark).
 * @csspart view - One view's button.
 * @csspart count - A view's count.
 * @csspart modified - The "Modified" mark and its Save buttons.
 * @csspart editor - The form that names, renames, deletes and reorders views.
 *
 * @cssprop --inbox-text-color - Text colour.
 * @cssprop --inbox-muted-color - Counts.
 * @cssprop --inbox-border-color - Button borders.
 * @cssprop --inbox-accent-color - The active view.
 * @cssprop --inbox-focus-color - Focus ring colour.
 * @cssprop --inbox-radius - Corner radius.
 */
export class InboxViews extends InboxElement {
  static override styles = [themeStyles, visuallyHidden, viewStyles];

  /** Id of the `<inbox-table>` to drive, when the views are not inside its toolbar slot. */
  @property({ reflect: true }) for?: string;

  /** The data source, when there is no table to read it from. */
  @property({ attribute: false }) source?: InboxDataSource;

  /** The views offered before the user's own; the source's built-in views when unset. */
  @property({ attribute: false }) views?: readonly InboxView[];

  /** Remember the user's own views in `localStorage`, per organization (the source's `id`). */
  @property({ type: Boolean }) persist = false;

  /** Put the active view's id in the page URL (and start from the view it names). */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Name of the URL parameter holding the active view's id. */
  @property({ attribute: 'url-param' }) urlParam = 'inbox-view';

  /** BCP 47 locale for counts; the table's, else the browser's. */
  @property() locale?: string;

  /** User-visible strings (an `InboxStrings`, of which it reads `views`); the table's when unset, else English. */
  @property({ attribute: false }) strings?: { views?: ViewStrings };

  /** The clock of the count refreshes; tests give a fake one. */
  @property({ attribute: false }) now: () => number = Date.now;

  @state() private tableSource?: InboxDataSource;
  @state() private ownViews: InboxView[] = [];
  /** The view the user chose; the view matching the query when none was chosen. */
  @state() private chosenId?: string;
  @state() private currentQuery: InboxQuery = {};
  @state() private editing?: 'new' | 'manage';

  private table?: InboxTable;
  private loadedSourceId?: string;
  private readonly counts = new ViewCountsController(this, {
    source: () => this.activeSource,
    queries: () => this.allViews.map((view) => view.query),
    now: () => this.now(),
  });

  private get text(): ViewStrings {
    return (this.strings ?? this.table?.strings)?.views ?? DEFAULT_VIEW_STRINGS;
  }

  private get activeSource(): InboxDataSource | undefined {
    return this.source ?? this.tableSource;
  }

  /** Every view shown, in order: the built-in (or host's) views, then the user's own. */
  get allViews(): readonly InboxView[] {
    const source = this.activeSource;
    const first = this.views ?? (source ? builtInViews(source) : []);
    return [...first, ...this.ownViews];
  }

  /** The active view: the chosen one, else the first whose query is the current one. */
  get activeView(): InboxView | undefined {
    const views = this.allViews;
    const key = queryKey(this.currentQuery);
    return views.find((view) => view.id === this.chosenId) ?? views.find((view) => queryKey(view.query) === key);
  }

  /** Whether the filters were edited on top of the active view. */
  get modified(): boolean {
    const view = this.activeView;
    return view !== undefined && queryKey(view.query) !== queryKey(this.currentQuery);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.attachTable();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.detachTable();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('for') && this.isConnected) this.attachTable();
    if (changed.has('source') || changed.has('tableSource')) this.loadSource();
  }

  // ---- wiring ----

  private attachTable(): void {
    const target = findTable(this, this.for);
    if (target === this.table) return;
    this.detachTable();
    if (!target) return;
    this.table = target;
    target.addEventListener(InboxSourceChangeEvent.type, this.onTableSourceChange);
    target.addEventListener(InboxQueryChangeEvent.type, this.onTableChange);
    target.addEventListener(InboxPageLoadEvent.type, this.onTableChange);
    target.addEventListener(InboxLiveUpdateEvent.type, this.onLiveUpdate);
    this.tableSource = target.source;
    this.currentQuery = target.query;
    this.loadSource();
  }

  private detachTable(): void {
    this.table?.removeEventListener(InboxSourceChangeEvent.type, this.onTableSourceChange);
    this.table?.removeEventListener(InboxQueryChangeEvent.type, this.onTableChange);
    this.table?.removeEventListener(InboxPageLoadEvent.type, this.onTableChange);
    this.table?.removeEventListener(InboxLiveUpdateEvent.type, this.onLiveUpdate);
    this.table = undefined;
  }

  private readonly onTableSourceChange = (): void => {
    this.tableSource = this.table?.source;
  };

  /** The filters (or the table's "Clear filters") changed the query, or a page of it arrived. */
  private readonly onTableChange = (): void => {
    if (this.table && queryKey(this.table.query) !== queryKey(this.currentQuery)) this.followQuery(this.table.query);
    this.counts.refresh();
  };

  /**
   * A view whose query is exactly the new one becomes active; otherwise the active view stays,
   * shown as modified (filters edited on top of it).
   */
  private followQuery(query: InboxQuery): void {
    const key = queryKey(query);
    this.chosenId = this.allViews.find((view) => queryKey(view.query) === key)?.id ?? this.activeView?.id;
    this.currentQuery = query;
    this.writeUrl();
  }

  private readonly onLiveUpdate = (): void => this.counts.refresh({ force: true });

  /** Another organization: its own views, and the view the URL names, if any. */
  private loadSource(): void {
    const source = this.activeSource;
    if (!source || source.id === this.loadedSourceId) return;
    const first = this.loadedSourceId === undefined;
    this.loadedSourceId = source.id;
    this.ownViews = this.persist ? readStoredViews(source.id) : [];
    this.chosenId = undefined;
    const fromUrl = first && this.syncUrl ? new URLSearchParams(location.search).get(this.urlParam) : null;
    const named = this.allViews.find((view) => view.id === fromUrl);
    if (named) this.choose(named);
  }

  // ---- user actions ----

  /** Makes `view` the active one: the table (or the host) gets its query and columns. */
  choose(view: InboxView): void {
    this.chosenId = view.id;
    this.currentQuery = view.query;
    const table = this.table;
    if (table) {
      if (view.columns) table.columns = view.columns;
      table.query = view.query;
      // The table's filters show it, as they show the table's own "Clear filters".
      table.dispatchEvent(new InboxQueryChangeEvent(view.query));
    } else {
      this.dispatchEvent(new InboxQueryChangeEvent(view.query));
    }
    this.writeUrl();
  }

  private writeUrl(): void {
    if (!this.syncUrl) return;
    const params = new URLSearchParams(location.search);
    const id = this.activeView?.id;
    if (id === undefined) params.delete(this.urlParam);
    else params.set(this.urlParam, id);
    const search = params.toString();
    const url = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) window.history.replaceState(window.history.state, '', url);
  }

  /** The current filters (and the table's columns) as a new view of the user's. */
  saveAsNew(name: string): InboxView {
    const columns = this.table?.columns;
    const view: InboxView = { id: newViewId(), name, query: this.currentQuery, ...(columns ? { columns } : {}) };
    this.setOwnViews([...this.ownViews, view]);
    this.choose(view);
    return view;
  }

  /** The current filters saved over the active view (the user's own only). */
  saveActive(): void {
    const active = this.activeView;
    if (!active || active.builtIn) return;
    const saved = { ...active, query: this.currentQuery };
    this.setOwnViews(this.ownViews.map((view) => (view.id === active.id ? saved : view)));
    this.choose(saved);
  }

  rename(id: string, name: string): void {
    this.setOwnViews(this.ownViews.map((view) => (view.id === id ? { ...view, name } : view)));
    if (this.chosenId === id) this.writeUrl();
  }

  delete(id: string): void {
    this.setOwnViews(this.ownViews.filter((view) => view.id !== id));
    if (this.chosenId === id) this.chosenId = undefined;
    this.writeUrl();
  }

  move(id: string, by: -1 | 1): void {
    this.setOwnViews(moveView(this.ownViews, id, by));
  }

  private setOwnViews(views: InboxView[]): void {
    this.ownViews = views;
    const source = this.activeSource;
    if (this.persist && source) storeViews(source.id, views);
    this.counts.refresh();
  }

  /** The editor (naming, renaming, deleting, reordering) loads only once someone opens it. */
  private async openEditor(mode: 'new' | 'manage'): Promise<void> {
    await import('./view-editor.js');
    this.editing = mode;
  }

  private readonly onEdit = (event: ViewEditEvent): void => {
    event.stopPropagation();
    const { change } = event;
    if (change.kind === 'create') this.saveAsNew(change.name);
    else if (change.kind === 'rename') this.rename(change.id, change.name);
    else if (change.kind === 'delete') this.delete(change.id);
    else if (change.kind === 'move') this.move(change.id, change.by);
    if (change.kind === 'create' || change.kind === 'close') this.editing = undefined;
  };

  // ---- rendering ----

  /** A view's name as the user reads it. */
  viewName(view: InboxView): string {
    if (!view.builtIn) return view.name;
    const key = view.id.replace(/^builtin:/, '') as keyof ViewStrings['builtIn'];
    return this.text.builtIn[key] ?? view.name;
  }

  protected override render(): TemplateResult {
    const active = this.activeView;
    const count = counter(this.locale ?? this.table?.locale);
    return html`<nav part="base" aria-label=${this.text.label}>
      <ul class="views">
        ${this.allViews.map((view) => {
          const total = this.counts.get(view.query);
          const current = view.id === active?.id;
          return html`<li>
            <button type="button" part="view" class="view" aria-current=${current ? 'true' : nothing} @click=${() => this.choose(view)}>
              <span dir="auto">${this.viewName(view)}</span>${total === undefined
                ? nothing
                : html` <span class="count" part="count"><span aria-hidden="true">${count(total).text}</span><span class="sr-only">${this.text.count(count(total))}</span></span>`}
            </button>
            ${current && this.modified ? this.renderModified(view) : nothing}
          </li>`;
        })}
      </ul>
      ${this.ownViews.length > 0 ? html`<button type="button" class="manage" @click=${() => this.openEditor('manage')}>${this.text.manage}</button>` : nothing}
      ${this.editing
        ? html`<inbox-view-editor
            part="editor"
            .mode=${this.editing}
            .views=${this.ownViews}
            .strings=${this.text}
            @inbox-view-edit=${this.onEdit}
          ></inbox-view-editor>`
        : nothing}
    </nav>`;
  }

  private renderModified(view: InboxView): TemplateResult {
    return html`<span class="modified" part="modified">
      <span class="mark" dir="auto">${this.text.modified}</span>
      ${view.builtIn ? nothing : html`<button type="button" @click=${() => this.saveActive()}>${this.text.save}</button>`}
      <button type="button" @click=${() => this.openEditor('new')}>${this.text.saveAsNew}</button>
    </span>`;
  }
}
