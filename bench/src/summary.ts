/** Median and spread of repeated measurements. */
export interface Summary {
  readonly runs: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/**
 * Median (mean of the two middle values for an even count), minimum and maximum of samples.
 *
 * @param samples - At least one measurement.
 * @returns The summary.
 * @throws {Error} when there is no sample.
 * @example
 * ```ts
 * summarise([3, 1, 2]); // { runs: 3, median: 2, min: 1, max: 3 }
 * ```
 */
export function summarise(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('summarise: no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { runs: sorted.length, median, min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0 };
}

/**
 * A summary as "median (min–max)" with a unit, numbers rounded to `digits`.
 *
 * @param summary - The summary.
 * @param unit - Unit after the median (none when empty).
 * @param digits - Decimal places.
 * @returns E.g. "812 ms (798–840, 5 runs)".
 * @example
 * ```ts
 * formatSummary(summarise([1, 2, 3]), 'ms'); // "2 ms (1–3, 3 runs)"
 * ```
 */
export function formatSummary(summary: Summary, unit: string, digits = 0): string {
  const f = (n: number): string => n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${f(summary.median)}${unit === '' ? '' : ` ${unit}`} (${f(summary.min)}–${f(summary.max)}, ${String(summary.runs)} runs)`;
}
