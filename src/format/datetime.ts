/**
 * Dates and times in the viewer's time zone by default, or a chosen `timeZone` and `locale`.
 * Formatters are cached: creating an `Intl.DateTimeFormat` per cell would cost more than the render.
 */
export interface DateTimeOptions {
  locale?: string;
  timeZone?: string;
}

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: 'date' | 'time' | 'dateTime', { locale, timeZone }: DateTimeOptions): Intl.DateTimeFormat {
  const key = `${kind}|${locale ?? ''}|${timeZone ?? ''}`;
  let format = cache.get(key);
  if (!format) {
    const parts: Intl.DateTimeFormatOptions =
      kind === 'date'
        ? { year: 'numeric', month: 'short', day: 'numeric' }
        : kind === 'time'
          ? { hour: 'numeric', minute: '2-digit' }
          : { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };
    try {
      format = new Intl.DateTimeFormat(locale, { ...parts, timeZone });
    } catch {
      // An unknown locale or time zone from a host attribute must not break rendering.
      format = new Intl.DateTimeFormat(undefined, parts);
    }
    cache.set(key, format);
  }
  return format;
}

/** A valid `Date` from an ISO string, or `undefined` for anything unparseable. */
export function parseInstant(value: unknown): Date | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function formatDate(value: unknown, options: DateTimeOptions = {}): string | undefined {
  const date = parseInstant(value);
  return date && formatter('date', options).format(date);
}

export function formatTime(value: unknown, options: DateTimeOptions = {}): string | undefined {
  const date = parseInstant(value);
  return date && formatter('time', options).format(date);
}

export function formatDateTime(value: unknown, options: DateTimeOptions = {}): string | undefined {
  const date = parseInstant(value);
  return date && formatter('dateTime', options).format(date);
}
