import type { Finding } from '@egov/core';
import type { Framework } from '../framework/framework';

/** The JSON form of a computation: scores and ranks of every node for every unit. */
export interface IndexResult {
  readonly frameworkId: string;
  readonly frameworkVersion: string;
  readonly year?: number;
  readonly units: readonly string[];
  /** `scores[nodeId][unitId]`; indicators hold their normalised scores. */
  readonly scores: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
  /** `ranks[nodeId][unitId]`, competition ranks ("1, 2, 2, 4"). */
  readonly ranks: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
  readonly findings: readonly Finding[];
}

/**
 * The result of {@link computeIndex}: scores and ranks of every node of a framework for every unit,
 * with findings about the data. Look-ups are methods so that what-if and Monte-Carlo runs stay cheap;
 * `toJSON()` gives the plain-data form.
 *
 * @example
 * ```ts
 * const result = computeIndex(ictIndex2016, data);
 * result.score('technical-infrastructure', 'lao-cai'); // 0–1
 * result.rank('ict-index', 'lao-cai'); // 7
 * JSON.stringify(result); // { frameworkId, units, scores, ranks, findings }
 * ```
 */
export interface IndexComputation {
  readonly framework: Framework;
  readonly year: number | undefined;
  /** Unit ids, sorted (the order never affects results). */
  readonly units: readonly string[];
  /** Node ids in document order (root, group, its sub-groups and indicators, …). */
  readonly nodeIds: readonly string[];
  /** Decimals scores are rounded to for ranking. */
  readonly decimals: number;
  readonly findings: readonly Finding[];
  /** The node's score for the unit (indicators: normalised), `null` when it cannot be computed. */
  score(nodeId: string, unitId: string): number | null;
  /** The unit's competition rank on the node (1 = best), `null` when it has no score. */
  rank(nodeId: string, unitId: string): number | null;
  /** The raw value of an indicator for the unit as given (before caps), `null` when missing. */
  raw(indicatorId: string, unitId: string): number | null;
  /** Number of units ranked on the node. */
  rankedCount(nodeId: string): number;
  toJSON(): IndexResult;
}
