import { unwrap } from '../result/result';
import type { Period } from './period';
import { safeParsePeriod, type ParsePeriodOptions } from './safe-parse-period';

/**
 * Like {@link safeParsePeriod}, but throws instead of returning a finding. Use it for text the program
 * itself wrote; use the safe variant for user data.
 *
 * @param text - The text to read.
 * @param options - `year` for text without one, and the `path`/`location` to put on the finding.
 * @returns The period.
 * @throws {EgovError} with code `core/period-invalid` (the finding is the error's `cause`).
 * @example
 * ```ts
 * parsePeriod('Quý I/2018').end; // 31/03/2018
 * parsePeriod('2016-2020').label; // "giai đoạn 2016–2020"
 * ```
 */
export function parsePeriod(text: string, options: ParsePeriodOptions = {}): Period {
  return unwrap(safeParsePeriod(text, options));
}
