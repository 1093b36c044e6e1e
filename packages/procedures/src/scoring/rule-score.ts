import { meetsPercent } from '../stats/meets-percent';
import type { Ratio } from '../stats/ratio';
import type { ScoringRule } from './scoring-framework';

/**
 * Points earned by an indicator: for a `threshold` rule with threshold X, full points when the ratio
 * reaches X (compared exactly), else `points × ratio / X`; for a `proportional` rule, `points × ratio`
 * (capped at full points). Not rounded: round only when formatting.
 *
 * @param points - Full points of the indicator.
 * @param value - The measured ratio; a zero denominator earns `undefined` (no data).
 * @param rule - The rule.
 * @returns The points earned, or `undefined` without data.
 * @example
 * ```ts
 * ruleScore(8, { numerator: 40, denominator: 100 }, { kind: 'threshold', thresholdPercent: 50 }); // 6.4
 * ruleScore(8, { numerator: 60, denominator: 100 }, { kind: 'threshold', thresholdPercent: 50 }); // 8
 * ruleScore(20, { numerator: 9, denominator: 10 }, { kind: 'proportional' }); // 18
 * ```
 */
export function ruleScore(points: number, value: Ratio, rule: ScoringRule): number | undefined {
  if (value.denominator === 0) return undefined;
  const share = Math.min(1, value.numerator / value.denominator);
  if (rule.kind === 'proportional') return points * share;
  if (meetsPercent(value, rule.thresholdPercent)) return points;
  return (points * value.numerator * 100) / (value.denominator * rule.thresholdPercent);
}
