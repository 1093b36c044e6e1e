import type { Finding } from '@egov/core';
import type { CellValue } from '../cell-value';
import { columnLetter } from '../column-letter';
import type { ColumnSchema } from '../headers/define-columns';
import { unprotectFormula } from '../formula/protect-formula';
import { ioFinding, locationOf } from '../io-finding';
import { ioRules } from '../io-rules';
import type { IoLimits } from '../limits';
import { toReadResult, failRead, type ReadResult } from '../read-result';
import type { SetAsideRow, Table, TableColumn, TableRow } from '../table';
import { detectHeaderRow } from './detect-header-row';
import { continuesHeader, isColumnNumbering, mergeHeaderRows } from './header-continuation';

/** A row before the header is known: its row number and raw values. */
export interface RawRow {
  readonly row: number;
  readonly values: CellValue[];
}

/** Options of the private {@link buildTable}. */
export interface BuildTableOptions {
  readonly file?: string | undefined;
  readonly sheet?: string | undefined;
  /** 1-based row number of the header row, or `'auto'` (default) for {@link detectHeaderRow}. */
  readonly headerRow?: number | 'auto' | undefined;
  /** Values to detect the header row from, when they differ from the rows' (XLSX merged cells). */
  readonly detectionRows?: readonly (readonly CellValue[])[] | undefined;
  /** Expected columns, to recognise the header row by its aliases. */
  readonly columns?: ColumnSchema | undefined;
  readonly limits: IoLimits;
  readonly unprotectFormulas?: boolean | undefined;
  /**
   * Screens the data rows once the header is known (CSV: rows with missing or extra fields); the rows
   * it sets aside become {@link Table.setAsideRows} and are left out of the table.
   */
  readonly screenRows?: ((header: RawRow, rows: readonly RawRow[]) => { kept: RawRow[]; setAside: SetAsideRow[] }) | undefined;
}

/**
 * Private: turns raw rows into a {@link Table} — finds the header row, pads short rows, drops trailing
 * empty rows and trailing unnamed empty columns, applies the row/column limits, reverses formula
 * protection, and warns about values in columns without a header.
 *
 * @param rawRows - Non-blank rows in file order.
 * @param options - File/sheet names, header row, limits.
 * @returns The table or a failure.
 * @example
 * ```ts
 * buildTable([{ row: 1, values: ['STT'] }, { row: 2, values: ['1'] }], { limits: defaultLimits });
 * ```
 */
export function buildTable(rawRows: readonly RawRow[], options: BuildTableOptions): ReadResult<Table> {
  const { file, sheet, limits } = options;
  const unprotect = options.unprotectFormulas ?? true;
  const findings: Finding[] = [];
  let headerIndex: number;
  if (options.headerRow === undefined || options.headerRow === 'auto') {
    headerIndex = detectHeaderRow(options.detectionRows ?? rawRows.map((raw) => raw.values), 20, options.columns);
  } else {
    const wanted = options.headerRow;
    headerIndex = rawRows.findIndex((raw) => raw.row === wanted);
  }
  const header = rawRows[headerIndex];
  if (header === undefined) {
    return failRead(
      ioFinding({
        ruleId: ioRules.empty,
        severity: 'error',
        vi: 'Không tìm thấy dòng tiêu đề: bảng trống',
        en: 'No header row found: the table is empty',
        location: locationOf(file, sheet, typeof options.headerRow === 'number' ? options.headerRow : undefined),
      }),
    );
  }
  // Below an automatically found header: a second header row (merged cells, a span over years) is joined
  // to it, and a column-numbering row "(1) (2) (3)" is skipped; neither is data.
  let headerValues: readonly CellValue[] = header.values;
  let dataStart = headerIndex + 1;
  if (options.headerRow === undefined || options.headerRow === 'auto') {
    const next = rawRows[dataStart];
    if (next !== undefined && continuesHeader(header.values, next.values)) {
      headerValues = mergeHeaderRows(header.values, next.values);
      dataStart++;
      findings.push(
        ioFinding({
          ruleId: ioRules.twoRowHeader,
          severity: 'info',
          vi: `Tiêu đề hai dòng (dòng ${header.row} và ${next.row}) được đọc thành: ${headerValues.filter((v) => v !== '').join(' | ')}`,
          en: `Two-row header (rows ${header.row} and ${next.row}) read as: ${headerValues.filter((v) => v !== '').join(' | ')}`,
          location: locationOf(file, sheet, header.row),
          data: { rows: [header.row, next.row], headers: headerValues },
        }),
      );
    }
    if (rawRows[dataStart] !== undefined && isColumnNumbering(rawRows[dataStart]?.values ?? [])) dataStart++;
  }
  const preamble = rawRows
    .slice(0, headerIndex)
    .map((raw) => raw.values.map((value) => cellText(value).trim()).filter((value, index, all) => value !== '' && all.indexOf(value) === index).join(' '))
    .filter((line) => line !== '');
  let dataRows = rawRows.slice(dataStart);
  let setAsideRows: SetAsideRow[] = [];
  if (options.screenRows !== undefined) ({ kept: dataRows, setAside: setAsideRows } = options.screenRows(header, dataRows));
  while (dataRows.length > 0 && isEmptyRow(dataRows[dataRows.length - 1]?.values ?? [])) dataRows.pop();
  if (dataRows.length > limits.maxRows) {
    return failRead(
      ioFinding({
        ruleId: ioRules.tooManyRows,
        severity: 'error',
        vi: `Quá nhiều dòng: ${dataRows.length}, tối đa ${limits.maxRows}`,
        en: `Too many rows: ${dataRows.length}, the limit is ${limits.maxRows}`,
        location: locationOf(file, sheet),
        data: { rows: dataRows.length, maxRows: limits.maxRows },
      }),
    );
  }
  const headers = headerValues.map((value) => {
    const text = cellText(value).trim();
    return unprotect ? unprotectFormula(text) : text;
  });
  let width = headers.length;
  for (const raw of dataRows) if (raw.values.length > width) width = raw.values.length;
  // Trailing columns without a header and without any value are layout, not data.
  while (width > 0 && (headers[width - 1] ?? '') === '' && dataRows.every((raw) => isEmptyCell(raw.values[width - 1]))) {
    width--;
  }
  if (width > limits.maxColumns) {
    return failRead(
      ioFinding({
        ruleId: ioRules.tooManyColumns,
        severity: 'error',
        vi: `Quá nhiều cột: ${width}, tối đa ${limits.maxColumns}`,
        en: `Too many columns: ${width}, the limit is ${limits.maxColumns}`,
        location: locationOf(file, sheet, header.row),
        data: { columns: width, maxColumns: limits.maxColumns },
      }),
    );
  }
  while (headers.length < width) headers.push('');
  headers.length = width;
  const columns: TableColumn[] = headers.map((text, index) => ({ index, letter: columnLetter(index), header: text }));
  const rows: TableRow[] = [];
  const extraRows: number[] = [];
  const unnamed = headers.flatMap((text, c) => (text === '' ? [c] : []));
  for (const raw of dataRows) {
    const values = raw.values;
    for (let c = 0; c < values.length && c < width; c++) {
      const value = values[c];
      if (typeof value === 'string') {
        if (value.length > limits.maxCellLength) {
          return failRead(
            ioFinding({
              ruleId: ioRules.cellTooLong,
              severity: 'error',
              vi: `Ô quá dài: ${value.length} ký tự, tối đa ${limits.maxCellLength}`,
              en: `Cell too long: ${value.length} characters, the limit is ${limits.maxCellLength}`,
              location: locationOf(file, sheet, raw.row, columnLetter(c)),
              data: { length: value.length, maxCellLength: limits.maxCellLength },
            }),
            findings,
          );
        }
        // 39 is "'": only a quoted value can carry the formula protection.
        if (unprotect && value.charCodeAt(0) === 39) values[c] = unprotectFormula(value);
      }
    }
    if (values.length < width) for (let c = values.length; c < width; c++) values.push('');
    values.length = width;
    if (unnamed.length > 0 && unnamed.some((c) => !isEmptyCell(values[c]))) extraRows.push(raw.row);
    rows.push({ row: raw.row, values });
  }
  if (extraRows.length > 0) {
    const first = extraRows[0];
    findings.push(
      ioFinding({
        ruleId: ioRules.extraFields,
        severity: 'warning',
        vi: `${extraRows.length} dòng có giá trị ở cột không có tiêu đề (dòng đầu tiên: ${first})`,
        en: `${extraRows.length} rows have values in a column without a header (first: row ${first})`,
        location: locationOf(file, sheet, first),
        data: { rows: extraRows.slice(0, 100), count: extraRows.length },
      }),
    );
  }
  const table: Table = {
    ...(file === undefined ? {} : { file }),
    ...(sheet === undefined ? {} : { sheet }),
    headerRow: header.row,
    ...(preamble.length === 0 ? {} : { preamble }),
    headers,
    columns,
    rows,
    ...(setAsideRows.length === 0 ? {} : { setAsideRows }),
  };
  return toReadResult(table, findings);
}

/**
 * Private: the text of a cell, for headers (a date becomes `YYYY-MM-DD`).
 *
 * @param value - A cell value.
 * @returns Its text.
 * @example
 * ```ts
 * cellText(2014); // "2014"
 * ```
 */
export function cellText(value: CellValue): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

function isEmptyCell(value: CellValue | undefined): boolean {
  return value === undefined || value === '';
}

function isEmptyRow(values: readonly CellValue[]): boolean {
  return values.every(isEmptyCell);
}
