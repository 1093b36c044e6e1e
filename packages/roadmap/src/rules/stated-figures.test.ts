import { describe, expect, it } from 'vitest';
import { minimalRoadmap } from '../__fixtures__/minimal-roadmap';
import { roadmapProgress } from '../analysis/roadmap-progress';
import { safeParseRoadmap } from '../model/parse-roadmap';
import type { Entry, Roadmap } from '../model/roadmap-schema';
import { leastCount, readStatedValue } from '../model/stated-value';
import { validateRoadmap } from '../validate-roadmap';

const entries = (count: number, level = 3, due = 2015): Entry[] =>
  Array.from({ length: count }, (_, i) => ({ service: `Dịch vụ số ${String(i + 1)}`, target_level: level, due }));

function findingsOf(ruleId: string, roadmap: Roadmap) {
  const result = validateRoadmap(roadmap);
  expect(result.findings.filter((f) => f.ruleId === 'roadmap/schema')).toEqual([]);
  return result.findings.filter((finding) => finding.ruleId === ruleId);
}

describe('stated totals and targets printed with a qualifier', () => {
  it('the schema accepts a printed figure and rejects text that is not one', () => {
    const base = { decision: { number: '1/QĐ-UBND', date: '2023-05-04' }, province: 'Thái Bình', period: { start: 2023, end: 2025 }, entries: [] };
    const ok = safeParseRoadmap({ ...base, stated_totals: [{ kind: 'services', level: 3, by: 2025, value: 'trên 120' }], targets: [{ kind: 'share', level: 3, value: 'tối thiểu 50%', by: 2025 }] });
    expect(ok.ok).toBe(true);
    const bad = safeParseRoadmap({ ...base, stated_totals: [{ kind: 'services', level: 3, by: 2025, value: 'hầu hết' }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.map((f) => f.path)).toContain('/stated_totals/0/value');
  });

  it('roadmap/stated-total-mismatch judges "trên 5" as a strict lower bound and says so', () => {
    const stated = (value: string) => minimalRoadmap(entries(5), { stated_totals: [{ kind: 'services', level: 3, by: 2015, value }] });
    const found = findingsOf('roadmap/stated-total-mismatch', stated('trên 5'));
    expect(found).toHaveLength(1);
    expect(found[0]?.message.en).toBe(
      'The document states "trên 5" services at level 3 or higher by 2015 (read as more than 5 (a lower bound, 5 excluded)), but the lists add up to 5',
    );
    expect(found[0]?.data).toMatchObject({ reading: 'at-least', strict: true, computed: 5 });
    expect(findingsOf('roadmap/stated-total-mismatch', stated('ít nhất 5'))).toEqual([]);
    expect(findingsOf('roadmap/stated-total-mismatch', stated('trên 4'))).toEqual([]);
    expect(findingsOf('roadmap/stated-total-mismatch', stated('khoảng 5'))).toEqual([]);
    expect(findingsOf('roadmap/stated-total-mismatch', stated('từ 6 đến 8'))).toHaveLength(1);
    // An exact printed number keeps the plain message and the difference.
    const exact = findingsOf('roadmap/stated-total-mismatch', stated('04'));
    expect(exact[0]?.data).toMatchObject({ stated: 4, computed: 5, difference: -1 });
  });

  it('roadmap/target-unreachable judges a printed count or share by its reading', () => {
    const count = (value: string) => minimalRoadmap(entries(5), { targets: [{ kind: 'count', level: 3, value, by: 2015 }] });
    expect(findingsOf('roadmap/target-unreachable', count('ít nhất 5'))).toEqual([]);
    const strict = findingsOf('roadmap/target-unreachable', count('trên 5'));
    expect(strict[0]?.message.en).toContain('(reading "trên 5" as a lower bound)');
    const share = (value: string) =>
      minimalRoadmap(entries(5), { baseline: { procedures: { total: 10 } }, targets: [{ kind: 'share', level: 3, value, by: 2015 }] });
    expect(findingsOf('roadmap/target-unreachable', share('tối thiểu 50%'))).toEqual([]);
    const over = findingsOf('roadmap/target-unreachable', share('trên 50%'));
    expect(over[0]?.data).toMatchObject({ needed: 6, numerator: 5, denominator: 10 });
  });

  it('roadmap/agency-minimum reads "ít nhất 02" as the minimum', () => {
    const roadmap = minimalRoadmap(
      [{ service: 'A', target_level: 3, due: 2015, lead_agency: 'Sở Y tế' }],
      { targets: [{ kind: 'agency-minimum', level: 3, value: 'ít nhất 02', by: 2015, agencies: ['Sở Y tế'] }] },
    );
    expect(findingsOf('roadmap/agency-minimum', roadmap)[0]?.data).toMatchObject({ count: 1 });
  });

  it('progress needs the least count a printed target allows', () => {
    const roadmap = minimalRoadmap([], { targets: [{ kind: 'share', level: 3, value: 'trên 50%', by: 2015 }] });
    const catalogue = Array.from({ length: 10 }, (_, i) => ({ name: `Thủ tục ${String(i)}`, level: i < 5 ? 3 : 2 }));
    expect(roadmapProgress(roadmap, catalogue, '2016-01-01').targets[0]).toMatchObject({ needed: 6, numerator: 5, status: 'not-met' });
    expect(leastCount('trên 120')).toBe(121);
    expect(leastCount('khoảng 40')).toBe(40);
    expect(leastCount('không quá 10')).toBe(0);
    expect(readStatedValue('88-90%', { share: true })).toMatchObject({ value: '0.88', to: '0.9' });
  });
});
