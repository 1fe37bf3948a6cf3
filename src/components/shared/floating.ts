/**
 * Places a popover (tooltip, menu) beside the element it belongs to with Floating UI, which loads
 * on the first placement. Until it has (or if its chunk cannot be fetched), a popover placed for
 * the first time sits just below the element's start edge, still readable and usable.
 */
import type { Placement } from '@floating-ui/dom';
import { lazy } from './lazy.js';

const floatingUi = lazy(() => import('@floating-ui/dom'));

export interface PlaceOptions {
  placement: Placement;
  /** Gap between the element and the popover, px. */
  gap: number;
  /** Distance the popover keeps from the viewport's edges, px. */
  padding: number;
}

/**
 * Moves `popover` (fixed, in the top layer) next to `anchor`. `stillWanted` is asked once the
 * position is known: a popover that moved on meanwhile is left alone.
 */
export function placeBeside(anchor: Element, popover: HTMLElement, { placement, gap, padding }: PlaceOptions, stillWanted: () => boolean = () => true): void {
  const moveTo = (x: number, y: number) => {
    if (!stillWanted()) return;
    // Set from script, never as an inline style attribute: strict style-src CSP allows this.
    popover.style.left = `${x}px`;
    popover.style.top = `${y}px`;
  };
  if (!popover.style.top) {
    const box = anchor.getBoundingClientRect();
    moveTo(box.left, box.bottom + gap);
  }
  floatingUi
    .load()
    .then(({ computePosition, flip, offset, shift }) =>
      computePosition(anchor, popover, { strategy: 'fixed', placement, middleware: [offset(gap), flip(), shift({ padding })] }),
    )
    .then(
      ({ x, y }) => moveTo(x, y),
      // The fallback position above stays.
      () => undefined,
    );
}
