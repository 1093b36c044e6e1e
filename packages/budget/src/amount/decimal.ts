import { Decimal } from 'decimal.js';

/**
 * The package's private decimal.js constructor. A clone, so that the global `Decimal` configuration of
 * the host application is never read nor changed (ARCHITECTURE.md: no package mutates global state).
 * 64 significant digits keep every amount up to 10^60 đồng exact; exponent notation is switched off so
 * `toString()` always prints plain digits.
 *
 * @internal Not exported from the package entry.
 */
export const D = Decimal.clone({
  precision: 64,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -1000,
  toExpPos: 1000,
});

/** An instance of the private constructor {@link D}. */
export type Dec = InstanceType<typeof D>;
