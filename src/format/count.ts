/**
 * Numbers as the viewer reads them. Every count a sentence shows goes through here, so it is
 * grouped for the element's locale (`50.159` in German) and carries its plural category, which
 * the strings use for grammar (`1 conversation`, `2 conversations`) instead of `count === 1`.
 */

/** A count: its value, its text in the locale, and its `Intl.PluralRules` category. */
export class Count {
  constructor(
    readonly value: number,
    readonly text: string,
    readonly plural: Intl.LDMLPluralRule,
  ) {}

  /** The formatted text, so a template literal shows `${count}` as the viewer reads it. */
  toString(): string {
    return this.text;
  }
}

export type Counter = (value: number) => Count;

const counters = new Map<string, Counter>();

/** A function turning numbers into `Count`s for `locale` (the browser's when unset or unknown); cached. */
export function counter(locale?: string): Counter {
  const key = locale ?? '';
  let count = counters.get(key);
  if (!count) {
    let numbers: Intl.NumberFormat;
    let plurals: Intl.PluralRules;
    try {
      numbers = new Intl.NumberFormat(locale);
      plurals = new Intl.PluralRules(locale);
    } catch {
      // An unknown locale from a host attribute must not break rendering.
      numbers = new Intl.NumberFormat();
      plurals = new Intl.PluralRules();
    }
    count = (value) => new Count(value, numbers.format(value), plurals.select(value));
    counters.set(key, count);
  }
  return count;
}
