/**
 * Whether an element is narrower than the inbox's card breakpoint (`--inbox-card-breakpoint`,
 * 640px by default): below it the table shows cards and the filters open as a full-height dialog.
 * The layout follows the element's own width, not the window's, so an inbox in a CRM side panel
 * gets cards on a wide screen. A container query cannot read a custom property in its condition,
 * so the width is watched here and the elements switch their render mode (and style with it).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const DEFAULT_CARD_BREAKPOINT = 640;

export class NarrowController implements ReactiveController {
  /** Narrower than the breakpoint, as of the last measurement. */
  narrow = false;
  private observer?: ResizeObserver;
  private observed?: Element;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    /** The element whose width decides (the table, for filters in its toolbar). */
    private readonly target: () => Element | undefined = () => host,
    /** Called when `narrow` changes, before the host updates. */
    private readonly onChange: (narrow: boolean) => void = () => host.requestUpdate(),
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Measured at once, so the first render is already in the right mode.
    this.observe();
    this.measure();
  }

  hostUpdate(): void {
    // A new target (the table found): measured before this render, which then has its mode.
    if (this.target() === this.observed) return;
    this.observe();
    this.measure();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }

  private observe(): void {
    this.observer?.disconnect();
    const target = (this.observed = this.target());
    if (!target) return;
    this.observer ??= new ResizeObserver(() => this.measure());
    this.observer.observe(target);
  }

  private measure(): void {
    const target = this.observed;
    // Not laid out (display: none, detached): keep the last mode rather than flip to cards.
    if (!target || target.getBoundingClientRect().width === 0) return;
    const narrow = target.getBoundingClientRect().width < breakpointOf(target);
    if (narrow === this.narrow) return;
    this.narrow = narrow;
    this.onChange(narrow);
  }
}

/** `--inbox-card-breakpoint` in px (px, rem or em); the default when unset or unreadable. */
export function breakpointOf(element: Element): number {
  const value = getComputedStyle(element).getPropertyValue('--inbox-card-breakpoint').trim();
  const match = /^(\d+(?:\.\d+)?)(px|rem|em)$/.exec(value);
  if (!match) return DEFAULT_CARD_BREAKPOINT;
  const amount = Number(match[1]);
  if (match[2] === 'px') return amount;
  const fontOf = match[2] === 'rem' ? document.documentElement : element;
  return amount * (parseFloat(getComputedStyle(fontOf).fontSize) || 16);
}
