import { matchHeader } from '@egov/core';
import { maxOf } from '@egov/core';
import type { CellValue } from '../cell-value';
import type { ColumnSchema } from '../headers/define-columns';

/**
 * Finds the header row of a sheet whose table may be preceded by a title block (the document's name,
 * "Đơn vị: tỷ đồng", blank rows). With the expected `columns`, it is the row among the first `scan`
 * whose cells name the most columns (by folded alias); otherwise, or when no row names any, the first
 * row whose number of non-empty cells is at least half the widest row's (and at least 2 when the widest
 * row has 2 or more).
 *
 * @param rows - Cell values of the first rows, in order.
 * @param scan - How many rows to look at (default 20).
 * @param columns - Expected columns from {@link defineColumns}, when known.
 * @returns The 0-based index into `rows` of the header row, or `-1` when every row is empty.
 * @example
 * ```ts
 * detectHeaderRow([
 *   ['KHÁI TOÁN KINH PHÍ TRIỂN KHAI DỊCH VỤ CÔNG TRỰC TUYẾN MỨC ĐỘ 3'],
 *   ['Đơn vị: tỷ đồng'],
 *   ['STT', 'Tên dịch vụ công triển khai', '2014', '2015', 'Tổng kinh phí'],
 *   [1, 'Đăng ký kinh doanh', 1.4, 0, 1.4],
 * ]); // 2
 * ```
 */
export function detectHeaderRow(
  rows: readonly (readonly CellValue[])[],
  scan = 20,
  columns?: ColumnSchema,
): number {
  if (columns !== undefined) {
    let best = -1;
    let bestMatches = 0;
    rows.slice(0, scan).forEach((values, index) => {
      const matched = new Set<string>();
      for (const value of values) {
        const key = typeof value === 'string' ? matchHeader(value, columns.byAlias) : undefined;
        if (key !== undefined) matched.add(key);
      }
      if (matched.size > bestMatches) {
        best = index;
        bestMatches = matched.size;
      }
    });
    if (best >= 0) return best;
  }
  const counts = rows.slice(0, scan).map(countNonEmpty);
  const widest = maxOf(counts, 0);
  if (widest === 0) return -1;
  const threshold = widest <= 1 ? 1 : Math.max(2, Math.ceil(widest / 2));
  return counts.findIndex((count) => count >= threshold);
}

function countNonEmpty(values: readonly CellValue[]): number {
  let count = 0;
  for (const value of values) if (!(typeof value === 'string' && value.trim() === '')) count++;
  return count;
}
