/**
 * The user-visible strings of the CSV export: the extra column headers of the file and the
 * toolbar's texts. A host replaces any subset: `{ ...DEFAULT_EXPORT_STRINGS, button: 'CSV' }`.
 */
import type { Count } from '../format/count.js';

/** Headers of the columns the file has beyond the table's own. */
export interface CsvHeaderStrings {
  conversationId: string;
  detailLink: string;
  /** The machine-readable creation instant (ISO 8601, UTC). */
  createdIso: string;
  /** Written after the formatted duration when the table shows durations. */
  durationSeconds: string;
  /** Replaces the table's play button column. */
  recordingUrl: string;
}

export interface ExportStrings {
  headers: CsvHeaderStrings;
  /** The toolbar button. */
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
  createdIso: 'created_at',
  durationSeconds: 'Duration (seconds)',
  recordingUrl: 'Recording URL',
};

export const DEFAULT_EXPORT_STRINGS: ExportStrings = {
  headers: DEFAULT_CSV_HEADERS,
  button: 'Export CSV',
  cancel: 'Cancel export',
  retry: 'Retry export',
  progress: (exported, total) => (total === undefined ? `${exported} exported` : `${exported} of ${total} exported`),
  running: 'Exporting conversations to CSV…',
  done: (exported) => `Exported ${exported} ${exported.plural === 'one' ? 'conversation' : 'conversations'}.`,
  cancelled: 'Export cancelled.',
  failed: (reason) => `Export failed. ${reason}`,
  dismiss: 'Dismiss',
};
