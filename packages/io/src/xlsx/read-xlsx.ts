import type { Finding } from '@egov/core';
import { foldKey, pushAll } from '@egov/core';
import type { CellValue } from '../cell-value';
import { columnLetter } from '../column-letter';
import type { ColumnSchema } from '../headers/define-columns';
import { ioFinding, locationOf } from '../io-finding';
import { ioRules } from '../io-rules';
import { resolveLimits, type IoLimits } from '../limits';
import { failRead, type ReadResult } from '../read-result';
import type { Table } from '../table';
import { buildTable, type RawRow } from '../table/build-table';
import { openWorkbook, partFinding } from './open-workbook';
import { columnIndex, readSharedStrings, readSheetXml, type SheetCells, type SheetStop } from './read-sheet-xml';
import type { XlsxSheetInfo } from './xlsx-package';

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
 * Reads one sheet of an XLSX workbook into a {@link Table} with sheet, row and column positions. The
 * workbook is read as a **stream**: the zip is checked for bombs from its directory, then only the parts
 * needed (workbook, styles, shared strings, the chosen sheet) are inflated chunk by chunk and scanned,
 * and the row, column, cell and text limits are enforced while reading, so a sheet of a million rows is
 * refused as soon as it passes the row limit and memory stays bounded (see `bench/RESULTS.md`). Pure
 * TypeScript over the platform's `DecompressionStream`: the same in Node and in browsers.
 *
 * - A legacy Excel 97–2003 workbook (.xls) and a password-protected workbook are named as such
 *   (`io/xls-legacy`, `io/xlsx-encrypted`) with what to do (save as .xlsx, remove the password).
 * - Header row: the first row that looks like a header, so a title block ("KẾ HOẠCH…", "Đơn vị: tỷ
 *   đồng") above the table is skipped; or `headerRow`.
 * - Merged cells: the value of the merge's top-left (master) cell is **propagated** to every cell of
 *   the range (a lead agency merged down five rows applies to all five), and each merged range that
 *   touches the table is **reported** as an `io/merged-cells` info finding, so nothing happens silently.
 * - Numbers stay numbers, text stays text (`"001"` keeps its zeros), dates are `Date`s (UTC), booleans
 *   booleans; a formula gives its cached result, rich text its plain text, a hyperlink its text; an
 *   error value such as `#N/A` gives its text with an `io/cell-error` warning.
 * - Every sheet is offered: {@link listXlsxSheets} lists them; `sheet` picks one by name or position.
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
  const pkg = await openWorkbook(input, limits, file);
  if (!('sheets' in pkg)) return failRead(pkg);
  const info = pickSheet(pkg.sheets, options.sheet);
  if (info?.path === undefined) {
    const names = pkg.sheets.map((sheet) => sheet.name);
    if (info !== undefined) return failRead(partFinding(`sheet "${info.name}"`, 'missing', file, info.name));
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
  const sheet = info.name;
  const shared = await readSharedStrings(input, pkg.entries.get('xl/sharedStrings.xml'), limits);
  if (!Array.isArray(shared)) return failRead(stopFinding(shared, limits, file, sheet));
  const entry = pkg.entries.get(info.path);
  if (entry === undefined) return failRead(partFinding(info.path, 'missing', file, sheet));
  const cells = await readSheetXml(input, entry, pkg, shared, limits);
  if ('kind' in cells) return failRead(stopFinding(cells, limits, file, sheet));
  return sheetTable(cells, sheet, limits, options);
}

/**
 * Lists the sheets of an XLSX workbook (name, 1-based position, `visible`/`hidden`/`veryHidden`)
 * without reading any of them, so an app can offer every sheet; pass a name or position to
 * {@link readXlsx} as `sheet`. A legacy .xls or an encrypted workbook is named as such.
 *
 * @param input - The workbook's bytes.
 * @param options - File name and limits.
 * @returns The sheets, or a failure with the finding.
 * @example
 * ```ts
 * const sheets = await listXlsxSheets(bytes, { file: 'ke-hoach.xlsx' });
 * if (sheets.ok) sheets.value.map((sheet) => sheet.name); // ['Kinh phí', 'Danh mục']
 * ```
 */
export async function listXlsxSheets(
  input: Uint8Array,
  options: { readonly file?: string; readonly limits?: Partial<IoLimits> } = {},
): Promise<ReadResult<XlsxSheetSummary[]>> {
  const pkg = await openWorkbook(input, resolveLimits(options.limits), options.file);
  if (!('sheets' in pkg)) return failRead(pkg);
  return { ok: true, value: pkg.sheets.map(({ name, position, state }) => ({ name, position, state })), findings: [] };
}

/** One sheet of a workbook, as {@link listXlsxSheets} lists it. */
export interface XlsxSheetSummary {
  readonly name: string;
  /** 1-based position. */
  readonly position: number;
  /** `visible`, `hidden` or `veryHidden`. */
  readonly state: string;
}

function pickSheet(sheets: readonly XlsxSheetInfo[], wanted: string | number | undefined): XlsxSheetInfo | undefined {
  if (wanted === undefined) return sheets[0];
  if (typeof wanted === 'number') return sheets[wanted - 1];
  return sheets.find((sheet) => sheet.name === wanted) ?? sheets.find((sheet) => foldKey(sheet.name) === foldKey(wanted));
}

function stopFinding(stop: SheetStop, limits: IoLimits, file: string | undefined, sheet: string): Finding {
  switch (stop.kind) {
    case 'rows':
      return ioFinding({
        ruleId: ioRules.tooManyRows,
        severity: 'error',
        vi: `Quá nhiều dòng: trang tính có dòng ${stop.row}, tối đa ${limits.maxRows} dòng dữ liệu; đã dừng đọc ở đó`,
        en: `Too many rows: the sheet reaches row ${stop.row}, the limit is ${limits.maxRows} data rows; reading stopped there`,
        location: locationOf(file, sheet, stop.row),
        data: { row: stop.row, maxRows: limits.maxRows },
      });
    case 'columns':
      return ioFinding({
        ruleId: ioRules.tooManyColumns,
        severity: 'error',
        vi: `Quá nhiều cột: cột ${stop.column}, tối đa ${limits.maxColumns}`,
        en: `Too many columns: column ${stop.column}, the limit is ${limits.maxColumns}`,
        location: locationOf(file, sheet, stop.row),
        data: { columns: stop.column, maxColumns: limits.maxColumns },
      });
    case 'cells':
      return ioFinding({
        ruleId: ioRules.tooManyCells,
        severity: 'error',
        vi: `Quá nhiều ô có dữ liệu: hơn ${limits.maxCells} (đến dòng ${stop.row}); hãy tách bảng hoặc dùng CSV`,
        en: `Too many cells with data: more than ${limits.maxCells} (by row ${stop.row}); split the table or use CSV`,
        location: locationOf(file, sheet, stop.row),
        data: { maxCells: limits.maxCells, row: stop.row },
      });
    case 'text':
      return ioFinding({
        ruleId: ioRules.tooManyCells,
        severity: 'error',
        vi: `Quá nhiều văn bản: hơn ${limits.maxTextLength} ký tự trong ${stop.part}; hãy tách bảng hoặc dùng CSV`,
        en: `Too much text: more than ${limits.maxTextLength} characters in ${stop.part}; split the table or use CSV`,
        location: locationOf(file, sheet),
        data: { maxTextLength: limits.maxTextLength, part: stop.part },
      });
    case 'part':
      return partFinding(stop.part, stop.problem, file, sheet);
  }
}

function sheetTable(cells: SheetCells, sheet: string, limits: IoLimits, options: ReadXlsxOptions): ReadResult<Table> {
  const { file } = options;
  const findings: Finding[] = [];
  for (const { row, column, error } of cells.errors) {
    findings.push(
      ioFinding({
        ruleId: ioRules.cellError,
        severity: 'warning',
        vi: `Ô có giá trị lỗi ${error}`,
        en: `The cell holds the error value ${error}`,
        location: locationOf(file, sheet, row, columnLetter(column)),
        data: { error },
      }),
    );
  }
  if (cells.errorCount > cells.errors.length) {
    const more = cells.errorCount - cells.errors.length;
    findings.push(
      ioFinding({
        ruleId: ioRules.cellError,
        severity: 'warning',
        vi: `Còn ${more} ô khác có giá trị lỗi`,
        en: `${more} more cells hold error values`,
        location: locationOf(file, sheet),
        data: { count: cells.errorCount },
      }),
    );
  }
  const lastRow = mergedLastRow(cells.merges, cells.lastRow);
  const own: CellValue[][] = [];
  for (let r = 1; r <= Math.min(20, lastRow); r++) own.push([...(cells.rows[r] ?? [])]);
  const mergedCopies = propagateMerges(cells, lastRow, limits);
  // Header detection ignores copies of merged values: a title merged across the table is one cell.
  for (const { row, column } of mergedCopies) {
    const values = own[row - 1];
    if (values !== undefined && column < values.length) values[column] = '';
  }
  const rawRows: RawRow[] = [];
  for (let r = 1; r <= lastRow; r++) rawRows.push({ row: r, values: cells.rows[r] ?? [] });
  // The rows now live in rawRows only.
  cells.rows.length = 0;
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
    detectionRows: own.map((values) => {
      while (values.length > 0 && values[values.length - 1] === '') values.pop();
      return values;
    }),
    limits,
    columns: options.columns,
    unprotectFormulas: options.unprotectFormulas,
  });
  if (table.ok) pushAll(findings, mergeFindings(cells.merges, table.value.headerRow, file, sheet));
  pushAll(findings, table.findings);
  if (!table.ok) return { ok: false, error: table.error, findings };
  return { ok: true, value: table.value, findings };
}

interface Range {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function parseRange(ref: string): Range | undefined {
  const match = /^([A-Za-z]{1,3})(\d+):([A-Za-z]{1,3})(\d+)$/.exec(ref);
  if (match === null) return undefined;
  const top = Number(match[2]);
  const bottom = Number(match[4]);
  const left = columnIndex(match[1] ?? '', 0);
  const right = columnIndex(match[3] ?? '', 0);
  if (bottom < top || right < left) return undefined;
  return { top, left, bottom, right };
}

/** The last row of the table: a merge may reach below the last row with values (a value merged down). */
function mergedLastRow(merges: readonly string[], lastRow: number): number {
  let last = lastRow;
  for (const ref of merges) {
    const bottom = Math.min(parseRange(ref)?.bottom ?? 0, lastRow + 1000);
    if (bottom > last) last = bottom;
  }
  return last;
}

/**
 * Copies each merge's master value into its other cells (within the table's extent and the cell limit);
 * returns the copied cells of the first 20 rows, which header detection ignores.
 */
function propagateMerges(cells: SheetCells, lastRow: number, limits: IoLimits): { row: number; column: number }[] {
  const copies: { row: number; column: number }[] = [];
  let width = 0;
  for (const values of cells.rows) if (values !== undefined && values.length > width) width = values.length;
  let budget = limits.maxCells;
  for (const ref of cells.merges) {
    const range = parseRange(ref);
    if (range === undefined) continue;
    const master = cells.rows[range.top]?.[range.left] ?? '';
    const bottom = Math.min(range.bottom, lastRow);
    const right = Math.min(range.right, Math.max(width - 1, range.left));
    for (let r = range.top; r <= bottom; r++) {
      for (let c = range.left; c <= right; c++) {
        if (r === range.top && c === range.left) continue;
        if (--budget < 0) return copies;
        if (r <= 20) copies.push({ row: r, column: c });
        if (master === '') continue;
        let values = cells.rows[r];
        if (values === undefined) {
          values = [];
          cells.rows[r] = values;
        }
        while (values.length < c) values.push('');
        values[c] = master;
      }
    }
  }
  return copies;
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
