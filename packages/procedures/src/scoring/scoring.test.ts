import { describe, expect, it } from 'vitest';
import { source000Procedures } from '../__fixtures__/source-000';
import { emptyCounters, toRecordStats } from '../records/record-stats';
import { decision766 } from './decision-766';
import { ruleScore } from './rule-score';
import { scoreUnit, scoreUnits } from './score-unit';
import { scoringInputs } from './scoring-inputs';

describe('decision766 data', () => {
  it('has five groups worth 18 + 20 + 22 + 22 + 18 = 100 points', () => {
    expect(decision766.groups.map((g) => g.points)).toEqual([18, 20, 22, 22, 18]);
    expect(decision766.groups.reduce((sum, g) => sum + g.points, 0)).toBe(100);
  });

  it('splits every group exactly between its indicators', () => {
    for (const group of decision766.groups) {
      expect(group.indicators.reduce((sum, i) => sum + i.points, 0)).toBe(group.points);
    }
  });

  it('carries the thresholds 80/50/80/80/80/90 and never claims unconfirmed points as official', () => {
    const thresholds = Object.fromEntries(
      decision766.groups.flatMap((g) => g.indicators).map((i) => [i.id, i.rule.kind === 'threshold' ? i.rule.thresholdPercent : 'proportional']),
    );
    expect(thresholds).toEqual({
      publicity: 'proportional',
      'on-time': 'proportional',
      'procedures-online': 80,
      'records-online': 50,
      'online-payment': 80,
      'records-digitised': 80,
      'digitised-reused': 80,
      satisfaction: 90,
    });
    const confidences = decision766.groups.flatMap((g) => g.indicators.map((i) => i.pointsConfidence));
    expect(confidences).not.toContain('official');
    expect(decision766.source.note).toContain('not confirmed');
  });
});

describe('ruleScore', () => {
  it.each([
    [8, 40, 100, 50, 6.4],
    [8, 50, 100, 50, 8],
    [8, 60, 100, 50, 8],
    [6, 300, 500, 80, 4.5],
    [11, 0, 100, 80, 0],
  ])('%d points, %d/%d against %d%% → %d', (points, numerator, denominator, thresholdPercent, expected) => {
    expect(ruleScore(points, { numerator, denominator }, { kind: 'threshold', thresholdPercent })).toBeCloseTo(expected, 12);
  });

  it('scores on-time processing as 20 × on time / received', () => {
    expect(ruleScore(20, { numerator: 930, denominator: 1000 }, { kind: 'proportional' })).toBeCloseTo(18.6, 12);
    expect(ruleScore(20, { numerator: 0, denominator: 0 }, { kind: 'proportional' })).toBeUndefined();
  });
});

describe('scoreUnit', () => {
  const records = toRecordStats({
    ...emptyCounters(),
    received: 1000,
    finished: 960,
    onTime: 930,
    finishedLate: 30,
    openOverdue: 20,
    online: 400,
    counter: 600,
    withFee: 500,
    paidOnline: 300,
    digitised: 850,
    complaints: 10,
  });
  const inputs = scoringInputs({ procedures: source000Procedures(), records });

  it('derives the inputs from the catalogue (source 000) and the records', () => {
    expect(inputs['procedures-online']).toEqual({ numerator: 70, denominator: 138 });
    expect(inputs['on-time']).toEqual({ numerator: 930, denominator: 1000 });
    // satisfaction = 100% − overdue (50) − complaints (10) = 94%
    expect(inputs.satisfaction).toEqual({ numerator: 940, denominator: 1000 });
  });

  it('totals the points with a breakdown, lists missing inputs and flags the estimate', () => {
    const result = scoreUnit(inputs);
    const byIndicator = Object.fromEntries(result.groups.flatMap((g) => g.indicators).map((i) => [i.id, i.score]));
    expect(byIndicator['on-time']).toBeCloseTo(18.6, 12);
    expect(byIndicator['records-online']).toBeCloseTo(6.4, 12);
    expect(byIndicator['online-payment']).toBeCloseTo(4.5, 12);
    expect(byIndicator['records-digitised']).toBe(11);
    expect(byIndicator.satisfaction).toBe(18);
    // 8 × (70/138) / 80% = 7000 / 1380
    expect(byIndicator['procedures-online']).toBeCloseTo(7000 / 1380, 12);
    expect(byIndicator.publicity).toBeUndefined();
    expect(result.missing).toEqual(['publicity', 'digitised-reused']);
    expect(result.total).toBeCloseTo(18.6 + 6.4 + 4.5 + 11 + 18 + 7000 / 1380, 10);
    expect(result.maximum).toBe(100);
    expect(result.scoredMaximum).toBe(100 - 18 - 11);
    expect(result.estimate).toBe(true);
    expect(result.groups.map((g) => g.id)).toEqual(['publicity', 'timeliness', 'online-service', 'digitisation', 'satisfaction']);
  });

  it('uses supplied ratios and caps satisfaction at zero', () => {
    const bad = toRecordStats({ ...emptyCounters(), received: 10, finishedLate: 8, complaints: 5, finished: 10 });
    const result = scoreUnit(
      scoringInputs({ records: bad, supplied: { publicity: { numerator: 1, denominator: 2 }, 'digitised-reused': { numerator: 4, denominator: 5 } } }),
    );
    const byIndicator = Object.fromEntries(result.groups.flatMap((g) => g.indicators).map((i) => [i.id, i.score]));
    expect(byIndicator.satisfaction).toBe(0);
    expect(byIndicator.publicity).toBe(9);
    expect(byIndicator['digitised-reused']).toBe(11);
    // No record carried a fee: online payment has no data.
    expect(result.missing).toEqual(['procedures-online', 'online-payment']);
  });
});

describe('scoreUnits', () => {
  it('ranks units by total; ties share a rank and the next rank skips', () => {
    const full = { 'on-time': { numerator: 1, denominator: 1 } };
    const half = { 'on-time': { numerator: 1, denominator: 2 } };
    const ranked = scoreUnits([
      { unit: 'Sở Tư pháp', inputs: half },
      { unit: 'Sở Y tế', inputs: full },
      { unit: 'Sở Xây dựng', inputs: full },
    ]);
    expect(ranked.map((r) => [r.unit, r.rank, r.score.total])).toEqual([
      ['Sở Y tế', 1, 20],
      ['Sở Xây dựng', 1, 20],
      ['Sở Tư pháp', 3, 10],
    ]);
  });
});
