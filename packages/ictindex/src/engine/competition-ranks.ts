import { roundTo } from './round-to';

/**
 * The comparison key of a value: scaled by `factor` (= 10^decimals) and rounded to an integer-valued
 * double, so two values get equal keys exactly when they print equal with `decimals` decimals; near a
 * half, {@link roundTo}'s correction decides.
 *
 * @param x - A value (`NaN` gives `NaN`).
 * @param decimals - Decimals.
 * @param factor - `10 ** decimals`, passed in to keep the hot loop cheap.
 * @returns The key.
 * @example
 * ```ts
 * rankKey(0.86543, 4, 1e4); // 8654
 * ```
 */
export function rankKey(x: number, decimals: number, factor: number): number {
  const scaled = x * factor;
  const fraction = scaled - Math.floor(scaled);
  return Math.abs(fraction - 0.5) > 1e-7 ? Math.round(scaled) : Math.round(roundTo(x, decimals) * factor);
}

/**
 * The competition rank of one entry of a column in O(n), without sorting: 1 + the number of strictly
 * better keys; 0 when the entry is missing.
 *
 * @param values - Scores.
 * @param position - Index of the entry.
 * @param decimals - Decimals the scores are rounded to before comparing.
 * @param higherIsBetter - Whether a higher score ranks first.
 * @returns The rank, 0 when missing.
 * @example
 * ```ts
 * rankOne(Float64Array.of(0.5, 0.7, 0.5), 2, 4, true); // 2
 * ```
 */
export function rankOne(values: Float64Array, position: number, decimals: number, higherIsBetter: boolean): number {
  const factor = 10 ** decimals;
  const key = rankKey(values[position] ?? Number.NaN, decimals, factor);
  if (Number.isNaN(key)) return 0;
  let better = 0;
  for (const x of values) {
    const other = rankKey(x, decimals, factor);
    if (higherIsBetter ? other > key : other < key) better++;
  }
  return better + 1;
}

/**
 * Competition ranks ("1, 2, 2, 4") of a column held as a `Float64Array` (`NaN` = no value, rank 0).
 *
 * @param values - Scores.
 * @param decimals - Decimals the scores are rounded to before comparing.
 * @param higherIsBetter - Whether a higher score ranks first.
 * @returns Ranks, 0 where the value is missing.
 * @example
 * ```ts
 * rankColumn(Float64Array.of(0.5, 0.7, 0.5), 4, true); // Int32Array [2, 1, 2]
 * ```
 */
export function rankColumn(values: Float64Array, decimals: number, higherIsBetter: boolean): Int32Array {
  const n = values.length;
  const keys = new Float64Array(n);
  const factor = 10 ** decimals;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const key = rankKey(values[i] ?? Number.NaN, decimals, factor);
    keys[i] = key;
    if (!Number.isNaN(key)) count++;
  }
  // Native numeric sort of the present keys, then each rank is 1 + the number of strictly better keys,
  // found by binary search: O(n log n) without comparator calls.
  const sorted = new Float64Array(count);
  let next = 0;
  for (let i = 0; i < n; i++) {
    const key = keys[i] ?? Number.NaN;
    if (!Number.isNaN(key)) sorted[next++] = key;
  }
  sorted.sort();
  const ranks = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const key = keys[i] ?? Number.NaN;
    if (Number.isNaN(key)) continue;
    // lo = number of sorted keys < key (lower) or ≤ key (higher)
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const probe = sorted[mid] ?? 0;
      if (probe < key || (higherIsBetter && probe === key)) lo = mid + 1;
      else hi = mid;
    }
    ranks[i] = higherIsBetter ? count - lo + 1 : lo + 1;
  }
  return ranks;
}

/** Options of {@link competitionRanks}. */
export interface CompetitionRankOptions {
  /** Decimals values are rounded to before comparing (default 4, as published). */
  readonly decimals?: number;
  /** `higher` (default): the highest value ranks 1; `lower`: the lowest does. */
  readonly direction?: 'higher' | 'lower';
}

/**
 * Standard competition ranking ("1, 2, 2, 4"): values equal after rounding share a rank and the next
 * rank is skipped, as the ministry's rankings print them.
 *
 * @param values - Values, `null` when missing (missing values get rank `null`).
 * @param options - Decimals (default 4) and direction (default higher is better).
 * @returns Ranks in the same order as `values`.
 * @example
 * ```ts
 * // Open-source use 2017 (Plan 332/KH-UBND Lào Cai): HCM City, Đà Nẵng, Cần Thơ, Hà Nội, Lào Cai
 * competitionRanks([39.47, 28.2, 28.2, 27.45, 5.61]); // [1, 2, 2, 4, 5]
 * ```
 */
export function competitionRanks(
  values: readonly (number | null)[],
  options: CompetitionRankOptions = {},
): (number | null)[] {
  const column = Float64Array.from(values, (value) => value ?? Number.NaN);
  const ranks = rankColumn(column, options.decimals ?? 4, (options.direction ?? 'higher') === 'higher');
  return Array.from(ranks, (rank) => (rank === 0 ? null : rank));
}
