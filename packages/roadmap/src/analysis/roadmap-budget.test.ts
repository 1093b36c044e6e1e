import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { minimalRoadmap } from '../__fixtures__/minimal-roadmap';
import { safeParseRoadmap } from '../model/parse-roadmap';
import type { Roadmap } from '../model/roadmap-schema';
import { roadmapBudget } from './roadmap-budget';

function example(folder: string): Roadmap {
  const path = fileURLToPath(new URL(`../../../../examples/${folder}/roadmap.yaml`, import.meta.url));
  const parsed = safeParseRoadmap(parse(readFileSync(path, 'utf8')) as unknown);
  if (!parsed.ok) throw new Error(`${folder} does not parse`);
  return parsed.value;
}

const summary = (roadmap: Roadmap) => {
  const budget = roadmapBudget(roadmap);
  return {
    groups: budget.groups.map((group) => [group.label, group.amount.toString(), group.lines, group.servicesCount]),
    total: budget.total.toString(),
    lines: budget.lines,
    unreadable: budget.unreadable.map((finding) => [finding.ruleId, finding.path]),
  };
};

describe('roadmapBudget', () => {
  it('sums Thái Bình 818/QĐ-UBND section III by its own headings: 2,2 + 1,8 + 2,0 = 6 tỷ đồng for 15 + 12 + 10 services', () => {
    expect(summary(example('thaibinh-2013-roadmap'))).toEqual({
      groups: [
        ['Giai đoạn 2013 - 2014', '2200000000', 1, 15],
        ['Trong năm 2015', '1800000000', 1, 12],
        ['Giai đoạn 2016 - 2020', '2000000000', 1, 10],
      ],
      total: '6000000000',
      lines: 3,
      unreadable: [],
    });
  });

  it('groups Hà Giang 1653/QĐ-UBND lines per service by year: 8 tỷ (2014) + 7,2 tỷ (2015) = 15,2 tỷ đồng, as its budget table', () => {
    const budget = summary(example('hagiang-2013-roadmap'));
    expect(budget.groups).toEqual([
      ['2014', '8000000000', 15, undefined],
      ['2015', '7200000000', 15, undefined],
    ]);
    expect(budget.total).toBe('15200000000');
    expect(budget.unreadable).toEqual([]);
  });

  it('reports an amount it cannot read without guessing, and leaves it out of the sums', () => {
    const roadmap = minimalRoadmap([], {
      budgets: [
        { phase: '2013-2015', amount: '15.200', unit: 'tỷ đồng' },
        { phase: '2013-2015', amount: '1,5', unit: 'tỷ đồng', services_count: 3 },
        { from: 2016, to: 2020, amount: 500, unit: 'triệu đồng' },
        { from: 2016, to: 2016, amount: '2.000.000', unit: 'đồng' },
      ],
    });
    expect(summary(roadmap)).toEqual({
      groups: [
        ['2013-2015', '1500000000', 2, undefined],
        ['2016–2020', '500000000', 1, undefined],
        ['2016', '2000000', 1, undefined],
      ],
      total: '2002000000',
      lines: 4,
      unreadable: [['budget/amount-ambiguous', '/budgets/0/amount']],
    });
  });

  it('is empty for a roadmap without budget lines', () => {
    expect(summary(minimalRoadmap([]))).toEqual({ groups: [], total: '0', lines: 0, unreadable: [] });
  });
});
