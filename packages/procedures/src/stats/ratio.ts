import { EgovError } from '@egov/core';

/**
 * An exact share: numerator over denominator, both counts. Never rounded; format it with
 * {@link formatPercent} and compare it with {@link meetsPercent}. A zero denominator means "no data".
 */
export interface Ratio {
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * Builds a {@link Ratio}.
 *
 * @param numerator - Count in the share (≥ 0).
 * @param denominator - Count of the whole (≥ 0).
 * @returns The ratio.
 * @throws {EgovError} `invalid-ratio` when a part is negative or not finite (a programmer error).
 * @example
 * ```ts
 * ratio(70, 138); // { numerator: 70, denominator: 138 }
 * ```
 */
export function ratio(numerator: number, denominator: number): Ratio {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || numerator < 0 || denominator < 0) {
    throw new EgovError({
      code: 'invalid-ratio',
      message: `Expected non-negative finite numerator and denominator, found ${String(numerator)}/${String(denominator)}`,
    });
  }
  return { numerator, denominator };
}

/**
 * The value of a ratio as a number in 0…1 (or more), `undefined` when the denominator is 0.
 *
 * @param value - The ratio.
 * @returns numerator / denominator, or `undefined`.
 * @example
 * ```ts
 * ratioValue({ numerator: 1, denominator: 4 }); // 0.25
 * ```
 */
export function ratioValue(value: Ratio): number | undefined {
  return value.denominator === 0 ? undefined : value.numerator / value.denominator;
}
