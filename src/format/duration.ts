/**
 * Durations as hours, minutes and seconds: `1h 2m 3s`, `1h 0m 0s`, `4m 0s`, `45s`. Uses
 * `Intl.DurationFormat` where the browser has it, so units follow the locale.
 */
interface DurationFormatter {
  format(duration: Record<string, number>): string;
}
type DurationFormatConstructor = new (locale: string | undefined, options: Record<string, string>) => DurationFormatter;

const formatters = new Map<string, DurationFormatter | null>();
/** Formatted text per locale and whole-second value: Intl.DurationFormat costs ~0.1 ms a call. */
const formatted = new Map<string, string>();
const MAX_CACHED = 20_000;

/** One cached formatter per locale and per whether minutes always show (they do once hours do). */
function durationFormatter(locale: string | undefined, minutesAlways: boolean): DurationFormatter | null {
  const key = `${locale ?? ''}|${minutesAlways}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
    try {
      formatter = DurationFormat
        ? new DurationFormat(locale, {
            style: 'narrow',
            minutesDisplay: minutesAlways ? 'always' : 'auto',
            secondsDisplay: 'always',
          })
        : null;
    } catch {
      formatter = null;
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Splits seconds into whole parts; `undefined` for anything but a finite non-negative number. */
export function durationParts(seconds: unknown): { hours: number; minutes: number; seconds: number } | undefined {
  // Past 2^53 seconds the parts are not whole numbers and Intl.DurationFormat throws.
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0 || seconds > Number.MAX_SAFE_INTEGER) return undefined;
  const whole = Math.round(seconds);
  return { hours: Math.floor(whole / 3600), minutes: Math.floor((whole % 3600) / 60), seconds: whole % 60 };
}

export function formatDuration(seconds: unknown, locale?: string): string | undefined {
  const parts = durationParts(seconds);
  if (!parts) return undefined;
  const key = `${locale ?? ''}|${Math.round(seconds as number)}`;
  let text = formatted.get(key);
  if (text === undefined) {
    const formatter = durationFormatter(locale, parts.hours > 0);
    text = formatter
      ? formatter.format(parts)
      : [parts.hours ? `${parts.hours}h` : '', parts.hours || parts.minutes ? `${parts.minutes}m` : '', `${parts.seconds}s`].filter(Boolean).join(' ');
    if (formatted.size >= MAX_CACHED) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

/** A media position as a clock, `m:ss` or `h:mm:ss` (`0:00` for anything not a finite non-negative number). */
export function formatClock(seconds: unknown): string {
  const parts = durationParts(typeof seconds === 'number' ? Math.floor(seconds) : seconds) ?? { hours: 0, minutes: 0, seconds: 0 };
  const ss = String(parts.seconds).padStart(2, '0');
  return parts.hours > 0 ? `${parts.hours}:${String(parts.minutes).padStart(2, '0')}:${ss}` : `${parts.minutes}:${ss}`;
}
