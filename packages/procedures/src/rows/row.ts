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
  /**
   * The user's column mapping, applied before the header aliases: a field (its name such as
   * `onlineLevel`, or any of its aliases such as `level`) → the header that holds it, e.g.
   * `{ level: 'Cấp độ DVC' }` (`--columns level="Cấp độ DVC"` in the CLI).
   */
  readonly columns?: Readonly<Record<string, string>>;
}
