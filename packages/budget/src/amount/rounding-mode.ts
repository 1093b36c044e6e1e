import { Decimal } from 'decimal.js';

/**
 * How a value that falls between two whole đồng (or two printed digits) is rounded. There is no default
 * anywhere in this package: every function that may round takes a mode, so rounding is always a decision
 * the caller made and can cite (e.g. a financial regulation asking for `half-up`).
 *
 * - `half-up`: to nearest, ties away from zero (the school rule, most Vietnamese documents)
 * - `half-even`: to nearest, ties to the even neighbour (banker's rounding)
 * - `half-down`: to nearest, ties towards zero
 * - `up`: away from zero; `down`: towards zero (truncation)
 * - `ceil`: towards +∞; `floor`: towards −∞
 */
export type RoundingMode = 'half-up' | 'half-even' | 'half-down' | 'up' | 'down' | 'ceil' | 'floor';

/**
 * Every rounding mode, for validation and tests.
 *
 * @example
 * ```ts
 * roundingModes.includes('half-up'); // true
 * ```
 */
export const roundingModes: readonly RoundingMode[] = [
  'half-up',
  'half-even',
  'half-down',
  'up',
  'down',
  'ceil',
  'floor',
];

const table: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  'half-down': Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};

/**
 * The decimal.js rounding constant of a {@link RoundingMode}.
 *
 * @internal
 */
export function toDecimalRounding(mode: RoundingMode): Decimal.Rounding {
  return table[mode];
}
