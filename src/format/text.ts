import type { Conversation } from '../data/types.js';

/** `in_progress` → `In Progress`, `COMPLETED` → `Completed`. */
export function titleCase(value: string): string {
  return String(value)
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
    .join(' ');
}

/** Guest web visitors have ids beginning with `guest_`. */
export function isGuestId(callerId: unknown): boolean {
  return typeof callerId === 'string' && callerId.startsWith('guest_');
}

/** Who a conversation is with, for labels and messages: name, else caller (guests as `guest`), else id. */
export function counterpart(conversation: Conversation, guest: string): string {
  const name = conversation.callerName || conversation.customer?.name;
  if (name) return name;
  return (isGuestId(conversation.callerId) ? guest : conversation.callerId) || conversation.id;
}
