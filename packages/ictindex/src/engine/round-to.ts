/**
 * Rounds half away from zero to `decimals` places, the way published tables print values, without the
 * binary surprises of `toFixed` (0,8485 stays 0,8485 even when the float is 0,848499999…).
 *
 * @param value - A finite number.
 * @param decimals - Decimal places, 0–12.
 * @returns The rounded number (non-finite values are returned unchanged).
 * @example
 * ```ts
 * roundTo((0.7908 + 0.7892 + 0.9655) / 3, 4); // 0.8485
 * roundTo(1.005, 2); // 1.01
 * ```
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  const fraction = scaled - Math.floor(scaled);
  // Fast path: far from a half, binary noise cannot change the result. Near a half, toPrecision(15)
  // removes the last-bit noise of the product (0,8485 × 10⁴ = 8484,999…) before rounding.
  const exact = Math.abs(fraction - 0.5) > 1e-7 ? scaled : Number(scaled.toPrecision(15));
  const rounded = Math.round(exact) / factor;
  return value < 0 ? -rounded : rounded;
}
