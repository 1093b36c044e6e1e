import { getQuarter, isValid } from 'date-fns';
import { EgovError } from '../errors/egov-error';
import type { Quarter } from './period';

/**
 * The quarter (1–4) a date falls in, for grouping by "Quý I … Quý IV".
 *
 * @param date - A valid date (local time).
 * @returns 1 for January–March, …, 4 for October–December.
 * @throws {EgovError} `invalid-argument` for an invalid Date.
 * @example
 * ```ts
 * quarterOf(new Date(2018, 4, 15)); // 2 (Quý II)
 * ```
 */
export function quarterOf(date: Date): Quarter {
  const quarter = isValid(date) ? getQuarter(date) : Number.NaN;
  if (quarter === 1 || quarter === 2 || quarter === 3 || quarter === 4) return quarter;
  throw new EgovError({ code: 'invalid-argument', message: 'quarterOf: expected a valid Date, found an invalid Date' });
}
