import type { Language } from '@egov/core';

/** A unit's rank on one node in two years (1 = best). */
export interface RankMove {
  readonly previousYear: number;
  readonly currentYear: number;
  readonly previousRank: number;
  readonly currentRank: number;
}

/** Options of {@link describeRankChange}. */
export interface DescribeRankChangeOptions {
  /** `vi` (default) or `en`. */
  readonly language?: Language;
  /**
   * `from-to` (default): "Tăng 05 bậc, từ thứ 12 (năm 2016) lên thứ 7 (năm 2017)";
   * `ranked`: "Xếp thứ 4 (tăng 06 bậc so với năm 2016)". Both are the wording of Plan 332/KH-UBND.
   */
  readonly style?: 'from-to' | 'ranked';
  /** Write place counts with two digits ("05 bậc") as the document's headline sentences do (default true). */
  readonly pad?: boolean;
}

function ordinal(rank: number): string {
  const lastTwo = rank % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${rank}th`;
  switch (rank % 10) {
    case 1:
      return `${rank}st`;
    case 2:
      return `${rank}nd`;
    case 3:
      return `${rank}rd`;
    default:
      return `${rank}th`;
  }
}

/**
 * Describes a rank change in the words of Lào Cai's Plan 332/KH-UBND (24/12/2017), section III:
 * "Tăng 05 bậc, từ thứ 12 (năm 2016) lên thứ 7 (năm 2017)", "Giảm 02 bậc, từ thứ 12 (năm 2016) xuống
 * thứ 14 (năm 2017)", and for no change "Giữ nguyên thứ 7 so với năm 2016" (after the document's
 * "giữ nguyên … so với năm 2016"). English: "Up 5 places, from 12th (2016) to 7th (2017)".
 *
 * @param move - Ranks (1 = best) and years.
 * @param options - Language, style and padding.
 * @returns One sentence without a final full stop.
 * @example
 * ```ts
 * describeRankChange({ previousYear: 2016, currentYear: 2017, previousRank: 12, currentRank: 7 });
 * // "Tăng 05 bậc, từ thứ 12 (năm 2016) lên thứ 7 (năm 2017)"
 * describeRankChange({ previousYear: 2016, currentYear: 2017, previousRank: 10, currentRank: 4 }, { style: 'ranked' });
 * // "Xếp thứ 4 (tăng 06 bậc so với năm 2016)"
 * ```
 */
export function describeRankChange(move: RankMove, options: DescribeRankChangeOptions = {}): string {
  const language = options.language ?? 'vi';
  const style = options.style ?? 'from-to';
  const places = Math.abs(move.previousRank - move.currentRank);
  const count = (options.pad ?? true) ? String(places).padStart(2, '0') : String(places);
  const trend = move.currentRank < move.previousRank ? 'up' : move.currentRank > move.previousRank ? 'down' : 'same';
  const { previousYear: py, currentYear: cy, previousRank: pr, currentRank: cr } = move;
  if (language === 'vi') {
    if (style === 'ranked') {
      if (trend === 'same') return `Xếp thứ ${cr} (giữ nguyên so với năm ${py})`;
      return `Xếp thứ ${cr} (${trend === 'up' ? 'tăng' : 'giảm'} ${count} bậc so với năm ${py})`;
    }
    if (trend === 'same') return `Giữ nguyên thứ ${cr} so với năm ${py}`;
    if (trend === 'up') return `Tăng ${count} bậc, từ thứ ${pr} (năm ${py}) lên thứ ${cr} (năm ${cy})`;
    return `Giảm ${count} bậc, từ thứ ${pr} (năm ${py}) xuống thứ ${cr} (năm ${cy})`;
  }
  const unit = places === 1 ? 'place' : 'places';
  if (style === 'ranked') {
    if (trend === 'same') return `Ranked ${ordinal(cr)} (unchanged from ${py})`;
    return `Ranked ${ordinal(cr)} (${trend} ${places} ${unit} from ${py})`;
  }
  if (trend === 'same') return `Unchanged at ${ordinal(cr)} compared with ${py}`;
  return `${trend === 'up' ? 'Up' : 'Down'} ${places} ${unit}, from ${ordinal(pr)} (${py}) to ${ordinal(cr)} (${cy})`;
}
