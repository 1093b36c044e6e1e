import type { Band, Framework } from '../framework/framework';

/**
 * The band (class) of a root score: the band with the highest inclusive lower bound `min` ≤ score.
 * For EGDI: 0,75 is "very high", 0,7499 "high", 0,50 "high", 0,25 "middle", 0,2499 "low".
 *
 * @param framework - A framework with `bands`.
 * @param score - A root score.
 * @returns The band, or `undefined` when the framework has no bands or the score is below all of them
 *   (or not a number).
 * @example
 * ```ts
 * classifyBand(egdi, 0.75)?.id; // "very-high"
 * classifyBand(egdi, 0.7499)?.id; // "high"
 * ```
 */
export function classifyBand(framework: Framework, score: number): Band | undefined {
  let best: Band | undefined;
  for (const band of framework.bands ?? []) {
    if (score >= band.min && (best === undefined || band.min > best.min)) best = band;
  }
  return best;
}
