/**
 * The height of `<inbox-table>` on any host page. The page sizes the element as it sizes any box
 * (display block, inline-block, flex or grid; `height`, `height: 100%`, `flex: 1`,
 * `--inbox-height`) and the table fills that box. The element's in-flow content is one probe
 * whose content height is the height the page gave (`height: 100%` of the host). Where that is
 * nothing (an unsized parent, `height: 0`), the probe's padding gives the table its minimum height
 * and the console says once how to size it; in a parent that only caps its height
 * (`max-height`), the table grows to the cap.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Height the table takes when the page gives it none and its own minimum is 0. */
const DEFAULT_MIN_HEIGHT = 320;

/** Said once in the console by a table that got no usable height from the page. */
export const UNSIZED_WARNING =
  '<inbox-table> got no height, so it shows its minimum. Size it: a height, --inbox-height, height: 100% of a sized parent, or flex: 1 in a flex column.';

export class HostSizeController implements ReactiveController {
  private observer?: ResizeObserver;
  private warned = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The in-flow probe whose content box is the host's height (see the table's styles). */
    private readonly probe: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observe();
  }

  hostUpdated(): void {
    if (!this.observer) this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private observe(): void {
    const probe = this.probe();
    if (!probe) return;
    this.observer = new ResizeObserver(() => this.fit(probe));
    // The probe's content box changes with the height the page gives; the host's box with its
    // siblings and the fallback; the parent's with a new max-height.
    for (const element of [probe, this.host, layoutParent(this.host)]) if (element) this.observer.observe(element);
  }

  private fit(probe: HTMLElement): void {
    const host = getComputedStyle(this.host);
    const minimum = px(host.minHeight) || DEFAULT_MIN_HEIGHT;
    const frame = px(host.borderTopWidth) + px(host.borderBottomWidth) + px(host.paddingTop) + px(host.paddingBottom);
    const given = px(getComputedStyle(probe).height);
    if (given >= 1 && !this.heightBelow(minimum)) return setFallback(probe, 0);
    const cap = this.heightCap();
    if (cap !== undefined) return setFallback(probe, Math.max(cap, minimum) - frame);
    setFallback(probe, minimum - frame);
    if (!this.warned) {
      this.warned = true;
      console.warn(UNSIZED_WARNING);
    }
  }

  /**
   * Whether the page set a length below `minimum` (`height: 0`): the min-height then decides
   * the height, and percentages inside resolve against it as if the page had sized the table.
   */
  private heightBelow(minimum: number): boolean {
    // Typed OM gives the computed height (a length, a percentage or auto), not the used one.
    if (!('computedStyleMap' in this.host)) return false;
    const height = this.host.computedStyleMap().get('height');
    return height instanceof CSSUnitValue && height.unit === 'px' && height.value < minimum;
  }

  /** Height left for the table in a parent that caps its height but does not set it. */
  private heightCap(): number | undefined {
    const parent = layoutParent(this.host);
    if (!parent) return undefined;
    const style = getComputedStyle(parent);
    if (!style.maxHeight.endsWith('px')) return undefined;
    const padding = px(style.paddingTop) + px(style.paddingBottom);
    const border = px(style.borderTopWidth) + px(style.borderBottomWidth);
    const cap = px(style.maxHeight) - (style.boxSizing === 'border-box' ? padding + border : 0);
    // Whatever else the parent holds (a heading, say) keeps its room.
    const others = parent.scrollHeight - padding - this.host.getBoundingClientRect().height;
    return cap - Math.max(0, others);
  }
}

function setFallback(probe: HTMLElement, height: number): void {
  // Set from script, not as a style attribute: a strict style-src CSP blocks those.
  if (height > 0) probe.style.setProperty('--_fallback-height', `${height}px`);
  else probe.style.removeProperty('--_fallback-height');
}

/** The element whose content box lays out `element`: its slot's or its own parent, skipping `display: contents`. */
function layoutParent(element: HTMLElement): Element | undefined {
  let parent: Element | null = element.assignedSlot ?? element.parentElement ?? ((element.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  while (parent && getComputedStyle(parent).display === 'contents') parent = parent.assignedSlot ?? parent.parentElement;
  return parent ?? undefined;
}

const px = (value: string): number => parseFloat(value) || 0;
