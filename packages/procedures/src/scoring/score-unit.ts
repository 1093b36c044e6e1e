import { decision766 } from './decision-766';
import type { Confidence, ScoringFramework, ScoringInput, ScoringRule } from './scoring-framework';
import type { ScoringInputs } from './scoring-inputs';
import { ruleScore } from './rule-score';
import type { Ratio } from '../stats/ratio';
import type { LocalizedMessage } from '@egov/core';

/** The score of one indicator. */
export interface IndicatorScore {
  readonly id: string;
  readonly name: LocalizedMessage;
  readonly input: ScoringInput;
  readonly points: number;
  readonly pointsConfidence: Confidence;
  readonly rule: ScoringRule;
  /** The ratio used, when available. */
  readonly ratio?: Ratio;
  /** Points earned; `undefined` when the input is missing (counted as 0 in totals). */
  readonly score: number | undefined;
}

/** The score of one group. */
export interface GroupScore {
  readonly id: string;
  readonly name: LocalizedMessage;
  readonly points: number;
  readonly score: number;
  readonly indicators: readonly IndicatorScore[];
}

/** The score of one unit (province, agency…): total out of the framework's points, with breakdown. */
export interface UnitScore {
  readonly framework: string;
  readonly version: string;
  /** Sum of the points earned (missing inputs count 0). Not rounded. */
  readonly total: number;
  /** Sum of the full points of the framework (100 for Decision 766). */
  readonly maximum: number;
  /** Full points of the indicators that had data. */
  readonly scoredMaximum: number;
  /** Inputs with no data. */
  readonly missing: readonly ScoringInput[];
  /** `true` when any point value used is not confirmed as official: the total is then an estimate. */
  readonly estimate: boolean;
  readonly groups: readonly GroupScore[];
}

/**
 * Scores a unit with a framework (by default Decision 766, {@link decision766}).
 *
 * @param inputs - Measured ratios ({@link scoringInputs}).
 * @param framework - The framework; default {@link decision766}.
 * @returns The total, the breakdown by group and indicator, missing inputs, and whether it is an estimate.
 * @example
 * ```ts
 * const result = scoreUnit(scoringInputs({ procedures, records: aggregator.totals() }), decision766);
 * result.total; // e.g. 71.3
 * result.estimate; // true: per-indicator points are not confirmed
 * ```
 */
export function scoreUnit(inputs: ScoringInputs, framework: ScoringFramework = decision766): UnitScore {
  let total = 0;
  let maximum = 0;
  let scoredMaximum = 0;
  let estimate = false;
  const missing: ScoringInput[] = [];
  const groups = framework.groups.map((group): GroupScore => {
    let groupScore = 0;
    maximum += group.points;
    const indicators = group.indicators.map((indicator): IndicatorScore => {
      const value = inputs[indicator.input];
      const score = value === undefined ? undefined : ruleScore(indicator.points, value, indicator.rule);
      if (score === undefined) missing.push(indicator.input);
      else {
        groupScore += score;
        scoredMaximum += indicator.points;
        if (indicator.pointsConfidence !== 'official') estimate = true;
      }
      return {
        id: indicator.id,
        name: indicator.name,
        input: indicator.input,
        points: indicator.points,
        pointsConfidence: indicator.pointsConfidence,
        rule: indicator.rule,
        ...(value === undefined ? {} : { ratio: value }),
        score,
      };
    });
    total += groupScore;
    return { id: group.id, name: group.name, points: group.points, score: groupScore, indicators };
  });
  return { framework: framework.id, version: framework.version, total, maximum, scoredMaximum, missing, estimate, groups };
}

/**
 * Scores several units and sorts them by total, highest first (ties keep input order).
 *
 * @param units - Unit names with their inputs.
 * @param framework - The framework; default {@link decision766}.
 * @returns Unit names with their scores and ranks (ties share a rank, the next rank skips).
 * @example
 * ```ts
 * scoreUnits([{ unit: 'Sở Y tế', inputs }, { unit: 'Sở Tư pháp', inputs: other }], decision766)[0]?.rank; // 1
 * ```
 */
export function scoreUnits(
  units: readonly { readonly unit: string; readonly inputs: ScoringInputs }[],
  framework: ScoringFramework = decision766,
): readonly { readonly unit: string; readonly rank: number; readonly score: UnitScore }[] {
  const scored = units
    .map((unit, index) => ({ unit: unit.unit, index, score: scoreUnit(unit.inputs, framework) }))
    .sort((a, b) => b.score.total - a.score.total || a.index - b.index);
  let rank = 0;
  return scored.map((entry, position) => {
    const previous = scored[position - 1];
    if (previous?.score.total !== entry.score.total) rank = position + 1;
    return { unit: entry.unit, rank, score: entry.score };
  });
}
