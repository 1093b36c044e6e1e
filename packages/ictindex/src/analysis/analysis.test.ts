import { describe, expect, it } from 'vitest';
import { openSourcePoints2017 } from '../__fixtures__/lao-cai-2016-2017';
import { syntheticData } from '../__fixtures__/synthetic-provinces';
import { computeIndex } from '../engine/compute-index';
import { whatIf } from '../engine/what-if';
import { ictIndex2016 } from '../frameworks/ict-index-2016';
import { bestMoves } from './best-moves';
import { compareYears } from './compare-years';
import { indicatorGaps } from './indicator-gaps';
import { simulateRanks } from './simulate-ranks';
import { strengthsAndWeaknesses } from './strengths-and-weaknesses';

const data2016 = syntheticData(ictIndex2016, 63, 2016, 2016);
const data2017 = syntheticData(ictIndex2016, 63, 2017, 2017);
const result2016 = computeIndex(ictIndex2016, data2016);
const result2017 = computeIndex(ictIndex2016, data2017);

describe('compareYears', () => {
  it('gives score and rank changes for every node, in document order', () => {
    const changes = compareYears(result2016, result2017, 'p07');
    expect(changes).toHaveLength(40);
    expect(changes.map((change) => change.nodeId).slice(0, 3)).toEqual(['ict-index', 'technical-infrastructure', 'technical-society']);
    for (const change of changes) {
      expect(change.previousRank).toBe(result2016.rank(change.nodeId, 'p07'));
      expect(change.currentRank).toBe(result2017.rank(change.nodeId, 'p07'));
      expect(change.places).toBe((change.previousRank ?? 0) - (change.currentRank ?? 0));
      const expectedTrend = (change.places ?? 0) > 0 ? 'up' : (change.places ?? 0) < 0 ? 'down' : 'unchanged';
      expect(change.trend).toBe(expectedTrend);
      expect(change.scoreChange).toBeCloseTo((change.currentScore ?? 0) - (change.previousScore ?? 0), 12);
    }
    expect(changes[0]).toMatchObject({ depth: 0, previousYear: 2016, currentYear: 2017, isIndicator: false });
  });

  it('has null ranks when the unit is missing in a year', () => {
    const smaller = computeIndex(ictIndex2016, { year: 2016, values: { p01: data2016.values.p01 ?? {}, p02: data2016.values.p02 ?? {} } });
    const changes = compareYears(smaller, result2017, 'p40');
    expect(changes[0]).toMatchObject({ previousRank: null, places: null, trend: 'unknown' });
  });
});

describe('indicatorGaps', () => {
  it('Lào Cai 5,61 against Hồ Chí Minh City 39,47 on open-source use (2017)', () => {
    const values = Object.fromEntries(Object.entries(openSourcePoints2017).map(([unit, points]) => [unit, { 'open-source-use': points }]));
    const result = computeIndex(ictIndex2016, { year: 2017, values }, { missing: { policy: 'skip', minAvailability: 0 } });
    const gap = indicatorGaps(result, 'lao-cai').find((entry) => entry.indicatorId === 'open-source-use');
    expect(gap?.leaders).toEqual(['ho-chi-minh']);
    expect(gap?.leaderRaw).toBe(39.47);
    expect(gap?.gapToLeaderRaw).toBeCloseTo(33.86, 10);
    expect(gap?.medianRaw).toBe(28.2);
    expect(gap?.gapToMedianRaw).toBeCloseTo(22.59, 10);
    expect(gap?.rank).toBe(5);
    expect(gap?.score).toBe(0);
    expect(gap?.gapToLeaderScore).toBe(1);
    // Đà Nẵng and Cần Thơ tie at 28,2: "1, 2, 2, 4, 5"
    expect(['ho-chi-minh', 'da-nang', 'can-tho', 'ha-noi', 'lao-cai'].map((unit) => result.rank('open-source-use', unit))).toEqual([1, 2, 2, 4, 5]);
    const email = indicatorGaps(result, 'lao-cai').find((entry) => entry.indicatorId === 'email-use');
    expect(email).toMatchObject({ raw: null, leaders: [], medianRaw: null, gapToLeaderRaw: null });
  });

  it('uses the mean of the two middle values for an even count', () => {
    const result = computeIndex(ictIndex2016, { values: { a: { 'email-use': 1 }, b: { 'email-use': 2 }, c: { 'email-use': 4 }, d: { 'email-use': 10 } } }, { missing: { policy: 'skip', minAvailability: 0 } });
    expect(indicatorGaps(result, 'a').find((entry) => entry.indicatorId === 'email-use')?.medianRaw).toBe(3);
  });
});

describe('strengthsAndWeaknesses', () => {
  it('lists indicators at least `threshold` places away from the overall rank', () => {
    const result = strengthsAndWeaknesses(result2017, 'p07', { threshold: 15 });
    const overall = result2017.rank('ict-index', 'p07') ?? 0;
    expect(result.referenceRank).toBe(overall);
    for (const entry of result.weaknesses) expect(entry.rank - overall).toBeGreaterThanOrEqual(15);
    for (const entry of result.strengths) expect(entry.rank - overall).toBeLessThanOrEqual(-15);
    expect(result.weaknesses.length + result.strengths.length).toBeGreaterThan(0);
    const gaps = result.weaknesses.map((entry) => entry.gap);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
  });

  it('works on a sub-group', () => {
    const result = strengthsAndWeaknesses(result2017, 'p07', { nodeId: 'online-services', threshold: 0 });
    expect(result.strengths.length + result.weaknesses.length).toBe(4);
  });
});

describe('bestMoves', () => {
  it('ranks indicators by places gained for the same normalised effort, consistent with whatIf', () => {
    const moves = bestMoves(result2017, 'p30', { effort: 0.2 });
    expect(moves.length).toBeGreaterThan(20);
    const first = moves[0];
    if (first === undefined) throw new Error('no move');
    const check = whatIf(result2017, [{ unitId: 'p30', indicatorId: first.indicatorId, value: first.rawTo }]);
    expect(check.rank('ict-index', 'p30')).toBe(first.rankTo);
    expect(first.places).toBe((first.rankFrom ?? 0) - (first.rankTo ?? 0));
    const places = moves.map((move) => move.places);
    expect(places).toEqual([...places].sort((a, b) => b - a));
    // % indicators never go above 100
    for (const move of moves) if (move.indicatorId === 'adult-literacy') expect(move.rawTo).toBeLessThanOrEqual(100);
  });
});

describe('simulateRanks', () => {
  const options = {
    runs: 60,
    seed: 42,
    normalisations: [{ kind: 'min-max' }, { kind: 'divide-by-max' }, { kind: 'z-score-min-max' }] as const,
  };

  it('is reproducible from the seed and brackets the ranks', () => {
    const first = simulateRanks(ictIndex2016, data2017, options);
    expect(simulateRanks(ictIndex2016, data2017, options)).toEqual(first);
    expect(first).toHaveLength(63);
    for (const interval of first) {
      expect(interval.runs).toBe(60);
      expect(interval.best).toBeLessThanOrEqual(interval.low);
      expect(interval.low).toBeLessThanOrEqual(interval.median);
      expect(interval.median).toBeLessThanOrEqual(interval.high);
      expect(interval.high).toBeLessThanOrEqual(interval.worst);
    }
    expect(first[0]?.baseRank).toBe(1);
  });

  it('with no jitter and no alternatives every run equals the base ranks', () => {
    const intervals = simulateRanks(ictIndex2016, data2017, { runs: 5, weightJitter: 0 });
    for (const interval of intervals) {
      expect([interval.best, interval.worst]).toEqual([interval.baseRank, interval.baseRank]);
    }
  });

  it('a different seed gives a different sample', () => {
    const a = simulateRanks(ictIndex2016, data2017, { ...options, seed: 1 });
    const b = simulateRanks(ictIndex2016, data2017, { ...options, seed: 2 });
    expect(a).not.toEqual(b);
  });
});
