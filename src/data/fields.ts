/**
 * Defensive readers for API fields: a value of the wrong type reads as absent instead of
 * crashing or leaking into the table as `[object Object]`.
 */
import type { NamedOption } from './types.js';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object, or `undefined` for anything else (arrays included). */
export function record(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) ? value : undefined;
}

/** A non-blank string, or `undefined`. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A non-blank string without its surrounding whitespace, or `undefined`. */
export function trimmed(value: unknown): string | undefined {
  return text(value)?.trim();
}

/** `'42'` → 42; anything but a whole number of 0 or more → `undefined`. */
export function parseWholeNumber(value: string): number | undefined {
  const trimmed = value.trim();
  return /^\d{1,15}$/.test(trimmed) ? Number(trimmed) : undefined;
}

/** A finite number, or `undefined`. */
export function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** An identifier: a non-blank string, or a finite number spelled as a string. */
export function identifier(value: unknown): string | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : text(value);
}

/** A finite number ≥ 0 (durations, counts), or `undefined`. */
export function nonNegative(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** The non-blank strings of an array, or `undefined` when it is not an array. */
export function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((item): item is string => text(item) !== undefined) : undefined;
}

/** `value` when it is one of `allowed`. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}

/** Drops the `undefined` members, or gives `undefined` when none is left. */
export function compact<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, member]) => member !== undefined);
  return entries.length ? (Object.fromEntries(entries) as T) : undefined;
}

/** `[{ id, name }]` items as options; an item without a name shows its id, one without an id is dropped. */
export function namedOptions(items: readonly unknown[]): NamedOption[] {
  return items.flatMap((item) => {
    const id = identifier(record(item)?.id);
    return id === undefined ? [] : [{ id, name: text(record(item)?.name) ?? id }];
  });
}
