import { EgovError } from '@egov/core';
import type { AggregationSpec } from '../framework/aggregation-spec';

/**
 * Aggregates `count` values with weights that already sum to 1 (the engine's fast path). Returns `NaN`
 * when the mean is undefined for the values (a negative value in a geometric, harmonic or non-linear
 * power mean).
 *
 * @param values - Values; only the first `count` are read.
 * @param weights - Weights summing to 1; only the first `count` are read.
 * @param count - Number of values.
 * @param spec - The aggregation.
 * @returns The aggregate, or `NaN` when undefined.
 * @throws {EgovError} `ictindex/unknown-aggregation` for a spec kind that does not exist.
 * @example
 * ```ts
 * aggregateWeighted(Float64Array.of(1, 4), Float64Array.of(0.5, 0.5), 2, { kind: 'geometric' }); // 2
 * ```
 */
export function aggregateWeighted(
  values: Float64Array,
  weights: Float64Array,
  count: number,
  spec: AggregationSpec,
): number {
  const power = powerOf(spec);
  if (power === 1) {
    let sum = 0;
    for (let i = 0; i < count; i++) sum += (weights[i] ?? 0) * (values[i] ?? 0);
    return sum;
  }
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const x = values[i] ?? 0;
    const w = weights[i] ?? 0;
    if (x < 0) return Number.NaN;
    if (w === 0) continue;
    // A zero drives every mean with p ≤ 0 to 0 (the limit of the formula).
    if (x === 0 && power <= 0) return 0;
    sum += power === 0 ? w * Math.log(x) : w * x ** power;
  }
  return power === 0 ? Math.exp(sum) : sum ** (1 / power);
}

function powerOf(spec: AggregationSpec): number {
  switch (spec.kind) {
    case 'arithmetic':
      return 1;
    case 'geometric':
      return 0;
    case 'harmonic':
      return -1;
    case 'power-mean':
      return spec.power;
    default:
      throw new EgovError({
        code: 'ictindex/unknown-aggregation',
        message: `Unknown aggregation kind ${JSON.stringify(spec satisfies never)}`,
      });
  }
}

/**
 * Aggregates children's values with relative weights. Missing values (`null`) are left out and the
 * remaining weights renormalised to sum 1.
 *
 * - `arithmetic`: `Σ wᵢxᵢ`; `geometric`: `Π xᵢ^wᵢ`; `harmonic`: `1 / Σ(wᵢ/xᵢ)`;
 *   `power-mean` p: `(Σ wᵢxᵢ^p)^(1/p)` (p = 0 is the geometric mean).
 * - Geometric, harmonic and power means need values ≥ 0; a 0 makes means with p ≤ 0 equal 0.
 *
 * @param values - Children's values, `null` when missing.
 * @param weights - Relative weights (≥ 0), same length as `values`.
 * @param spec - The aggregation.
 * @returns The aggregate, or `null` when no value is present, the present weights sum to 0, or the mean
 *   is undefined for the values (e.g. a negative value in a geometric mean).
 * @throws {EgovError} `ictindex/length-mismatch` when `weights` and `values` differ in length.
 * @example
 * ```ts
 * aggregate([0.7925, 0.9538, 0.85], [1, 1, 1], { kind: 'arithmetic' }); // 0.865433…
 * aggregate([1, 4], [1, 1], { kind: 'geometric' }); // 2
 * aggregate([1, null, 4], [1, 5, 1], { kind: 'harmonic' }); // 1.6
 * ```
 */
export function aggregate(
  values: readonly (number | null)[],
  weights: readonly number[],
  spec: AggregationSpec,
): number | null {
  if (weights.length !== values.length) {
    throw new EgovError({
      code: 'ictindex/length-mismatch',
      message: `Expected ${values.length} weights, found ${weights.length}`,
    });
  }
  const present = new Float64Array(values.length);
  const presentWeights = new Float64Array(values.length);
  let count = 0;
  let total = 0;
  values.forEach((value, index) => {
    if (value === null) return;
    const weight = weights[index] ?? 0;
    present[count] = value;
    presentWeights[count] = weight;
    total += weight;
    count++;
  });
  if (count === 0 || total <= 0) return null;
  for (let i = 0; i < count; i++) presentWeights[i] = (presentWeights[i] ?? 0) / total;
  const result = aggregateWeighted(present, presentWeights, count, spec);
  return Number.isNaN(result) ? null : result;
}
