import { createFinding } from '../findings/create-finding';
import type { Finding } from '../findings/finding';
import { findingPlace, type FindingPlace } from '../numbers/finding-place';
import { err, ok, type Result } from '../result/result';
import { calendarDate } from './calendar-date';
import { foldDateText } from './fold-date-text';
import { matchDate } from './match-date';

/**
 * Options of {@link safeParseVietnameseDate}: where a finding points.
 *
 * @example
 * ```ts
 * safeParseVietnameseDate('31/02/2013', { path: ['issuedOn'] }); // finding with path "/issuedOn"
 * ```
 */
export type ParseDateOptions = FindingPlace;

/**
 * Reads a date as Vietnamese documents write it: `"ngày 04 tháng 5 năm 2013"`, `"04/5/2013"`,
 * `"12/08/2013"`, `"4-5-2013"`, `"04.05.2013"`, or ISO `"2013-05-04"`. Day first (never month first),
 * four-digit year. Case, diacritics (NFC or NFD) and extra spaces do not matter.
 *
 * The result is a plain `Date` at local midnight, ready for date-fns. A day that does not exist
 * (`"31/02/2013"`) is a `core/date-invalid` finding, as is any text that is not a date. Never throws.
 *
 * @param text - The text to read.
 * @param options - The `path`/`location` to put on a finding.
 * @returns The date, or a `core/date-invalid` finding quoting the input.
 * @example
 * ```ts
 * const result = safeParseVietnameseDate('ngày 04 tháng 5 năm 2013');
 * if (result.ok) format(result.value, 'yyyy-MM-dd'); // "2013-05-04" (date-fns format)
 * safeParseVietnameseDate('31/02/2013'); // err: core/date-invalid (no such day)
 * ```
 */
export function safeParseVietnameseDate(text: string, options: ParseDateOptions = {}): Result<Date> {
  const input: unknown = text;
  if (typeof input !== 'string') {
    return err(
      dateInvalid(options, String(input), 'not-text', {
        vi: `Cần một ngày viết dạng văn bản, nhận được giá trị kiểu ${typeof input}`,
        en: `Expected a date as text, found a value of type ${typeof input}`,
      }),
    );
  }
  const trimmed = input.normalize('NFC').trim();
  const match = matchDate(foldDateText(trimmed));
  if (match === undefined) {
    return err(
      dateInvalid(options, trimmed, trimmed === '' ? 'empty' : 'not-a-date', {
        vi: `Không đọc được ngày từ "${trimmed}" (cần dạng "ngày 04 tháng 5 năm 2013" hoặc "04/05/2013")`,
        en: `Cannot read a date from "${trimmed}" (expected e.g. "ngày 04 tháng 5 năm 2013" or "04/05/2013")`,
      }),
    );
  }
  const date = calendarDate(match.year, match.month, match.day);
  if (date === undefined) {
    return err(
      dateInvalid(options, trimmed, 'no-such-day', {
        vi: `Ngày "${trimmed}" không tồn tại (ngày ${match.day}, tháng ${match.month}, năm ${match.year})`,
        en: `The date "${trimmed}" does not exist (day ${match.day}, month ${match.month}, year ${match.year})`,
      }),
    );
  }
  return ok(date);
}

function dateInvalid(
  options: FindingPlace,
  input: string,
  reason: string,
  message: { readonly vi: string; readonly en: string },
): Finding {
  return createFinding({
    ruleId: 'core/date-invalid',
    severity: 'error',
    message,
    ...findingPlace(options),
    data: { input, reason },
  });
}
