import { css, html, LitElement, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { DEFAULT_SHORTCUT_STRINGS, type ShortcutId, type ShortcutStrings } from '../inbox-table/shortcut-strings.js';
import { defineElement } from '../define.js';
import { dialogStyles } from '../shared/dialog.styles.js';
import { formButtonStyles } from '../shared/form-buttons.styles.js';
import { getDeepActiveElement } from '../shared/deep-focus.js';

/** The help dialog closed. */
export class ShortcutHelpCloseEvent extends Event {
  static readonly type = 'inbox-shortcut-help-close';
  constructor() {
    super(ShortcutHelpCloseEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'inbox-shortcut-help-close': ShortcutHelpCloseEvent;
  }
  interface HTMLElementTagNameMap {
    'inbox-shortcut-help': InboxShortcutHelp;
  }
}

/**
 * Every keyboard shortcut of the table, in a native modal dialog. Escape or Close closes it and
 * focus returns where it was. Loaded on demand, when `?` is first pressed.
 *
 * @summary The list of the table's keyboard shortcuts.
 * @fires inbox-shortcut-help-close - The dialog closed.
 * @csspart dialog - The dialog box.
 */
export class InboxShortcutHelp extends LitElement {
  static override styles = [
    formButtonStyles,
    dialogStyles,
    css`
      dialog {
        max-width: min(32rem, calc(100vw - 32px));
      }
      table {
        border-collapse: collapse;
        margin-block-end: 16px;
      }
      th,
      td {
        text-align: start;
        padding: 4px 12px 4px 0;
      }
      kbd {
        font: inherit;
        font-family: ui-monospace, monospace;
      }
    `,
  ];

  /** Shortcuts listed, in order. */
  @property({ attribute: false }) shortcuts: readonly ShortcutId[] = [];
  @property({ attribute: false }) strings: ShortcutStrings = DEFAULT_SHORTCUT_STRINGS;

  @query('dialog') private dialog!: HTMLDialogElement;
  private returnFocus?: HTMLElement;

  protected override firstUpdated(): void {
    this.returnFocus = (getDeepActiveElement() as HTMLElement | null) ?? undefined;
    this.dialog.showModal();
  }

  protected override render(): TemplateResult {
    const strings = this.strings;
    return html`<dialog part="dialog" aria-labelledby="heading" @close=${this.onClose}>
      <h2 id="heading">${strings.title}</h2>
      <table>
        <thead><tr><th scope="col">${strings.keyHeader}</th><th scope="col">${strings.actionHeader}</th></tr></thead>
        <tbody>
          ${this.shortcuts.map((id) => html`<tr><td><kbd>${strings.keys[id]}</kbd></td><td>${strings.descriptions[id]}</td></tr>`)}
        </tbody>
      </table>
      <form method="dialog" class="buttons"><button autofocus>${strings.close}</button></form>
    </dialog>`;
  }

  private onClose(): void {
    const target = this.returnFocus;
    this.returnFocus = undefined;
    if (target?.isConnected) target.focus();
    this.dispatchEvent(new ShortcutHelpCloseEvent());
  }
}

defineElement('inbox-shortcut-help', InboxShortcutHelp);
