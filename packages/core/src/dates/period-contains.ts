import { startOfDay } from 'date-fns';
import type { Period } from './period';

/**
 * Whether a date falls within a period, by calendar day: any time on the last day counts.
 *
 * @param period - The period.
 * @param date - The date to test (its local day is used); an invalid Date is never contained.
 * @returns `true` when `period.start <= day(date) <= period.end`.
 * @example
 * ```ts
 * const q1 = createQuarterPeriod(2018, 1);
 * periodContains(q1, new Date(2018, 2, 31, 18, 30)); // true
 * periodContains(q1, new Date(2018, 3, 1)); // false
 * ```
 */
export function periodContains(period: Period, date: Date): boolean {
  const day = startOfDay(date).getTime();
  return day >= period.start.getTime() && day <= period.end.getTime();
}
