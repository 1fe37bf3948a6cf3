/**
 * Reads back an exported CSV file with papaparse. papaparse ships as UMD only and the test server
 * has no CommonJS transform, so it is loaded once as a classic script (it sets `window.Papa`).
 */
import type * as PapaModule from 'papaparse';

let loading: Promise<typeof PapaModule> | undefined;

function papa(): Promise<typeof PapaModule> {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/papaparse/papaparse.js';
    script.onload = () => resolve((window as unknown as { Papa: typeof PapaModule }).Papa);
    script.onerror = () => reject(new Error('papaparse could not be loaded'));
    document.head.append(script);
  });
  return loading;
}

export interface CsvFile {
  /** Whether the bytes start with the UTF-8 BOM (EF BB BF). */
  bom: boolean;
  /** The text without the BOM. */
  text: string;
  header: string[];
  /** One object per data row, keyed by header. */
  rows: Record<string, string>[];
}

/** Parses `text` as RFC 4180 CSV (CRLF records); fails on any parse error or ragged row. */
export async function parseCsv(text: string): Promise<string[][]> {
  const { data, errors } = (await papa()).parse<string[]>(text, { newline: '\r\n', skipEmptyLines: true });
  if (errors.length > 0) throw new Error(`CSV parse errors: ${JSON.stringify(errors.slice(0, 3))}`);
  const width = data[0]?.length;
  const ragged = data.findIndex((row) => row.length !== width);
  if (ragged !== -1) throw new Error(`Row ${ragged} has ${data[ragged]!.length} fields, the header ${width}.`);
  return data;
}

export async function readCsv(file: Blob): Promise<CsvFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // TextDecoder drops a leading BOM (ignoreBOM is false by default).
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const [header = [], ...records] = await parseCsv(text);
  const rows = records.map((record) => Object.fromEntries(header.map((name, index) => [name, record[index]!])));
  return { bom, text, header, rows };
}

/** Characters a spreadsheet may run as the start of a formula (OWASP). */
export const FORMULA_START = /^[=+\-@\t\r]/;
