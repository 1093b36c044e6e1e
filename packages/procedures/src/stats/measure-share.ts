import type { Procedure } from '../model/procedure';
import { matchesMetric, type ProcedureMetric } from './procedure-metric';
import type { Ratio } from './ratio';

/**
 * The share of procedures that count in a metric. The denominator is every procedure given (procedures
 * whose level or class is unknown stay in the denominator: a plan's share is of all its procedures).
 *
 * @param procedures - The procedures (e.g. a catalogue's).
 * @param metric - What to count.
 * @returns The exact ratio.
 * @example
 * ```ts
 * // Source 000 (Lạng Sơn, 2018): 60 at level 4, 10 at level 3, 68 at level 2 → 70/138 = 50,72%
 * measureShare(procedures, { kind: 'level-at-least', level: 3 }); // { numerator: 70, denominator: 138 }
 * ```
 */
export function measureShare(
  procedures: Iterable<Pick<Procedure, 'onlineLevel' | 'onlineClass'>>,
  metric: ProcedureMetric,
): Ratio {
  let numerator = 0;
  let denominator = 0;
  for (const procedure of procedures) {
    denominator += 1;
    if (matchesMetric(procedure, metric)) numerator += 1;
  }
  return { numerator, denominator };
}
