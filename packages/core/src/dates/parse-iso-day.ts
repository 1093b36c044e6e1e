import { calendarDate } from './calendar-date';

/**
 * Years a date may plausibly have, by what it dates: data, with the reason for each bound. A date outside
 * them exists on the calendar but is a typo in this domain (year 0, 99999, 20155 for 2015).
 *
 * @example
 * ```ts
 * plausibleYears.document; // { min: 1945, max: 2100 }
 * ```
 */
export const plausibleYears = {
  /** Documents, plans, roadmaps and `--as-of` days: the state's founding (1945) to the end of the century of the plans written today. */
  document: { min: 1945, max: 2100 },
} as const satisfies Readonly<Record<string, { readonly min: number; readonly max: number }>>;

/**
 * Reads a day written `YYYY-MM-DD` that exists on the calendar (no 2015-02-31, no month 13) and whose year
 * is within `years` ({@link plausibleYears}.document by default). `Date.parse` accepts 2015-02-31 as
 * 3 March; this does not.
 *
 * @param text - The text, e.g. a command-line option.
 * @param years - The plausible years.
 * @returns The same day as text when it is one, else `undefined` (the caller says what was expected).
 * @example
 * ```ts
 * parseIsoDay('2015-12-31'); // "2015-12-31"
 * parseIsoDay('2015-02-31'); // undefined: February has no 31st
 * parseIsoDay('0000-01-01'); // undefined: year 0
 * parseIsoDay('2016-02-29'); // "2016-02-29"
 * ```
 */
export function parseIsoDay(text: string, years: { readonly min: number; readonly max: number } = plausibleYears.document): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  if (year < years.min || year > years.max) return undefined;
  return calendarDate(year, Number(match[2]), Number(match[3])) === undefined ? undefined : text;
}
