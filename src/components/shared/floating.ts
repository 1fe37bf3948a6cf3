/**
 * Opens a popover (tooltip, menu) beside the element it belongs to, placed with Floating UI, which
 * loads on the first placement. Until it has, the popover opens at once where Floating UI puts it
 * when nothing is in the way (its placement, kept inside the viewport), and the element is
 * `aria-busy`; Floating UI then adds flipping and shifting. If it cannot be fetched, that first
 * position stays: still readable and usable.
 */
import type { Placement } from '@floating-ui/dom';
import { lazy } from '../../data/lazy.js';

const floatingUi = lazy(() => import('@floating-ui/dom'));

export interface PlaceOptions {
  placement: Extract<Placement, 'top' | 'bottom-end'>;
  /** Gap between the element and the popover, px. */
  gap: number;
  /** Distance the popover keeps from the viewport's edges, px. */
  padding: number;
}

/**
 * Opens `popover` (fixed, in the top layer) next to `anchor`. `stillWanted` is asked before it
 * moves: a popover that moved on meanwhile is left alone.
 */
export function placeBeside(anchor: Element, popover: HTMLElement, options: PlaceOptions, stillWanted: () => boolean): void {
  const moveTo = (x: number, y: number) => {
    if (!stillWanted()) return;
    // Set from script, never as an inline style attribute: strict style-src CSP allows this.
    popover.style.left = `${x}px`;
    popover.style.top = `${y}px`;
  };
  if (!popover.matches(':popover-open')) popover.showPopover();
  const { placement, gap, padding } = options;
  const loaded = floatingUi.value;
  if (!loaded) {
    const [x, y] = plainPosition(anchor.getBoundingClientRect(), popover.getBoundingClientRect(), options);
    moveTo(x, y);
    anchor.setAttribute('aria-busy', 'true');
  }
  void floatingUi
    .load()
    .then(({ computePosition, flip, offset, shift }) => {
      if (!loaded) anchor.removeAttribute('aria-busy');
      return computePosition(anchor, popover, { strategy: 'fixed', placement, middleware: [offset(gap), flip(), shift({ padding })] });
    })
    .then(
      ({ x, y }) => moveTo(x, y),
      // The first position stays.
      () => anchor.removeAttribute('aria-busy'),
    );
}

/** Where `placement` puts a box of `size` beside `anchor`, moved inside the viewport less `padding`. */
function plainPosition(anchor: DOMRect, size: DOMRect, { placement, gap, padding }: PlaceOptions): [number, number] {
  const x = placement === 'top' ? anchor.left + (anchor.width - size.width) / 2 : anchor.right - size.width;
  const y = placement === 'top' ? anchor.top - gap - size.height : anchor.bottom + gap;
  const within = (value: number, extent: number, room: number) => Math.max(padding, Math.min(value, room - padding - extent));
  return [within(x, size.width, innerWidth), within(y, size.height, innerHeight)];
}
