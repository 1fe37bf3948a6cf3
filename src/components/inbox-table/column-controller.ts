/**
 * The table's column model: which columns show in what order (the host's or source's set, as the
 * user changed it), their widths (fitted to the first page's text, or set by the user), the sort
 * each header offers, the column kept in view, and the state a host or `persist` keeps.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { ActionKind, Conversation, InboxDataSource, InboxQuery, SortOrder } from '../../data/types.js';
import { COLUMNS, DEFAULT_COLUMNS, PICKABLE_COLUMNS, resolveColumns, type ColumnDef, type ColumnId } from '../../format/columns.js';
import {
  clampWidth,
  fitWidth,
  gridTracks,
  isFitted,
  readColumnState,
  readStoredColumns,
  rowMinWidth,
  shownColumnIds,
  storeColumns,
  type ColumnState,
} from '../../format/column-state.js';
import { columnSorts, type ColumnSorts } from '../../format/column-sort.js';
import { ColumnStateChangeEvent, InboxQueryChangeEvent } from '../../events.js';
import type { TableStrings } from './table-strings.js';

/** Rows of the first page whose text sets the default widths. */
const FIT_ROWS = 200;
/** Loaded rows a fit to content (double-click, Enter, the menu) measures. */
const REFIT_ROWS = 2000;

export interface ColumnHost extends ReactiveElement {
  readonly source?: InboxDataSource;
  /** The host's column set, before the user's changes. */
  readonly columns?: readonly string[];
  readonly hideUnreadableColumns: boolean;
  /** The column to keep in view while scrolling sideways, or `none`. */
  readonly pinnedColumn: string;
  readonly supportedActions: readonly ActionKind[];
  /** Remember the column state per organization. */
  readonly persist: boolean;
  readonly rows: readonly Conversation[];
  readonly strings: TableStrings;
  readonly locale?: string;
  readonly timeZone?: string;
  query: InboxQuery;
}

export class ColumnController implements ReactiveController {
  /** The columns shown, in order. */
  columns: ColumnDef[] = [];
  private state: ColumnState = {};
  /** Content widths of the first page, by fitted column. */
  private readonly fitted = new Map<ColumnId, number>();
  /** Fitted columns measured (or about to be, once their rows are on screen). */
  private readonly measured = new Set<ColumnId>();
  private canvas?: CanvasRenderingContext2D | null;
  /** The table's width changes what fitted and flexible columns get. */
  private readonly resizes = new ResizeObserver(() => this.reportWidths());
  private observed?: HTMLElement;

  constructor(private readonly host: ColumnHost) {
    host.addController(this);
  }

  /** What the user made of the columns; setting it (a host restoring it) applies it. */
  get columnState(): ColumnState {
    return this.state;
  }

  set columnState(state: ColumnState) {
    this.state = readColumnState(state);
    this.resolve();
  }

  hostDisconnected(): void {
    this.resizes.disconnect();
    this.observed = undefined;
  }

  hostUpdated(): void {
    const head = this.root.querySelector<HTMLElement>('.head');
    if (head && head !== this.observed) {
      this.observed = head;
      this.resizes.observe(head);
    }
    this.apply();
    const unmeasured = this.columns.filter((column) => isFitted(column) && !this.measured.has(column.id));
    if (unmeasured.length === 0 || this.host.rows.length === 0) return;
    // The rows render after the table, through the virtualizer: measure once they are laid out.
    const virtualizer = this.root.querySelector<VirtualizerHostElement>('.body')?.[virtualizerRef];
    if (!virtualizer) return;
    for (const column of unmeasured) this.measured.add(column.id);
    void virtualizer.layoutComplete.then(() => this.fit(unmeasured), () => undefined);
  }

  /** A new source: its organization's remembered columns (with `persist`), fitted again to its first page. */
  sourceChanged(): void {
    const source = this.host.source;
    if (this.host.persist && source) this.state = readStoredColumns(source.id) ?? {};
    this.fitted.clear();
    this.measured.clear();
    this.resolve();
  }

  /** The column definitions for the host's set, the user's changes and what the credential can read. */
  resolve(): void {
    const capabilities = this.host.source?.capabilities;
    const shown = this.shownIds;
    // Action controls exist only where the source can act (the dashboard hides what a user cannot do).
    const ids = this.host.supportedActions.length > 0 ? ['select', ...shown, 'actions'] : shown.filter((id) => id !== 'select' && id !== 'actions');
    this.columns = resolveColumns(ids, this.host.hideUnreadableColumns ? capabilities?.hiddenFields : []);
    this.host.requestUpdate();
  }

  /** The host's (or the source's) column set, before the user's changes. */
  private get defaults(): readonly string[] {
    return this.host.columns ?? this.host.source?.capabilities.defaultColumns ?? DEFAULT_COLUMNS;
  }

  /** Columns a user can pick: what the source can fill, and whatever the host chose. */
  get available(): string[] {
    const capabilities = this.host.source?.capabilities;
    const hidden = this.host.hideUnreadableColumns ? capabilities?.hiddenFields ?? [] : [];
    const fillable = capabilities?.columns === 'all' ? PICKABLE_COLUMNS : capabilities?.columns ?? [];
    const ids = [...new Set([...this.defaults, ...fillable])];
    return ids.filter((id) => {
      const column = COLUMNS.get(id as ColumnId);
      return column !== undefined && id !== 'select' && id !== 'actions' && !column.fields.some((field) => hidden.includes(field));
    });
  }

  /** The user's shown columns, in order (without the selection and action controls). */
  get shownIds(): string[] {
    return shownColumnIds(this.state, this.defaults, this.available).filter((id) => id !== 'select' && id !== 'actions');
  }

  /** A width the user set; header and cells follow at once. `commit` when the gesture ends. */
  setWidth(id: ColumnId, px: number, commit = true): void {
    const widths = { ...this.state.widths, [id]: clampWidth(px) };
    this.state = { ...this.state, widths };
    this.apply();
    if (commit) this.change(this.state);
  }

  /** Fits a column to the widest text of the loaded rows. */
  fitColumn(id: ColumnId): void {
    const column = this.columns.find((candidate) => candidate.id === id);
    if (column) this.setWidth(id, this.contentWidth(column, REFIT_ROWS));
  }

  /** The column's width on screen. */
  widthOf(id: ColumnId): number {
    return this.root.querySelector(`.head .c-${id}`)?.getBoundingClientRect().width ?? 0;
  }

  /** The column kept in view while the table scrolls sideways. */
  get pinned(): ColumnId | undefined {
    return this.columns.find((column) => column.id === this.host.pinnedColumn)?.id;
  }

  /** The orders a column's header offers; none from a source with one fixed order. */
  sortsOf(id: ColumnId): ColumnSorts {
    return columnSorts(id, this.host.source?.capabilities.sorts ?? []);
  }

  /** The list's order: the query's, else the source's default. */
  get sort(): SortOrder | undefined {
    return this.host.query.sort ?? this.host.source?.capabilities.defaultSort;
  }

  /** Sorts the list: a new query (the filters show it, the URL and storage keep it). */
  sortBy(sort: SortOrder): void {
    if (sort === this.sort) return;
    this.host.query = { ...this.host.query, sort };
    this.host.dispatchEvent(new InboxQueryChangeEvent(this.host.query));
  }

  /** A user's change: applied, remembered with `persist`, and reported. `{}` resets the columns. */
  change(state: ColumnState): void {
    this.state = state;
    this.resolve();
    const source = this.host.source;
    if (this.host.persist && source) storeColumns(source.id, state);
    this.host.dispatchEvent(new ColumnStateChangeEvent(state));
  }

  private get root(): ParentNode {
    return this.host.renderRoot as ParentNode;
  }

  /** Layout values set from script, never inline style attributes: strict CSP blocks those. */
  private apply(): void {
    const userSet = new Map(Object.entries(this.state.widths ?? {}) as [ColumnId, number][]);
    const grid = this.root.querySelector<HTMLElement>('.grid');
    grid?.style.setProperty('--_columns', gridTracks(this.columns, this.fitted, userSet));
    // The probe gives the host its width where the page lets content decide it (inline-block).
    const minWidth = `${rowMinWidth(this.columns, this.fitted, userSet)}px`;
    for (const element of [grid, this.root.querySelector<HTMLElement>('.size-probe')]) element?.style.setProperty('--_min-width', minWidth);
    this.reportWidths();
  }

  /** The handles report the widths laid out: a fitted or flexible column's depends on the room. */
  private reportWidths(): void {
    for (const handle of this.root.querySelectorAll<HTMLElement>('.head [data-resize]')) {
      handle.setAttribute('aria-valuenow', String(Math.round(this.widthOf(handle.dataset.resize as ColumnId))));
    }
  }

  private fit(columns: readonly ColumnDef[]): void {
    for (const column of columns) this.fitted.set(column.id, fitWidth(this.contentWidth(column, FIT_ROWS)));
    this.apply();
  }

  /** Widest text of the column (loaded rows and header), plus the cell's padding and controls. */
  private contentWidth(column: ColumnDef, rows: number): number {
    const header = this.root.querySelector<HTMLElement>(`.head .c-${column.id}`);
    const cells = [...this.root.querySelectorAll<HTMLElement>(`conversation-row > .c-${column.id}`)];
    const sample = cells[0] ?? header;
    if (!header || !sample) return column.minWidth;
    const { strings, locale, timeZone } = this.host;
    const context = { strings, locale, timeZone };
    const cellFont = getComputedStyle(sample).font;
    let widest = 0;
    for (const row of this.host.rows.slice(0, rows)) {
      widest = Math.max(widest, this.textWidth(column.text?.(row, context) ?? context.strings.missing, cellFont));
    }
    widest += Math.max(0, ...cells.map(controlsWidth));
    const headerStyle = getComputedStyle(header);
    const headerText = header.querySelector<HTMLElement>('.text');
    const headerControls = [...header.children].filter((child) => child !== headerText && !child.matches('[role="separator"]'));
    const headerWidth = this.textWidth(headerText?.textContent?.trim() ?? '', headerStyle.font) + headerControls.reduce((sum, child) => sum + child.getBoundingClientRect().width, 0);
    widest = Math.max(widest, headerWidth);
    const padding = parseFloat(headerStyle.paddingLeft) + parseFloat(headerStyle.paddingRight);
    // One pixel over the measured text: layout rounds sub-pixel widths, which could cut the last glyph.
    return widest + padding + 1;
  }

  private textWidth(text: string, font: string): number {
    this.canvas ??= document.createElement('canvas').getContext('2d');
    if (!this.canvas) return 0;
    this.canvas.font = font;
    return this.canvas.measureText(text).width;
  }
}

/** Room a cell's controls take beside its text: the agent link, the +N participants bubble. */
function controlsWidth(cell: HTMLElement): number {
  const style = getComputedStyle(cell);
  const gap = parseFloat(style.columnGap) || 0;
  let width = 0;
  for (const child of cell.children) {
    if (child.matches('.text, .agent-name')) continue;
    const childStyle = getComputedStyle(child);
    width += child.getBoundingClientRect().width + gap + (parseFloat(childStyle.marginInlineStart) || 0) + (parseFloat(childStyle.marginInlineEnd) || 0);
  }
  return width;
}
