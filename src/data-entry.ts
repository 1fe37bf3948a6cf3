/**
 * `unified-inbox-elements/data`: the data layer without the elements, for a server, a worker or a
 * host that renders its own rows. Importing it registers nothing: the data sources and their
 * contract, the exports (CSV, and Excel whose writer loads on first use) and
 * the formatting helpers. None of it loads Lit or the virtualizer.
 */
export * from './data-api.js';
// File writers.
export { exportCsv, CsvExport, CSV_MIME_TYPE, type ExportCsvOptions, type ExportOptions, type ExportProgress, type CsvWritable } from './export/export-csv.js';
export { exportXlsx, XLSX_MIME_TYPE, type ExportXlsxOptions } from './export/export-xlsx.js';
export { exportFields, ALL_EXPORT_COLUMNS, type ExportField, type FieldType, type ColumnChoice } from './export/fields.js';
export { encodeField, encodeRecord, UTF8_BOM, CSV_LINE_END } from './export/csv.js';
