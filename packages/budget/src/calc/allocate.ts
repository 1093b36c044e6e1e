import { maxOf, EgovError } from '@egov/core';
import { Amount } from '../amount/amount';
import { D } from '../amount/decimal';

/** Options of {@link allocate}. */
export interface AllocateOptions {
  /**
   * Granularity of the parts, e.g. 1 000 000 đồng to split in whole triệu (the total must be a
   * multiple of it). Default: 1 đồng.
   */
  readonly step?: Amount;
}

function toScaledIntegers(weights: readonly (number | string | bigint)[]): bigint[] {
  const decimals = weights.map((w, index) => {
    const text = typeof w === 'string' ? w.trim() : String(w);
    if (!/^\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(text)) {
      throw new EgovError({
        code: 'budget/invalid-weight',
        message: `Weight ${index} must be a non-negative number, found ${JSON.stringify(text)}`,
      });
    }
    return new D(text);
  });
  const places = maxOf(decimals.map((d) => d.decimalPlaces()), 0);
  const scale = new D(10).pow(places);
  return decimals.map((d) => BigInt(d.times(scale).toFixed(0)));
}

/**
 * Splits an amount over parts in proportion to weights so that the parts add up to the amount exactly:
 * each part gets the whole steps of its exact quota, and the steps left over go one by one to the parts
 * with the largest remainders (Hamilton's largest-remainder method; ties go to the earlier part). Used to
 * spread a phase amount over years or services (source 002: 2,2 tỷ for 15 services in 2013–2014).
 *
 * @param total - The amount to split (may be negative: the parts are then negative too).
 * @param weights - Non-negative weights (numbers, decimal strings or bigints); not all zero.
 * @param options - Granularity of the parts.
 * @returns One amount per weight, adding up to `total`.
 * @throws {EgovError} `budget/invalid-weight` for a negative or non-numeric weight, `budget/zero-weights`
 *   when all weights are zero, `budget/allocation-step` when `total` is not a multiple of `step`.
 * @example
 * ```ts
 * allocate(Amount.fromDong(100), [1, 1, 1]).map(String); // ["34", "33", "33"]
 * allocate(Amount.fromUnit('2.2', 'ty'), Array(15).fill(1), { step: Amount.fromUnit(1, 'trieu') });
 * // 10 parts of 147 triệu and 5 of 146 triệu
 * ```
 */
export function allocate(
  total: Amount,
  weights: readonly (number | string | bigint)[],
  options: AllocateOptions = {},
): Amount[] {
  const w = toScaledIntegers(weights);
  const weightSum = w.reduce((a, b) => a + b, 0n);
  if (weightSum === 0n) {
    throw new EgovError({ code: 'budget/zero-weights', message: 'Cannot allocate over weights that are all zero' });
  }
  const step = (options.step ?? Amount.fromDong(1)).toBigInt();
  if (step <= 0n) throw new EgovError({ code: 'budget/allocation-step', message: 'The step must be positive' });
  const totalDong = total.toBigInt();
  const negative = totalDong < 0n;
  const magnitude = negative ? -totalDong : totalDong;
  if (magnitude % step !== 0n) {
    throw new EgovError({
      code: 'budget/allocation-step',
      message: `Cannot split ${totalDong.toString()} đồng into steps of ${step.toString()} đồng: not a multiple`,
    });
  }
  const units = magnitude / step;
  const base = w.map((wi) => (units * wi) / weightSum);
  const remainders = w.map((wi, index) => ({ index, remainder: (units * wi) % weightSum }));
  let left = units - base.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of remainders) {
    if (left === 0n) break;
    base[index] = (base[index] ?? 0n) + 1n;
    left--;
  }
  return base.map((u) => Amount.fromDong((negative ? -u : u) * step));
}
