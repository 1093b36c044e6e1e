import { unwrap } from '../result/result';
import { safeParseVietnameseDate, type ParseDateOptions } from './safe-parse-vietnamese-date';

/**
 * Like {@link safeParseVietnameseDate}, but throws instead of returning a finding. Use it for text the
 * program itself wrote; use the safe variant for user data.
 *
 * @param text - The text to read.
 * @param options - The `path`/`location` to put on the finding.
 * @returns The date at local midnight.
 * @throws {EgovError} with code `core/date-invalid` (the finding is the error's `cause`).
 * @example
 * ```ts
 * parseVietnameseDate('12/08/2013').getMonth(); // 7 (August)
 * parseVietnameseDate('31/02/2013'); // throws EgovError core/date-invalid
 * ```
 */
export function parseVietnameseDate(text: string, options: ParseDateOptions = {}): Date {
  return unwrap(safeParseVietnameseDate(text, options));
}
