import type { IndexComputation } from '../engine/index-computation';
import type { LocalizedName } from '../framework/localized-name';
import { indicatorNodes } from './indicator-nodes';

/** Where a unit stands on one indicator compared with the leader and the median. */
export interface IndicatorGap {
  readonly indicatorId: string;
  readonly name: LocalizedName;
  readonly raw: number | null;
  readonly score: number | null;
  readonly rank: number | null;
  /** Units ranked 1 on the indicator (several when tied). */
  readonly leaders: readonly string[];
  readonly leaderRaw: number | null;
  readonly leaderScore: number | null;
  /** Median over the units with a value (mean of the two middle values for an even count). */
  readonly medianRaw: number | null;
  readonly medianScore: number | null;
  /** `leaderRaw − raw` (raw units; for lower-is-better indicators it is negative when behind). */
  readonly gapToLeaderRaw: number | null;
  /** `leaderScore − score` (normalised; ≥ 0). */
  readonly gapToLeaderScore: number | null;
  readonly gapToMedianRaw: number | null;
  readonly gapToMedianScore: number | null;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

function difference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

/**
 * The gap of a unit to the leader and to the median on every indicator — e.g. Lào Cai's open-source use
 * of 5,61 points against Hồ Chí Minh City's 39,47 in 2017 (Plan 332/KH-UBND), a gap of 33,86.
 *
 * @param computation - A computation.
 * @param unitId - The unit.
 * @returns One entry per indicator, in document order.
 * @throws {EgovError} `ictindex/unknown-unit` when the unit is not in the computation.
 * @example
 * ```ts
 * const gap = indicatorGaps(result, 'lao-cai').find((entry) => entry.indicatorId === 'open-source-use');
 * gap?.leaders; // ["ho-chi-minh"]; gap?.gapToLeaderRaw ≈ 33.86
 * ```
 */
export function indicatorGaps(computation: IndexComputation, unitId: string): IndicatorGap[] {
  return indicatorNodes(computation.framework.root).map((node) => {
    const raws: number[] = [];
    const scores: number[] = [];
    const leaders: string[] = [];
    for (const unit of computation.units) {
      const raw = computation.raw(node.id, unit);
      const score = computation.score(node.id, unit);
      if (raw !== null) raws.push(raw);
      if (score !== null) scores.push(score);
      if (computation.rank(node.id, unit) === 1) leaders.push(unit);
    }
    const firstLeader = leaders[0];
    const raw = computation.raw(node.id, unitId);
    const score = computation.score(node.id, unitId);
    const leaderRaw = firstLeader === undefined ? null : computation.raw(node.id, firstLeader);
    const leaderScore = firstLeader === undefined ? null : computation.score(node.id, firstLeader);
    const medianRaw = median(raws);
    const medianScore = median(scores);
    return {
      indicatorId: node.id,
      name: node.name,
      raw,
      score,
      rank: computation.rank(node.id, unitId),
      leaders,
      leaderRaw,
      leaderScore,
      medianRaw,
      medianScore,
      gapToLeaderRaw: difference(leaderRaw, raw),
      gapToLeaderScore: difference(leaderScore, score),
      gapToMedianRaw: difference(medianRaw, raw),
      gapToMedianScore: difference(medianScore, score),
    };
  });
}
