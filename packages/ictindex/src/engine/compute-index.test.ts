import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicatorIds, syntheticData } from '../__fixtures__/synthetic-provinces';
import type { Framework } from '../framework/framework';
import { ictIndex2016 } from '../frameworks/ict-index-2016';
import { computeIndex } from './compute-index';

/** A small framework: two groups of two indicators, min–max, arithmetic. */
const small: Framework = {
  id: 'small',
  version: '1',
  name: { vi: 'Chỉ số thử', en: 'Test index' },
  source: { vi: 'Ví dụ', en: 'Example' },
  method: { official: false, note: { vi: 'Ví dụ', en: 'Example' } },
  defaults: { normalisation: { kind: 'min-max' }, aggregation: { kind: 'arithmetic' }, missing: { policy: 'fail' }, decimals: 4 },
  root: {
    id: 'index',
    name: { vi: 'Chỉ số', en: 'Index' },
    children: [
      {
        id: 'g1',
        name: { vi: 'Nhóm 1', en: 'Group 1' },
        weight: 3,
        children: [
          { id: 'i1', name: { vi: 'Chỉ tiêu 1', en: 'Indicator 1' } },
          { id: 'i2', name: { vi: 'Chỉ tiêu 2', en: 'Indicator 2' }, direction: 'lower' },
        ],
      },
      {
        id: 'g2',
        name: { vi: 'Nhóm 2', en: 'Group 2' },
        weight: 1,
        children: [
          { id: 'i3', name: { vi: 'Chỉ tiêu 3', en: 'Indicator 3' }, cap: { max: 100 } },
          { id: 'i4', name: { vi: 'Chỉ tiêu 4', en: 'Indicator 4' } },
        ],
      },
    ],
  },
};

const values = {
  a: { i1: 10, i2: 5, i3: 50, i4: 0 },
  b: { i1: 20, i2: 1, i3: 150, i4: 4 },
  c: { i1: 30, i2: 3, i3: 100, i4: 2 },
};

describe('computeIndex', () => {
  it('normalises, aggregates with weights, caps and ranks (hand-computed)', () => {
    const result = computeIndex(small, { year: 2017, values });
    // i1: 0, .5, 1; i2 (lower): 0, 1, .5; i3 capped at 100: 0, 1, 1; i4: 0, 1, .5
    expect(result.score('i2', 'b')).toBe(1);
    expect(result.score('g1', 'a')).toBe(0);
    expect(result.score('g1', 'b')).toBe(0.75);
    expect(result.score('g1', 'c')).toBe(0.75);
    expect(result.score('g2', 'c')).toBe(0.75);
    // index = (3 g1 + g2) / 4
    expect(result.score('index', 'b')).toBeCloseTo((3 * 0.75 + 1) / 4, 12);
    expect(result.score('index', 'c')).toBeCloseTo((3 * 0.75 + 0.75) / 4, 12);
    expect(result.rank('index', 'b')).toBe(1);
    expect(result.rank('index', 'c')).toBe(2);
    expect(result.rank('index', 'a')).toBe(3);
    // g1 ties: b and c share rank 1, a is 3rd ("1, 1, 3")
    expect([result.rank('g1', 'b'), result.rank('g1', 'c'), result.rank('g1', 'a')]).toEqual([1, 1, 3]);
    // indicators rank on capped raw values: b and c both 100 on i3
    expect([result.rank('i3', 'b'), result.rank('i3', 'c'), result.rank('i3', 'a')]).toEqual([1, 1, 3]);
    expect(result.raw('i3', 'b')).toBe(150);
    expect(result.rankedCount('index')).toBe(3);
    expect(result.findings).toEqual([]);
  });

  it('serialises to plain JSON in document order', () => {
    const json = computeIndex(small, { year: 2017, values }).toJSON();
    expect(Object.keys(json.scores)).toEqual(['index', 'g1', 'i1', 'i2', 'g2', 'i3', 'i4']);
    expect(json.ranks.index).toEqual({ a: 3, b: 1, c: 2 });
    expect(json.year).toBe(2017);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('fails with a finding when a value is missing (policy fail)', () => {
    const result = computeIndex(small, { values: { ...values, c: { i1: 30, i2: 3, i3: 100, i4: null } } });
    expect(result.score('g2', 'c')).toBeNull();
    expect(result.score('index', 'c')).toBeNull();
    expect(result.rank('index', 'c')).toBeNull();
    expect(result.rank('index', 'b')).toBe(1);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ ruleId: 'ictindex/missing-value', severity: 'error', path: '/values/c/i4' });
  });

  it('skips missing values above the availability threshold and renormalises weights', () => {
    const data = { values: { ...values, c: { i1: 30, i2: 3, i3: 100 } } };
    const result = computeIndex(small, data, { missing: { policy: 'skip', minAvailability: 0.5 } });
    // i4 of c missing: min–max over a (0), b (4) → g2 of c = i3 only = 1
    expect(result.score('g2', 'c')).toBe(1);
    expect(result.findings.map((finding) => finding.severity)).toEqual(['warning']);
    const strict = computeIndex(small, data, { missing: { policy: 'skip', minAvailability: 0.75 } });
    expect(strict.score('g2', 'c')).toBeNull();
    expect(strict.findings.map((finding) => finding.ruleId)).toEqual(['ictindex/missing-value', 'ictindex/insufficient-data']);
  });

  it('reports unknown indicators and non-finite values', () => {
    const result = computeIndex(small, { values: { a: { ...values.a, extra: 1 }, b: { ...values.b, i1: Number.NaN }, c: values.c } });
    expect(result.findings.map((finding) => finding.ruleId).sort()).toEqual([
      'ictindex/invalid-value',
      'ictindex/missing-value',
      'ictindex/unknown-indicator',
    ]);
  });

  it('reports means that are undefined for the values', () => {
    const geometric: Framework = {
      ...small,
      defaults: { ...small.defaults, normalisation: { kind: 'z-score' }, aggregation: { kind: 'geometric' } },
    };
    const result = computeIndex(geometric, { values });
    expect(result.findings.some((finding) => finding.ruleId === 'ictindex/aggregation-undefined')).toBe(true);
  });

  it('throws for unknown nodes and units (programmer errors)', () => {
    const result = computeIndex(small, { values });
    expect(() => result.score('nope', 'a')).toThrow(/No node "nope"/);
    expect(() => result.rank('index', 'zz')).toThrow(/No unit "zz"/);
  });

  it('ranks are invariant under the order of units (property)', () => {
    const ids = indicatorIds(ictIndex2016);
    const rowsAndOrder = fc
      .array(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: ids.length, maxLength: ids.length }), { minLength: 2, maxLength: 12 })
      .chain((rows) =>
        fc.tuple(
          fc.constant(rows),
          fc.shuffledSubarray(rows.map((_, index) => index), { minLength: rows.length, maxLength: rows.length }),
        ),
      );
    fc.assert(
      fc.property(rowsAndOrder, ([rows, order]) => {
        // Values in quarters, so ties (and shared ranks) are frequent.
        const entries = rows.map((row, u) => [`u${u}`, Object.fromEntries(ids.map((id, i) => [id, (row[i] ?? 0) / 4]))] as const);
        const shuffled = order.map((index) => entries[index] ?? entries[0]);
        const first = computeIndex(ictIndex2016, { values: Object.fromEntries(entries) }).toJSON();
        const second = computeIndex(ictIndex2016, { values: Object.fromEntries(shuffled.filter((entry) => entry !== undefined)) }).toJSON();
        expect(second.ranks).toEqual(first.ranks);
        expect(second.scores).toEqual(first.scores);
      }),
      { numRuns: 60 },
    );
  });

  it('is reproducible from a stored configuration (framework and options as JSON)', () => {
    const data = syntheticData(ictIndex2016, 30, 5);
    const options = { decimals: 3, missing: { policy: 'skip', minAvailability: 0.5 } } as const;
    const stored = JSON.stringify({ framework: ictIndex2016, options, data });
    const restored = JSON.parse(stored) as { framework: Framework; options: typeof options; data: typeof data };
    expect(computeIndex(restored.framework, restored.data, restored.options).toJSON()).toEqual(computeIndex(ictIndex2016, data, options).toJSON());
  });

  it('is deterministic on 63 provinces × 30 indicators', () => {
    const data = syntheticData(ictIndex2016, 63, 7);
    const first = computeIndex(ictIndex2016, data).toJSON();
    expect(computeIndex(ictIndex2016, data).toJSON()).toEqual(first);
    const overall = Object.values(first.ranks['ict-index'] ?? {});
    expect(overall).toHaveLength(63);
    expect(Math.min(...overall.map((rank) => rank ?? 99))).toBe(1);
  });
});
