/**
 * Rule ids of the findings `@egov/io` produces, so callers can filter them without string typos.
 *
 * @example
 * ```ts
 * findings.filter((f) => f.ruleId === ioRules.missingColumn);
 * ```
 */
export const ioRules = Object.freeze({
  /** The bytes are in a legacy Vietnamese encoding (Windows-1258, TCVN3/ABC, VNI), not UTF-8. */
  legacyEncoding: 'io/legacy-encoding',
  /** The bytes are not valid UTF-8 and no legacy encoding was recognised. */
  invalidUtf8: 'io/invalid-utf8',
  /** The input is empty or has no header row. */
  empty: 'io/empty',
  /** A quoted CSV field is not closed before the end of the input. */
  unterminatedQuote: 'io/csv-unterminated-quote',
  /** A quote swallowed the lines after it (its row is set aside, the lines are read again). */
  strayQuote: 'io/csv-stray-quote',
  /** A CSV row has fewer fields than the header names (the row is set aside). */
  missingFields: 'io/csv-missing-fields',
  /** A CSV row has more non-empty fields than the header (the row is set aside). */
  extraCsvFields: 'io/csv-extra-fields',
  /** A row has values in columns that have no header. */
  extraFields: 'io/extra-fields',
  /** The input is larger than `maxBytes`. */
  tooLarge: 'io/too-large',
  /** The table has more rows than `maxRows`. */
  tooManyRows: 'io/too-many-rows',
  /** The table has more columns than `maxColumns`. */
  tooManyColumns: 'io/too-many-columns',
  /** A cell is longer than `maxCellLength`. */
  cellTooLong: 'io/cell-too-long',
  /** JSON or YAML nested deeper than `maxDepth` (refused before parsing). */
  tooDeep: 'io/too-deep',
  /** JSON that does not parse. */
  jsonSyntax: 'io/json-syntax',
  /** YAML that does not parse. */
  yamlSyntax: 'io/yaml-syntax',
  /** A YAML warning (e.g. an unknown tag). */
  yamlWarning: 'io/yaml-warning',
  /** The bytes are not a readable XLSX workbook. */
  xlsxInvalid: 'io/xlsx-invalid',
  /** The XLSX zip would expand beyond the limits (a zip bomb). */
  zipBomb: 'io/zip-bomb',
  /** A sheet has more non-empty cells than `maxCells`, or more text than `maxTextLength`. */
  tooManyCells: 'io/too-many-cells',
  /** A legacy Excel 97–2003 workbook (.xls, OLE2), which is not read: save it as .xlsx. */
  legacyXls: 'io/xls-legacy',
  /** A password-protected (encrypted) workbook, which cannot be read: save a copy without a password. */
  encryptedWorkbook: 'io/xlsx-encrypted',
  /** The requested sheet does not exist. */
  sheetNotFound: 'io/sheet-not-found',
  /** A merged cell range in the table; its master value was copied into every cell of the range. */
  mergedCells: 'io/merged-cells',
  /** A cell holds an Excel error value such as `#N/A`. */
  cellError: 'io/cell-error',
  /** JSON/YAML data that should be a list of records is not. */
  notRecords: 'io/not-records',
  /** A record field holds an object or array; it is kept as JSON text. */
  nestedValue: 'io/nested-value',
  /** A required column is missing. */
  missingColumn: 'io/missing-column',
  /** A column header matches no known column. */
  unknownColumn: 'io/unknown-column',
  /** Two header cells match the same column. */
  duplicateColumn: 'io/duplicate-column',
  /** A column mapping names no known column, or a header the table does not have. */
  columnMapping: 'io/column-mapping',
  /** A header row whose cells continue in the row below was read as one header (two-row header). */
  twoRowHeader: 'io/two-row-header',
});
