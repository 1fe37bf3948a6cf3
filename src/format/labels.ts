/** Labels of API values, shared by the table's cells, the filters' choices and the actions. */
import { titleCase } from './text.js';

export const CHANNEL_LABELS: Record<string, string> = { phone: 'Phone Call', web_chat: 'Web Chat', email: 'Email', text: 'Text' };
export const DIRECTION_LABELS: Record<string, string> = { inbound: 'Inbound', outbound: 'Outbound' };
/** Every status of the built-in APIs; a host's own status shows in Title Case. */
export const STATUS_LABELS: Record<string, string> = {
  triggered: 'Triggered',
  ringing: 'Ringing',
  in_progress: 'In Progress',
  completed: 'Completed',
  failed: 'Failed',
  cancelled: 'Cancelled',
  transferred: 'Transferred',
  unanswered: 'Unanswered',
  open: 'Open',
  pending: 'Pending',
  resolved: 'Resolved',
};
export const PRIORITY_LABELS: Record<string, string> = { urgent: 'Urgent', high: 'High', normal: 'Normal', low: 'Low' };

/** The label of an API value: from `labels`, else the value in Title Case; `undefined` for no value. */
export function valueLabel(labels: Record<string, string>, value: unknown): string | undefined {
  // A host's own source may send null or non-strings despite the types.
  if (typeof value !== 'string' || value === '') return undefined;
  return Object.hasOwn(labels, value) ? labels[value] : titleCase(value);
}
