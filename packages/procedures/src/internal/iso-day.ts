// Fast ISO date handling for the record hot path: no Date objects, no regular expressions.

// Days before each month in a year that starts on 1 March (so the leap day comes last).
const daysBeforeMarchMonth = [306, 337, 0, 31, 61, 92, 122, 153, 184, 214, 245, 275];

/**
 * Day number (days since 0000-03-01 in the proleptic Gregorian calendar; only differences matter) of an
 * ISO calendar date `YYYY-MM-DD`, or `-1` when the text is not a real date. Written for the record hot
 * path: character codes and integer arithmetic only.
 *
 * @param text - The candidate date.
 * @returns A non-negative day number, or -1.
 */
export function isoDayNumber(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  const y0 = text.charCodeAt(0) - 48;
  const y1 = text.charCodeAt(1) - 48;
  const y2 = text.charCodeAt(2) - 48;
  const y3 = text.charCodeAt(3) - 48;
  const m0 = text.charCodeAt(5) - 48;
  const m1 = text.charCodeAt(6) - 48;
  const d0 = text.charCodeAt(8) - 48;
  const d1 = text.charCodeAt(9) - 48;
  // Any character outside 0–9 makes (x >>> 0) > 9.
  if (((y0 >>> 0) > 9) || ((y1 >>> 0) > 9) || ((y2 >>> 0) > 9) || ((y3 >>> 0) > 9) || ((m0 >>> 0) > 9) || ((m1 >>> 0) > 9) || ((d0 >>> 0) > 9) || ((d1 >>> 0) > 9)) {
    return -1;
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return -1;
  if (day > 28) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const length = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
    if (day > length) return -1;
  }
  const y = month <= 2 ? year - 1 : year;
  return 365 * y + ((y / 4) | 0) - ((y / 100) | 0) + ((y / 400) | 0) + (daysBeforeMarchMonth[month - 1] ?? 0) + day;
}

/**
 * Reads a Vietnamese or ISO date ("04/5/2013", "4-5-2013", "2013-05-04") as an ISO date string.
 *
 * @param text - The date as printed.
 * @returns The ISO date, or `undefined` when it is not a real date.
 */
export function parseDateText(text: string): string | undefined {
  const trimmed = text.trim();
  if (isoDayNumber(trimmed) >= 0) return trimmed;
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (match === null) return undefined;
  const iso = `${match[3] ?? ''}-${(match[2] ?? '').padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
  return isoDayNumber(iso) >= 0 ? iso : undefined;
}
