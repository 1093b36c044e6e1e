import { createFinding } from '../findings/create-finding';
import { findingPlace } from '../numbers/finding-place';
import type { ParsedNumber, ParseNumberOptions } from '../numbers/parsed-number';
import { safeParseVietnameseNumber } from '../numbers/safe-parse-vietnamese-number';
import { err, ok, type Result } from '../result/result';
import { compareDecimal, toDecimalText } from './decimal-compare';
import { splitStatedFigure } from './split-stated-figure';
import type { StatedFigure } from './stated-figure';

/**
 * Reads a figure as a document prints it, with what its words mean: "trên 120" (more than 120), "hơn 5 tỷ
 * đồng", "ít nhất 2", "không quá 10%", "khoảng 40", "gần như toàn bộ" (about 100%), "88-90%", "từ 50 đến
 * 60 dịch vụ", or a plain "1.409". The numbers are read as {@link safeParseVietnameseNumber} reads them
 * (notation `'vi'` by default, `'en'` or `'auto'` on request); the text may be NFC or NFD. A number (a
 * spreadsheet cell) is an exact figure. Never throws.
 *
 * @param text - The printed figure, or a number.
 * @param options - Number notation, and the `path`/`location` to put on a finding.
 * @returns The figure, or a finding: `core/figure-invalid`, `core/figure-unclear`, or the number parser's
 *   `core/number-invalid` / `core/number-ambiguous`.
 * @example
 * ```ts
 * safeParseStatedFigure('trên 120 thủ tục'); // ok: { reading: 'at-least', strict: true, value: '120', unit: 'thủ tục', … }
 * safeParseStatedFigure('88 – 90 %'); // ok: { reading: 'range', value: '88', to: '90', unit: '%', … }
 * safeParseStatedFigure('trên dưới 200'); // ok: { reading: 'about', value: '200', … }
 * safeParseStatedFigure('hầu hết').ok; // false: core/figure-invalid
 * ```
 */
export function safeParseStatedFigure(text: string | number, options: ParseNumberOptions = {}): Result<StatedFigure> {
  if (typeof text === 'number') {
    const value = toDecimalText(text);
    if (value === undefined) {
      return err(
        createFinding({
          ruleId: 'core/figure-invalid',
          severity: 'error',
          message: { vi: `Số liệu không hợp lệ: ${String(text)}`, en: `Invalid figure: ${String(text)}` },
          ...findingPlace(options),
          data: { input: String(text) },
        }),
      );
    }
    const dot = value.indexOf('.');
    return ok({ printed: String(text), reading: 'exact', strict: false, value, precision: dot < 0 ? 0 : value.length - dot - 1 });
  }
  const words = splitStatedFigure(text, options);
  if (!words.ok) return words;
  const { printed, reading, strict, numbers } = words.value;
  const qualifier = words.value.qualifier === undefined ? {} : { qualifier: words.value.qualifier };
  const first = safeParseVietnameseNumber(numbers[0], options);
  if (!first.ok) return first;
  const low = describe(first.value);
  if (numbers.length === 1) {
    return ok({ printed, reading, strict, ...qualifier, ...low });
  }
  const second = safeParseVietnameseNumber(numbers[1], options);
  if (!second.ok) return second;
  const high = describe(second.value);
  if (low.of !== undefined || high.of !== undefined || low.unit !== high.unit || compareDecimal(low.value, high.value) > 0) {
    return err(
      createFinding({
        ruleId: 'core/figure-invalid',
        severity: 'error',
        message: {
          vi: `Khoảng "${printed}" không đọc được: hai đầu phải cùng đơn vị, không phải tỷ số, và đầu dưới không lớn hơn đầu trên`,
          en: `Cannot read the range "${printed}": both ends need the same unit, no ratio, and a low end not above the high end`,
        },
        ...findingPlace(options),
        data: { input: printed },
      }),
    );
  }
  return ok({
    printed,
    reading,
    strict,
    ...qualifier,
    value: low.value,
    to: high.value,
    ...(low.unit === undefined ? {} : { unit: low.unit }),
    precision: Math.max(low.precision, high.precision),
  });
}

interface Described {
  readonly value: string;
  readonly of?: string;
  readonly unit?: string;
  readonly precision: number;
}

function describe(number: ParsedNumber): Described {
  switch (number.kind) {
    case 'percent':
      return { value: number.decimal, unit: '%', precision: number.precision };
    case 'ratio':
      return {
        value: number.numeratorDecimal,
        of: number.denominatorDecimal,
        ...(number.unit === undefined ? {} : { unit: number.unit }),
        precision: 0,
      };
    case 'number':
      return { value: number.decimal, ...(number.unit === undefined ? {} : { unit: number.unit }), precision: number.precision };
  }
}
