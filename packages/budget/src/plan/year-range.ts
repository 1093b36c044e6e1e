import { z } from 'zod';

/** A year or a range of years, inclusive: 2014 is `{ start: 2014, end: 2014 }`, "2013 - 2014" `{ start: 2013, end: 2014 }`. */
export interface YearRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Schema of a {@link YearRange}; `end` must not be before `start`.
 *
 * @example
 * ```ts
 * yearRangeSchema.parse({ start: 2013, end: 2015 });
 * ```
 */
export const yearRangeSchema: z.ZodType<YearRange> = z
  .object({ start: z.int().min(1900).max(2200), end: z.int().min(1900).max(2200) })
  .refine((range) => range.end >= range.start, { error: 'end must not be before start' })
  .meta({ description: 'Year or inclusive range of years' });

/**
 * Reads a year or year range as printed: "2014", "Năm 2014", "2013 - 2014", "2016-2020", "Giai đoạn
 * 2013–2015".
 *
 * @param text - The text.
 * @returns The range, or `undefined` when the text holds no year.
 * @example
 * ```ts
 * parseYearRange('Giai đoạn 2016 - 2020'); // { start: 2016, end: 2020 }
 * parseYearRange('2019'); // { start: 2019, end: 2019 }
 * ```
 */
export function parseYearRange(text: string): YearRange | undefined {
  const match = /((?:19|20|21)\d\d)(?:\s*[-–—]\s*((?:19|20|21)\d\d))?/.exec(text);
  if (match?.[1] === undefined) return undefined;
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  return end >= start ? { start, end } : undefined;
}

/**
 * Prints a year range as tables do: "2014" or "2013-2014".
 *
 * @param range - The range.
 * @returns The label.
 * @example
 * ```ts
 * yearRangeLabel({ start: 2013, end: 2014 }); // "2013-2014"
 * ```
 */
export function yearRangeLabel(range: YearRange): string {
  return range.start === range.end ? String(range.start) : `${range.start}-${range.end}`;
}
