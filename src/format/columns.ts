/**
 * The columns the inbox can show. Each knows its width and, for text columns, how to turn a
 * conversation into the plain text a user reads; the row, the tooltips and the CSV export all use
 * that one function, so the screen and the file never disagree.
 */
import type { Conversation } from '../data/types.js';
import { formatDate, formatDateTime, formatTime } from './datetime.js';
import { counter } from './count.js';
import { formatDuration } from './duration.js';
import { formatRelative } from './relative-time.js';
import { valueLabel } from './labels.js';
import type { FormatStrings } from './strings.js';
import { isGuestId, titleCase } from './text.js';

export type ColumnId =
  | 'select'
  | 'actions'
  | 'copy'
  | 'play'
  | 'agent'
  | 'callerId'
  | 'callerName'
  | 'agentNumber'
  | 'direction'
  | 'status'
  | 'summary'
  | 'duration'
  | 'date'
  | 'time'
  | 'type'
  | 'customer'
  | 'priority'
  | 'assignee'
  | 'tags'
  | 'unread'
  | 'lastActivity'
  | 'created'
  | 'dateTime';

export interface FormatContext {
  strings: FormatStrings;
  locale?: string;
  timeZone?: string;
  /** `relative`: the Date column reads "5 min. ago", "Yesterday 2:02 PM", then the date. */
  timeFormat?: 'relative';
  /** The current time for relative dates (ms); `Date.now()` when unset. */
  now?: number;
}

export interface ColumnDef {
  id: ColumnId;
  /** Icon-only column: its header text is for assistive technology only. */
  iconOnly?: boolean;
  /** CSS grid track; text columns have a minimum so narrow screens scroll instead of crushing. */
  track: string;
  /** Pixels the track needs at least; their sum is the row's minimum width. */
  minWidth: number;
  /** Conversation fields the column shows; hidden when the credential cannot read all of them. */
  fields: readonly (keyof Conversation)[];
  /** Plain text of the cell; `undefined` renders as the missing-value mark. Icon columns have none. */
  text?: (conversation: Conversation, context: FormatContext) => string | undefined;
}

const nonEmpty = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

const COLUMN_LIST: ColumnDef[] = [
  { id: 'select', track: '40px', minWidth: 40, fields: ['id'], iconOnly: true },
  { id: 'actions', track: '48px', minWidth: 48, fields: ['id'], iconOnly: true },
  { id: 'copy', track: '40px', minWidth: 40, fields: ['id'], iconOnly: true },
  { id: 'play', track: '48px', minWidth: 48, fields: ['recordingUrl'], iconOnly: true },
  {
    id: 'agent',
    track: 'minmax(120px, 1fr)',
    minWidth: 120,
    fields: ['agent'],
    text: (c) => nonEmpty(c.agent?.name) ?? nonEmpty(c.agent?.id),
  },
  {
    id: 'callerId',
    track: 'minmax(124px, 1fr)',
    minWidth: 124,
    fields: ['callerId'],
    text: (c, { strings }) => (isGuestId(c.callerId) ? strings.guest : nonEmpty(c.callerId)),
  },
  { id: 'callerName', track: 'minmax(110px, 1fr)', minWidth: 110, fields: ['callerName'], text: (c) => nonEmpty(c.callerName) },
  { id: 'agentNumber', track: 'minmax(110px, 1fr)', minWidth: 110, fields: ['agentNumber'], text: (c) => nonEmpty(c.agentNumber) },
  {
    id: 'direction',
    track: '84px',
    minWidth: 84,
    fields: ['direction'],
    text: (c, { strings }) => valueLabel(strings.directions, c.direction),
  },
  { id: 'status', track: '136px', minWidth: 136, fields: ['status'], text: (c, { strings }) => valueLabel(strings.statuses, c.status) },
  { id: 'summary', track: 'minmax(140px, 3fr)', minWidth: 140, fields: ['summary'], text: (c) => nonEmpty(c.summary) },
  {
    id: 'duration',
    track: '92px',
    minWidth: 92,
    fields: ['durationSeconds'],
    text: (c, { locale }) => formatDuration(c.durationSeconds, locale),
  },
  {
    id: 'date',
    track: '116px',
    minWidth: 116,
    fields: ['createdAt'],
    text: (c, context) =>
      context.timeFormat === 'relative'
        ? formatRelative(c.createdAt, { ...context, now: context.now ?? Date.now(), dayAndTime: context.strings.dayAndTime })
        : formatDate(c.createdAt, context),
  },
  { id: 'time', track: '92px', minWidth: 92, fields: ['createdAt'], text: (c, context) => formatTime(c.createdAt, context) },
  {
    id: 'type',
    track: '96px',
    minWidth: 96,
    fields: ['channel'],
    text: (c, { strings }) => valueLabel(strings.channels, c.channel) ?? (c.channelRaw ? titleCase(c.channelRaw) : undefined),
  },
  {
    id: 'customer',
    track: 'minmax(160px, 1fr)',
    minWidth: 160,
    fields: ['customer'],
    text: (c) => nonEmpty(c.customer?.name) ?? nonEmpty(c.callerId),
  },
  { id: 'priority', track: '92px', minWidth: 92, fields: ['priority'], text: (c, { strings }) => valueLabel(strings.priorities, c.priority) },
  { id: 'assignee', track: 'minmax(130px, 1fr)', minWidth: 130, fields: ['assignee'], text: (c) => nonEmpty(c.assignee?.name) ?? nonEmpty(c.assignee?.id) },
  {
    id: 'tags',
    track: 'minmax(140px, 1fr)',
    minWidth: 140,
    fields: ['tags'],
    text: (c) => (c.tags && c.tags.length > 0 ? c.tags.join(', ') : undefined),
  },
  {
    id: 'unread',
    track: '76px',
    minWidth: 76,
    fields: ['unreadCount'],
    text: (c, { locale }) =>
      typeof c.unreadCount === 'number' && Number.isFinite(c.unreadCount) && c.unreadCount >= 0 ? counter(locale)(c.unreadCount).text : undefined,
  },
  {
    id: 'lastActivity',
    track: '170px',
    minWidth: 170,
    fields: ['lastActivityAt'],
    text: (c, context) => formatDateTime(c.lastActivityAt, context),
  },
  { id: 'created', track: '170px', minWidth: 170, fields: ['createdAt'], text: (c, context) => formatDateTime(c.createdAt, context) },
  /** Date and time in one column, shown instead of Date and Time when picked. */
  { id: 'dateTime', track: '170px', minWidth: 150, fields: ['createdAt'], text: (c, context) => formatDateTime(c.createdAt, context) },
];

/** Every column a user can pick (the selection and action controls come with the source's actions). */
export const PICKABLE_COLUMNS: readonly ColumnId[] = COLUMN_LIST.map((column) => column.id).filter((id) => id !== 'select' && id !== 'actions');

export const COLUMNS: ReadonlyMap<ColumnId, ColumnDef> = new Map(COLUMN_LIST.map((column) => [column.id, column]));

/** The documented Anyreach column set, in its order. */
export const DEFAULT_COLUMNS: readonly ColumnId[] = [
  'copy',
  'play',
  'agent',
  'callerId',
  'callerName',
  'agentNumber',
  'direction',
  'status',
  'summary',
  'duration',
  'date',
  'time',
  'type',
];

/**
 * Resolves a column list to definitions: unknown ids are dropped, duplicates kept once, and
 * columns whose fields the credential cannot read are left out when `hiddenFields` says so.
 */
export function resolveColumns(
  ids: readonly string[],
  hiddenFields: readonly (keyof Conversation)[] = [],
): ColumnDef[] {
  const seen = new Set<string>();
  const resolved: ColumnDef[] = [];
  for (const id of ids) {
    const column = COLUMNS.get(id as ColumnId);
    if (!column || seen.has(id)) continue;
    seen.add(id);
    if (column.fields.some((field) => hiddenFields.includes(field))) continue;
    resolved.push(column);
  }
  return resolved;
}
