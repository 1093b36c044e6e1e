import type { NodeChange } from './compare-years';
import { describeRankChange, type DescribeRankChangeOptions } from './describe-rank-change';

/**
 * One line of a year-over-year report, as Plan 332/KH-UBND (Lào Cai) writes them: the node's name,
 * then the rank change ("Hạ tầng kỹ thuật: Tăng 05 bậc, từ thứ 12 (năm 2016) lên thứ 7 (năm 2017)").
 *
 * @param change - From {@link compareYears}.
 * @param options - Language, style and padding as in {@link describeRankChange}.
 * @returns The line, or `undefined` when a rank is missing in either year.
 * @example
 * ```ts
 * compareYears(result2016, result2017, 'lao-cai')
 *   .filter((change) => change.depth === 1)
 *   .map((change) => describeNodeChange(change));
 * ```
 */
export function describeNodeChange(change: NodeChange, options: DescribeRankChangeOptions = {}): string | undefined {
  const { previousRank, currentRank } = change;
  if (previousRank === null || currentRank === null) return undefined;
  const name = (options.language ?? 'vi') === 'vi' ? change.name.vi : change.name.en;
  const sentence = describeRankChange(
    { previousYear: change.previousYear, currentYear: change.currentYear, previousRank, currentRank },
    options,
  );
  return `${name}: ${sentence}`;
}
