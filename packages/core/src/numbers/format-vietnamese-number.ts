import { EgovError } from '../errors/egov-error';
import { groupThousands, numberToDecimal, roundDecimal, splitDecimal, type DecimalParts } from './decimal-string';

/**
 * Options of {@link formatVietnameseNumber}.
 *
 * @example
 * ```ts
 * formatVietnameseNumber(7.2, { decimals: 2 }); // "7,20"
 * ```
 */
export interface FormatNumberOptions {
  /**
   * Exact number of decimals to print (0–20), rounding half away from zero on the decimal digits
   * (`1.005` → `"1,01"`) and padding with zeros. Default: as many as the value needs.
   */
  readonly decimals?: number;
}

/**
 * Formats a number in Vietnamese notation: `.` groups thousands, `,` marks decimals, `-` for negatives.
 * Accepts a float or an exact decimal string (`"-1409.50"`, as in `ParsedNumber.decimal`), so that
 * amounts of money never need to pass through a float.
 *
 * @param value - A finite number, or a decimal string `-?digits(.digits)?`.
 * @param options - `decimals`: fixed number of decimals.
 * @returns The formatted text, e.g. `"1.409"`, `"15,2"`, `"2.200.000.000"`.
 * @throws {EgovError} `invalid-argument` when `value` is not finite, not a decimal string, or `decimals`
 *   is not an integer from 0 to 20 (a programmer error, not a data problem).
 * @example
 * ```ts
 * formatVietnameseNumber(1409); // "1.409"
 * formatVietnameseNumber(15.2); // "15,2"
 * formatVietnameseNumber('2200000000'); // "2.200.000.000"
 * formatVietnameseNumber(7.2, { decimals: 2 }); // "7,20"
 * ```
 */
export function formatVietnameseNumber(value: number | string, options: FormatNumberOptions = {}): string {
  const parts = toParts(value);
  const { decimals } = options;
  if (decimals !== undefined && !(Number.isInteger(decimals) && decimals >= 0 && decimals <= 20)) {
    throw new EgovError({
      code: 'invalid-argument',
      message: `formatVietnameseNumber: expected decimals to be an integer from 0 to 20, found ${String(decimals)}`,
    });
  }
  const rounded = decimals === undefined ? parts : roundDecimal(parts, decimals);
  const integer = rounded.integer.replace(/^0+(?=\d)/, '') || '0';
  const isZero = /^0*$/.test(integer + rounded.fraction);
  const sign = rounded.negative && !isZero ? '-' : '';
  const grouped = groupThousands(integer, '.');
  return rounded.fraction === '' ? `${sign}${grouped}` : `${sign}${grouped},${rounded.fraction}`;
}

function toParts(value: number | string): DecimalParts {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new EgovError({
        code: 'invalid-argument',
        message: `formatVietnameseNumber: expected a finite number, found ${String(value)}`,
      });
    }
    const parts = splitDecimal(numberToDecimal(value));
    if (parts !== undefined) return parts;
  } else {
    const parts = splitDecimal(value.trim());
    if (parts !== undefined) return parts;
  }
  throw new EgovError({
    code: 'invalid-argument',
    message: `formatVietnameseNumber: expected a decimal string like "-1409.5", found "${String(value)}"`,
  });
}
