/**
 * What an exported file holds, for CSV and Excel alike: typed fields (text, seconds, a count, an
 * instant) chosen from the table's columns. The file carries the data rather than the screen's
 * rendering of it: the real caller id (the "Guest" mask is for the screen), every participant,
 * durations in seconds and instants the writer puts in the chosen time zone. Pure functions.
 */
import type { Conversation } from '../data/types.js';
import { COLUMNS, type ColumnId, type FormatContext } from '../format/columns.js';
import { parseInstant } from '../format/datetime.js';
import { durationParts } from '../format/duration.js';
import { DEFAULT_DETAIL_URL, detailUrl } from '../format/links.js';
import { DEFAULT_FORMAT_STRINGS, type FormatStrings } from '../format/strings.js';
import { safeUrl } from '../format/url.js';
import { DEFAULT_CSV_HEADERS, type CsvHeaderStrings } from './export-strings.js';

/** How a writer stores a field: text stays text, `seconds` and `count` are numbers, `instant` a date. */
export type FieldType = 'text' | 'seconds' | 'count' | 'instant';

export type FieldValue = string | number | Date | undefined;

export interface ExportField {
  header: string;
  type: FieldType;
  /** A string for `text`, a finite number for `seconds` and `count`, a `Date` for `instant`; `undefined` when missing. */
  value: (conversation: Conversation) => FieldValue;
}

/** Which columns a file has: the table's visible ones in their order, or every field there is. */
export type ColumnChoice = readonly string[] | 'all';

export interface FieldOptions {
  /** IANA name of the zone the instants are written in; their headers name it. */
  timeZone: string;
  /** The table's strings, for column headers and the labels of API values. */
  strings?: FormatStrings;
  headers?: CsvHeaderStrings;
  /** Detail page URL template; `{id}` is replaced by the conversation id. */
  detailUrlTemplate?: string;
}

/** Every column with data, in the table's catalogue order: the file's columns for `'all'` (`dateTime` is Created again). */
export const ALL_EXPORT_COLUMNS: readonly ColumnId[] = [...COLUMNS.keys()].filter((id) => !['select', 'actions', 'copy', 'dateTime'].includes(id));

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** The columns whose data is an instant, by the conversation field they show. */
const INSTANT_COLUMNS: Partial<Record<ColumnId, 'createdAt' | 'lastActivityAt'>> = {
  date: 'createdAt',
  time: 'createdAt',
  created: 'createdAt',
  dateTime: 'createdAt',
  lastActivity: 'lastActivityAt',
};

/**
 * The file's fields: `Conversation ID` and `Detail link` first, then the chosen columns in their
 * order (without the screen's masks), then `Other participants`, then the chosen instants
 * (`Date`, `Time` and `Created` are one creation instant). `copy` is the detail link already.
 */
export function exportFields(columns: ColumnChoice, options: FieldOptions): ExportField[] {
  const strings = options.strings ?? DEFAULT_FORMAT_STRINGS;
  const headers = options.headers ?? DEFAULT_CSV_HEADERS;
  const template = options.detailUrlTemplate ?? DEFAULT_DETAIL_URL;
  const context: FormatContext = { strings };
  const ids = columns === 'all' ? ALL_EXPORT_COLUMNS : columns;
  const fields: ExportField[] = [
    { header: headers.conversationId, type: 'text', value: (c) => c.id },
    { header: headers.detailLink, type: 'text', value: (c) => absoluteUrl(detailUrl(c, template)) },
  ];
  const instants = new Set<'createdAt' | 'lastActivityAt'>();
  for (const id of new Set(ids)) {
    const column = COLUMNS.get(id as ColumnId);
    if (!column) continue;
    const instant = INSTANT_COLUMNS[column.id];
    if (instant) instants.add(instant);
    else {
      const field = dataField(column.id, strings, headers, context);
      if (field) fields.push(field);
    }
  }
  fields.push({ header: headers.participants, type: 'text', value: (c) => (c.extraParticipants?.length ? c.extraParticipants.join('; ') : undefined) });
  // In the order the fields happen: created, then last activity.
  if (instants.has('createdAt')) fields.push({ header: headers.createdAt(options.timeZone), type: 'instant', value: (c) => parseInstant(c.createdAt) });
  if (instants.has('lastActivityAt')) fields.push({ header: headers.lastActivityAt(options.timeZone), type: 'instant', value: (c) => parseInstant(c.lastActivityAt) });
  return fields;
}

/** The field of a column that is neither an instant nor an icon without data; `undefined` for those. */
function dataField(id: ColumnId, strings: FormatStrings, headers: CsvHeaderStrings, context: FormatContext): ExportField | undefined {
  const header = strings.columns[id] ?? id;
  switch (id) {
    case 'play':
      return { header: headers.recordingUrl, type: 'text', value: (c) => absoluteUrl(safeUrl(c.recordingUrl)) };
    case 'callerId':
      return { header, type: 'text', value: (c) => text(c.callerId) };
    case 'duration':
      return { header: headers.durationSeconds, type: 'seconds', value: (c) => (durationParts(c.durationSeconds) ? c.durationSeconds : undefined) };
    case 'unread':
      return {
        header,
        type: 'count',
        value: (c) => (typeof c.unreadCount === 'number' && Number.isFinite(c.unreadCount) && c.unreadCount >= 0 ? c.unreadCount : undefined),
      };
    default: {
      const columnText = COLUMNS.get(id)?.text;
      return columnText && { header, type: 'text', value: (c) => columnText(c, context) };
    }
  }
}

/** A root-relative URL made absolute against the page: a file opened elsewhere has no page. */
function absoluteUrl(url: string | undefined): string | undefined {
  if (url === undefined || !url.startsWith('/') || typeof location === 'undefined') return url;
  return new URL(url, location.href).href;
}
