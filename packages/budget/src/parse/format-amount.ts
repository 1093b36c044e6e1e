import { EgovError } from '@egov/core';
import type { Amount } from '../amount/amount';
import { amountUnitNames, type AmountUnit } from '../amount/amount-unit';
import { D } from '../amount/decimal';
import { toDecimalRounding, type RoundingMode } from '../amount/rounding-mode';
import { formatDecimal } from './format-decimal';

/** Options of {@link formatAmount}. */
export interface FormatAmountOptions {
  /** `full` (default): every đồng, "15.200.000.000 đồng"; `compact`: in tỷ or triệu, "15,2 tỷ đồng". */
  readonly style?: 'full' | 'compact';
  /** Print in this unit instead of the one the style picks ("8" in a table in tỷ đồng). */
  readonly unit?: AmountUnit;
  /** Fixed number of decimals; when the value needs more, `rounding` must be given. Default: exact. */
  readonly decimals?: number;
  /** How to round when `decimals` cuts digits off. */
  readonly rounding?: RoundingMode;
  /** Append the unit name ("đồng", "tỷ đồng"); default `true`. */
  readonly currency?: boolean;
  /** `vi` (default): "15,2"; `en`: "15.2". */
  readonly notation?: 'vi' | 'en';
}

function compactUnit(amount: Amount): AmountUnit {
  const abs = amount.abs();
  if (abs.compare(1_000_000_000) >= 0) return 'ty';
  if (abs.compare(1_000_000) >= 0) return 'trieu';
  return 'dong';
}

/**
 * Prints an amount the way Vietnamese documents do: full ("15.200.000.000 đồng") or compact
 * ("15,2 tỷ đồng"). Exact by default: the compact form keeps every decimal it needs ("15,234567891 tỷ
 * đồng") unless `decimals` and `rounding` say otherwise, so what is printed reads back to the same amount.
 *
 * @param amount - The amount.
 * @param options - Style, unit, decimals and rounding, currency name, notation.
 * @returns The printed amount.
 * @throws {EgovError} `budget/rounding-required` when `decimals` would drop digits and no `rounding` is given.
 * @example
 * ```ts
 * const amount = Amount.fromDong(15_200_000_000);
 * formatAmount(amount); // "15.200.000.000 đồng"
 * formatAmount(amount, { style: 'compact' }); // "15,2 tỷ đồng"
 * formatAmount(Amount.fromDong(8_000_000_000), { unit: 'ty', currency: false }); // "8"
 * ```
 */
export function formatAmount(amount: Amount, options: FormatAmountOptions = {}): string {
  const unit = options.unit ?? (options.style === 'compact' ? compactUnit(amount) : 'dong');
  let value = amount.toUnit(unit);
  if (options.decimals !== undefined) {
    const exact = new D(value);
    const fixed = exact.toFixed(options.decimals, toDecimalRounding(options.rounding ?? 'down'));
    if (options.rounding === undefined && !new D(fixed).equals(exact)) {
      throw new EgovError({
        code: 'budget/rounding-required',
        message: `Printing ${amount.toString()} đồng with ${options.decimals} decimals in ${unit} drops digits; pass a rounding mode`,
      });
    }
    value = fixed;
  }
  const number = formatDecimal(value, options.notation ?? 'vi');
  return options.currency === false ? number : `${number} ${amountUnitNames[unit]}`;
}
