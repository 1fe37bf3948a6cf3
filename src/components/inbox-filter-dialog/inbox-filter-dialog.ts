import { css, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ModalDialogElement, modalDialogStyles } from '../shared/modal-dialog.js';

/** The filter dialog closed (Escape, its close button, or Apply). */
export class FilterDialogCloseEvent extends Event {
  static readonly type = 'inbox-filter-dialog-close';
  constructor() {
    super(FilterDialogCloseEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'inbox-filter-dialog-close': FilterDialogCloseEvent;
  }
  interface HTMLElementTagNameMap {
    'inbox-filter-dialog': InboxFilterDialog;
  }
}

/**
 * The filter panel of `<inbox-filters>` on a phone or in a narrow container: a full-height modal
 * `<dialog>` holding the slotted form (which lays out its fields to scroll between a heading and
 * Apply/Reset, always visible). The page behind is inert, Tab stays inside, Escape closes, and
 * focus returns to where it was when it opened.
 *
 * @summary Full-height modal dialog around the filter form.
 * @slot - The filter form.
 * @fires inbox-filter-dialog-close - The dialog closed.
 * @csspart dialog - The dialog box.
 */
export class InboxFilterDialog extends ModalDialogElement {
  static override styles = [
    ...modalDialogStyles,
    css`
      dialog {
        width: min(100vw, 32rem);
        max-width: 100vw;
        height: 100dvh;
        max-height: 100dvh;
        margin-block: 0;
        margin-inline: auto 0;
        padding: 0;
        border-width: 0;
        border-inline-start-width: 1px;
        border-radius: 0;
      }
      dialog[open] {
        display: flex;
        flex-direction: column;
      }
      ::slotted(*) {
        flex: 1 1 auto;
        min-height: 0;
      }
    `,
  ];

  /** The dialog's accessible name. */
  @property() label = '';

  protected override tabStops(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('input, select, button, textarea, [tabindex="0"]')].filter(
      (element) => !element.matches(':disabled') && element.getClientRects().length > 0,
    );
  }

  protected override render(): TemplateResult {
    return html`<dialog part="dialog" aria-label=${this.label} @close=${this.onClose} @keydown=${this.onKeyDown}><slot></slot></dialog>`;
  }

  private onClose(): void {
    this.closed();
    this.dispatchEvent(new FilterDialogCloseEvent());
  }
}
