import type { IndexComputation } from '../engine/index-computation';
import type { LocalizedName } from '../framework/localized-name';
import type { FrameworkNode } from '../framework/framework-node';

/** The change of one node for one unit between two years. */
export interface NodeChange {
  readonly nodeId: string;
  readonly name: LocalizedName;
  /** 0 for the index, 1 for groups, 2 for sub-groups, … */
  readonly depth: number;
  readonly isIndicator: boolean;
  readonly previousYear: number;
  readonly currentYear: number;
  readonly previousScore: number | null;
  readonly currentScore: number | null;
  /** `currentScore − previousScore`, `null` when either is missing. */
  readonly scoreChange: number | null;
  readonly previousRank: number | null;
  readonly currentRank: number | null;
  /** Places gained: positive when the unit rose (12 → 7 is +5), `null` when a rank is missing. */
  readonly places: number | null;
  readonly trend: 'up' | 'down' | 'unchanged' | 'unknown';
}

function walk(node: FrameworkNode, depth: number, out: { node: FrameworkNode; depth: number }[]): void {
  out.push({ node, depth });
  for (const child of node.children ?? []) walk(child, depth + 1, out);
}

/**
 * Year-over-year changes of score and rank for every node of the current year's framework, for one
 * unit: the data behind sentences such as "Tăng 05 bậc, từ thứ 12 (năm 2016) lên thứ 7 (năm 2017)".
 * Scores of different years are comparable only as far as the normalisation allows (min–max scores are
 * relative to each year's field); ranks always are.
 *
 * @param previous - The earlier year's computation.
 * @param current - The later year's computation (its framework defines the nodes).
 * @param unitId - The unit, with the same id in both years.
 * @returns One change per node, in document order; nodes or units missing in a year have `null`s.
 * @example
 * ```ts
 * const changes = compareYears(result2016, result2017, 'lao-cai');
 * changes.find((change) => change.nodeId === 'technical-infrastructure')?.places; // 5
 * ```
 */
export function compareYears(previous: IndexComputation, current: IndexComputation, unitId: string): NodeChange[] {
  const nodes: { node: FrameworkNode; depth: number }[] = [];
  walk(current.framework.root, 0, nodes);
  const previousNodes = new Set(previous.nodeIds);
  const inPrevious = previous.units.includes(unitId);
  const inCurrent = current.units.includes(unitId);
  const previousYear = previous.year ?? 0;
  const currentYear = current.year ?? 0;
  return nodes.map(({ node, depth }) => {
    const known = inPrevious && previousNodes.has(node.id);
    const previousScore = known ? previous.score(node.id, unitId) : null;
    const previousRank = known ? previous.rank(node.id, unitId) : null;
    const currentScore = inCurrent ? current.score(node.id, unitId) : null;
    const currentRank = inCurrent ? current.rank(node.id, unitId) : null;
    const places = previousRank === null || currentRank === null ? null : previousRank - currentRank;
    return {
      nodeId: node.id,
      name: node.name,
      depth,
      isIndicator: node.children === undefined,
      previousYear,
      currentYear,
      previousScore,
      currentScore,
      scoreChange: previousScore === null || currentScore === null ? null : currentScore - previousScore,
      previousRank,
      currentRank,
      places,
      trend: places === null ? 'unknown' : places > 0 ? 'up' : places < 0 ? 'down' : 'unchanged',
    };
  });
}
