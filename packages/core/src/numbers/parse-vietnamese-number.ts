import { unwrap } from '../result/result';
import type { ParsedNumber, ParseNumberOptions } from './parsed-number';
import { safeParseVietnameseNumber } from './safe-parse-vietnamese-number';

/**
 * Like {@link safeParseVietnameseNumber}, but throws instead of returning a finding. Use it for text the
 * program itself wrote (fixtures, constants); use the safe variant for user data.
 *
 * @param text - The text to read.
 * @param options - Notation (default `'vi'`), and the `path`/`location` to put on the finding.
 * @returns The parsed number, percentage or ratio.
 * @throws {EgovError} with code `core/number-invalid` or `core/number-ambiguous` (the finding is the
 *   error's `cause`).
 * @example
 * ```ts
 * parseVietnameseNumber('2.200.000.000').value; // 2200000000
 * parseVietnameseNumber('15.2', { notation: 'en' }).decimal; // "15.2"
 * parseVietnameseNumber('abc'); // throws EgovError core/number-invalid
 * ```
 */
export function parseVietnameseNumber(text: string, options: ParseNumberOptions = {}): ParsedNumber {
  return unwrap(safeParseVietnameseNumber(text, options));
}
