/**
 * A minimal Office Open XML workbook writer (one sheet) over fflate's streaming zip: typed cells
 * (inline text, numbers, dates), a bold frozen header row with an auto-filter, column widths that
 * fit the header and the first rows. Rows are compressed as they are added, so memory holds only
 * the compressed file however many rows there are. Loaded only when a user exports to Excel.
 */
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { FieldType, FieldValue } from './fields.js';
import { dateSerial } from './zoned-time.js';

export interface SheetColumn {
  header: string;
  type: FieldType;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Excel refuses longer cell text (it "repairs" the file); longer values are cut there. */
const MAX_CELL_CHARS = 32_767;
const MAX_WIDTH = 60;
const MIN_WIDTH = 8;

/** Indexes into `cellXfs` of the styles below. */
const STYLE = { header: 1, text: 2, seconds: 3, count: 4, instant: 5 } as const;
const CELL_STYLE: Record<FieldType, number> = { text: STYLE.text, seconds: STYLE.seconds, count: STYLE.count, instant: STYLE.instant };
/** Characters a width needs for numbers and dates (`yyyy-mm-dd hh:mm:ss` is 19). */
const TYPE_WIDTH: Record<Exclude<FieldType, 'text'>, number> = { seconds: 12, count: 10, instant: 20 };

const STYLES_XML = `${XML_DECLARATION}<styleSheet xmlns="${MAIN_NS}">\
<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss"/><numFmt numFmtId="165" formatCode="#,##0&quot; s&quot;"/></numFmts>\
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>\
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const CONTENT_TYPES_XML = `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;

const ROOT_RELS_XML = `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}">\
<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const WORKBOOK_RELS_XML = `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}">\
<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>\
<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`;

/** Characters XML 1.0 cannot hold (C0 controls but tab and line breaks, lone surrogates, U+FFFE/F). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Text Excel would read as its own `_xHHHH_` escape; the leading `_` is escaped so it shows as typed. */
const EXCEL_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;

/** Anything `xmlText` would change: most values have none and are written as they are. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>\r_\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** `value` as the text of an XML element: markup escaped, CR kept as a reference (parsers turn a bare CR into LF). */
export function xmlText(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value
    .replace(NOT_XML, '\uFFFD')
    .replace(EXCEL_ESCAPE, '_x005F_$1')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('\r', '&#13;');
}

/** `A`, `B`, … `Z`, `AA`, … for a zero-based column index. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** At most Excel's cell length, never splitting a surrogate pair. */
function cellText(value: string): string {
  if (value.length <= MAX_CELL_CHARS) return value;
  const end = /[\uD800-\uDBFF]/.test(value[MAX_CELL_CHARS - 1]!) ? MAX_CELL_CHARS - 1 : MAX_CELL_CHARS;
  return value.slice(0, end);
}

/** A sheet name Excel accepts: no `[]:*?/\`, at most 31 characters, never empty. */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim() || 'Sheet1';
}

/**
 * One workbook being written: `addRows` as pages arrive, then `finish()` for the file.
 *
 * ```ts
 * const book = new XlsxWorkbook('Conversations', [{ header: 'Id', type: 'text' }], 'UTC');
 * book.addRows([['conv_1']]);
 * const file = book.finish();
 * ```
 */
export class XlsxWorkbook {
  private readonly zip: Zip;
  private sheet?: ZipDeflate;
  /** Compressed bytes not yet in a Blob; moved into one after each batch of rows. */
  private pending: Uint8Array[] = [];
  private readonly parts: Blob[] = [];
  private rows = 1;
  private readonly names: string[];
  private readonly name: string;
  private failure?: Error;

  constructor(
    name: string,
    private readonly columns: readonly SheetColumn[],
    private readonly timeZone: string,
  ) {
    this.name = sheetName(name);
    this.names = columns.map((_, index) => columnName(index));
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else this.pending.push(chunk);
    });
  }

  /** Appends rows, one value per column (as `ExportField.value` gives them). */
  addRows(rows: readonly (readonly FieldValue[])[]): void {
    const sheet = this.sheet ?? this.startSheet(rows);
    let xml = '';
    for (const row of rows) xml += this.rowXml(row, (this.rows += 1));
    sheet.push(strToU8(xml));
    this.flush();
  }

  /** Ends the sheet and the package; the workbook as a Blob. */
  finish(): Blob {
    const sheet = this.sheet ?? this.startSheet([]);
    const range = `$A$1:$${this.names.at(-1) ?? 'A'}$${this.rows}`;
    sheet.push(strToU8(`</sheetData><autoFilter ref="${range.replaceAll('$', '')}"/></worksheet>`), true);
    const workbook = `${XML_DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="${xmlText(this.name)}" sheetId="1" r:id="rId1"/></sheets>\
<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'${xmlText(this.name.replaceAll("'", "''"))}'!${range}</definedName></definedNames></workbook>`;
    this.addFile('xl/workbook.xml', workbook);
    this.addFile('xl/_rels/workbook.xml.rels', WORKBOOK_RELS_XML);
    this.addFile('xl/styles.xml', STYLES_XML);
    this.addFile('[Content_Types].xml', CONTENT_TYPES_XML);
    this.addFile('_rels/.rels', ROOT_RELS_XML);
    this.zip.end();
    this.flush();
    return new Blob(this.parts);
  }

  /** Opens the sheet with the header row; widths fit the header and `firstRows`. */
  private startSheet(firstRows: readonly (readonly FieldValue[])[]): ZipDeflate {
    const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
    this.zip.add(sheet);
    this.sheet = sheet;
    const cols = this.columns
      .map((column, index) => {
        let chars = column.header.length;
        if (column.type !== 'text') chars = Math.max(chars, TYPE_WIDTH[column.type]);
        else for (const row of firstRows) chars = Math.max(chars, Math.min(String(row[index] ?? '').length, MAX_WIDTH));
        const width = Math.min(Math.max(chars + 2, MIN_WIDTH), MAX_WIDTH);
        return `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`;
      })
      .join('');
    const header = this.columns.map((column, index) => this.textCell(`${this.names[index]}1`, column.header, STYLE.header)).join('');
    sheet.push(
      strToU8(
        `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0">\
<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>\
<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData><row r="1">${header}</row>`,
      ),
    );
    return sheet;
  }

  private rowXml(values: readonly FieldValue[], row: number): string {
    let xml = `<row r="${row}">`;
    this.columns.forEach((column, index) => {
      const value = values[index];
      const ref = `${this.names[index]}${row}`;
      if (value === undefined || value === '') return;
      if (value instanceof Date) xml += `<c r="${ref}" s="${STYLE.instant}"><v>${dateSerial(value, this.timeZone)}</v></c>`;
      else if (typeof value === 'number') xml += `<c r="${ref}" s="${CELL_STYLE[column.type]}"><v>${value}</v></c>`;
      else xml += this.textCell(ref, value, STYLE.text);
    });
    return `${xml}</row>`;
  }

  /** An inline string: always text, never a formula, whatever it starts with. */
  private textCell(ref: string, value: string, style: number): string {
    // Only text with white space at an end needs `xml:space` for readers to keep it.
    const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
    return `<c r="${ref}" s="${style}" t="inlineStr"><is><t${space}>${xmlText(cellText(value))}</t></is></c>`;
  }

  private addFile(path: string, xml: string): void {
    const file = new ZipPassThrough(path);
    this.zip.add(file);
    file.push(strToU8(xml), true);
  }

  /** Moves compressed bytes into a Blob, which the browser may keep outside the JS heap. */
  private flush(): void {
    if (this.failure) throw this.failure;
    if (this.pending.length === 0) return;
    this.parts.push(new Blob(this.pending as BlobPart[]));
    this.pending = [];
  }
}
