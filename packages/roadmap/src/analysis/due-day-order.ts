/** An ISO day (`YYYY-MM-DD`) or the empty string (a baseline service, before every day). */
const isoDayOrEmpty = /^(?:\d{4}-\d{2}-\d{2})?$/;

const byCodeUnits = (a: string, b: string): number => (a === b ? 0 : a < b ? -1 : 1);
const byLocale = (a: string, b: string): number => a.localeCompare(b);

/**
 * The comparison that orders a set of due days as `localeCompare` does, as fast as possible: when every day
 * is an ISO day or empty (what `whenRange` gives for schema-valid times), collation and code-unit order agree
 * (same length, ASCII digits and hyphens in the same places), and comparing code units is many times
 * faster on 100 000 entries; otherwise `localeCompare` itself.
 *
 * @param days - Every day that will be compared.
 * @returns A comparison function for `Array.prototype.sort`.
 * @example
 * ```ts
 * ['2016-12-31', '', '2015-06-30'].sort(dueDayOrder(['2016-12-31', '', '2015-06-30'])); // ['', '2015-06-30', '2016-12-31']
 * ```
 */
export function dueDayOrder(days: Iterable<string>): (a: string, b: string) => number {
  for (const day of days) if (!isoDayOrEmpty.test(day)) return byLocale;
  return byCodeUnits;
}
