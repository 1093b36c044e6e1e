/**
 * A value in a table cell. Readers produce `string`, `number`, `boolean` or `Date`; an empty cell is
 * the empty string `""`. Writers also accept `null` and `undefined` for an empty cell.
 */
export type CellValue = string | number | boolean | Date;

/** A value a writer accepts: a {@link CellValue}, or `null`/`undefined` for an empty cell. */
export type WritableCellValue = CellValue | null | undefined;
