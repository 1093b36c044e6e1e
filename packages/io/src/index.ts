// Cells, tables, positions
export type { CellValue, WritableCellValue } from './cell-value';
export type { Table, TableColumn, TableRow, SetAsideRow, SetAsideReason } from './table';
export type { WritableTable } from './writable-table';
export { columnLetter } from './column-letter';
export { cellLocation } from './cell-location';
export { detectHeaderRow } from './table/detect-header-row';
export { tableFromRecords, type TableFromRecordsOptions } from './table/table-from-records';
export { tableRecords, locateFindings, type TableRecord } from './table/table-records';

// Results, findings, limits
export type { ReadResult } from './read-result';
export { ioRules } from './io-rules';
export { defaultLimits, resolveLimits, type IoLimits } from './limits';

// Text decoding and legacy Vietnamese encodings
export { decodeText, type DecodeTextOptions } from './encoding/decode-text';
export {
  detectLegacyEncoding,
  legacyEncodingNames,
  type LegacyEncoding,
  type LegacyEncodingGuess,
} from './encoding/detect-legacy-encoding';

// CSV
export { detectDelimiter, csvDelimiters, type CsvDelimiter } from './csv/detect-delimiter';
export { createCsvParser, type CsvParser, type CsvParserOptions, type CsvRecord } from './csv/csv-parser';
export { readCsv, type ReadCsvOptions, type CsvTable } from './csv/read-csv';
export { writeCsv, type WriteCsvOptions } from './csv/write-csv';

// JSON, YAML, Markdown
export { readJson, type ReadJsonOptions } from './json/read-json';
export { writeJson, type WriteJsonOptions } from './json/write-json';
export { findJsonError } from './json/find-json-error';
export { readYaml, type ReadYamlOptions } from './yaml/read-yaml';
export { locateYamlFindings } from './yaml/locate-yaml-findings';
export { writeYaml } from './yaml/write-yaml';
export { writeMarkdownTable } from './markdown/write-markdown-table';

// XLSX (exceljs is loaded on first use) and zip-bomb protection
export { readXlsx, listXlsxSheets, type ReadXlsxOptions, type XlsxSheetSummary } from './xlsx/read-xlsx';
export {
  writeXlsx,
  writeXlsxWorkbook,
  dongFormat,
  type WriteXlsxOptions,
  type WriteXlsxWorkbookOptions,
  type XlsxColumnFormat,
  type XlsxSheet,
} from './xlsx/write-xlsx';
export { checkZip } from './xlsx/check-zip';
export { readZipDirectory, type ZipEntryInfo } from './xlsx/read-zip-directory';

// Header mapping for domain `fromRows`
export { defineColumns, type ColumnSpec, type ColumnSchema } from './headers/define-columns';
export { mapHeaders, type HeaderMapping, type MapHeadersOptions } from './headers/map-headers';
export { mapRows, type MappedRow, type MappedTable, type MapRowsOptions } from './headers/map-rows';
export { resolveMappedColumn, findMappedHeader, type ColumnMapping } from './headers/column-mapping';

// Formula-injection protection
export { protectFormula, unprotectFormula } from './formula/protect-formula';
