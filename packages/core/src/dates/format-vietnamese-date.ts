import { isValid } from 'date-fns';
import { EgovError } from '../errors/egov-error';
import { pad2 } from './calendar-date';

/**
 * How {@link formatVietnameseDate} writes a date.
 *
 * @example
 * ```ts
 * formatVietnameseDate(new Date(2013, 4, 4), 'long'); // "ngày 04 tháng 5 năm 2013"
 * ```
 */
export type VietnameseDateStyle = 'numeric' | 'long';

/**
 * Formats a date (its local calendar day) in Vietnamese style.
 *
 * - `'numeric'` (default): `"04/05/2013"` (dd/MM/yyyy).
 * - `'long'`: `"ngày 04 tháng 5 năm 2013"`, as on the date line of an administrative document: days
 *   below 10 and the months 1 and 2 take a leading zero, other months do not (Decree 30/2020/NĐ-CP,
 *   Appendix I, on the place and date of issue), so `"tháng 01"`, `"tháng 02"`, `"tháng 5"`, `"tháng 12"`.
 *
 * @param date - A valid `Date`.
 * @param style - `'numeric'` or `'long'`.
 * @returns The formatted date.
 * @throws {EgovError} `invalid-argument` when `date` is an invalid Date (a programmer error).
 * @example
 * ```ts
 * formatVietnameseDate(new Date(2013, 4, 4)); // "04/05/2013"
 * formatVietnameseDate(new Date(2013, 4, 4), 'long'); // "ngày 04 tháng 5 năm 2013"
 * formatVietnameseDate(new Date(2016, 0, 1), 'long'); // "ngày 01 tháng 01 năm 2016"
 * ```
 */
export function formatVietnameseDate(date: Date, style: VietnameseDateStyle = 'numeric'): string {
  if (!isValid(date)) {
    throw new EgovError({
      code: 'invalid-argument',
      message: 'formatVietnameseDate: expected a valid Date, found an invalid Date',
    });
  }
  const day = pad2(date.getDate());
  const month = date.getMonth() + 1;
  const year = String(date.getFullYear()).padStart(4, '0');
  if (style === 'long') {
    return `ngày ${day} tháng ${month <= 2 ? pad2(month) : String(month)} năm ${year}`;
  }
  return `${day}/${pad2(month)}/${year}`;
}
