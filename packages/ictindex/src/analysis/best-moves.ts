import type { IndexComputation } from '../engine/index-computation';
import { whatIf } from '../engine/what-if';
import type { LocalizedName } from '../framework/localized-name';
import { findNode } from './find-node';
import { indicatorNodes } from './indicator-nodes';

/** What one indicator improvement would do to a unit's rank. */
export interface Move {
  readonly indicatorId: string;
  readonly name: LocalizedName;
  readonly rawFrom: number;
  readonly rawTo: number;
  readonly rankFrom: number | null;
  readonly rankTo: number | null;
  /** Places gained on the target node (positive = rises). */
  readonly places: number;
  readonly scoreFrom: number | null;
  readonly scoreTo: number | null;
}

/** Options of {@link bestMoves}. */
export interface BestMovesOptions {
  /** Node whose rank is to improve (default: the root). */
  readonly nodeId?: string;
  /**
   * The effort, as a share of the indicator's range across units (default 0,1): the raw value moves by
   * `effort × (max − min)` in the better direction, bounded by the indicator's cap and, for `%`
   * indicators, by 0–100.
   */
  readonly effort?: number;
}

/**
 * Which indicators gain a unit the most places for the same normalised effort: each indicator is
 * improved alone by `effort` of its range, everyone's scores and ranks are recomputed (a what-if), and
 * the moves are sorted by places gained, then by score gained.
 *
 * @param computation - A computation.
 * @param unitId - The unit.
 * @param options - Target node and effort.
 * @returns One move per indicator that has a value for the unit and room to improve, best first.
 * @throws {EgovError} for an unknown node or unit.
 * @example
 * ```ts
 * bestMoves(result, 'lao-cai', { effort: 0.1 })[0]; // e.g. { indicatorId: 'online-services-level-3', places: 3, … }
 * ```
 */
export function bestMoves(computation: IndexComputation, unitId: string, options: BestMovesOptions = {}): Move[] {
  const nodeId = options.nodeId ?? computation.framework.root.id;
  const effort = options.effort ?? 0.1;
  const rankFrom = computation.rank(nodeId, unitId);
  const scoreFrom = computation.score(nodeId, unitId);
  const moves: Move[] = [];
  for (const node of indicatorNodes(findNode(computation.framework.root, nodeId))) {
    const rawFrom = computation.raw(node.id, unitId);
    if (rawFrom === null) continue;
    let min = Infinity;
    let max = -Infinity;
    for (const unit of computation.units) {
      const raw = computation.raw(node.id, unit);
      if (raw === null) continue;
      if (raw < min) min = raw;
      if (raw > max) max = raw;
    }
    const sign = node.direction === 'lower' ? -1 : 1;
    let upper = node.cap?.max ?? Infinity;
    let lower = node.cap?.min ?? -Infinity;
    if (node.unit === '%') {
      upper = Math.min(upper, 100);
      lower = Math.max(lower, 0);
    }
    const target = rawFrom + sign * effort * (max - min);
    const rawTo = Math.min(upper, Math.max(lower, target));
    if (rawTo === rawFrom) continue;
    const after = whatIf(computation, [{ unitId, indicatorId: node.id, value: rawTo }]);
    const rankTo = after.rank(nodeId, unitId);
    moves.push({
      indicatorId: node.id,
      name: node.name,
      rawFrom,
      rawTo,
      rankFrom,
      rankTo,
      places: rankFrom === null || rankTo === null ? 0 : rankFrom - rankTo,
      scoreFrom,
      scoreTo: after.score(nodeId, unitId),
    });
  }
  const gain = (move: Move): number => (move.scoreTo ?? 0) - (move.scoreFrom ?? 0);
  return moves.sort((a, b) => b.places - a.places || gain(b) - gain(a) || (a.indicatorId < b.indicatorId ? -1 : 1));
}
