import { EgovError } from '@egov/core';
import type { Direction } from '../framework/framework-node';
import type { NormalisationSpec } from '../framework/normalisation-spec';

/**
 * Normalises a column held as a `Float64Array` with `NaN` for missing values (the engine's fast path).
 * See {@link normalise} for the definitions.
 *
 * @param values - Raw values, `NaN` when missing.
 * @param spec - The normalisation.
 * @param direction - Whether higher or lower raw values are better.
 * @returns A new array of normalised values (`NaN` stays `NaN`).
 * @example
 * ```ts
 * normaliseColumn(Float64Array.of(2, 4, 6), { kind: 'min-max' }, 'higher'); // [0, 0.5, 1]
 * ```
 */
export function normaliseColumn(values: Float64Array, spec: NormalisationSpec, direction: Direction): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  const higher = direction === 'higher';
  let min = Infinity;
  let max = -Infinity;
  let count = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = values[i] ?? Number.NaN;
    if (Number.isNaN(x)) continue;
    count++;
    sum += x;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  switch (spec.kind) {
    case 'none':
      out.set(values);
      return out;
    case 'min-max':
      return minMax(values, out, min, max, higher);
    case 'divide-by-max':
      for (let i = 0; i < n; i++) {
        const x = values[i] ?? Number.NaN;
        if (higher) out[i] = max === 0 ? 0 : x / max;
        else out[i] = x === 0 ? (Number.isNaN(x) ? x : 1) : min / x;
      }
      return out;
    case 'z-score':
    case 'z-score-min-max': {
      const mean = count === 0 ? 0 : sum / count;
      let squares = 0;
      for (let i = 0; i < n; i++) {
        const x = values[i] ?? Number.NaN;
        if (!Number.isNaN(x)) squares += (x - mean) * (x - mean);
      }
      const sd = count === 0 ? 0 : Math.sqrt(squares / count);
      let zMin = Infinity;
      let zMax = -Infinity;
      for (let i = 0; i < n; i++) {
        const x = values[i] ?? Number.NaN;
        // A constant column carries no information: every unit sits at the mean (z = 0).
        const z = sd === 0 ? (Number.isNaN(x) ? x : 0) : ((x - mean) / sd) * (higher ? 1 : -1);
        out[i] = z;
        if (z < zMin) zMin = z;
        if (z > zMax) zMax = z;
      }
      return spec.kind === 'z-score' ? out : minMax(out, out, zMin, zMax, true);
    }
    case 'goalposts': {
      const range = spec.max - spec.min;
      const clamp = spec.clamp ?? true;
      for (let i = 0; i < n; i++) {
        const x = values[i] ?? Number.NaN;
        let y = higher ? (x - spec.min) / range : (spec.max - x) / range;
        if (clamp) y = y < 0 ? 0 : y > 1 ? 1 : y;
        out[i] = y;
      }
      return out;
    }
    case 'rank':
    case 'percentile': {
      for (let i = 0; i < n; i++) {
        const x = values[i] ?? Number.NaN;
        if (Number.isNaN(x)) {
          out[i] = x;
          continue;
        }
        let worse = 0;
        let ties = 0;
        for (let j = 0; j < n; j++) {
          const y = values[j] ?? Number.NaN;
          if (Number.isNaN(y)) continue;
          if (y === x) ties++;
          else if (higher ? y < x : y > x) worse++;
        }
        if (spec.kind === 'rank') out[i] = worse + 1;
        else out[i] = count === 1 ? 1 : (worse + (ties - 1) / 2) / (count - 1);
      }
      return out;
    }
    default:
      throw new EgovError({
        code: 'ictindex/unknown-normalisation',
        message: `Unknown normalisation kind ${JSON.stringify(spec satisfies never)}`,
      });
  }
}

function minMax(values: Float64Array, out: Float64Array, min: number, max: number, higher: boolean): Float64Array {
  const range = max - min;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] ?? Number.NaN;
    // All units equal: nobody is behind, so everyone scores 1 (and ties at rank 1).
    if (range === 0) out[i] = Number.isNaN(x) ? x : 1;
    else out[i] = higher ? (x - min) / range : (max - x) / range;
  }
  return out;
}

/**
 * Normalises one indicator's values across units.
 *
 * Definitions (n units with a value; "better" follows `direction`):
 * - `none`: unchanged (direction ignored).
 * - `min-max`: `(x − min)/(max − min)`, lower-is-better `(max − x)/(max − min)`; all equal → 1.
 * - `divide-by-max`: `x / max`, lower-is-better `min / x` (a 0 is best: 1); max = 0 → 0.
 * - `z-score`: `(x − mean)/sd`, population sd, negated for lower-is-better; sd = 0 → 0.
 * - `z-score-min-max`: min–max of the z-scores.
 * - `goalposts`: `(x − min)/(max − min)` against the spec's fixed goalposts, clamped to 0–1 by default.
 * - `rank`: 1 + number of units strictly worse (worst 1, best n; ties share).
 * - `percentile`: `(worse + (ties − 1)/2)/(n − 1)`; a single unit scores 1.
 *
 * @param values - Raw values, `null` when missing (missing values stay `null` and are ignored).
 * @param spec - The normalisation.
 * @param direction - `higher` (default) or `lower` is better.
 * @returns Normalised values in the same order.
 * @throws {EgovError} `ictindex/unknown-normalisation` for a spec kind that does not exist.
 * @example
 * ```ts
 * normalise([5.61, 39.47, 28.2], { kind: 'divide-by-max' }); // [0.1421…, 1, 0.7144…]
 * normalise([10, null, 30], { kind: 'min-max' }, 'lower'); // [1, null, 0]
 * ```
 */
export function normalise(
  values: readonly (number | null)[],
  spec: NormalisationSpec,
  direction: Direction = 'higher',
): (number | null)[] {
  const column = Float64Array.from(values, (value) => value ?? Number.NaN);
  return Array.from(normaliseColumn(column, spec, direction), (value) => (Number.isNaN(value) ? null : value));
}
