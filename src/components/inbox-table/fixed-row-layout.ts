/**
 * A @lit-labs/virtualizer layout for rows that are all exactly one known height (the table's
 * `--inbox-row-height`). The default flow layout measures every row it renders (a bounding box and
 * the computed margins of each) and lays out again with what it measured; here row `i` simply sits
 * at `i × rowHeight`, so the virtualizer never measures a row and a scroll step is one pass.
 *
 * It implements the virtualizer's layout contract (`Layout` in the library's
 * layouts/shared/Layout.d.ts, which the package does not export): the virtualizer sets the items,
 * viewport and scroll position, calls `reflowIfNeeded()`, and receives the range and positions.
 */
import type { VirtualizeDirectiveConfig } from '@lit-labs/virtualizer/virtualize.js';

/** The library's layout types, reached through the one module that exports them. */
type LayoutSpecifier = Extract<NonNullable<VirtualizeDirectiveConfig<unknown>['layout']>, { type: unknown }>;
type LayoutMessage = Parameters<ConstructorParameters<LayoutSpecifier['type']>[0]>[0];

/** Pixels beyond the viewport, each side, whose rows are rendered too (as the flow layout's). */
const OVERHANG_PX = 1000;

/** The table's rows without `--inbox-row-height` set (the `var()` fallback in the row styles). */
export const DEFAULT_ROW_HEIGHT = 44;

export interface FixedRowLayoutConfig {
  /** Every row's height in CSS pixels, border included. */
  rowHeight: number;
}

interface Coordinates {
  top: number;
  left: number;
}

interface Size {
  width: number;
  height: number;
}

interface PinOptions {
  index: number;
  block?: ScrollLogicalPosition;
}

export class FixedRowLayout {
  readonly direction = 'vertical';
  readonly measureChildren = false;
  totalScrollSize: Size = { width: 0, height: 0 };
  offsetWithinScroller: Coordinates = { top: 0, left: 0 };

  private rowHeight = DEFAULT_ROW_HEIGHT;
  private rows: unknown[] = [];
  private viewport: Size = { width: 0, height: 0 };
  private scrollTop = 0;
  private pinned: PinOptions | null = null;
  private pendingReflow = true;
  private first = -1;
  private last = -1;
  private firstVisible = -1;
  private lastVisible = -1;

  constructor(
    private readonly send: (message: LayoutMessage) => void,
    config?: Partial<FixedRowLayoutConfig>,
  ) {
    if (config) this.config = config;
  }

  get config(): FixedRowLayoutConfig {
    return { rowHeight: this.rowHeight };
  }

  /** Set by the virtualizer on every render of the table; a new height lays the rows out again. */
  set config(config: Partial<FixedRowLayoutConfig>) {
    const rowHeight = config.rowHeight;
    if (rowHeight === undefined || !(rowHeight > 0) || rowHeight === this.rowHeight) return;
    this.rowHeight = rowHeight;
    this.pendingReflow = true;
    void Promise.resolve().then(() => this.reflowIfNeeded());
  }

  get items(): unknown[] {
    return this.rows;
  }

  set items(items: unknown[]) {
    if (items === this.rows) return;
    this.rows = items;
    this.pendingReflow = true;
  }

  get viewportSize(): Size {
    return this.viewport;
  }

  set viewportSize(size: Size) {
    if (size.height !== this.viewport.height) this.pendingReflow = true;
    this.viewport = { ...size };
  }

  get viewportScroll(): Coordinates {
    return { top: this.scrollTop, left: 0 };
  }

  set viewportScroll(coordinates: Coordinates) {
    if (Math.abs(coordinates.top - this.scrollTop) < 1) return;
    this.scrollTop = coordinates.top;
    const [first, last] = this.neededRange();
    // As the flow layout: keep the rendered rows while they still cover the overhang.
    if (first < this.first || last > this.last || this.first === -1) this.pendingReflow = true;
    else this.updateVisible(true);
  }

  get pin(): PinOptions | null {
    return this.pinned && { ...this.pinned, index: Math.max(0, Math.min(this.pinned.index, this.rows.length - 1)) };
  }

  /** `element(i).scrollIntoView()` of a row not rendered: scroll so that row shows, until the user scrolls. */
  set pin(options: PinOptions | null) {
    this.pinned = options;
    this.pendingReflow = true;
    void Promise.resolve().then(() => this.reflowIfNeeded());
  }

  unpin(): void {
    if (this.pinned === null) return;
    this.pinned = null;
    this.send({ type: 'unpinned' });
  }

  getScrollIntoViewCoordinates(options: PinOptions): { top: number } {
    return { top: this.scrollPositionFor(options) };
  }

  reflowIfNeeded(force = false): void {
    if (!force && !this.pendingReflow) return;
    this.pendingReflow = false;
    let scrollError: Coordinates | undefined;
    const pin = this.pin;
    if (pin) {
      const target = this.scrollPositionFor(pin) - this.offsetWithinScroller.top;
      if (target !== this.scrollTop) scrollError = { top: this.scrollTop - target, left: 0 };
      this.scrollTop = target;
    }
    [this.first, this.last] = this.viewport.height > 0 && this.rows.length > 0 ? this.neededRange() : [-1, -1];
    this.updateVisible(false);
    const childPositions = new Map<number, Coordinates>();
    if (this.first !== -1) for (let index = this.first; index <= this.last; index += 1) childPositions.set(index, { top: index * this.rowHeight, left: 0 });
    this.send({
      type: 'stateChanged',
      scrollSize: { height: Math.max(1, this.rows.length * this.rowHeight), width: 0 },
      range: { first: this.first, last: this.last, firstVisible: this.firstVisible, lastVisible: this.lastVisible },
      childPositions,
      ...(scrollError ? { scrollError } : {}),
    });
  }

  /** Rows to render: those on screen and within the overhang on both sides. */
  private neededRange(): [number, number] {
    return this.rowsBetween(this.scrollTop - OVERHANG_PX, this.scrollTop + this.viewport.height + OVERHANG_PX);
  }

  private rowsBetween(top: number, bottom: number): [number, number] {
    const lastRow = this.rows.length - 1;
    const first = Math.min(lastRow, Math.max(0, Math.floor(top / this.rowHeight)));
    const last = Math.max(first, Math.min(lastRow, Math.ceil(bottom / this.rowHeight) - 1));
    return [first, last];
  }

  private updateVisible(announce: boolean): void {
    const [firstVisible, lastVisible] =
      this.first === -1 ? [-1, -1] : this.rowsBetween(Math.round(this.scrollTop), Math.round(this.scrollTop + this.viewport.height));
    if (firstVisible === this.firstVisible && lastVisible === this.lastVisible) return;
    this.firstVisible = firstVisible;
    this.lastVisible = lastVisible;
    if (announce) this.send({ type: 'visibilityChanged', firstVisible, lastVisible });
  }

  /** The scroller's `scrollTop` that shows row `index` as `block` asks (as `Element.scrollIntoView`). */
  private scrollPositionFor({ index, block = 'start' }: PinOptions): number {
    const rowTop = Math.max(0, Math.min(index, this.rows.length)) * this.rowHeight;
    const rowBottomAtEnd = rowTop - this.viewport.height + this.rowHeight;
    const position =
      block === 'center'
        ? rowTop - (this.viewport.height - this.rowHeight) / 2
        : block === 'end'
          ? rowBottomAtEnd
          : block === 'nearest'
            ? Math.abs(this.scrollTop - rowTop) < Math.abs(this.scrollTop - rowBottomAtEnd)
              ? rowTop
              : rowBottomAtEnd
            : rowTop;
    const end = this.rows.length * this.rowHeight - this.viewport.height;
    return Math.max(0, Math.min(position, end)) + this.offsetWithinScroller.top;
  }
}

/** The virtualizer's `layout` option: `virtualize({ layout: fixedRows({ rowHeight }), … })`. */
export function fixedRows(config: FixedRowLayoutConfig): LayoutSpecifier & FixedRowLayoutConfig {
  return { type: FixedRowLayout, ...config };
}

/**
 * The pixel height of `--inbox-row-height` (or a card's `--inbox-card-height`) where `host` is: read
 * from the custom property when it is in px (the usual case, no layout needed), otherwise measured
 * once per distinct value by a probe placed in `root`.
 */
export function rowHeightOf(host: Element, root: ShadowRoot | HTMLElement, property = '--inbox-row-height'): number {
  const value = getComputedStyle(host).getPropertyValue(property).trim();
  if (value === '') return DEFAULT_ROW_HEIGHT;
  if (/^\d+(\.\d+)?px$/.test(value)) return Number.parseFloat(value);
  const known = measured.get(host);
  if (known?.value === value) return known.px;
  const probe = document.createElement('div');
  probe.style.position = 'absolute';
  probe.style.visibility = 'hidden';
  probe.style.height = `var(${property})`;
  root.append(probe);
  const px = probe.getBoundingClientRect().height || DEFAULT_ROW_HEIGHT;
  probe.remove();
  measured.set(host, { value, px });
  return px;
}

const measured = new WeakMap<Element, { value: string; px: number }>();
