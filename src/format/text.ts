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
