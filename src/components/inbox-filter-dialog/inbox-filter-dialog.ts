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
      /* Over the column of the inbox it filters (the whole width of a phone), from top to bottom. */
      dialog {
        position: fixed;
        inset: 0 auto 0 var(--_left, 0px);
        width: var(--_width, 100vw);
        max-width: 100vw;
        height: 100dvh;
        max-height: 100dvh;
        margin: 0;
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

  /** The element whose column the dialog covers (the table); the viewport's width when unset. */
  @property({ attribute: false }) anchor?: Element;

  protected override beforeShow(): void {
    const box = this.anchor?.getBoundingClientRect();
    // Set from script: a strict style-src CSP blocks inline style attributes.
    if (box && box.width > 0) {
      this.dialog.style.setProperty('--_left', `${Math.max(0, box.left)}px`);
      this.dialog.style.setProperty('--_width', `${Math.min(box.width, innerWidth)}px`);
    } else {
      this.dialog.style.removeProperty('--_left');
      this.dialog.style.removeProperty('--_width');
    }
  }

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
