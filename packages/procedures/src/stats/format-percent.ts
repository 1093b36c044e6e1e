import type { Language } from '@egov/core';
import type { Ratio } from './ratio';

/** Options of {@link formatPercent}. */
export interface FormatPercentOptions {
  /** Decimal places, default 2. */
  readonly decimals?: number;
  /** `vi` writes "50,72%" (comma decimal mark), `en` writes "50.72%". Default `vi`. */
  readonly language?: Language;
}

/**
 * Formats a ratio as a percentage, rounding half up only here (exactly, with integers). A zero
 * denominator formats as "—".
 *
 * @param value - The ratio (integer numerator and denominator).
 * @param options - Decimal places and language.
 * @returns The percentage text.
 * @example
 * ```ts
 * formatPercent({ numerator: 70, denominator: 138 }); // "50,72%"
 * formatPercent({ numerator: 70, denominator: 138 }, { language: 'en', decimals: 1 }); // "50.7%"
 * ```
 */
export function formatPercent(value: Ratio, options: FormatPercentOptions = {}): string {
  if (value.denominator === 0) return '—';
  const decimals = options.decimals ?? 2;
  const mark = (options.language ?? 'vi') === 'vi' ? ',' : '.';
  const scale = 10n ** BigInt(decimals);
  const numerator = BigInt(Math.round(value.numerator));
  const denominator = BigInt(Math.round(value.denominator));
  // round(n * 100 * scale / d), half up
  const scaled = (2n * numerator * 100n * scale + denominator) / (2n * denominator);
  const integer = scaled / scale;
  const fraction = (scaled % scale).toString().padStart(decimals, '0');
  return decimals === 0 ? `${integer.toString()}%` : `${integer.toString()}${mark}${fraction}%`;
}
