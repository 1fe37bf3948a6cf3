/**
 * Reads back an exported workbook with exceljs, a maintained xlsx reader. Its browser build is a
 * UMD script, loaded once as a classic script (it sets `window.ExcelJS`).
 */
import type * as ExcelModule from 'exceljs';

type ExcelJS = typeof ExcelModule;
let loading: Promise<ExcelJS> | undefined;

function excel(): Promise<ExcelJS> {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/exceljs/dist/exceljs.min.js';
    script.onload = () => resolve((window as unknown as { ExcelJS: ExcelJS }).ExcelJS);
    script.onerror = () => reject(new Error('exceljs could not be loaded'));
    document.head.append(script);
  });
  return loading;
}

export interface SheetCell {
  /** `string`, `number` or `date` (exceljs reads a number with a date format as a date). */
  kind: 'string' | 'number' | 'date' | 'other';
  value: unknown;
  numFmt?: string;
}

export interface XlsxFile {
  header: string[];
  /** One object per data row, keyed by header; absent cells are missing keys. */
  rows: Record<string, SheetCell>[];
  frozenRows?: number;
  autoFilter?: unknown;
  widths: (number | undefined)[];
  headerBold: boolean;
  sheetName: string;
  /** Any cell holding a formula. */
  formulas: number;
}

export async function readXlsx(file: Blob): Promise<XlsxFile> {
  const ExcelJS = await excel();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await file.arrayBuffer());
  const sheet = workbook.worksheets[0]!;
  const header: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: false }, (cell, column) => (header[column - 1] = String(cell.value)));
  const rows: Record<string, SheetCell>[] = [];
  let formulas = 0;
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const record: Record<string, SheetCell> = {};
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (cell.type === ExcelJS.ValueType.Formula) formulas += 1;
      const kind =
        cell.type === ExcelJS.ValueType.String ? 'string' : cell.type === ExcelJS.ValueType.Number ? 'number' : cell.type === ExcelJS.ValueType.Date ? 'date' : 'other';
      record[header[column - 1]!] = { kind, value: cell.value, numFmt: cell.numFmt };
    });
    rows.push(record);
  });
  const view = sheet.views[0] as { state?: string; ySplit?: number } | undefined;
  return {
    header,
    rows,
    frozenRows: view?.state === 'frozen' ? view.ySplit : undefined,
    autoFilter: sheet.autoFilter,
    widths: header.map((_, index) => sheet.getColumn(index + 1).width),
    headerBold: sheet.getRow(1).getCell(1).font?.bold === true,
    sheetName: sheet.name,
    formulas,
  };
}
