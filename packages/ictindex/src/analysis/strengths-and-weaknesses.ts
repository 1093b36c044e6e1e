import type { IndexComputation } from '../engine/index-computation';
import type { LocalizedName } from '../framework/localized-name';
import { findNode } from './find-node';
import { indicatorNodes } from './indicator-nodes';

/** A unit's rank on one indicator against its rank on the node the indicator belongs to. */
export interface IndicatorStanding {
  readonly indicatorId: string;
  readonly name: LocalizedName;
  readonly rank: number;
  readonly score: number | null;
  /** `rank − reference rank`: positive when the indicator ranks worse than the unit overall. */
  readonly gap: number;
}

/** Strengths and weaknesses of a unit (see {@link strengthsAndWeaknesses}). */
export interface StrengthsAndWeaknesses {
  readonly unitId: string;
  readonly nodeId: string;
  readonly referenceRank: number | null;
  /** Indicators ranked at least `threshold` places better than the reference, best first. */
  readonly strengths: readonly IndicatorStanding[];
  /** Indicators ranked at least `threshold` places worse than the reference, worst first. */
  readonly weaknesses: readonly IndicatorStanding[];
}

/** Options of {@link strengthsAndWeaknesses}. */
export interface StrengthsAndWeaknessesOptions {
  /** Node whose indicators are examined and whose rank is the reference (default: the root). */
  readonly nodeId?: string;
  /** Places an indicator's rank must differ from the reference rank (default 10). */
  readonly threshold?: number;
}

/**
 * Indicators far above or below a unit's overall standing: Lào Cai ranked 7th overall in 2017 but its
 * "Hạ tầng nhân lực xã hội" ranked 27th — the pattern Plan 332/KH-UBND explains indicator by indicator.
 *
 * @param computation - A computation.
 * @param unitId - The unit.
 * @param options - Node (default root) and threshold in places (default 10).
 * @returns Strengths and weaknesses; both empty when the unit has no rank on the node.
 * @throws {EgovError} for an unknown node or unit.
 * @example
 * ```ts
 * strengthsAndWeaknesses(result, 'lao-cai').weaknesses[0]?.indicatorId; // e.g. "open-source-use"
 * ```
 */
export function strengthsAndWeaknesses(
  computation: IndexComputation,
  unitId: string,
  options: StrengthsAndWeaknessesOptions = {},
): StrengthsAndWeaknesses {
  const nodeId = options.nodeId ?? computation.framework.root.id;
  const threshold = options.threshold ?? 10;
  const referenceRank = computation.rank(nodeId, unitId);
  const standings: IndicatorStanding[] = [];
  const root = findNode(computation.framework.root, nodeId);
  if (referenceRank !== null) {
    for (const node of indicatorNodes(root)) {
      const rank = computation.rank(node.id, unitId);
      if (rank === null) continue;
      standings.push({ indicatorId: node.id, name: node.name, rank, score: computation.score(node.id, unitId), gap: rank - referenceRank });
    }
  }
  return {
    unitId,
    nodeId,
    referenceRank,
    strengths: standings.filter((entry) => entry.gap <= -threshold).sort((a, b) => a.gap - b.gap),
    weaknesses: standings.filter((entry) => entry.gap >= threshold).sort((a, b) => b.gap - a.gap),
  };
}
