/**
 * The table's "Export" toolbar control: opens the export dialog (loaded on first use) for the
 * count, format, columns and time zone, then runs `exportCsv` or `exportXlsx` (the Excel writer is
 * loaded only then) for the host's source and query, shows progress with a Cancel, and saves the
 * file as a download (a CSV, when the host allows it and the browser offers it, streams to a file
 * the user picks). Export and Cancel are separate buttons, so a double click on Export never
 * cancels what it started.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { InboxError, isAbortError } from '../../data/errors.js';
import type { InboxDataSource, InboxQuery } from '../../data/types.js';
import type { ColumnDef } from '../../format/columns.js';
import { counter, type Count } from '../../format/count.js';
import type { FormatStrings } from '../../format/strings.js';
import type { CsvWritable } from '../../export/export-csv.js';
import type { ExportOptions } from '../../export/export-walk.js';
import { resolvedTimeZone } from '../../export/zoned-time.js';
import type { ExportChoice, ExportDialogCloseEvent } from '../inbox-export-dialog/inbox-export-dialog.js';
import { defineElement } from '../define.js';
import { civilDateAt, formatCivilDate } from '../../format/date-presets.js';
import type { ExportStrings } from '../../export/export-strings.js';
import { getDeepActiveElement } from '../shared/deep-focus.js';
import { lazy } from '../../data/lazy.js';

/** The CSV writer, fetched on the first Export (while it loads, the control shows the run as started). */
const csvExport = lazy(() => import('../../export/export-csv.js'));

/** How long the download's object URL stays valid: the browser (and a listener) read it on click. */
export const DOWNLOAD_URL_LIFETIME_MS = 1000;

export interface ExportHost extends ReactiveControllerHost, HTMLElement {
  source?: InboxDataSource;
  query: InboxQuery;
  /** The columns the table shows, in order; the file has the same. */
  readonly visibleColumns: readonly ColumnDef[];
  timeZone?: string;
  locale?: string;
  /** The file's words, the control's (`export`) and its error messages. */
  strings: FormatStrings & { export: ExportStrings; errors: Record<string, string> };
  detailUrlTemplate: string;
  /** Where the download link is briefly placed; a LitElement's shadow root. */
  readonly renderRoot: HTMLElement | DocumentFragment;
  /**
   * Save through the browser's file picker, streaming to disk, where the browser has one.
   * Off by default: a picker needs a user gesture and the user's answer.
   */
  exportFilePicker?: boolean;
  /** The list shows a first-load error: there is nothing to export, so Export is disabled. */
  readonly listFailed?: boolean;
  /** Conversations matching the query, when the source reported it: the dialog's count. */
  readonly total?: number;
}

export type ExportStatus = 'idle' | 'running' | 'error' | 'done';

/** The part of the File System Access API the picker path uses (not in TypeScript's DOM types). */
type SaveFilePicker = (options: {
  suggestedName: string;
  types: { description: string; accept: Record<string, string[]> }[];
}) => Promise<{ createWritable(): Promise<CsvWritable> }>;

/**
 * Export state and the toolbar control for an `<inbox-table>`-like host. An export keeps the
 * query and source it started with; it stops when cancelled or when the host leaves the page.
 *
 * ```ts
 * private readonly exporter = new ExportController(this);
 * render() { return html`<div class="toolbar">${this.exporter.render()}</div>`; }
 * ```
 */
export class ExportController implements ReactiveController {
  status: ExportStatus = 'idle';
  /** Conversations written so far by the current or last export. */
  exported = 0;
  /** Total matching, when the source knows it. */
  total?: number;
  /** Why the last export failed; never an abort. */
  error?: unknown;
  /** What the status region says: started, done, cancelled or failed. */
  message = '';
  /** The export dialog is shown. */
  dialogOpen = false;
  /** What the dialog chose last; Retry runs it again and the dialog opens with it. */
  private choice: ExportChoice = { format: 'csv', columns: 'visible', timeZone: 'table' };
  private run?: AbortController;
  /** The view the message was about; a new query or source clears it. */
  private view?: { source?: InboxDataSource; query: InboxQuery };

  constructor(private readonly host: ExportHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  hostUpdate(): void {
    const { source, query } = this.host;
    if (this.view && (this.view.source !== source || this.view.query !== query) && !this.run) {
      Object.assign(this, { status: 'idle', error: undefined, message: '' });
    }
    this.view = { source, query };
  }

  private get strings(): ExportStrings {
    return this.host.strings.export;
  }

  /** Opens the export dialog, loading its element the first time. Never rejects. */
  async openDialog(): Promise<void> {
    if (!this.host.source || this.run) return;
    try {
      const { InboxExportDialog } = await import('../inbox-export-dialog/inbox-export-dialog.js');
      defineElement('inbox-export-dialog', InboxExportDialog);
    } catch (error) {
      this.settle({ status: 'error', error, message: this.strings.failed(this.errorMessage(error)) });
      return;
    }
    this.setState({ dialogOpen: true });
  }

  /**
   * Exports the host's current view as `choice` says (the dialog's last choice by default) and
   * saves the file. Does nothing while an export runs. Never rejects.
   */
  async start(choice: ExportChoice = this.choice): Promise<void> {
    if (!this.host.source || this.run) return;
    const run = new AbortController();
    this.run = run;
    this.choice = choice;
    this.setState({ status: 'running', exported: 0, total: undefined, error: undefined, message: this.strings.running });
    const timeZone = choice.timeZone === 'utc' ? 'UTC' : this.host.timeZone;
    const fileName = `conversations-${calendarDate(new Date(), timeZone)}.${choice.format}`;
    const options: ExportOptions = {
      columns: choice.columns === 'all' ? 'all' : this.host.visibleColumns.map((column) => column.id),
      timeZone,
      strings: this.host.strings,
      headers: this.strings.headers,
      detailUrlTemplate: this.host.detailUrlTemplate,
      signal: run.signal,
      onProgress: ({ exported, total }) => {
        if (this.run === run) this.setState({ exported, total });
      },
    };
    try {
      const file = await this.writeFile(choice, fileName, options);
      if (this.run !== run) return;
      if (file) this.download(file, fileName);
      this.run = undefined;
      this.settle({ status: 'done', message: this.strings.done(this.count(this.exported)) });
    } catch (error) {
      // A cancelled run was already settled by `cancel()`; a dismissed picker is a cancel too.
      if (this.run !== run) return;
      this.run = undefined;
      if (isAbortError(error)) this.settle({ status: 'idle', message: this.strings.cancelled });
      else this.settle({ status: 'error', error, message: this.strings.failed(this.errorMessage(error)) });
    }
  }

  /** The file as a Blob, or `undefined` when a CSV streamed to a file the user picked. */
  private async writeFile(choice: ExportChoice, fileName: string, options: ExportOptions): Promise<Blob | undefined> {
    const { source, query } = this.host;
    if (!source) return undefined;
    if (choice.format === 'xlsx') {
      const { exportXlsx } = await import('../../export/export-xlsx.js');
      return exportXlsx(source, query, { ...options, sheetName: this.strings.dialog.title });
    }
    // The picker comes first, while the click's user activation is still valid.
    const writable = await this.pickFile(fileName);
    const { exportCsv } = await csvExport.load();
    return writable ? exportCsv(source, query, { ...options, writable }) : exportCsv(source, query, options);
  }

  /** Stops the running export: no further requests, no file. */
  cancel(): void {
    if (!this.run) return;
    this.run.abort();
    this.run = undefined;
    this.settle({ status: 'idle', message: this.strings.cancelled });
  }

  /** Removes the outcome message (and a failure's Retry); nothing while an export runs. */
  dismiss(): void {
    if (this.run) return;
    this.settle({ status: 'idle', error: undefined, message: '' });
  }

  /**
   * The toolbar control: Export (Retry after a failure), and while it runs progress and a
   * separate Cancel; after it, the outcome with a Dismiss.
   */
  render(): TemplateResult {
    const strings = this.strings;
    const running = this.status === 'running';
    const settled = !running && this.message !== '';
    // Export stays in place and focusable while it runs (aria-disabled, a click does nothing);
    // Cancel comes after it, never under the pointer that started the export.
    return html`<span class="export" part="export">
      <button
        type="button"
        class="action export-button"
        part="export-button"
        ?disabled=${!this.host.source || this.host.listFailed === true}
        aria-disabled=${running ? 'true' : nothing}
        aria-haspopup=${this.status === 'error' ? nothing : 'dialog'}
        @click=${() => void (this.status === 'error' ? this.start() : this.openDialog())}
      >
        ${this.status === 'error' ? strings.retry : strings.button}
      </button>
      ${this.dialogOpen ? this.renderDialog() : nothing}
      ${running ? this.renderProgress() : nothing}
      ${running
        ? html`<button type="button" class="action export-cancel" part="export-cancel" @click=${this.onCancelClick}>${strings.cancel}</button>`
        : nothing}
      <span id="export-status" dir="auto" class="export-status ${running ? 'sr-only' : ''} ${this.status === 'error' ? 'export-error' : ''}" part="export-status" role="status"
        >${this.message}</span
      >
      ${settled
        ? html`<button type="button" class="action export-dismiss" part="export-dismiss" aria-describedby="export-status" @click=${() => this.dismiss()}>
            ${strings.dismiss}
          </button>`
        : nothing}
    </span>`;
  }

  private renderDialog(): TemplateResult {
    const total = this.host.total;
    return html`<inbox-export-dialog
      open
      .count=${total === undefined ? undefined : this.count(total)}
      time-zone=${resolvedTimeZone(this.host.timeZone)}
      .strings=${this.strings.dialog}
      .choice=${this.choice}
      @inbox-export-dialog-close=${this.onDialogClose}
    ></inbox-export-dialog>`;
  }

  private onDialogClose = (event: ExportDialogCloseEvent): void => {
    this.setState({ dialogOpen: false });
    if (event.choice) void this.start(event.choice);
  };

  /** The second click of a double click (detail 2) belongs to the gesture that started the export. */
  private onCancelClick = (event: MouseEvent): void => {
    if (event.detail > 1) return;
    this.cancel();
  };

  private renderProgress(): TemplateResult {
    const total = this.total;
    const text = this.strings.progress(this.count(this.exported), total === undefined ? undefined : this.count(total));
    // Without a total the bar is indeterminate (no value).
    return html`<label class="export-progress" part="export-progress">
      <span dir="auto">${text}</span>
      <progress max=${ifDefined(total)} value=${ifDefined(total === undefined ? undefined : this.exported)}></progress>
    </label>`;
  }

  private setState(state: Partial<Pick<ExportController, 'status' | 'exported' | 'total' | 'error' | 'message' | 'dialogOpen'>>): void {
    Object.assign(this, state);
    this.host.requestUpdate();
  }

  /** Ends a run or its message; focus on Cancel or Dismiss, which go away, moves to Export. */
  private settle(state: Parameters<ExportController['setState']>[0]): void {
    const focused = getDeepActiveElement();
    const root = this.host.renderRoot as ParentNode;
    const leaving = focused !== null && [...root.querySelectorAll('.export-cancel, .export-dismiss')].includes(focused);
    this.setState(state);
    if (leaving) void this.host.updateComplete.then(() => root.querySelector<HTMLElement>('.export-button')?.focus());
  }

  /** A writable file chosen by the user, or `undefined` to download instead. */
  private async pickFile(suggestedName: string): Promise<CsvWritable | undefined> {
    const picker = (window as unknown as { showSaveFilePicker?: SaveFilePicker }).showSaveFilePicker;
    if (!this.host.exportFilePicker || !picker) return undefined;
    const handle = await picker.call(window, { suggestedName, types: [{ description: 'CSV', accept: { 'text/csv': ['.csv'] } }] });
    return handle.createWritable();
  }

  /** Saves `file` through a temporary download link in the host's shadow root. */
  private download(file: Blob, fileName: string): void {
    const url = URL.createObjectURL(file);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    this.host.renderRoot.append(link);
    link.click();
    link.remove();
    // Revoked on a later task: the browser starts the download from the URL after the click.
    setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
  }

  private errorMessage(error: unknown): string {
    return this.host.strings.errors[error instanceof InboxError ? error.kind : 'unknown'];
  }

  private count(value: number): Count {
    return counter(this.host.locale)(value);
  }
}

/** `YYYY-MM-DD` of `date` in `timeZone` (the viewer's own when unset or unknown). */
export function calendarDate(date: Date, timeZone?: string): string {
  return formatCivilDate(civilDateAt(date.getTime(), timeZone));
}

/** Styles of the control; the host adds them to its own. The button uses the host's `.action`. */
export const exportStyles = css`
  .export {
    flex: none;
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  .export-progress {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .export-progress progress {
    width: 120px;
    accent-color: var(--inbox-accent-color, #1a56db);
  }
  .export-status {
    font-size: 0.875em;
    color: var(--inbox-muted-color, #5f6672);
  }
  .export-status.export-error {
    color: var(--inbox-error-color, #b42318);
  }
  .export-button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: default;
  }
`;
