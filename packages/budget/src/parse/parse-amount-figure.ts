import {
  createFinding,
  err,
  ok,
  splitStatedFigure,
  type FigureReading,
  type Result,
  type StatedFigure,
} from '@egov/core';
import type { Amount } from '../amount/amount';
import { safeParseAmount, type ParseAmountOptions, type ParsedAmount } from './parse-amount';

/**
 * An amount as a document states it, with its reading: "hơn 5 tỷ đồng" is a lower bound of
 * 5 000 000 000 đồng, "khoảng 2,2 tỷ" an approximation, "từ 1 đến 2 tỷ đồng" a range, "6 tỷ đồng" exact.
 *
 * @example
 * ```ts
 * const figure = unwrap(safeParseAmountFigure('hơn 5 tỷ đồng'));
 * figure.reading; // "at-least"
 * figure.amount.amount.toString(); // "5000000000"
 * ```
 */
export interface AmountFigure {
  /** The text as printed (NFC, trimmed). */
  readonly printed: string;
  readonly reading: FigureReading;
  /** A bound that excludes its value ("hơn", "trên", "dưới", "chưa đến"). */
  readonly strict: boolean;
  /** The qualifying words as printed ("hơn", "không quá"), when any. */
  readonly qualifier?: string;
  /** The amount printed: the bound, the approximate amount, the exact amount, or the low end of a range. */
  readonly amount: ParsedAmount;
  /** The high end of a range. */
  readonly to?: ParsedAmount;
}

/**
 * Reads an amount with the words that qualify it, as plans, roadmaps and news reports print budgets: "hơn 5
 * tỷ đồng", "trên 300 tỷ đồng", "dưới 300 tỷ đồng", "không quá 2 tỷ", "khoảng 15,2 tỷ đồng", "từ 1 đến 2 tỷ
 * đồng", or a plain "2.200.000.000 đồng" (exact). The words are those of `@egov/core`'s stated figures; the
 * numbers are read like {@link safeParseAmount} reads them (units, notation, the table's unit), and a range
 * takes the unit printed after its high end for both ends.
 *
 * @param input - The printed amount, or a spreadsheet number (exact).
 * @param options - As for {@link safeParseAmount}.
 * @returns The amount with its reading, or a finding (`core/figure-invalid`, `core/figure-unclear`, or one
 *   of {@link safeParseAmount}'s).
 * @example
 * ```ts
 * const more = safeParseAmountFigure('hơn 5 tỷ đồng');
 * if (more.ok) more.value.amount.amount.toString(); // "5000000000", reading "at-least", strict
 * safeParseAmountFigure('từ 1 đến 1,5 tỷ đồng'); // range 1 000 000 000 – 1 500 000 000 đồng
 * safeParseAmountFigure('2.200.000.000 đồng'); // exact
 * ```
 */
export function safeParseAmountFigure(input: string | number, options: ParseAmountOptions = {}): Result<AmountFigure> {
  if (typeof input === 'number') {
    const amount = safeParseAmount(input, options);
    if (!amount.ok) return amount;
    return ok({ printed: String(input), reading: 'exact', strict: false, amount: amount.value });
  }
  const words = splitStatedFigure(input, options);
  if (!words.ok) return words;
  const { printed, reading, strict, numbers } = words.value;
  const qualifier = words.value.qualifier === undefined ? {} : { qualifier: words.value.qualifier };
  const low = safeParseAmount(numbers[0], options);
  if (!low.ok) return low;
  if (numbers.length === 1) return ok({ printed, reading, strict, ...qualifier, amount: low.value });
  const high = safeParseAmount(numbers[1], options);
  if (!high.ok) return high;
  if (low.value.amount.compare(high.value.amount) > 0) {
    return err(
      createFinding({
        ruleId: 'core/figure-invalid',
        severity: 'error',
        message: {
          vi: `Khoảng số tiền "${printed}" có đầu dưới lớn hơn đầu trên`,
          en: `The amount range "${printed}" has a low end above its high end`,
        },
        ...(options.path === undefined ? {} : { path: options.path }),
        ...(options.location === undefined ? {} : { location: options.location }),
        data: { text: printed },
      }),
    );
  }
  return ok({ printed, reading, strict, ...qualifier, amount: low.value, to: high.value });
}

/**
 * The amount figure as a `@egov/core` {@link StatedFigure} in đồng, so that `judgeStatedFigure` can check
 * an exact amount against it ("hơn 5 tỷ đồng" → more than 5000000000 đồng).
 *
 * @param figure - An amount figure from {@link safeParseAmountFigure}.
 * @returns The same reading with its values in đồng and the unit "đồng".
 * @example
 * ```ts
 * const figure = unwrap(safeParseAmountFigure('hơn 5 tỷ đồng'));
 * judgeStatedFigure(amountFigureInDong(figure), Amount.fromDong(5_200_000_000).toString()).holds; // true
 * ```
 */
export function amountFigureInDong(figure: AmountFigure): StatedFigure {
  return {
    printed: figure.printed,
    reading: figure.reading,
    strict: figure.strict,
    ...(figure.qualifier === undefined ? {} : { qualifier: figure.qualifier }),
    value: dong(figure.amount.amount),
    ...(figure.to === undefined ? {} : { to: dong(figure.to.amount) }),
    unit: 'đồng',
    precision: 0,
  };
}

function dong(amount: Amount): string {
  return amount.toString();
}
