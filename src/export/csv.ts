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
/** Fields holding a separator, a quote or a line break must be quoted. */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One field: a value a spreadsheet could run as a formula gets a leading single quote and is
 * quoted; a field with a comma, quote or line break is quoted with its quotes doubled.
 * `undefined` (a missing value) is an empty field.
 */
export function encodeField(value: string | undefined): string {
  if (value === undefined || value === '') return '';
  if (FORMULA_START.test(value)) return quote(`'${value}`);
  return NEEDS_QUOTES.test(value) ? quote(value) : value;
}

/** One record, CRLF-terminated. */
export function encodeRecord(fields: readonly (string | undefined)[]): string {
  return fields.map(encodeField).join(',') + CSV_LINE_END;
}

function quote(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}
