import type { ProvinceDateInput } from './province-unit';

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}

/**
 * Normalises a date argument to an ISO calendar date, or `undefined` when it is not a real date
 * ("2025-02-30", "30/6/2025", an invalid `Date`). A `Date` is read by its local calendar day.
 */
export function toIsoDate(input: ProvinceDateInput): string | undefined {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return undefined;
    return `${pad(input.getFullYear(), 4)}-${pad(input.getMonth() + 1, 2)}-${pad(input.getDate(), 2)}`;
  }
  const match = isoDatePattern.exec(input.trim());
  if (match === null) return undefined;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const check = new Date(Date.UTC(2000, month - 1, day));
  check.setUTCFullYear(year);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The ISO date one day before `iso` (which must be a valid ISO date). */
export function dayBefore(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** `dd/mm/yyyy`, as Vietnamese documents write dates. */
export function formatVietnameseDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day ?? ''}/${month ?? ''}/${year ?? ''}`;
}

/** Whether `iso` lies in `from`…`to` (inclusive; an absent `to` is open). ISO dates compare as strings. */
export function isWithin(iso: string, from: string, to: string | undefined): boolean {
  return iso >= from && (to === undefined || iso <= to);
}
