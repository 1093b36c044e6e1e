import type { IndexData } from '../data/index-data';
import { compileFramework, type ComputeOptions } from '../engine/compile-framework';
import { computeCompiled } from '../engine/compute-index';
import type { AggregationSpec } from '../framework/aggregation-spec';
import type { Framework } from '../framework/framework';
import type { FrameworkNode } from '../framework/framework-node';
import type { NormalisationSpec } from '../framework/normalisation-spec';
import { findNode } from './find-node';
import { createPrng, type Prng } from './prng';

/** Options of {@link simulateRanks}. */
export interface SimulateRanksOptions extends ComputeOptions {
  /** Number of Monte-Carlo runs (default 500). */
  readonly runs?: number;
  /** Seed of the generator; the same seed gives the same result (default 1). */
  readonly seed?: number;
  /** Each weight is multiplied by a uniform factor in `[1 − jitter, 1 + jitter]` (default 0,25). */
  readonly weightJitter?: number;
  /** Each run normalises all indicators with one of these, drawn uniformly (default: as the framework). */
  readonly normalisations?: readonly NormalisationSpec[];
  /** Each run aggregates all composites below the root with one of these (default: as the framework). */
  readonly aggregations?: readonly AggregationSpec[];
  /** Node whose ranks are reported (default: the root). */
  readonly nodeId?: string;
  /** Coverage of the rank interval (default 0,9: the 5th to the 95th percentile). */
  readonly level?: number;
}

/** The spread of one unit's rank over the runs. */
export interface RankInterval {
  readonly unitId: string;
  /** Rank with the framework as given. */
  readonly baseRank: number | null;
  readonly median: number;
  readonly low: number;
  readonly high: number;
  readonly best: number;
  readonly worst: number;
  /** Runs in which the unit had a rank. */
  readonly runs: number;
}

function pick<T>(options: readonly T[] | undefined, random: Prng): T | undefined {
  if (options === undefined || options.length === 0) return undefined;
  return options[Math.floor(random() * options.length)];
}

function perturb(
  node: FrameworkNode,
  isRoot: boolean,
  random: Prng,
  jitter: number,
  normalisation: NormalisationSpec | undefined,
  aggregation: AggregationSpec | undefined,
): FrameworkNode {
  const weight = (node.weight ?? 1) * (1 + jitter * (2 * random() - 1));
  if (node.children === undefined) {
    return { ...node, weight, ...(normalisation === undefined ? {} : { normalisation }) };
  }
  const children = node.children.map((child) => perturb(child, false, random, jitter, normalisation, aggregation));
  return { ...node, weight, children, ...(aggregation === undefined || isRoot ? {} : { aggregation }) };
}

function quantile(sorted: readonly number[], q: number): number {
  const position = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[position] ?? 0;
}

/**
 * Monte-Carlo uncertainty of ranks: in each run every weight is jittered and, optionally, one
 * normalisation and one aggregation are drawn from alternatives; the index is recomputed and every
 * unit's rank recorded. The result is a rank interval per unit. Reproducible: the same seed and options
 * give the same intervals (the generator is Mulberry32, seeded).
 *
 * @param framework - The framework.
 * @param data - Raw values of one year.
 * @param options - Runs, seed, jitter, alternatives, node, interval level.
 * @returns One interval per unit, sorted by base rank (units without rank last).
 * @throws {EgovError} for an unknown node id.
 * @example
 * ```ts
 * const intervals = simulateRanks(ictIndex2016, data, {
 *   runs: 1000, seed: 2017,
 *   normalisations: [{ kind: 'min-max' }, { kind: 'divide-by-max' }, { kind: 'z-score-min-max' }],
 * });
 * intervals.find((entry) => entry.unitId === 'lao-cai'); // { median: 7, low: 5, high: 10, … }
 * ```
 */
export function simulateRanks(framework: Framework, data: IndexData, options: SimulateRanksOptions = {}): RankInterval[] {
  const runs = options.runs ?? 500;
  const jitter = options.weightJitter ?? 0.25;
  const level = options.level ?? 0.9;
  const nodeId = options.nodeId ?? framework.root.id;
  findNode(framework.root, nodeId);
  const random = createPrng(options.seed ?? 1);
  const base = computeCompiled(compileFramework(framework, options), data);
  const samples = new Map<string, number[]>(base.units.map((unit) => [unit, []]));
  for (let run = 0; run < runs; run++) {
    const normalisation = pick(options.normalisations, random);
    const aggregation = pick(options.aggregations, random);
    const root = perturb(framework.root, true, random, jitter, normalisation, aggregation);
    const result = computeCompiled(compileFramework({ ...framework, root }, options), data);
    for (const unit of result.units) {
      const rank = result.rank(nodeId, unit);
      if (rank !== null) samples.get(unit)?.push(rank);
    }
  }
  const intervals = base.units.map((unitId): RankInterval => {
    const ranks = (samples.get(unitId) ?? []).sort((a, b) => a - b);
    return {
      unitId,
      baseRank: base.rank(nodeId, unitId),
      median: quantile(ranks, 0.5),
      low: quantile(ranks, (1 - level) / 2),
      high: quantile(ranks, (1 + level) / 2),
      best: ranks[0] ?? 0,
      worst: ranks[ranks.length - 1] ?? 0,
      runs: ranks.length,
    };
  });
  return intervals.sort((a, b) => (a.baseRank ?? Infinity) - (b.baseRank ?? Infinity) || (a.unitId < b.unitId ? -1 : 1));
}
