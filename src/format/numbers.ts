/** Counts shown to people, in the element's locale (`1,234` / `1.234`). */

/** `value` formatted for `locale`; the browser's locale when it is unset or not a valid tag. */
export function formatCount(value: number, locale: string | undefined): string {
  return numberFormat(locale).format(value);
}

function numberFormat(locale: string | undefined): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale);
  } catch {
    return new Intl.NumberFormat();
  }
}
