import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicatorIds, syntheticData } from '../__fixtures__/synthetic-provinces';
import { ictIndex2016 } from '../frameworks/ict-index-2016';
import { computeIndex } from './compute-index';
import { whatIf } from './what-if';

const data = syntheticData(ictIndex2016, 20, 11);
const base = computeIndex(ictIndex2016, data);
const ids = indicatorIds(ictIndex2016);

function withValue(unit: string, indicator: string, value: number | null) {
  const values = { ...data.values, [unit]: { ...data.values[unit], [indicator]: value } };
  return { ...data, values };
}

describe('whatIf', () => {
  it('equals a full recomputation with the changed data (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.constantFrom(...ids),
        fc.double({ min: 0, max: 150, noNaN: true }),
        (u, indicator, value) => {
          const unit = `p${String(u).padStart(2, '0')}`;
          const fast = whatIf(base, [{ unitId: unit, indicatorId: indicator, value }]).toJSON();
          const full = computeIndex(ictIndex2016, withValue(unit, indicator, value)).toJSON();
          expect(fast.scores).toEqual(full.scores);
          expect(fast.ranks).toEqual(full.ranks);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('raises a unit to the top of an indicator and leaves the base untouched', () => {
    const before = base.rank('open-source-use', 'p05');
    const after = whatIf(base, [{ unitId: 'p05', indicatorId: 'open-source-use', value: 1000 }]);
    expect(after.rank('open-source-use', 'p05')).toBe(1);
    expect(after.score('open-source-use', 'p05')).toBe(1);
    expect(base.rank('open-source-use', 'p05')).toBe(before);
    expect(after.score('human-resources', 'p05')).toBe(base.score('human-resources', 'p05'));
  });

  it('removing a value fails with a finding under the fail policy', () => {
    const after = whatIf(base, [{ unitId: 'p01', indicatorId: 'email-use', value: null }]);
    expect(after.score('ict-index', 'p01')).toBeNull();
    expect(after.findings.map((finding) => finding.path)).toEqual(['/values/p01/email-use']);
    expect(base.findings).toEqual([]);
  });

  it('rejects changes to groups, unknown ids and non-finite values', () => {
    expect(() => whatIf(base, [{ unitId: 'p01', indicatorId: 'human-resources', value: 1 }])).toThrow(/not an indicator/);
    expect(() => whatIf(base, [{ unitId: 'p99', indicatorId: 'email-use', value: 1 }])).toThrow(/No unit/);
    expect(() => whatIf(base, [{ unitId: 'p01', indicatorId: 'email-use', value: Infinity }])).toThrow(/finite/);
  });
});
