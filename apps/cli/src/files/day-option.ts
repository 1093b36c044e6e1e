import { parseIsoDay, plausibleYears } from '@egov/core';
import { UsageError } from '../context';

/**
 * Reads a day given on the command line (`--as-of`): written `YYYY-MM-DD` and a day that exists, so
 * "2015-02-31" or "2015-13-01" is a usage error naming the option, never passed on to a library that
 * would take it for March 3rd or reject it as a programmer error.
 *
 * @param text - The option's value.
 * @param option - The option's name, for the message.
 * @returns The day, as given.
 * @throws {UsageError} when it is not written `YYYY-MM-DD`, the day does not exist, or its year is outside
 * core's plausible document years (1945–2100).
 * @example
 * ```ts
 * dayOption('2016-02-29', '--as-of'); // "2016-02-29"
 * dayOption('2015-02-31', '--as-of'); // throws UsageError: --as-of: 2015-02-31 is not a day (February 2015 has 28 days)
 * ```
 */
export function dayOption(text: string, option: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) throw new UsageError(`${option} must be a day written YYYY-MM-DD, found "${text}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) throw new UsageError(`${option}: ${text} is not a day (no month ${String(month)})`);
  // Day 0 of the next month is the last day of this one (UTC, so no time zone moves it).
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last) throw new UsageError(`${option}: ${text} is not a day (${String(year)}-${match[2] ?? ''} has ${String(last)} days)`);
  const { min, max } = plausibleYears.document;
  if (parseIsoDay(text) === undefined) throw new UsageError(`${option}: ${text} is outside the years a document can date (${String(min)}–${String(max)})`);
  return text;
}
