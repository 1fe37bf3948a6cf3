/**
 * CSV encoding by RFC 4180, made safe to open in a spreadsheet: every cell that a spreadsheet
 * could read as a formula is neutralized as OWASP recommends ("CSV Injection"). Pure functions.
 */

/** Written once at the start of the file so spreadsheet programs read it as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** RFC 4180 record separator. */
export const CSV_LINE_END = '\r\n';

/** OWASP: cells beginning with these may be run as formulas (`=`, `+`, `-`, `@`, tab, carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * A value that is only an E.164 phone number. It starts with `+` but cannot call a function or
 * reference a cell (a spreadsheet reads it as a number at worst), so it is written as it is:
 * the quote would show in the cell and break lookups, re-imports and dialling.
 */
const E164_NUMBER = /^\+[0-9]{7,15}$/;
/** Fields holding a separator, a quote or a line break must be quoted. */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One field: a value a spreadsheet could run as a formula gets a leading single quote and is
 * quoted (an E.164 number alone is left as it is); a field with a comma, quote or line break is
 * quoted with its quotes doubled. `undefined` (a missing value) is an empty field.
 */
export function encodeField(value: string | undefined): string {
  if (value === undefined || value === '') return '';
  if (FORMULA_START.test(value) && !E164_NUMBER.test(value)) return quote(`'${value}`);
  return NEEDS_QUOTES.test(value) ? quote(value) : value;
}

/** One record, CRLF-terminated. */
export function encodeRecord(fields: readonly (string | undefined)[]): string {
  return fields.map(encodeField).join(',') + CSV_LINE_END;
}

function quote(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}
