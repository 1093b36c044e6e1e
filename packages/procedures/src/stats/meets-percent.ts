import type { Ratio } from './ratio';

function decimalToScaled(percent: number): { scaled: bigint; scale: bigint } {
  // Exact for any percent written with up to 15 significant digits ("7.5", "50", "33.33").
  const text = percent.toString();
  const [integer = '0', fraction = ''] = text.split('.');
  return { scaled: BigInt(integer + fraction), scale: 10n ** BigInt(fraction.length) };
}

/**
 * Whether a ratio reaches a percentage, compared exactly (no floating-point rounding): 70/138 meets 50
 * but not 50.73. A zero denominator never meets a positive target.
 *
 * @param value - The ratio.
 * @param percent - The target in percent (50 = 50%), ≥ 0, decimal notation.
 * @returns `true` when numerator / denominator ≥ percent / 100.
 * @example
 * ```ts
 * meetsPercent({ numerator: 70, denominator: 138 }, 50); // true
 * meetsPercent({ numerator: 10, denominator: 138 }, 10); // false
 * ```
 */
export function meetsPercent(value: Ratio, percent: number): boolean {
  if (percent <= 0) return true;
  if (value.denominator === 0) return false;
  const { scaled, scale } = decimalToScaled(percent);
  // numerator / denominator >= scaled / (scale * 100)
  return BigInt(value.numerator) * scale * 100n >= scaled * BigInt(value.denominator);
}
