/**
 * What a row's visual cues are made of, as plain values: the family a status belongs to, whether
 * a conversation is unread, and how long a live conversation has been going. The row draws them;
 * every cue also has its text.
 */
import type { Conversation } from '../data/types.js';
import { LIVE_STATUSES } from '../data/types.js';

/** Families of statuses, each with its own pill colour and mark. */
export type StatusFamily = 'live' | 'done' | 'failed' | 'pending';

const FAMILIES: Record<string, StatusFamily> = {
  triggered: 'live',
  ringing: 'live',
  in_progress: 'live',
  completed: 'done',
  transferred: 'done',
  resolved: 'done',
  failed: 'failed',
  cancelled: 'failed',
  unanswered: 'failed',
  open: 'pending',
  pending: 'pending',
};

/** The family of a status as the API spells it; `undefined` for a host's own status. */
export function statusFamily(status: string | undefined): StatusFamily | undefined {
  return status !== undefined && Object.hasOwn(FAMILIES, status) ? FAMILIES[status] : undefined;
}

/** Unread messages of a conversation (Avoca `unread_count`), 0 when none or unknown. */
export function unreadCount(conversation: Conversation): number {
  const count = conversation.unreadCount;
  return typeof count === 'number' && Number.isFinite(count) && count > 0 ? Math.floor(count) : 0;
}

/** Priorities marked with a badge. */
export function isMarkedPriority(priority: string | undefined): priority is 'urgent' | 'high' {
  return priority === 'urgent' || priority === 'high';
}

/** Whether the conversation is still happening (its elapsed time is shown). */
export function isLive(conversation: Conversation): boolean {
  return LIVE_STATUSES.includes(conversation.status ?? '');
}

/**
 * When the current state of a live conversation began: in progress since its last change when
 * the API reports one (the answer), otherwise since it was created (ringing from the start).
 */
export function liveSince(conversation: Conversation): number | undefined {
  const instant = conversation.status === 'in_progress' ? (conversation.updatedAt ?? conversation.createdAt) : conversation.createdAt;
  const ms = instant === undefined ? Number.NaN : Date.parse(instant);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Elapsed time as a clock reads it: `0:42`, `12:07`, `1:02:03`; a future start reads `0:00`. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
