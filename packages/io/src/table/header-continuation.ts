import type { CellValue } from '../cell-value';

const text = (value: CellValue | undefined): string =>
  value === undefined ? '' : value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();

const isYear = (value: CellValue | undefined): boolean => typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= 2100;

/**
 * Private: whether `next` is a column-numbering row under a header, as Vietnamese tables print one:
 * "(1) | (2) | (3)" or "1 | 2 | 3 | 4" (every column numbered in order, at least three).
 *
 * @param next - The row below the header.
 * @returns `true` for a numbering row (it is neither header nor data).
 * @example
 * ```ts
 * isColumnNumbering(['(1)', '(2)', '(3)']); // true
 * ```
 */
export function isColumnNumbering(next: readonly CellValue[]): boolean {
  const cells = next.map(text);
  const filled = cells.filter((cell) => cell !== '');
  if (filled.length < 2) return false;
  if (filled.every((cell) => /^\(\d{1,2}\)$/.test(cell))) return true;
  return filled.length >= 3 && cells.every((cell, index) => cell === String(index + 1));
}

/**
 * Private: whether `next` continues the header row `header` (a two-row header): each of its non-empty
 * cells is text or a year, and sits under an empty header cell (a CSV header spanning columns), under
 * the same text (a vertical merge copied down by the XLSX reader), or under a header repeated beside it
 * (a horizontal merge copied across); and at least one of them adds something.
 *
 * @param header - The header row's values.
 * @param next - The row below it.
 * @returns `true` when the two rows are one header.
 * @example
 * ```ts
 * continuesHeader(['STT', 'Tên', 'Kinh phí', ''], ['', '', '2014', '2015']); // true
 * continuesHeader(['STT', 'Tên', 'Kinh phí'], ['1', 'Đăng ký', '8']); // false
 * ```
 */
export function continuesHeader(header: readonly CellValue[], next: readonly CellValue[]): boolean {
  let adds = false;
  let filled = 0;
  for (let c = 0; c < next.length; c++) {
    const below = text(next[c]);
    if (below === '') continue;
    filled++;
    const value = next[c];
    if (typeof value !== 'string' && !isYear(value)) return false;
    if (typeof value === 'string' && /^[\d.,\s%-]+$/.test(below) && !/^(19|20|21)\d\d$/.test(below)) return false;
    const above = text(header[c]);
    const spanned =
      above === '' ||
      above === text(header[c - 1]) ||
      above === text(header[c + 1]) ||
      (text(header[c + 1]) === '' && text(next[c + 1]) !== '');
    if (above === below) continue;
    if (!spanned) return false;
    adds = true;
  }
  return filled > 0 && adds;
}

/**
 * Private: the headers of a two-row header, one per column: the upper text (carried right over the
 * empty cells of a span) then the lower one, with a trailing parenthesised note of the upper row kept
 * last so a unit still ends the header ("Kinh phí (triệu đồng)" over "2014" → "Kinh phí 2014 (triệu
 * đồng)"); a cell merged down both rows keeps its text once.
 *
 * @param header - The upper row.
 * @param next - The lower row.
 * @returns The merged header texts.
 * @example
 * ```ts
 * mergeHeaderRows(['STT', 'Kinh phí (tỷ đồng)', ''], ['', '2014', '2015']); // ['STT', 'Kinh phí 2014 (tỷ đồng)', 'Kinh phí 2015 (tỷ đồng)']
 * ```
 */
export function mergeHeaderRows(header: readonly CellValue[], next: readonly CellValue[]): string[] {
  const width = Math.max(header.length, next.length);
  const merged: string[] = [];
  let carried = '';
  for (let c = 0; c < width; c++) {
    const own = text(header[c]);
    const below = text(next[c]);
    if (own !== '') carried = own;
    const top = own !== '' ? own : below !== '' ? carried : '';
    if (top === '' || top === below || below === '') {
      merged.push(top === '' ? below : top);
      continue;
    }
    const note = /\s*(\([^()]*\))\s*$/.exec(top);
    merged.push(note === null ? `${top} ${below}` : `${top.slice(0, note.index)} ${below} ${note[1] ?? ''}`);
  }
  return merged;
}
