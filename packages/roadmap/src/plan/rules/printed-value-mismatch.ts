import { foldKey, safeParseStatedFigure, type PointerSegment } from '@egov/core';
import { definePlanRule, type PlanRuleReport } from '../plan-rule';
import { planFigures } from '../plan-figures';

/** A printed figure with the value and denominator the transcriber read from it. */
interface Reading {
  readonly printed?: string | undefined;
  readonly value?: number | undefined;
  readonly of?: number | undefined;
}

// Words that scale the number before them: "1,488 triệu hồ sơ" is 1 488 000 records, "5 tỷ đồng" 5 × 10^9 đồng.
const magnitudes: Readonly<Record<string, number>> = { nghin: 3, ngan: 3, trieu: 6, ty: 9, ti: 9 };

/**
 * The number a figure's value means once a magnitude word printed after it is applied ("1,488 triệu" →
 * 1488000), computed on the decimal digits so that no binary rounding enters; `undefined` when the unit
 * starts with no magnitude word.
 */
function scaledValue(value: string, unit: string | undefined): number | undefined {
  const places = magnitudes[foldKey(unit ?? '').split(' ')[0] ?? ''];
  if (places === undefined) return undefined;
  const [integer = '', fraction = ''] = value.split('.');
  const digits = fraction.padEnd(places, '0');
  return Number(`${integer}${digits.slice(0, places)}.${digits.slice(places) || '0'}`);
}

/**
 * Compares a printed figure with the value read from it, using the Vietnamese number reading of
 * @egov/core (`.` groups thousands, `,` marks decimals): "2.576" is 2576, "05" is 5, "100%" is 100,
 * "43/56" is 43 of 56, "trên 120" is 120 (a lower bound, read as a stated figure), "1,488 triệu" is 1.488 as
 * printed or 1488000 with its magnitude word applied (a value may be transcribed either way). Returns the
 * problem, or undefined when they agree or there is nothing to compare.
 */
function compare(reading: Reading, path: readonly PointerSegment[]): PlanRuleReport | undefined {
  const { printed, value, of } = reading;
  if (printed === undefined || (value === undefined && of === undefined)) return undefined;
  // A qualified figure ("trên 120", "khoảng 40%") is read with its qualifier: its value is the number printed.
  const parsed = safeParseStatedFigure(printed, { notation: 'vi' });
  if (!parsed.ok) {
    return {
      path: [...path, 'printed'],
      message: {
        vi: `Không đọc được số từ "${printed}" để so với giá trị ${String(value ?? of)}`,
        en: `Cannot read a number from "${printed}" to compare with the value ${String(value ?? of)}`,
      },
      data: { printed, value, of, reason: 'unreadable' },
    };
  }
  const read = parsed.value;
  const expected = { value: Number(read.value), of: read.of === undefined ? undefined : Number(read.of) };
  const scaled = scaledValue(read.value, read.unit);
  const valueDiffers = value !== undefined && value !== expected.value && value !== scaled;
  const ofDiffers = of !== undefined && expected.of !== undefined && of !== expected.of;
  if (!valueDiffers && !ofDiffers) return undefined;
  const shown =
    expected.of === undefined
      ? `${String(expected.value)}${scaled === undefined ? '' : ` (${String(scaled)})`}`
      : `${String(expected.value)}/${String(expected.of)}`;
  const given = of === undefined ? String(value) : `${String(value)}/${String(of)}`;
  return {
    path: [...path, valueDiffers ? 'value' : 'of'],
    message: {
      vi: `Số in "${printed}" đọc là ${shown} nhưng giá trị ghi là ${given}`,
      en: `The printed figure "${printed}" reads ${shown} but the value given is ${given}`,
    },
    data: { printed, read: expected, value, of },
  };
}

/**
 * `plan/printed-value-mismatch`: a stated figure (or one of its parts) whose `printed` form does not
 * read as its `value` (and `of`), or cannot be read as a number at all while a value is given. This
 * catches transcription slips ("2.576" entered as 2567) and Vietnamese/English notation mix-ups.
 *
 * @example
 * ```ts
 * printedValueMismatch.defaultSeverity; // "error"
 * ```
 */
export const printedValueMismatch = definePlanRule({
  id: 'plan/printed-value-mismatch',
  defaultSeverity: 'error',
  description: {
    vi: 'Số in trong văn bản khác với giá trị đã ghi',
    en: 'A printed figure differs from the value given for it',
  },
  check: ({ plan, report }) => {
    for (const { figure, path } of planFigures(plan)) {
      const problem = compare(figure, path);
      if (problem !== undefined) report(problem);
      (figure.parts ?? []).forEach((part, index) => {
        const partProblem = compare(part, [...path, 'parts', index]);
        if (partProblem !== undefined) report(partProblem);
      });
    }
  },
});
