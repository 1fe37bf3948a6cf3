/**
 * The table's card layout for phones and narrow containers: below the card breakpoint
 * (`--inbox-card-breakpoint`, see NarrowController) each conversation renders as a card in the
 * same virtualized grid, one cell per row, all cards one height per density
 * (`--inbox-card-height`) so the fixed-row layout keeps working. While cards show, the host carries
 * the `cards` attribute, which the styles (and a host page) select on. Crossing the breakpoint
 * keeps the conversation that was at the top of the viewport at the top.
 */
import { css, type ReactiveControllerHost } from 'lit';
import { NarrowController } from '../shared/narrow-controller.js';

export interface CardLayoutOptions {
  /** The scrolling body, once rows render. */
  body(): HTMLElement | undefined;
  /** The height of a row (or card) in the current mode, in px. */
  rowHeight(): number;
  /** Index among all loaded rows of the virtualizer's first row (the row window's start). */
  windowStart(): number;
  /** Resolves once the virtualizer has laid out the rows it was given. */
  layoutComplete(): Promise<unknown> | undefined;
}

/**
 * Card heights per density (four lines, three of them 44px touch targets: head, summary, foot),
 * and the table's parts as cards need them: no sideways scrolling, 44px buttons.
 */
export const cardLayoutStyles = css`
  :host {
    --inbox-card-height: 168px;
  }
  :host([density='compact']) {
    --inbox-card-height: 160px;
  }
  :host([density='compact']) .cell.card {
    padding-block: 2px;
  }
  :host([cards]) .row {
    min-width: 0;
  }
  :host([cards]) .body {
    overflow-x: hidden;
  }
  :host([cards]) .skeleton .row {
    grid-template-columns: minmax(0, 1fr);
    height: var(--inbox-card-height);
  }
  :host([cards]) .skeleton .cell:not(:first-child) {
    display: none;
  }
  :host([cards]) .message {
    inset: 0;
  }
  :host([cards]) .action,
  :host([cards]) .live-pill {
    min-width: 44px;
    min-height: 44px;
  }
  :host([cards]) .menu-popover [role='menuitem'] {
    min-height: 44px;
  }
  :host([cards]) .bars {
    height: 52px;
  }
`;

export class CardLayoutController {
  /** Conversations show as cards. */
  active = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: CardLayoutOptions,
  ) {
    new NarrowController(host, () => host, (narrow) => void this.cross(narrow));
  }

  /** The custom property holding a row's height in the current mode. */
  get heightProperty(): '--inbox-card-height' | '--inbox-row-height' {
    return this.active ? '--inbox-card-height' : '--inbox-row-height';
  }

  private async cross(cards: boolean): Promise<void> {
    const body = this.options.body();
    // Which conversation the viewport starts with, measured in the old mode's row height.
    const top = body && body.scrollTop > 0 ? this.options.windowStart() + Math.floor(body.scrollTop / this.options.rowHeight()) : 0;
    this.active = cards;
    this.host.toggleAttribute('cards', cards);
    this.host.requestUpdate();
    if (!body || top === 0) return;
    await this.host.updateComplete;
    // The virtualizer takes the new height and grows or shrinks its scroll size in its own pass.
    await this.options.layoutComplete()?.catch(() => undefined);
    const target = (top - this.options.windowStart()) * this.options.rowHeight();
    body.scrollTop = target;
  }
}
