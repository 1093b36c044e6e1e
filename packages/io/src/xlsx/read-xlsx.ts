import type { Finding } from '@egov/core';
import type { CellValue as ExcelCellValue, Worksheet } from 'exceljs';
import type { CellValue } from '../cell-value';
import { columnLetter } from '../column-letter';
import { foldKey, pushAll } from '@egov/core';
import type { ColumnSchema } from '../headers/define-columns';
import { ioFinding, locationOf } from '../io-finding';
import { ioRules } from '../io-rules';
import { resolveLimits, type IoLimits } from '../limits';
import { failRead, type ReadResult } from '../read-result';
import type { Table } from '../table';
import { buildTable, type RawRow } from '../table/build-table';
import { checkZip } from './check-zip';
import { loadExcelJs } from './load-exceljs';

/** Options of {@link readXlsx}. */
export interface ReadXlsxOptions {
  /** File name, copied into the table and every finding. */
  readonly file?: string;
  /** Sheet name (exact, else case/accent-insensitive) or 1-based position; default the first sheet. */
  readonly sheet?: string | number;
  /** 1-based row number of the header row, or `'auto'` (default): the first row that looks like a header. */
  readonly headerRow?: number | 'auto';
  /** Expected columns: the header row is then the one naming most of them (see {@link detectHeaderRow}). */
  readonly columns?: ColumnSchema;
  /** Limits over {@link defaultLimits}. */
  readonly limits?: Partial<IoLimits>;
  /** Reverse the formula-injection protection of {@link protectFormula} (default `true`). */
  readonly unprotectFormulas?: boolean;
}

/**
 * Reads one sheet of an XLSX workbook (via exceljs, loaded on first use so a web app only downloads it
 * when a workbook is opened) into a {@link Table} with sheet, row and column positions.
 *
 * - Before exceljs sees the bytes, the zip is checked for bombs with {@link checkZip}.
 * - Header row: the first row that looks like a header, so a title block ("KẾ HOẠCH…", "Đơn vị: tỷ
 *   đồng") above the table is skipped; or `headerRow`.
 * - Merged cells: the value of the merge's top-left (master) cell is **propagated** to every cell of
 *   the range (a lead agency merged down five rows applies to all five), and each merged range that
 *   touches the table is **reported** as an `io/merged-cells` info finding, so nothing happens silently.
 * - Numbers stay numbers, text stays text (`"001"` keeps its zeros), dates are `Date`s (UTC), booleans
 *   booleans; a formula gives its cached result, rich text its plain text, a hyperlink its text; an
 *   error value such as `#N/A` gives its text with an `io/cell-error` warning.
 *
 * @param input - The workbook's bytes.
 * @param options - File name, sheet, header row, limits.
 * @returns The table with findings, or a failure (never throws on bad input).
 * @throws {EgovError} `invalid-argument` for an invalid limit.
 * @example
 * ```ts
 * const result = await readXlsx(bytes, { file: 'ha-giang.xlsx', sheet: 'Kinh phí' });
 * if (result.ok) result.value.rows[0]; // { row: 4, values: [1, 'Đăng ký kinh doanh', 1.4, 0, 1.4] }
 * ```
 */
export async function readXlsx(input: Uint8Array, options: ReadXlsxOptions = {}): Promise<ReadResult<Table>> {
  const limits = resolveLimits(options.limits);
  const { file } = options;
  if (input.length > limits.maxBytes) {
    return failRead(
      ioFinding({
        ruleId: ioRules.tooLarge,
        severity: 'error',
        vi: `Tệp quá lớn: ${input.length} byte, tối đa ${limits.maxBytes} byte`,
        en: `File too large: ${input.length} bytes, the limit is ${limits.maxBytes} bytes`,
        location: locationOf(file),
        data: { size: input.length, maxBytes: limits.maxBytes },
      }),
    );
  }
  const zipProblem = await checkZip(input, limits, file);
  if (zipProblem !== undefined) return failRead(zipProblem);
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own `Buffer` as an ArrayBuffer; an exact-size copy works in Node and browsers.
    await workbook.xlsx.load(input.slice().buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failRead(
      ioFinding({
        ruleId: ioRules.xlsxInvalid,
        severity: 'error',
        vi: `Không đọc được bảng tính XLSX (${reason})`,
        en: `The XLSX workbook cannot be read (${reason})`,
        location: locationOf(file),
        data: { reason },
      }),
    );
  }
  const worksheet = pickSheet(workbook.worksheets, options.sheet);
  if (worksheet === undefined) {
    const names = workbook.worksheets.map((sheet) => sheet.name);
    return failRead(
      ioFinding({
        ruleId: ioRules.sheetNotFound,
        severity: 'error',
        vi: `Không có trang tính "${String(options.sheet ?? 1)}" (các trang: ${names.join(', ') || 'không có'})`,
        en: `No sheet "${String(options.sheet ?? 1)}" (sheets: ${names.join(', ') || 'none'})`,
        location: locationOf(file),
        data: { sheet: options.sheet ?? 1, sheets: names },
      }),
    );
  }
  return readSheet(worksheet, limits, options);
}

function pickSheet(sheets: readonly Worksheet[], wanted: string | number | undefined): Worksheet | undefined {
  if (wanted === undefined) return sheets[0];
  if (typeof wanted === 'number') return sheets[wanted - 1];
  return sheets.find((sheet) => sheet.name === wanted) ?? sheets.find((sheet) => foldKey(sheet.name) === foldKey(wanted));
}

function readSheet(worksheet: Worksheet, limits: IoLimits, options: ReadXlsxOptions): ReadResult<Table> {
  const { file } = options;
  const sheet = worksheet.name;
  const rowCount = worksheet.rowCount;
  const columnCount = worksheet.columnCount;
  if (rowCount > limits.maxRows + 21) {
    return failRead(
      ioFinding({
        ruleId: ioRules.tooManyRows,
        severity: 'error',
        vi: `Quá nhiều dòng: ${rowCount}, tối đa ${limits.maxRows}`,
        en: `Too many rows: ${rowCount}, the limit is ${limits.maxRows}`,
        location: locationOf(file, sheet),
        data: { rows: rowCount, maxRows: limits.maxRows },
      }),
    );
  }
  if (columnCount > limits.maxColumns) {
    return failRead(
      ioFinding({
        ruleId: ioRules.tooManyColumns,
        severity: 'error',
        vi: `Quá nhiều cột: ${columnCount}, tối đa ${limits.maxColumns}`,
        en: `Too many columns: ${columnCount}, the limit is ${limits.maxColumns}`,
        location: locationOf(file, sheet),
        data: { columns: columnCount, maxColumns: limits.maxColumns },
      }),
    );
  }
  const findings: Finding[] = [];
  const rawRows: RawRow[] = [];
  // Header detection ignores copies of merged values: a title merged across the table is one cell.
  const ownValues: CellValue[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row = worksheet.getRow(r);
    const values: CellValue[] = [];
    const own: CellValue[] = [];
    for (let c = 1; c <= columnCount; c++) {
      const cell = row.getCell(c);
      const value = convert(cell.value);
      if (r <= 20) own.push(cell.isMerged && cell.master.address !== cell.address ? '' : value.value);
      if (value.error !== undefined) {
        findings.push(
          ioFinding({
            ruleId: ioRules.cellError,
            severity: 'warning',
            vi: `Ô có giá trị lỗi ${value.error}`,
            en: `The cell holds the error value ${value.error}`,
            location: locationOf(file, sheet, r, columnLetter(c - 1)),
            data: { error: value.error },
          }),
        );
      }
      values.push(value.value);
    }
    while (values.length > 0 && values[values.length - 1] === '') values.pop();
    rawRows.push({ row: r, values });
    if (r <= 20) ownValues.push(own);
  }
  if (rawRows.every((raw) => raw.values.length === 0)) {
    return failRead(
      ioFinding({
        ruleId: ioRules.empty,
        severity: 'error',
        vi: `Trang tính "${sheet}" trống`,
        en: `Sheet "${sheet}" is empty`,
        location: locationOf(file, sheet),
      }),
      findings,
    );
  }
  const table = buildTable(rawRows, {
    file,
    sheet,
    headerRow: options.headerRow ?? 'auto',
    detectionRows: ownValues,
    limits,
    columns: options.columns,
    unprotectFormulas: options.unprotectFormulas,
  });
  if (table.ok) pushAll(findings, mergeFindings(worksheet.model.merges, table.value.headerRow, file, sheet));
  pushAll(findings, table.findings);
  if (!table.ok) return { ok: false, error: table.error, findings };
  return { ok: true, value: table.value, findings };
}

function mergeFindings(merges: readonly string[] | undefined, headerRow: number, file: string | undefined, sheet: string): Finding[] {
  const ranges = (merges ?? []).filter((range) => {
    const rows = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(range);
    return rows !== null && Number(rows[2]) >= headerRow;
  });
  if (ranges.length === 0) return [];
  const first = ranges[0] ?? '';
  return [
    ioFinding({
      ruleId: ioRules.mergedCells,
      severity: 'info',
      vi: `${ranges.length} vùng ô gộp trong bảng (đầu tiên: ${first}); giá trị ô đầu của mỗi vùng được chép vào mọi ô trong vùng`,
      en: `${ranges.length} merged ranges in the table (first: ${first}); each range's top-left value was copied into all its cells`,
      location: locationOf(file, sheet, Number(/\d+/.exec(first)?.[0] ?? headerRow), /^[A-Z]+/.exec(first)?.[0]),
      data: { ranges: ranges.slice(0, 100), count: ranges.length },
    }),
  ];
}

function convert(value: ExcelCellValue | undefined): { value: CellValue; error?: string } {
  if (value === null || value === undefined) return { value: '' };
  if (typeof value === 'string') return { value };
  if (typeof value === 'number' || typeof value === 'boolean') return { value };
  if (value instanceof Date) return { value };
  if ('richText' in value) return { value: value.richText.map((run) => run.text).join('') };
  if ('error' in value) return { value: value.error, error: value.error };
  if ('formula' in value || 'sharedFormula' in value) {
    const result: unknown = value.result;
    if (result === undefined || result === null) return { value: '' };
    if (typeof result === 'object' && 'error' in result) {
      const error = String(result.error);
      return { value: error, error };
    }
    return convert(result as ExcelCellValue);
  }
  if ('text' in value) {
    const text: unknown = value.text;
    return typeof text === 'string' ? { value: text } : convert(text as ExcelCellValue);
  }
  return { value: '' };
}
