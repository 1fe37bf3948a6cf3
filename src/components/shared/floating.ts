/**
 * Shows a popover (tooltip, menu) beside the element it belongs to, placed with Floating UI, which
 * loads on the first placement: the popover opens once it can open in its place, so nothing
 * under a pointer moves after it appeared. The element is `aria-busy` while the module loads. If
 * it cannot be fetched, the popover opens just below the element's start edge, still usable.
 */
import type { Placement } from '@floating-ui/dom';
import { lazy } from './lazy.js';

type FloatingUi = typeof import('@floating-ui/dom');

const floatingUi = lazy<FloatingUi>(() => import('@floating-ui/dom'));

export interface PlaceOptions {
  placement: Placement;
  /** Gap between the element and the popover, px. */
  gap: number;
  /** Distance the popover keeps from the viewport's edges, px. */
  padding: number;
}

/**
 * Opens `popover` (fixed, in the top layer) next to `anchor`, then calls `opened`; at once when
 * Floating UI is loaded. `stillWanted` is asked before opening and before moving: a popover that
 * moved on meanwhile is left alone.
 */
export function placeBeside(anchor: Element, popover: HTMLElement, options: PlaceOptions, stillWanted: () => boolean, opened?: () => void): void {
  if (floatingUi.value) {
    open(floatingUi.value, anchor, popover, options, stillWanted, opened);
    return;
  }
  const loading = floatingUi.load();
  anchor.setAttribute('aria-busy', 'true');
  const loaded = (module: FloatingUi | undefined) => {
    anchor.removeAttribute('aria-busy');
    open(module, anchor, popover, options, stillWanted, opened);
  };
  loading.then(loaded, () => loaded(undefined));
}

function open(module: FloatingUi | undefined, anchor: Element, popover: HTMLElement, options: PlaceOptions, stillWanted: () => boolean, opened?: () => void): void {
  if (!stillWanted()) return;
  const moveTo = (x: number, y: number) => {
    // Set from script, never as an inline style attribute: strict style-src CSP allows this.
    popover.style.left = `${x}px`;
    popover.style.top = `${y}px`;
  };
  if (!popover.matches(':popover-open')) popover.showPopover();
  if (module) {
    const { computePosition, flip, offset, shift } = module;
    const { placement, gap, padding } = options;
    void computePosition(anchor, popover, { strategy: 'fixed', placement, middleware: [offset(gap), flip(), shift({ padding })] }).then(({ x, y }) => {
      if (stillWanted()) moveTo(x, y);
    });
  } else {
    const box = anchor.getBoundingClientRect();
    moveTo(box.left, box.bottom + options.gap);
  }
  opened?.();
}
