import { html, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { Count } from '../../format/count.js';
import { DEFAULT_EXPORT_STRINGS, type ExportDialogStrings } from '../../export/export-strings.js';
import { ModalDialogElement } from '../shared/modal-dialog.js';
import { exportDialogStyles } from './export-dialog.styles.js';

export type ExportFormat = 'csv' | 'xlsx';

/** What the user chose in the export dialog. */
export interface ExportChoice {
  format: ExportFormat;
  /** The table's visible columns in their order, or every field. */
  columns: 'visible' | 'all';
  /** The table's time zone, or UTC. */
  timeZone: 'table' | 'utc';
}

/** The export dialog closed; `choice` is what to export, or `undefined` when the user cancelled. */
export class ExportDialogCloseEvent extends Event {
  static readonly type = 'inbox-export-dialog-close';
  constructor(readonly choice: ExportChoice | undefined) {
    super(ExportDialogCloseEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'inbox-export-dialog-close': ExportDialogCloseEvent;
  }
  interface HTMLElementTagNameMap {
    'inbox-export-dialog': InboxExportDialog;
  }
}

/**
 * The export's options as a modal dialog: how many conversations, the format, the columns and the
 * time zone. A native modal `<dialog>` (`showModal()`, the page behind is inert), Tab kept inside,
 * Escape or Cancel closes, and focus returns to where it was when the dialog opened.
 *
 * @summary Modal dialog choosing what an export writes.
 * @fires inbox-export-dialog-close - The dialog closed; `choice` is set only when the user chose Export.
 * @csspart dialog - The dialog box.
 * @csspart submit - The Export button.
 * @csspart cancel - The Cancel button.
 */
export class InboxExportDialog extends ModalDialogElement {
  static override styles = exportDialogStyles;

  /** Conversations the export will write, when the source knows it. */
  @property({ attribute: false }) count?: Count;
  /** The table's time zone, named in its option. */
  @property({ attribute: 'time-zone' }) timeZone = 'UTC';
  @property({ attribute: false }) strings: ExportDialogStrings = DEFAULT_EXPORT_STRINGS.dialog;
  /** The choice the dialog opens with: the last one. */
  @property({ attribute: false }) choice: ExportChoice = { format: 'csv', columns: 'visible', timeZone: 'table' };

  @query('form') private form!: HTMLFormElement;

  /** Opens with the given choice, whatever was clicked last time. */
  protected override beforeShow(): void {
    this.form.reset();
  }

  /** The checked option of each group (Tab moves between groups, arrows within), then the buttons. */
  protected override tabStops(): HTMLElement[] {
    return [...this.dialog.querySelectorAll<HTMLElement>('input:checked, button')];
  }

  protected override render(): TemplateResult {
    const strings = this.strings;
    const radio = (name: keyof ExportChoice, value: string, label: string) =>
      html`<label><input type="radio" name=${name} value=${value} ?checked=${this.choice[name] === value} />${label}</label>`;
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.onClose} @keydown=${this.onKeyDown}>
      <form method="dialog">
        <h2 id="title">${strings.title}</h2>
        <fieldset>
          <legend>${strings.format}</legend>
          ${radio('format', 'csv', strings.csv)} ${radio('format', 'xlsx', strings.xlsx)}
        </fieldset>
        <fieldset>
          <legend>${strings.columns}</legend>
          ${radio('columns', 'visible', strings.visibleColumns)} ${radio('columns', 'all', strings.allFields)}
        </fieldset>
        <fieldset>
          <legend>${strings.timeZone}</legend>
          ${radio('timeZone', 'table', strings.tableZone(this.timeZone))} ${radio('timeZone', 'utc', strings.utc)}
        </fieldset>
        <div class="buttons">
          <button value="cancel" part="cancel">${strings.close}</button>
          <button value="export" part="submit" class="primary" autofocus>${strings.submit(this.count)}</button>
        </div>
      </form>
    </dialog>`;
  }

  /** Escape, Cancel and Export all close the dialog; only Export sets the return value. */
  private onClose(): void {
    const values = new FormData(this.form);
    const choice: ExportChoice | undefined =
      this.dialog.returnValue === 'export'
        ? {
            format: values.get('format') === 'xlsx' ? 'xlsx' : 'csv',
            columns: values.get('columns') === 'all' ? 'all' : 'visible',
            timeZone: values.get('timeZone') === 'utc' ? 'utc' : 'table',
          }
        : undefined;
    this.closed();
    this.dispatchEvent(new ExportDialogCloseEvent(choice));
  }
}
