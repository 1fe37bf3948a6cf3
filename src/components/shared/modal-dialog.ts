/**
 * What the inbox's modal dialogs share: a native `<dialog>` shown with `showModal()` while `open`
 * is true (the page behind is inert), Tab kept inside, and focus given back on close to where it
 * was when the dialog opened. A subclass renders the `<dialog>` with `@close` and `@keydown`.
 */
import { LitElement, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { dialogStyles } from './dialog.styles.js';
import { formButtonStyles } from './form-buttons.styles.js';
import { getDeepActiveElement } from './deep-focus.js';

export abstract class ModalDialogElement extends LitElement {
  /** Shown as a modal dialog while true. */
  @property({ type: Boolean }) open = false;

  @query('dialog') protected dialog!: HTMLDialogElement;
  private returnFocus?: HTMLElement;

  /** The controls Tab cycles through, first to last. */
  protected abstract tabStops(): HTMLElement[];

  /** Called just before the dialog shows, to reset its state. */
  protected beforeShow(): void {}

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.returnFocus = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    const dialog = this.dialog;
    if (this.open && !dialog.open) {
      this.returnFocus = (getDeepActiveElement() as HTMLElement | null) ?? undefined;
      dialog.returnValue = '';
      this.beforeShow();
      dialog.showModal();
    } else if (!this.open && dialog.open) {
      dialog.close();
    }
  }

  /** Marks the dialog closed and gives focus back; the subclass then says why it closed. */
  protected closed(): void {
    this.open = false;
    const target = this.returnFocus;
    this.returnFocus = undefined;
    if (target?.isConnected) target.focus();
  }

  /** The page behind is inert, but Tab would still leave for the browser's own controls. */
  protected onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Tab') return;
    const stops = this.tabStops();
    const first = stops[0];
    const last = stops[stops.length - 1];
    // Deep: a dialog's controls may be slotted from its host's tree (the filters' form).
    const active = getDeepActiveElement();
    if (event.shiftKey && active === first) {
      last?.focus();
      event.preventDefault();
    } else if (!event.shiftKey && active === last) {
      first?.focus();
      event.preventDefault();
    }
  }
}

/** The dialog box and its backdrop; each dialog adds its own. */
export const modalDialogStyles = [formButtonStyles, dialogStyles];
