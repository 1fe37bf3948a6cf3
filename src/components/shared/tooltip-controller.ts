/**
 * One tooltip element for a whole table (or a standalone row), placed beside its trigger
 * (floating.ts) in the top layer so no scroller clips it. Shown on hover and keyboard focus of any
 * element carrying `data-tooltip`, and on a tap of such a button; stays open while hovered; Escape
 * and scrolling dismiss it (WCAG 1.4.13).
 */
import { html, render, type ReactiveController, type ReactiveElement } from 'lit';
import { counter } from '../../format/count.js';
import { placeBeside } from './floating.js';

/** What a tooltip says: plain text, or a list (for example extra email participants). */
export type TooltipContent = string | readonly string[];

export const TOOLTIP_ID = 'inbox-tooltip';
/** Long values are cut in the tooltip; the full text stays available to export and copy. */
const MAX_TEXT = 2000;
const MAX_ITEMS = 50;
const HIDE_DELAY_MS = 120;

/** Whether a cell's text is cut: the cell or one of its text parts holds more than it shows. */
export function isTruncated(cell: HTMLElement): boolean {
  return [cell, ...cell.querySelectorAll<HTMLElement>('.text, .agent-name')].some((part) => part.scrollWidth > part.clientWidth);
}

export class TooltipController implements ReactiveController {
  private trigger?: HTMLElement;
  private hideTimer?: ReturnType<typeof setTimeout>;
  private listening?: AbortController;
  /** After the rows changed under a resting pointer, hovering opens nothing until it moves. */
  private waitForPointerMove = false;

  constructor(
    /** `locale` formats the count of items left out. */
    private readonly host: ReactiveElement & { locale?: string },
    /** Finds the content for a trigger; `undefined` shows nothing. */
    private readonly resolve: (trigger: HTMLElement) => TooltipContent | undefined,
    /** Whether a focus change comes from the host rather than the user (then nothing opens). */
    private readonly focusIsProgrammatic: () => boolean = () => false,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.listening = new AbortController();
    const options = { signal: this.listening.signal };
    const root = this.host.renderRoot as unknown as HTMLElement;
    root.addEventListener('pointerover', (event) => this.onEnter(event, false), options);
    root.addEventListener(
      'pointermove',
      (event) => {
        // pointerover comes before pointermove: on the first real move, look at what is under it.
        if (!this.waitForPointerMove) return;
        this.waitForPointerMove = false;
        this.onEnter(event, false);
      },
      options,
    );
    root.addEventListener('pointerout', (event) => this.onLeave(event as PointerEvent), options);
    // The tap equivalent of hovering: a tap on a trigger that is a button (a card's summary or
    // time, a +N chip) shows its tooltip; it stays until focus, a scroll or Escape takes it away.
    root.addEventListener(
      'click',
      (event) => {
        const trigger = (event.composedPath()[0] as Element | null)?.closest?.<HTMLElement>('button[data-tooltip]');
        if (trigger) this.show(trigger);
      },
      options,
    );
    root.addEventListener('focusin', (event) => this.onEnter(event, true), options);
    root.addEventListener('focusout', () => this.hide(), options);
    // Scrolling a long summary inside the tooltip keeps it; scrolling the list dismisses it.
    root.addEventListener('scroll', (event) => this.element?.contains(event.target as Node) || this.hide(), { ...options, capture: true });
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && this.trigger) {
          this.hide();
          event.stopPropagation();
        }
      },
      { ...options, capture: true },
    );
  }

  hostDisconnected(): void {
    this.hide();
    this.listening?.abort();
  }

  get visible(): boolean {
    return this.trigger !== undefined;
  }

  private get element(): HTMLElement | null {
    return (this.host.renderRoot as ParentNode).querySelector<HTMLElement>(`#${TOOLTIP_ID}`);
  }

  private onEnter(event: Event, fromFocus: boolean): void {
    const tooltip = this.element;
    const target = event.composedPath()[0];
    if (tooltip && target instanceof Node && tooltip.contains(target)) {
      clearTimeout(this.hideTimer);
      return;
    }
    const trigger = (target as Element | null)?.closest?.<HTMLElement>('[data-tooltip]');
    if (!trigger) return;
    // Keyboard focus moving onto a cell that merely contains triggers does not open them.
    if (fromFocus && (trigger !== target || this.focusIsProgrammatic())) return;
    if (!fromFocus && this.waitForPointerMove) return;
    this.show(trigger);
  }

  private onLeave(event: PointerEvent): void {
    // A finger leaves its target as it lifts: what a tap showed must stay to be read.
    if (!this.trigger || event.pointerType === 'touch') return;
    const next = event.relatedTarget as Node | null;
    const tooltip = this.element;
    if (next && (this.trigger.contains(next) || tooltip?.contains(next))) return;
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.hide(), HIDE_DELAY_MS);
  }

  show(trigger: HTMLElement): void {
    clearTimeout(this.hideTimer);
    const tooltip = this.element;
    const content = this.resolve(trigger);
    if (!tooltip || content === undefined) return;
    if (this.trigger && this.trigger !== trigger) this.unlink(this.trigger);
    this.trigger = trigger;
    render(this.template(content), tooltip);
    trigger.setAttribute('aria-describedby', TOOLTIP_ID);
    placeBeside(trigger, tooltip, { placement: 'top', gap: 6, padding: 4 }, () => this.trigger === trigger);
  }

  /** Closes the tooltip; with `untilPointerMoves` (the rows changed), hovering reopens it only after the pointer moves. */
  hide(untilPointerMoves = false): void {
    if (untilPointerMoves) this.waitForPointerMove = true;
    clearTimeout(this.hideTimer);
    if (!this.trigger) return;
    this.unlink(this.trigger);
    this.trigger = undefined;
    const tooltip = this.element;
    if (tooltip?.matches(':popover-open')) tooltip.hidePopover();
  }

  private unlink(trigger: HTMLElement): void {
    if (trigger.getAttribute('aria-describedby') === TOOLTIP_ID) trigger.removeAttribute('aria-describedby');
  }

  private template(content: TooltipContent) {
    if (typeof content === 'string') {
      return html`${content.length > MAX_TEXT ? `${content.slice(0, MAX_TEXT)}…` : content}`;
    }
    const shown = content.slice(0, MAX_ITEMS);
    const more = content.length - shown.length;
    return html`<ul>
      ${shown.map((item) => html`<li>${item}</li>`)}${more > 0 ? html`<li><bdi>+${counter(this.host.locale)(more)}</bdi></li>` : null}
    </ul>`;
  }
}
