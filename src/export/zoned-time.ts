/**
 * Instants as a file states them in a chosen time zone: ISO 8601 with the zone's offset for CSV,
 * and the zone's wall-clock reading as a spreadsheet date serial for Excel (Excel dates have no
 * zone, so the zone is in the column header). Pure functions.
 */
import { offsetAt } from '../format/date-presets.js';

const MINUTE_MS = 60_000;
/** Zones change their offset on a quarter hour (UTC) at most, so one lookup serves a whole quarter. */
const QUARTER_MS = 15 * MINUTE_MS;
const MAX_CACHED = 50_000;
/** Offsets by zone and quarter hour: `Intl` costs ~10 µs a call, 100,000 rows a second. */
const offsets = new Map<string, number>();

/** Milliseconds `timeZone` is ahead of UTC at `ms`, cached per quarter hour. */
function cachedOffset(ms: number, timeZone: string): number {
  const quarter = Math.floor(ms / QUARTER_MS);
  const key = `${timeZone}|${quarter}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size >= MAX_CACHED) offsets.clear();
    offset = offsetAt(quarter * QUARTER_MS, timeZone);
    offsets.set(key, offset);
  }
  return offset;
}
const DAY_MS = 86_400_000;
/** Days from Excel's 1900 epoch (as Excel counts, with its 1900 leap day) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/** The IANA zone a `timeZone` option names: itself when the browser knows it, else the viewer's. */
export function resolvedTimeZone(timeZone?: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return new Intl.DateTimeFormat('en-US').resolvedOptions().timeZone;
  }
}

/** `2026-03-01T11:00:00+01:00`: the wall clock in `timeZone` (an IANA name the browser knows) with its offset. */
export function isoWithOffset(date: Date, timeZone: string): string {
  const offset = Math.round(cachedOffset(date.getTime(), timeZone) / MINUTE_MS);
  const wall = new Date(Math.floor(date.getTime() / 1000) * 1000 + offset * MINUTE_MS);
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${wall.toISOString().slice(0, 19)}${sign}${hours}:${minutes}`;
}

/** The spreadsheet date serial (days since 1899-12-30) of the wall clock in `timeZone`, to the second. */
export function dateSerial(date: Date, timeZone: string): number {
  const ms = Math.floor(date.getTime() / 1000) * 1000;
  return (ms + cachedOffset(ms, timeZone)) / DAY_MS + UNIX_EPOCH_SERIAL;
}
