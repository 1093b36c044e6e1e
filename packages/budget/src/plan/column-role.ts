import { fold } from '../text/fold';
import { parseYearRange, type YearRange } from './year-range';

/** What a column of a budget table holds. */
export type ColumnRole =
  | { readonly kind: 'number' | 'name' | 'objective' | 'period' | 'lead' | 'partners' | 'content' }
  | { readonly kind: 'source' | 'type' | 'phase' | 'note' | 'year' | 'total' }
  | { readonly kind: 'amount'; readonly period: YearRange | undefined }
  | { readonly kind: 'unknown' };

const exact: ReadonlyMap<string, ColumnRole['kind']> = new Map<string, ColumnRole['kind']>([
  ['tt', 'number'],
  ['stt', 'number'],
  ['so tt', 'number'],
  ['so thu tu', 'number'],
  ['no', 'number'],
  ['number', 'number'],
  ['id', 'number'],
  ['name', 'name'],
  ['task', 'name'],
  ['nhiem vu', 'name'],
  ['du an', 'name'],
  ['hang muc', 'name'],
  ['objective', 'objective'],
  ['period', 'period'],
  ['lead', 'lead'],
  ['lead agency', 'lead'],
  ['chu tri', 'lead'],
  ['partners', 'partners'],
  ['partner agencies', 'partners'],
  ['phoi hop', 'partners'],
  ['content', 'content'],
  ['source', 'source'],
  ['funding source', 'source'],
  ['type', 'type'],
  ['spending type', 'type'],
  ['phase', 'phase'],
  ['trang thai', 'phase'],
  ['note', 'note'],
  ['notes', 'note'],
  ['ghi chu', 'note'],
  ['nam', 'year'],
  ['year', 'year'],
  ['total', 'total'],
  ['amount', 'amount'],
]);

const prefixes: readonly (readonly [string, ColumnRole['kind']])[] = [
  ['noi dung', 'content'],
  ['ten ', 'name'],
  ['muc tieu', 'objective'],
  ['don vi chu tri', 'lead'],
  ['co quan chu tri', 'lead'],
  ['don vi phoi hop', 'partners'],
  ['co quan phoi hop', 'partners'],
  ['co quan dong xu ly', 'partners'],
  ['nguon', 'source'],
  ['loai chi', 'type'],
  ['tinh chat chi', 'type'],
  ['ghi chu', 'note'],
  ['tong', 'total'],
  ['total', 'total'],
  ['thoi gian', 'period'],
];

const amountWords = /\b(kinh phi|du toan|so tien|amount|gia tri|von|khai toan|chi phi|ngan sach)\b/;

/**
 * What a column holds, from its header (Vietnamese or English, any case or diacritics): the line
 * number, name, objective, period, lead and partner agencies, content, funding source, spending type,
 * phase, note, year (long layout), row total, or an amount, with the year(s) of a pivoted column
 * ("Năm 2014", "2015", "Dự kiến kinh phí năm 2019 (Đơn vị tính: Đồng)", "Giai đoạn 2016-2020").
 *
 * @param header - The header text.
 * @returns The role; `unknown` for columns this package does not read.
 * @example
 * ```ts
 * columnRole('Năm 2014'); // { kind: 'amount', period: { start: 2014, end: 2014 } }
 * columnRole('Tên dịch vụ công triển khai'); // { kind: 'name' }
 * columnRole('Tổng kinh phí'); // { kind: 'total' }
 * ```
 */
export function columnRole(header: string): ColumnRole {
  // A unit in parentheses ("(Đơn vị tính: Đồng)", "(tỷ đồng)") says nothing about the role.
  const stripped = header.replace(/\([^()]*\)/g, ' ');
  const key = fold(stripped);
  const direct = exact.get(key);
  if (direct === 'amount') return { kind: 'amount', period: undefined };
  if (direct !== undefined) return { kind: direct };
  for (const [prefix, kind] of prefixes) {
    if (key.startsWith(prefix)) return { kind } as ColumnRole;
  }
  const period = parseYearRange(stripped);
  if (period !== undefined) {
    const rest = key
      .replace(/(?:19|20|21)\d\d/g, ' ')
      .replace(/\b(nam|year|fy|giai doan|du kien|ke hoach|phase|period)\b/g, ' ')
      .trim();
    if (rest === '' || amountWords.test(key)) return { kind: 'amount', period };
  }
  if (amountWords.test(key)) return { kind: 'amount', period: undefined };
  return { kind: 'unknown' };
}
