import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ModalDialogElement } from '../shared/modal-dialog.js';
import { confirmDialogStyles } from './confirm-dialog.styles.js';

/** The confirmation dialog closed; `confirmed` says whether the user chose the confirm button. */
export class ConfirmCloseEvent extends Event {
  static readonly type = 'inbox-confirm-close';
  constructor(readonly confirmed: boolean) {
    super(ConfirmCloseEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'inbox-confirm-close': ConfirmCloseEvent;
  }
  interface HTMLElementTagNameMap {
    'inbox-confirm-dialog': InboxConfirmDialog;
  }
}

/**
 * A yes/no question before an action that is hard to take back: a native modal `<dialog>`
 * (`showModal()`, so the rest of the page is inert), Tab kept inside, Escape or Cancel declines,
 * and focus returns to where it was when the dialog opened. Cancel has focus first, so a stray
 * Enter never confirms.
 *
 * @summary Modal confirmation with a confirm and a cancel button.
 * @fires inbox-confirm-close - The dialog closed; `confirmed` is true only for the confirm button.
 * @csspart dialog - The dialog box.
 * @csspart confirm - The confirm button.
 * @csspart cancel - The cancel button.
 */
export class InboxConfirmDialog extends ModalDialogElement {
  static override styles = confirmDialogStyles;

  /** The question; names the action and what it applies to. */
  @property() heading = '';
  /** What confirming does. */
  @property() message = '';
  @property({ attribute: 'confirm-label' }) confirmLabel = '';
  @property({ attribute: 'cancel-label' }) cancelLabel = '';

  protected override tabStops(): HTMLElement[] {
    return [...this.dialog.querySelectorAll('button')];
  }

  protected override render(): TemplateResult {
    return html`<dialog part="dialog" role="alertdialog" aria-labelledby="heading" aria-describedby="message" @close=${this.onClose} @keydown=${this.onKeyDown}>
      <form method="dialog">
        <h2 id="heading">${this.heading}</h2>
        <p id="message">${this.message}</p>
        <div class="buttons">
          <button value="cancel" part="cancel" autofocus>${this.cancelLabel}</button>
          <button value="confirm" part="confirm" class="primary">${this.confirmLabel}</button>
        </div>
      </form>
    </dialog>`;
  }

  /** Escape, Cancel and Confirm all close the dialog; only Confirm sets the return value. */
  private onClose(): void {
    const confirmed = this.dialog.returnValue === 'confirm';
    this.closed();
    this.dispatchEvent(new ConfirmCloseEvent(confirmed));
  }
}
