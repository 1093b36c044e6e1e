import { createFinding, EgovError, type Finding } from '@egov/core';
import type { Framework } from '../framework/framework';
import { aggregateWeighted } from './aggregate';
import type { CompiledFramework, CompiledNode } from './compile-framework';
import { rankColumn, rankOne } from './competition-ranks';
import type { IndexComputation, IndexResult } from './index-computation';
import { normaliseColumn } from './normalise';

const noFindings: readonly Finding[] = Object.freeze([]);

/**
 * The engine's internal state behind {@link IndexComputation}: columns per node (one entry per unit,
 * `NaN` = no value). Columns are never mutated after construction, so a what-if shares every column it
 * does not recompute; ranks are computed lazily and cached. Not exported from the package.
 *
 * @example
 * ```ts
 * const state = computeCompiled(compileFramework(ictIndex2016), data);
 * state.rank('ict-index', 'lao-cai');
 * ```
 */
export class ComputationState implements IndexComputation {
  readonly framework: Framework;
  readonly decimals: number;
  readonly nodeIds: readonly string[];
  private cachedFindings: readonly Finding[] | undefined;
  private readonly singleRankQueries: number[] = [];

  constructor(
    readonly compiled: CompiledFramework,
    readonly year: number | undefined,
    readonly units: readonly string[],
    readonly unitIndex: ReadonlyMap<string, number>,
    /** Raw values per indicator node (empty arrays for composites). */
    readonly rawColumns: readonly Float64Array[],
    readonly scores: readonly Float64Array[],
    /** The columns ranks are computed from: capped raw values (indicators) or scores (composites). */
    readonly bases: readonly Float64Array[],
    /** Findings per node, plus input findings at index `nodes.length`. */
    readonly nodeFindings: readonly (readonly Finding[])[],
    /** Ranks computed so far (lazily, on first look-up), shared with what-ifs for unchanged nodes. */
    readonly rankCache: (Int32Array | undefined)[] = [],
  ) {
    this.framework = compiled.framework;
    this.decimals = compiled.decimals;
    this.nodeIds = compiled.nodeIds;
  }

  get findings(): readonly Finding[] {
    this.cachedFindings ??= this.nodeFindings.flat();
    return this.cachedFindings;
  }

  nodeIndex(nodeId: string): number {
    const index = this.compiled.byId.get(nodeId);
    if (index === undefined) {
      throw new EgovError({ code: 'ictindex/unknown-node', message: `No node "${nodeId}" in framework "${this.framework.id}"` });
    }
    return index;
  }

  unitPosition(unitId: string): number {
    const index = this.unitIndex.get(unitId);
    if (index === undefined) {
      throw new EgovError({ code: 'ictindex/unknown-unit', message: `No unit "${unitId}" in the data` });
    }
    return index;
  }

  score(nodeId: string, unitId: string): number | null {
    const value = this.scores[this.nodeIndex(nodeId)]?.[this.unitPosition(unitId)] ?? Number.NaN;
    return Number.isNaN(value) ? null : value;
  }

  /** The competition ranks of a node's column, computed on first use. */
  ranksOf(index: number): Int32Array {
    let ranks = this.rankCache[index];
    if (ranks === undefined) {
      const node = this.compiled.nodes[index];
      const basis = this.bases[index] ?? new Float64Array(0);
      ranks = rankColumn(basis, this.decimals, node?.isIndicator !== true || node.direction === 'higher');
      this.rankCache[index] = ranks;
    }
    return ranks;
  }

  rank(nodeId: string, unitId: string): number | null {
    const index = this.nodeIndex(nodeId);
    const position = this.unitPosition(unitId);
    let value: number;
    if (this.rankCache[index] === undefined && this.singleRankQueries[index] !== 1) {
      // The first look-up on a node (typical of a what-if: "my rank now?") is answered in O(n); a second
      // look-up ranks the whole column once.
      this.singleRankQueries[index] = 1;
      const node = this.compiled.nodes[index];
      const basis = this.bases[index] ?? new Float64Array(0);
      value = rankOne(basis, position, this.decimals, node?.isIndicator !== true || node.direction === 'higher');
    } else value = this.ranksOf(index)[position] ?? 0;
    return value === 0 ? null : value;
  }

  raw(indicatorId: string, unitId: string): number | null {
    const value = this.rawColumns[this.nodeIndex(indicatorId)]?.[this.unitPosition(unitId)] ?? Number.NaN;
    return Number.isNaN(value) ? null : value;
  }

  rankedCount(nodeId: string): number {
    let count = 0;
    for (const rank of this.ranksOf(this.nodeIndex(nodeId))) if (rank > 0) count++;
    return count;
  }

  toJSON(): IndexResult {
    const scores: Record<string, Record<string, number | null>> = {};
    const ranks: Record<string, Record<string, number | null>> = {};
    for (const nodeId of this.nodeIds) {
      const nodeScores: Record<string, number | null> = {};
      const nodeRanks: Record<string, number | null> = {};
      for (const unit of this.units) {
        nodeScores[unit] = this.score(nodeId, unit);
        nodeRanks[unit] = this.rank(nodeId, unit);
      }
      scores[nodeId] = nodeScores;
      ranks[nodeId] = nodeRanks;
    }
    return {
      frameworkId: this.framework.id,
      frameworkVersion: this.framework.version,
      ...(this.year === undefined ? {} : { year: this.year }),
      units: this.units,
      scores,
      ranks,
      findings: this.findings,
    };
  }
}

function capColumn(raw: Float64Array, node: CompiledNode): Float64Array {
  const cap = node.cap;
  if (cap === undefined || (cap.min === undefined && cap.max === undefined)) return raw;
  const lower = cap.min ?? -Infinity;
  const upper = cap.max ?? Infinity;
  return raw.map((x) => (x < lower ? lower : x > upper ? upper : x));
}

/**
 * Computes the columns of the nodes marked in `dirty` (all when `dirty` is undefined), in post-order,
 * writing into `scores`, `bases` (the columns ranks come from) and `nodeFindings`. Internal to the
 * engine (used by `computeIndex` and `whatIf`).
 *
 * @param compiled - The compiled framework.
 * @param units - Unit ids in column order.
 * @param raw - Raw columns per indicator node.
 * @param scores - Output: score columns per node.
 * @param bases - Output: rank-basis columns per node.
 * @param nodeFindings - Output: findings per node.
 * @param dirty - 1 for the nodes to recompute; all nodes when absent.
 * @example
 * ```ts
 * evaluateNodes(compiled, units, raw, scores, bases, nodeFindings); // full computation
 * ```
 */
export function evaluateNodes(
  compiled: CompiledFramework,
  units: readonly string[],
  raw: readonly Float64Array[],
  scores: Float64Array[],
  bases: Float64Array[],
  nodeFindings: (readonly Finding[])[],
  dirty?: Uint8Array,
): void {
  const unitCount = units.length;
  let values: Float64Array | undefined;
  let weights: Float64Array | undefined;
  const { missing } = compiled;
  for (const node of compiled.nodes) {
    if (dirty !== undefined && dirty[node.index] !== 1) continue;
    if (node.isIndicator) {
      const column = capColumn(raw[node.index] ?? new Float64Array(unitCount).fill(Number.NaN), node);
      scores[node.index] = normaliseColumn(column, node.normalisation, node.direction);
      bases[node.index] = column;
      nodeFindings[node.index] = noFindings;
      continue;
    }
    const childCount = node.children.length;
    let totalWeight = 0;
    for (const weight of node.weights) totalWeight += weight;
    const out = new Float64Array(unitCount);
    // Fast path for the arithmetic mean: column by column over typed arrays. A unit with a missing child
    // ends up NaN here (NaN propagates) and takes the general per-unit path below, as do other means.
    const arithmetic = node.aggregation.kind === 'arithmetic' || (node.aggregation.kind === 'power-mean' && node.aggregation.power === 1);
    if (arithmetic && totalWeight > 0) {
      for (let c = 0; c < childCount; c++) {
        const column = scores[node.children[c] ?? 0] ?? out;
        const weight = (node.weights[c] ?? 0) / totalWeight;
        for (let u = 0; u < unitCount; u++) out[u] = (out[u] ?? 0) + weight * (column[u] ?? Number.NaN);
      }
    } else out.fill(Number.NaN);
    let findings: Finding[] | undefined;
    for (let u = 0; u < unitCount; u++) {
      if (!Number.isNaN(out[u] ?? Number.NaN)) continue;
      if (values === undefined || weights === undefined || values.length < childCount) {
        values = new Float64Array(Math.max(16, childCount));
        weights = new Float64Array(Math.max(16, childCount));
      }
      const scratchValues = values;
      const scratchWeights = weights;
      let count = 0;
      let available = 0;
      let missingChildren: number[] | undefined;
      for (let c = 0; c < childCount; c++) {
        const child = node.children[c] ?? 0;
        const x = scores[child]?.[u] ?? Number.NaN;
        if (Number.isNaN(x)) {
          (missingChildren ??= []).push(child);
          continue;
        }
        const weight = node.weights[c] ?? 0;
        scratchValues[count] = x;
        scratchWeights[count] = weight;
        available += weight;
        count++;
      }
      if (missingChildren !== undefined) {
        const unit = units[u] ?? '';
        const share = totalWeight === 0 ? 0 : available / totalWeight;
        const skip = missing.policy === 'skip' && share >= missing.minAvailability && count > 0;
        findings ??= [];
        for (const child of missingChildren) {
          const childNode = compiled.nodes[child];
          // Composite children without a value were already reported where their data went missing.
          if (childNode?.isIndicator !== true) continue;
          findings.push(missingFinding(childNode.id, node.id, unit, skip ? 'warning' : 'error', missing.policy));
        }
        if (!skip) {
          if (missing.policy === 'skip') findings.push(insufficientFinding(node.id, unit, share, missing.minAvailability));
          out[u] = Number.NaN;
          continue;
        }
      }
      for (let c = 0; c < count; c++) scratchWeights[c] = (scratchWeights[c] ?? 0) / available;
      const value = aggregateWeighted(scratchValues, scratchWeights, count, node.aggregation);
      if (Number.isNaN(value)) {
        (findings ??= []).push(
          createFinding({
            ruleId: 'ictindex/aggregation-undefined',
            severity: 'error',
            message: {
              vi: `Không tính được "${node.node.name.vi}" cho "${units[u] ?? ''}": phép trung bình ${node.aggregation.kind} cần giá trị không âm`,
              en: `Cannot compute "${node.node.name.en}" for "${units[u] ?? ''}": the ${node.aggregation.kind} mean needs non-negative values`,
            },
            path: ['scores', node.id, units[u] ?? ''],
            data: { node: node.id, unit: units[u] ?? '', aggregation: node.aggregation.kind },
          }),
        );
      }
      out[u] = value;
    }
    const column = node.normalisation.kind === 'none' ? out : normaliseColumn(out, node.normalisation, 'higher');
    scores[node.index] = column;
    bases[node.index] = column;
    nodeFindings[node.index] = findings ?? noFindings;
  }
}

function missingFinding(
  indicatorId: string,
  nodeId: string,
  unit: string,
  severity: 'error' | 'warning',
  policy: 'fail' | 'skip',
): Finding {
  return createFinding({
    ruleId: 'ictindex/missing-value',
    severity,
    message:
      policy === 'skip' && severity === 'warning'
        ? {
            vi: `Thiếu giá trị chỉ tiêu "${indicatorId}" của "${unit}": bỏ qua khi tính "${nodeId}", trọng số còn lại được chuẩn hóa lại`,
            en: `Missing value of indicator "${indicatorId}" for "${unit}": left out of "${nodeId}", remaining weights renormalised`,
          }
        : {
            vi: `Thiếu giá trị chỉ tiêu "${indicatorId}" của "${unit}": không tính được "${nodeId}"`,
            en: `Missing value of indicator "${indicatorId}" for "${unit}": "${nodeId}" cannot be computed`,
          },
    path: ['values', unit, indicatorId],
    data: { unit, indicator: indicatorId, node: nodeId },
  });
}

function insufficientFinding(nodeId: string, unit: string, share: number, threshold: number): Finding {
  return createFinding({
    ruleId: 'ictindex/insufficient-data',
    severity: 'warning',
    message: {
      vi: `"${unit}" chỉ có dữ liệu cho ${(share * 100).toFixed(0)}% trọng số của "${nodeId}" (cần ít nhất ${(threshold * 100).toFixed(0)}%): không tính điểm`,
      en: `"${unit}" has data for only ${(share * 100).toFixed(0)}% of the weight of "${nodeId}" (at least ${(threshold * 100).toFixed(0)}% needed): no score`,
    },
    path: ['scores', nodeId, unit],
    data: { unit, node: nodeId, availability: share, minAvailability: threshold },
  });
}
