import type { CellValue } from './cell-value';

/** One column of a {@link Table}: where it is and what its header says. */
export interface TableColumn {
  /** 0-based index into {@link TableRow.values}. */
  readonly index: number;
  /** Spreadsheet column letter, `"A"`, `"B"`, … (for CSV: the letter Excel would show). */
  readonly letter: string;
  /** Header text as written in the file (NFC, trimmed); `""` for a column without a header. */
  readonly header: string;
}

/** One data row of a {@link Table}. */
export interface TableRow {
  /**
   * 1-based row number in the user's file, as a spreadsheet shows it (for CSV: the record number,
   * counting the header and blank lines, so a quoted field spanning two lines is still one row).
   */
  readonly row: number;
  /** Cell values, one per {@link Table.columns} entry; an empty cell is `""`. */
  readonly values: readonly CellValue[];
}

/** Why a reader set a row aside instead of reading it as data. */
export type SetAsideReason = 'missing-fields' | 'extra-fields' | 'unterminated-quote' | 'stray-quote';

/**
 * A row of the file that a reader set aside: it is **not** among {@link Table.rows}, so no domain reader
 * counts it in a total, and an error finding of the reader names it. Shown so that apps can display it.
 */
export interface SetAsideRow {
  /** 1-based row number in the user's file. */
  readonly row: number;
  /** The row's values as far as they could be read (for a quote problem: its line split at every delimiter). */
  readonly values: readonly CellValue[];
  /** Why it was set aside. */
  readonly reason: SetAsideReason;
}

/**
 * A table read from a file: headers, columns with letters, and rows that know their row number, so a
 * finding can point at the user's cell (see {@link cellLocation}).
 */
export interface Table {
  /** File name as the caller gave it, if any. */
  readonly file?: string;
  /** Sheet name for workbooks. */
  readonly sheet?: string;
  /** 1-based row number of the header row (the upper row of a two-row header). */
  readonly headerRow: number;
  /**
   * The lines above the header row, one per row, cells joined by a space (a merged title counted once):
   * the document's title, "Đơn vị tính: triệu đồng" and the like, which say how to read the table.
   * Absent when the header is the first row.
   */
  readonly preamble?: readonly string[];
  /** Header texts, one per column (same as `columns.map(c => c.header)`). */
  readonly headers: readonly string[];
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  /**
   * Rows of the file that could not be read reliably (a CSV row with missing or extra fields, a quote
   * that swallowed lines), in file order; absent when there are none. They are never in `rows`, and the
   * reader's result carries an error finding naming them, so a table with set-aside rows comes back
   * `ok` with errors among its findings: use the rows, and show the errors.
   */
  readonly setAsideRows?: readonly SetAsideRow[];
}
