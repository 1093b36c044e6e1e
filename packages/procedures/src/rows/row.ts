/** A cell of a table row as `@egov/io` readers produce it. */
export type Cell = string | number | boolean | null;

/**
 * A table row keyed by header text, e.g. `{ 'Tên thủ tục': 'Cấp phép hợp báo', 'Mức độ': 4 }`. Kept
 * minimal and structural so rows from `@egov/io`, a CSV parser or a literal all fit.
 */
export type Row = Readonly<Record<string, Cell | undefined>>;

/** Where rows come from, for findings that point at a cell. */
export interface RowSource {
  /** File name as the user gave it. */
  readonly file?: string;
  /** Sheet name of a workbook. */
  readonly sheet?: string;
  /** Spreadsheet row number of `rows[0]`. Default 2 (row 1 holds the headers). */
  readonly firstRow?: number;
}
