/**
 * The user-visible strings of the export: the extra column headers of the file, the toolbar's
 * texts and the export dialog's. A host replaces any subset: `{ ...DEFAULT_EXPORT_STRINGS, button: 'Download' }`.
 */
import type { Count } from '../format/count.js';

/** Headers of the file's columns that are not the table's own. */
export interface CsvHeaderStrings {
  conversationId: string;
  detailLink: string;
  /** The creation instant, in the chosen time zone; `zone` is its IANA name. */
  createdAt: (zone: string) => string;
  /** The last activity instant, in the chosen time zone. */
  lastActivityAt: (zone: string) => string;
  /** The duration in seconds, a number. */
  durationSeconds: string;
  /** Replaces the table's play button column. */
  recordingUrl: string;
  /** Thread participants other than the caller and the agent. */
  participants: string;
}

/** The export dialog: what is exported, in which format, with which columns and time zone. */
export interface ExportDialogStrings {
  title: string;
  /** The dialog's confirm button: names the count when the source knows it. */
  submit: (count?: Count) => string;
  close: string;
  format: string;
  csv: string;
  xlsx: string;
  columns: string;
  visibleColumns: string;
  allFields: string;
  timeZone: string;
  /** The table's own zone, named. */
  tableZone: (zone: string) => string;
  utc: string;
}

export interface ExportStrings {
  headers: CsvHeaderStrings;
  dialog: ExportDialogStrings;
  /** The toolbar button; it opens the dialog. */
  button: string;
  cancel: string;
  retry: string;
  /** Text labelling the progress bar; counts arrive formatted for the locale, with their plural. */
  progress: (exported: Count, total?: Count) => string;
  /** Announced when an export starts. */
  running: string;
  /** Announced when the file is ready. */
  done: (exported: Count) => string;
  cancelled: string;
  /** Shown and announced when the export failed; `reason` is the inbox's message for the error. */
  failed: (reason: string) => string;
  /** Removes the outcome message. */
  dismiss: string;
}

export const DEFAULT_CSV_HEADERS: CsvHeaderStrings = {
  conversationId: 'Conversation ID',
  detailLink: 'Detail link',
  createdAt: (zone) => `Created (${zone})`,
  lastActivityAt: (zone) => `Last activity (${zone})`,
  durationSeconds: 'Duration (seconds)',
  recordingUrl: 'Recording URL',
  participants: 'Other participants',
};

export const DEFAULT_EXPORT_STRINGS: ExportStrings = {
  headers: DEFAULT_CSV_HEADERS,
  dialog: {
    title: 'Export conversations',
    submit: (count) => (count === undefined ? 'Export' : `Export ${count} ${count.plural === 'one' ? 'conversation' : 'conversations'}`),
    close: 'Cancel',
    format: 'Format',
    csv: 'CSV',
    xlsx: 'Excel (.xlsx)',
    columns: 'Columns',
    visibleColumns: 'The table’s columns, in its order',
    allFields: 'Every field',
    timeZone: 'Dates and times',
    tableZone: (zone) => `The table’s time zone (${zone})`,
    utc: 'UTC',
  },
  button: 'Export',
  cancel: 'Cancel export',
  retry: 'Retry export',
  progress: (exported, total) => (total === undefined ? `${exported} exported` : `${exported} of ${total} exported`),
  running: 'Exporting conversations…',
  done: (exported) => `Exported ${exported} ${exported.plural === 'one' ? 'conversation' : 'conversations'}.`,
  cancelled: 'Export cancelled.',
  failed: (reason) => `Export failed. ${reason}`,
  dismiss: 'Dismiss',
};
