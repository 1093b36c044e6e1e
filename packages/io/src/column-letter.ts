import { EgovError } from '@egov/core';

/**
 * The spreadsheet column letter of a 0-based column index: 0 → `"A"`, 25 → `"Z"`, 26 → `"AA"`.
 *
 * @param index - 0-based column index, a non-negative safe integer.
 * @returns The column letters as shown in Excel's column header.
 * @throws {EgovError} `invalid-argument` when `index` is negative or not an integer.
 * @example
 * ```ts
 * columnLetter(0); // "A"
 * columnLetter(27); // "AB"
 * ```
 */
export function columnLetter(index: number): string {
  if (!Number.isSafeInteger(index) || index < 0) {
    throw new EgovError({
      code: 'invalid-argument',
      message: `columnLetter: expected a non-negative integer index, found ${String(index)}`,
    });
  }
  let letters = '';
  let n = index + 1;
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
