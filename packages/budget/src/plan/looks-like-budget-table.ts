import { foldKey } from '@egov/core';
import { columnRole } from './column-role';

const moneyWords = /\b(kinh phi|du toan|ngan sach|so tien|von|amount|budget|cost)\b/;

/**
 * Whether a table's headers look like a budget table, for tools that detect what a file is: at least one
 * amount column (a year such as "2014", or "Kinh phí …") and a header that speaks of money ("Kinh phí",
 * "Tổng kinh phí", "Dự toán", "Ngân sách", "Amount").
 *
 * @param headers - The table's headers.
 * @returns `true` when the table is probably a budget table.
 * @example
 * ```ts
 * looksLikeBudgetTable(['STT', 'Tên dịch vụ công triển khai', '2014', '2015', 'Tổng kinh phí']); // true
 * looksLikeBudgetTable(['Mã thủ tục', 'Tên thủ tục', 'Mức độ']); // false
 * ```
 */
export function looksLikeBudgetTable(headers: readonly string[]): boolean {
  const hasAmount = headers.some((header) => columnRole(header).kind === 'amount');
  return hasAmount && headers.some((header) => moneyWords.test(foldKey(header)));
}
