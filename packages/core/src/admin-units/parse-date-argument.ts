import { EgovError } from '../errors/egov-error';
import { toIsoDate } from './iso-date';
import type { ProvinceDateInput } from './province-unit';

/**
 * The ISO date of a date argument of a lookup function; an invalid date there is a programmer error.
 *
 * @throws {EgovError} `invalid-date` when `input` is not a real calendar date.
 */
export function parseDateArgument(input: ProvinceDateInput, name: string): string {
  const iso = toIsoDate(input);
  if (iso === undefined) {
    const shown = input instanceof Date ? 'an invalid Date' : `"${input}"`;
    throw new EgovError({
      code: 'invalid-date',
      message: `${name}: expected an ISO date "YYYY-MM-DD" or a valid Date, found ${shown}`,
    });
  }
  return iso;
}

/** A two-digit province code from `"2"`, `"02"`, `2` or `" 02 "`; `undefined` if it is not one. */
export function normalizeProvinceCode(input: string | number): string | undefined {
  const text = typeof input === 'number' ? (Number.isInteger(input) ? String(input) : '') : input.trim();
  return /^\d{1,2}$/.test(text) ? text.padStart(2, '0') : undefined;
}
