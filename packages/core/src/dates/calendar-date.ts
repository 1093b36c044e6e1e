// Internal: building and checking local-midnight dates.

/**
 * The local-midnight date for a calendar day, or `undefined` when the day does not exist
 * (31/02/2013, month 13, year 0). Uses `setFullYear` so that years below 100 are not shifted to 19xx.
 */
export function calendarDate(year: number, month: number, day: number): Date | undefined {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, day);
  date.setHours(0, 0, 0, 0);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return undefined;
  return date;
}

/** Zero-pads a number to two digits. */
export function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
