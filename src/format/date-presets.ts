/**
 * Date ranges for the filters, as exact ISO instants computed in an IANA time zone with `Intl`
 * only. A day runs from its first instant to the last millisecond before the next day begins, so
 * days of 23 or 25 hours (daylight-saving changes) come out right, and so does a day whose
 * midnight is skipped.
 */

export type DatePresetId = 'today' | 'yesterday' | 'last7' | 'last30' | 'thisMonth';
export const DATE_PRESETS: readonly DatePresetId[] = ['today', 'yesterday', 'last7', 'last30', 'thisMonth'];

/** Inclusive bounds, ISO 8601 instants (`toISOString`). */
export interface InstantRange {
  after: string;
  before: string;
}

/** A calendar day with no time zone: `month` 1–12. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;
const partsFormats = new Map<string, Intl.DateTimeFormat>();

/** `timeZone` when the browser knows it, otherwise `undefined` (the viewer's own zone). */
export function knownTimeZone(timeZone: string | undefined): string | undefined {
  if (timeZone === undefined || timeZone === '') return undefined;
  try {
    wallClockFormat(timeZone);
    return timeZone;
  } catch {
    return undefined;
  }
}

function wallClockFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let format = partsFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormats.set(key, format);
  }
  return format;
}

/** The wall-clock reading at `ms` in `timeZone`, expressed as if that reading were UTC (whole seconds). */
function wallClock(ms: number, timeZone: string | undefined): number {
  const parts: Record<string, number> = {};
  for (const part of wallClockFormat(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

/** Milliseconds the zone is ahead of UTC at `ms`. */
export function offsetAt(ms: number, timeZone: string | undefined): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return wallClock(whole, timeZone) - whole;
}

/** The calendar day `ms` falls on in `timeZone`. */
export function civilDateAt(ms: number, timeZone?: string): CivilDate {
  const wall = new Date(wallClock(ms, knownTimeZone(timeZone)));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** `date` moved by `days` calendar days (months and years roll over). */
export function addDays(date: CivilDate, days: number): CivilDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** The first instant (epoch ms) of `date` in `timeZone`. */
export function startOfDay(date: CivilDate, timeZone?: string): number {
  const zone = knownTimeZone(timeZone);
  const midnight = Date.UTC(date.year, date.month - 1, date.day);
  // The offsets in force a day either side; at most one change lies between them.
  const offsetBefore = offsetAt(midnight - DAY_MS, zone);
  const offsetAfter = offsetAt(midnight + DAY_MS, zone);
  const candidates = [midnight - offsetBefore, midnight - offsetAfter].filter((instant) => wallClock(instant, zone) === midnight);
  // No candidate: midnight was skipped, and the day begins when the clocks jumped, which is the
  // instant that would have been midnight under the old offset.
  return candidates.length ? Math.min(...candidates) : midnight - offsetBefore;
}

/** The inclusive instants covering `from` through `to` (whole days); either end may be open. */
export function dayRange(from: CivilDate | undefined, to: CivilDate | undefined, timeZone?: string): Partial<InstantRange> {
  return {
    after: from && new Date(startOfDay(from, timeZone)).toISOString(),
    before: to && new Date(startOfDay(addDays(to, 1), timeZone) - 1).toISOString(),
  };
}

/** The instants a preset means at `now` in `timeZone`; every preset ends with today. */
export function presetRange(preset: DatePresetId, now: Date, timeZone?: string): InstantRange {
  const today = civilDateAt(now.getTime(), timeZone);
  const first: Record<DatePresetId, CivilDate> = {
    today,
    yesterday: addDays(today, -1),
    last7: addDays(today, -6),
    last30: addDays(today, -29),
    thisMonth: { ...today, day: 1 },
  };
  const last = preset === 'yesterday' ? addDays(today, -1) : today;
  return dayRange(first[preset], last, timeZone) as InstantRange;
}

/** `2026-03-08` as a `CivilDate`, or `undefined` when it is not a real calendar day. */
export function parseCivilDate(value: string): CivilDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const check = addDays(date, 0);
  return check.year === date.year && check.month === date.month && check.day === date.day ? date : undefined;
}

/** `CivilDate` as `2026-03-08` (the value of `<input type="date">`). */
export function formatCivilDate(date: CivilDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** The calendar day an ISO instant falls on in `timeZone`, as `2026-03-08`; `''` when unreadable. */
export function civilDateOf(instant: string | undefined, timeZone?: string): string {
  const ms = instant === undefined ? NaN : Date.parse(instant);
  return Number.isNaN(ms) ? '' : formatCivilDate(civilDateAt(ms, timeZone));
}
