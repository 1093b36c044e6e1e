import { createFinding } from '../findings/create-finding';
import type { Finding } from '../findings/finding';
import { findingPlace, type FindingPlace } from '../numbers/finding-place';
import { err, ok, type Result } from '../result/result';
import { calendarDate } from './calendar-date';
import { foldDateText } from './fold-date-text';
import { matchDate } from './match-date';
import {
  createDayPeriod,
  createMonthPeriod,
  createQuarterPeriod,
  createRangePeriod,
  createYearPeriod,
  type Period,
  type SimplePeriod,
} from './period';

/**
 * Options of {@link safeParsePeriod}.
 *
 * @example
 * ```ts
 * safeParsePeriod('Quý I-Quý IV', { year: 2018 }); // 01/01/2018–31/12/2018
 * ```
 */
export interface ParsePeriodOptions extends FindingPlace {
  /**
   * Year to use when the text gives none, e.g. from the document's context: with `year: 2018`,
   * `"Quý I-Quý IV"` is the whole of 2018 and `"tháng 5"` is May 2018.
   */
  readonly year?: number;
}

// What the text says, before years are filled in from the other side of a range or from the options.
type Spec =
  | { readonly kind: 'day'; readonly year: number; readonly month: number; readonly day: number }
  | { readonly kind: 'month'; readonly month: number; readonly year: number | undefined }
  | { readonly kind: 'quarter'; readonly quarter: number; readonly year: number | undefined }
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'bare'; readonly value: number };

type DatedSpec = Exclude<Spec, { kind: 'bare' }>;

interface Failure {
  readonly failure: 'no-such-day' | 'month-out-of-range' | 'quarter-out-of-range' | 'missing-year' | 'reversed';
  readonly value?: number;
  readonly labels?: readonly [string, string];
}

type Resolution<T> = T | Failure;

const monthPattern = /^(?:thang )?(\d{1,2})(?: ?[/-] ?| nam )([1-9]\d{3})$/;
const monthWithoutYearPattern = /^thang (\d{1,2})$/;
const isoMonthPattern = /^([1-9]\d{3})-(\d{2})$/;
const quarterPattern = /^(?:quy|q) ?([ivx]+|\d{1,2})(?:(?: ?[/-] ?| nam )([1-9]\d{3}))?$/;
const yearPattern = /^(?:nam )?([1-9]\d{3})$/;
const barePattern = /^([ivx]+|\d{1,2})$/;
const fromToPattern = /^(?:tu )?(.+?) (?:den|toi) (.+)$/;
// Periods are short; the limit keeps the range search (one try per dash) cheap on pasted paragraphs.
const maxLength = 200;
const romanValues: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * Reads a period as plans and reports write it, into a {@link Period} with local-midnight `start` and
 * inclusive `end` (ready for date-fns):
 *
 * - day: any date {@link safeParseVietnameseDate} reads (`"ngày 04 tháng 5 năm 2013"`, `"04/5/2013"`);
 * - month: `"tháng 01/2013"`, `"tháng 5 năm 2013"`, `"01/2013"`, `"2013-01"`;
 * - quarter (Roman I–IV or 1–4): `"Quý I/2018"`, `"quý 2 năm 2018"`;
 * - year: `"năm 2019"`, `"2019"`;
 * - range: `"giai đoạn 2013 - 2015"`, `"2016-2020"`, `"2013–2015"`, `"Quý I-Quý IV"`, `"Quý II-IV"`,
 *   `"từ tháng 6/2013 đến tháng 12/2013"`. A side without a year takes the other side's year, then
 *   `options.year`.
 *
 * Case, diacritics and spacing do not matter. Text that is not a period, a period without any year, a
 * month 13, a quarter V, a day that does not exist, a range that ends before it starts and an open
 * range ("từ Quý I/2018") are `core/period-invalid` findings. Never throws.
 *
 * @param text - The text to read.
 * @param options - `year` for text without one, and the `path`/`location` to put on a finding.
 * @returns The period, or a `core/period-invalid` finding quoting the input.
 * @example
 * ```ts
 * safeParsePeriod('Quý I/2018'); // ok: { kind: 'quarter', year: 2018, quarter: 1, start: 01/01/2018, end: 31/03/2018, … }
 * safeParsePeriod('giai đoạn 2013 - 2015'); // ok: { kind: 'range', from: năm 2013, to: năm 2015, … }
 * safeParsePeriod('Quý I-Quý IV', { year: 2018 }); // ok: range covering 01/01/2018–31/12/2018
 * safeParsePeriod('Quý I-Quý IV'); // err: core/period-invalid (no year)
 * ```
 */
export function safeParsePeriod(text: string, options: ParsePeriodOptions = {}): Result<Period> {
  const input: unknown = text;
  if (typeof input !== 'string') {
    return err(
      periodInvalid(options, String(input), 'not-text', {
        vi: `Cần một khoảng thời gian viết dạng văn bản, nhận được giá trị kiểu ${typeof input}`,
        en: `Expected a period as text, found a value of type ${typeof input}`,
      }),
    );
  }
  const trimmed = input.normalize('NFC').trim();
  const { year } = options;
  if (year !== undefined && !(Number.isInteger(year) && year >= 1 && year <= 9999)) {
    return err(
      periodInvalid(options, trimmed, 'invalid-year-option', {
        vi: `Năm mặc định ${String(year)} không hợp lệ khi đọc "${trimmed}"`,
        en: `The default year ${String(year)} given to read "${trimmed}" is not a year from 1 to 9999`,
      }),
    );
  }
  if (trimmed.length > maxLength) {
    return err(
      periodInvalid(options, trimmed.slice(0, 40) + '…', 'too-long', {
        vi: `Văn bản dài ${trimmed.length} ký tự, không phải một khoảng thời gian: "${trimmed.slice(0, 40)}…"`,
        en: `A text of ${trimmed.length} characters is not a period: "${trimmed.slice(0, 40)}…"`,
      }),
    );
  }
  const resolution = readPeriod(foldDateText(trimmed), year);
  if (resolution === undefined) {
    return err(
      periodInvalid(options, trimmed, trimmed === '' ? 'empty' : 'not-a-period', {
        vi: `Không đọc được thời gian từ "${trimmed}" (cần dạng "tháng 01/2013", "Quý I/2018", "năm 2019", "giai đoạn 2013 - 2015")`,
        en: `Cannot read a period from "${trimmed}" (expected e.g. "tháng 01/2013", "Quý I/2018", "năm 2019", "giai đoạn 2013 - 2015")`,
      }),
    );
  }
  if (resolution === 'open-ended') {
    return err(
      periodInvalid(options, trimmed, 'open-ended', {
        vi: `"${trimmed}" chỉ nêu thời điểm bắt đầu, không nêu thời điểm kết thúc`,
        en: `"${trimmed}" gives only a start, no end`,
      }),
    );
  }
  if ('failure' in resolution) return err(failureFinding(options, trimmed, resolution));
  return ok(resolution);
}

/** `undefined`: not a period at all; `'open-ended'`: "từ X" with no end. */
function readPeriod(folded: string, year: number | undefined): Resolution<Period> | 'open-ended' | undefined {
  const text = folded.replace(/^(?:giai doan|trong|thoi gian) /, '');
  const fromTo = fromToPattern.exec(text);
  if (fromTo !== null) return readRange(fromTo[1] ?? '', fromTo[2] ?? '', year);
  const openStart = text.startsWith('tu ');
  const body = openStart ? text.slice(3) : text;
  const single = matchSpec(body);
  if (single !== undefined) {
    if (single.kind === 'bare') return undefined;
    const period = resolveSpec(single, yearOf(single) ?? year);
    return openStart && !('failure' in period) ? 'open-ended' : period;
  }
  // Not one period: try each dash as the separator of a range ("04-5-2013 - 12-8-2013" has several).
  let firstFailure: Failure | undefined;
  for (let index = body.indexOf('-'); index !== -1; index = body.indexOf('-', index + 1)) {
    const range = readRange(body.slice(0, index), body.slice(index + 1), year);
    if (range === undefined) continue;
    if (!('failure' in range)) return range;
    firstFailure ??= range;
  }
  return firstFailure;
}

function readRange(leftText: string, rightText: string, year: number | undefined): Resolution<Period> | undefined {
  const leftSpec = matchSpec(leftText.trim());
  const rightSpec = matchSpec(rightText.trim());
  if (leftSpec === undefined || rightSpec === undefined) return undefined;
  // "Quý II-IV", "tháng 6-12/2013": a bare number takes the kind of the other side.
  const left = leftSpec.kind === 'bare' ? adoptKind(leftSpec.value, rightSpec) : leftSpec;
  const right = rightSpec.kind === 'bare' ? adoptKind(rightSpec.value, leftSpec) : rightSpec;
  if (left === undefined || right === undefined) return undefined;
  const from = resolveSpec(left, yearOf(left) ?? yearOf(right) ?? year);
  if ('failure' in from) return from;
  const to = resolveSpec(right, yearOf(right) ?? yearOf(left) ?? year);
  if ('failure' in to) return to;
  if (to.start.getTime() < from.start.getTime()) return { failure: 'reversed', labels: [from.label, to.label] };
  return createRangePeriod(from, to);
}

function adoptKind(value: number, other: Spec): DatedSpec | undefined {
  if (other.kind === 'quarter') return { kind: 'quarter', quarter: value, year: undefined };
  if (other.kind === 'month') return { kind: 'month', month: value, year: undefined };
  return undefined;
}

function yearOf(spec: Spec): number | undefined {
  return spec.kind === 'bare' ? undefined : spec.year;
}

function matchSpec(text: string): Spec | undefined {
  const date = matchDate(text);
  if (date !== undefined) return { kind: 'day', ...date };
  const month = monthPattern.exec(text) ?? monthWithoutYearPattern.exec(text);
  if (month !== null) return { kind: 'month', month: Number(month[1]), year: optionalNumber(month[2]) };
  const isoMonth = isoMonthPattern.exec(text);
  if (isoMonth !== null) return { kind: 'month', month: Number(isoMonth[2]), year: Number(isoMonth[1]) };
  const quarter = quarterPattern.exec(text);
  if (quarter !== null) {
    return { kind: 'quarter', quarter: quarterValue(quarter[1] ?? ''), year: optionalNumber(quarter[2]) };
  }
  const year = yearPattern.exec(text);
  if (year !== null) return { kind: 'year', year: Number(year[1]) };
  const bare = barePattern.exec(text);
  if (bare !== null) return { kind: 'bare', value: quarterValue(bare[1] ?? '') };
  return undefined;
}

/** A quarter or month number from Roman (I–IV) or Arabic digits; 0 for any other Roman numeral. */
function quarterValue(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : (romanValues[text] ?? 0);
}

function optionalNumber(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

function resolveSpec(spec: DatedSpec, year: number | undefined): Resolution<SimplePeriod> {
  switch (spec.kind) {
    case 'day': {
      const date = calendarDate(spec.year, spec.month, spec.day);
      return date === undefined ? { failure: 'no-such-day' } : createDayPeriod(date);
    }
    case 'year':
      return createYearPeriod(spec.year);
    case 'month':
      if (!(spec.month >= 1 && spec.month <= 12)) return { failure: 'month-out-of-range', value: spec.month };
      if (year === undefined) return { failure: 'missing-year' };
      return createMonthPeriod(year, spec.month);
    case 'quarter':
      if (!(spec.quarter >= 1 && spec.quarter <= 4)) return { failure: 'quarter-out-of-range' };
      if (year === undefined) return { failure: 'missing-year' };
      return createQuarterPeriod(year, spec.quarter);
  }
}

function failureFinding(options: ParsePeriodOptions, trimmed: string, failure: Failure): Finding {
  switch (failure.failure) {
    case 'no-such-day':
      return periodInvalid(options, trimmed, failure.failure, {
        vi: `Ngày trong "${trimmed}" không tồn tại`,
        en: `The day in "${trimmed}" does not exist`,
      });
    case 'month-out-of-range':
      return periodInvalid(options, trimmed, failure.failure, {
        vi: `"${trimmed}": không có tháng ${failure.value ?? '?'} (tháng chỉ từ 1 đến 12)`,
        en: `"${trimmed}": there is no month ${failure.value ?? '?'} (months run from 1 to 12)`,
      });
    case 'quarter-out-of-range':
      return periodInvalid(options, trimmed, failure.failure, {
        vi: `"${trimmed}": quý chỉ từ I đến IV`,
        en: `"${trimmed}": quarters run from I to IV`,
      });
    case 'missing-year':
      return periodInvalid(options, trimmed, failure.failure, {
        vi: `"${trimmed}" không nêu năm; hãy ghi rõ năm (ví dụ "Quý I/2018")`,
        en: `"${trimmed}" gives no year; state the year (e.g. "Quý I/2018") or pass options.year`,
      });
    case 'reversed': {
      const [from = '?', to = '?'] = failure.labels ?? [];
      return periodInvalid(options, trimmed, failure.failure, {
        vi: `"${trimmed}": thời điểm kết thúc (${to}) trước thời điểm bắt đầu (${from})`,
        en: `"${trimmed}": the end (${to}) comes before the start (${from})`,
      });
    }
  }
}

function periodInvalid(
  options: FindingPlace,
  input: string,
  reason: string,
  message: { readonly vi: string; readonly en: string },
): Finding {
  return createFinding({
    ruleId: 'core/period-invalid',
    severity: 'error',
    message,
    ...findingPlace(options),
    data: { input, reason },
  });
}
