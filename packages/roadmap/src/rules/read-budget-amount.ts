import { createFinding, err, type PointerSegment, type Result } from '@egov/core';
import {
  parseUnitHeader,
  safeParseAmount,
  safeParseAmountFigure,
  type AmountFigure,
  type NumberNotation,
  type ParsedAmount,
} from '@egov/budget';

/** Options of {@link readBudgetAmount}. */
export interface ReadBudgetAmountOptions {
  /** Number notation: `auto` (default) decides from the text and reports what it cannot decide. */
  readonly notation?: NumberNotation;
  /** Where the amount is in the roadmap, for the finding. */
  readonly path: readonly PointerSegment[];
}

/**
 * Reads an amount of a budget line or a stated budget total as printed, in the unit printed beside it
 * ("2.200.000.000" in "đồng", "1.4" or "2,2" in "tỷ đồng"), with `@egov/budget`: exact, with the printed
 * precision, and never guessing ("15.200" in tỷ đồng is ambiguous and returned as a finding). A unit
 * written in the amount itself ("15,2 tỷ") wins over the unit field; no unit at all means đồng.
 *
 * @param amount - The amount as printed, or a spreadsheet number.
 * @param unit - The unit as printed ("đồng", "triệu đồng", "tỷ đồng"), if any.
 * @param options - Notation and the path of the amount.
 * @returns The amount in đồng with its printed precision, or a finding from `@egov/budget`
 *   (`budget/amount-invalid`, `budget/amount-ambiguous`, …) or `budget/amount-unit-unknown`.
 * @example
 * ```ts
 * const read = readBudgetAmount('1.4', 'tỷ đồng', { path: ['budgets', 0, 'amount'] });
 * if (read.ok) read.value.amount.toString(); // "1400000000"
 * ```
 */
export function readBudgetAmount(
  amount: string | number,
  unit: string | undefined,
  options: ReadBudgetAmountOptions,
): Result<ParsedAmount> {
  const context = unit === undefined ? undefined : parseUnitHeader(`Đơn vị: ${unit}`);
  if (unit !== undefined && context === undefined) {
    return err(
      createFinding({
        ruleId: 'budget/amount-unit-unknown',
        severity: 'error',
        message: {
          vi: `Không nhận ra đơn vị "${unit}" (chấp nhận: đồng, nghìn đồng, triệu đồng, tỷ đồng)`,
          en: `Unknown unit "${unit}" (accepted: đồng, nghìn đồng, triệu đồng, tỷ đồng)`,
        },
        path: options.path,
        data: { unit },
      }),
    );
  }
  return safeParseAmount(amount, {
    ...(context === undefined ? {} : { unit: context }),
    notation: options.notation ?? 'auto',
    path: options.path,
  });
}

/**
 * Reads a budget figure of a roadmap or plan with its qualifier ("hơn 5 tỷ đồng", "khoảng 2,2 tỷ"), in the
 * unit printed beside it, like {@link readBudgetAmount} reads an exact amount.
 *
 * @internal
 */
export function readBudgetFigure(
  amount: string | number,
  unit: string | undefined,
  options: ReadBudgetAmountOptions,
): Result<AmountFigure> {
  const context = unit === undefined ? undefined : parseUnitHeader(`Đơn vị: ${unit}`);
  if (unit !== undefined && context === undefined) {
    const exact = readBudgetAmount(amount, unit, options);
    if (!exact.ok) return exact;
  }
  return safeParseAmountFigure(amount, {
    ...(context === undefined ? {} : { unit: context }),
    notation: options.notation ?? 'auto',
    path: options.path,
  });
}
