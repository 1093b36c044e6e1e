import { maxOf } from '@egov/core';
import type { WritableCellValue } from '../cell-value';
import { protectFormula } from '../formula/protect-formula';
import type { WritableTable } from '../writable-table';
import { encodeExcelText } from './excel-text';
import { loadExcelJs } from './load-exceljs';

/**
 * Number format for whole đồng amounts: `35.000.000` in a Vietnamese Excel, `35,000,000` in an English one.
 *
 * @example
 * ```ts
 * await writeXlsx(table, { columns: { 'Kinh phí (đồng)': { numFmt: dongFormat } } });
 * ```
 */
export const dongFormat = '#,##0';

/** Format of one column of {@link writeXlsx}. */
export interface XlsxColumnFormat {
  /** Excel number format for numbers in the column, e.g. {@link dongFormat} or `'0.0'`. */
  readonly numFmt?: string;
  /** Column width in characters (default: fitted to the content, 8–60). */
  readonly width?: number;
}

/** Options of {@link writeXlsx}. */
export interface WriteXlsxOptions {
  /** Sheet name (default `"Sheet1"`; Excel allows 31 characters, no `\ / ? * [ ] :`). */
  readonly sheetName?: string;
  /** Column formats by header text or 0-based index. */
  readonly columns?: Readonly<Record<string, XlsxColumnFormat>> | readonly (XlsxColumnFormat | undefined)[];
  /** Date format for `Date` cells (default `yyyy-mm-dd`). */
  readonly dateFormat?: string;
  /** Workbook creation date recorded in its properties (default 2000-01-01, for reproducible files). */
  readonly createdAt?: Date;
}

/** One sheet of {@link writeXlsxWorkbook}. */
export interface XlsxSheet {
  /** Sheet name (Excel allows 31 characters, no `\ / ? * [ ] :`; names must be unique in a workbook). */
  readonly name: string;
  /** Headers and rows. */
  readonly table: WritableTable;
  /** Column formats by header text or 0-based index. */
  readonly columns?: WriteXlsxOptions['columns'];
}

/** Options of {@link writeXlsxWorkbook}. */
export type WriteXlsxWorkbookOptions = Pick<WriteXlsxOptions, 'dateFormat' | 'createdAt'>;

/**
 * Writes a table as an XLSX workbook with one sheet: a bold, shaded, frozen header row with an
 * auto-filter, numbers as numbers (with the column's number format, e.g. {@link dongFormat}), dates as
 * dates, and every text cell protected against formula injection with {@link protectFormula} (text
 * cells are never formulas in XLSX, but users copy values into CSV and other tools; {@link readXlsx}
 * removes the prefix again).
 *
 * @param table - Headers and rows.
 * @param options - Sheet name, column formats, date format.
 * @returns The workbook's bytes.
 * @throws {EgovError} never for data; exceljs may throw `Error` for an invalid sheet name.
 * @example
 * ```ts
 * const bytes = await writeXlsx(
 *   { headers: ['Tên dự án, nhiệm vụ', 'Dự kiến kinh phí năm 2019 (Đồng)'], rows: [['Trang bị máy chiếu', 35_000_000]] },
 *   { sheetName: 'Kinh phí 2019', columns: { 'Dự kiến kinh phí năm 2019 (Đồng)': { numFmt: dongFormat } } },
 * );
 * ```
 */
export async function writeXlsx(table: WritableTable, options: WriteXlsxOptions = {}): Promise<Uint8Array> {
  const sheet: XlsxSheet = {
    name: options.sheetName ?? 'Sheet1',
    table,
    ...(options.columns === undefined ? {} : { columns: options.columns }),
  };
  return writeXlsxWorkbook([sheet], options);
}

/**
 * Writes several tables as one XLSX workbook, a sheet each, every sheet styled and protected like
 * {@link writeXlsx} (bold, shaded, frozen header row with an auto-filter; numbers with their column's
 * format; dates as dates; text cells protected against formula injection). Reproducible: the creation
 * date is fixed unless given.
 *
 * @param sheets - Name, table and column formats of each sheet, in order.
 * @param options - Date format and creation date.
 * @returns The workbook's bytes.
 * @throws {EgovError} never for data; exceljs may throw `Error` for an invalid or repeated sheet name.
 * @example
 * ```ts
 * const bytes = await writeXlsxWorkbook([
 *   { name: 'Kinh phí', table: { headers: ['Năm', 'Kinh phí (đồng)'], rows: [[2014, 8_000_000_000]] }, columns: [undefined, { numFmt: dongFormat }] },
 *   { name: 'Phát hiện', table: { headers: ['Mức', 'Nội dung'], rows: [['lỗi', 'Tổng không khớp']] } },
 * ]);
 * ```
 */
export async function writeXlsxWorkbook(
  sheets: readonly XlsxSheet[],
  options: WriteXlsxWorkbookOptions = {},
): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const createdAt = options.createdAt ?? new Date(Date.UTC(2000, 0, 1));
  workbook.created = createdAt;
  workbook.modified = createdAt;
  for (const sheet of sheets) {
    const { table } = sheet;
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const width = maxOf(table.rows.map((row) => row.length), table.headers.length);
    const formats = Array.from({ length: width }, (_, c) => columnFormat(sheet.columns, table.headers[c], c));
    const header = worksheet.getRow(1);
    table.headers.forEach((text, c) => {
      const cell = header.getCell(c + 1);
      cell.value = encodeExcelText(protectFormula(text));
      cell.font = { bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
      cell.alignment = { vertical: 'middle', wrapText: true };
    });
    table.rows.forEach((values, r) => {
      const row = worksheet.getRow(r + 2);
      values.forEach((value, c) => {
        if (value === null || value === undefined || value === '') return;
        const cell = row.getCell(c + 1);
        if (typeof value === 'string') {
          cell.value = encodeExcelText(protectFormula(value));
        } else if (value instanceof Date) {
          cell.value = value;
          cell.numFmt = options.dateFormat ?? 'yyyy-mm-dd';
        } else {
          cell.value = value;
          const numFmt = formats[c]?.numFmt;
          if (typeof value === 'number' && numFmt !== undefined) cell.numFmt = numFmt;
        }
      });
    });
    for (let c = 0; c < width; c++) {
      worksheet.getColumn(c + 1).width = formats[c]?.width ?? fittedWidth(table, c);
    }
    if (width > 0) worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: width } };
  }
  const output: unknown = await workbook.xlsx.writeBuffer();
  if (output instanceof Uint8Array) return new Uint8Array(output.buffer, output.byteOffset, output.byteLength);
  return new Uint8Array(output as ArrayBuffer);
}

function columnFormat(
  columns: WriteXlsxOptions['columns'],
  header: string | undefined,
  index: number,
): XlsxColumnFormat | undefined {
  if (columns === undefined) return undefined;
  if (Array.isArray(columns)) return (columns as readonly (XlsxColumnFormat | undefined)[])[index];
  const byHeader = columns as Readonly<Record<string, XlsxColumnFormat>>;
  return header === undefined ? undefined : byHeader[header];
}

function fittedWidth(table: WritableTable, c: number): number {
  let longest = (table.headers[c] ?? '').length;
  for (const row of table.rows.slice(0, 1000)) longest = Math.max(longest, textLength(row[c]));
  return Math.min(60, Math.max(8, longest + 2));
}

function textLength(value: WritableCellValue): number {
  if (value === null || value === undefined) return 0;
  if (value instanceof Date) return 10;
  return String(value).length;
}
