import * as z from 'zod';

/**
 * A point in time as roadmaps print it: a year (`2015`), a month (`"2014-06"`) or a day (`"2013-05-04"`).
 *
 * @example
 * ```ts
 * whenSchema.parse(2015); // 2015
 * whenSchema.parse('2014-06'); // "2014-06"
 * ```
 */
export const whenSchema: z.ZodType<number | string> = z
  .union([
    z.int().min(1900).max(2200),
    z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
      error: 'expected a year (2015), a month (2014-06) or a date (2013-05-04)',
    }),
  ])
  .meta({ description: 'A year (2015), a month ("2014-06") or a day ("2013-05-04").' });

/** A year, month or day: see {@link whenSchema}. */
export type When = z.infer<typeof whenSchema>;

/** The first and last day (ISO, inclusive) that a {@link When} covers. */
export interface WhenRange {
  readonly start: string;
  readonly end: string;
}

/**
 * The days a {@link When} covers: a year is 1 January to 31 December, a month its first to its last day.
 *
 * @param when - A year, month or day.
 * @returns The inclusive ISO range.
 * @example
 * ```ts
 * whenRange(2015); // { start: "2015-01-01", end: "2015-12-31" }
 * whenRange('2014-02'); // { start: "2014-02-01", end: "2014-02-28" }
 * ```
 */
export function whenRange(when: When): WhenRange {
  const text = String(when);
  if (text.length === 4) return { start: `${text}-01-01`, end: `${text}-12-31` };
  if (text.length === 7) {
    const year = Number(text.slice(0, 4));
    const month = Number(text.slice(5, 7));
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { start: `${text}-01`, end: `${text}-${String(lastDay).padStart(2, '0')}` };
  }
  return { start: text, end: text };
}

/**
 * The year of a {@link When}.
 *
 * @example
 * ```ts
 * whenYear('2014-06'); // 2014
 * ```
 */
export function whenYear(when: When): number {
  return Number(String(when).slice(0, 4));
}
