/**
 * Relative times for the Date column (`time-format="relative"`): "now", "5 min. ago",
 * "2 hr. ago" today, "Yesterday 2:02 PM", then the date; in the viewer's locale through
 * `Intl.RelativeTimeFormat`, days counted in the table's time zone.
 */
import { addDays, civilDateAt, startOfDay } from './date-presets.js';
import { formatDate, formatTime, parseInstant, type DateTimeOptions } from './datetime.js';

export interface RelativeTimeOptions extends DateTimeOptions {
  /** The current time in ms. */
  now: number;
  /** Joins the word for yesterday and the time: `(day, time) => \`${day} ${time}\``. */
  dayAndTime: (day: string, time: string) => string;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

const cache = new Map<string, Intl.RelativeTimeFormat>();

function relativeFormat(locale: string | undefined): Intl.RelativeTimeFormat {
  const key = locale ?? '';
  let format = cache.get(key);
  if (!format) {
    try {
      format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
    } catch {
      // An unknown locale from a host attribute must not break rendering.
      format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto', style: 'short' });
    }
    cache.set(key, format);
  }
  return format;
}

/** The first letter in upper case, as the start of a cell ("gestern" → "Gestern"). */
function capitalized(text: string, locale: string | undefined): string {
  try {
    return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
  } catch {
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
}

/** `value` relative to `now`, or `undefined` for no valid instant. A future instant (clock skew) reads "now". */
export function formatRelative(value: unknown, options: RelativeTimeOptions): string | undefined {
  const date = parseInstant(value);
  if (!date) return undefined;
  const { now, locale, timeZone } = options;
  const format = relativeFormat(locale);
  const ago = now - date.getTime();
  if (ago < MINUTE_MS) return capitalized(format.format(0, 'second'), locale);
  if (ago < HOUR_MS) return format.format(-Math.floor(ago / MINUTE_MS), 'minute');
  const today = civilDateAt(now, timeZone);
  const startOfToday = startOfDay(today, timeZone);
  if (date.getTime() >= startOfToday) return format.format(-Math.floor(ago / HOUR_MS), 'hour');
  if (date.getTime() >= startOfDay(addDays(today, -1), timeZone)) {
    return options.dayAndTime(capitalized(format.format(-1, 'day'), locale), formatTime(date.toISOString(), options)!);
  }
  return formatDate(date.toISOString(), options);
}
