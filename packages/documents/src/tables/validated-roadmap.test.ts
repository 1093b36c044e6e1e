import { describe, expect, it } from 'vitest';
import { validatedRoadmap } from './validated-roadmap';

const document = {
  decision: { number: '818/QĐ-UBND', date: '2013-05-04' },
  province: 'Thái Bình',
  period: { start: 2013, end: 2020 },
  entries: [
    { service: 'Cấp giấy phép xây dựng', target_level: 3, due: 2014 },
    { service: 'Cấp giấy phép xây dựng', target_level: 2, due: 2015 },
  ],
};

describe('validatedRoadmap', () => {
  it('validates a document once and gives its findings (level going down in 2015)', () => {
    const first = validatedRoadmap(document);
    expect(validatedRoadmap(document)).toBe(first);
    expect(first.findings.map((finding) => finding.ruleId)).toContain('roadmap/level-down');
    expect(validatedRoadmap({ ...document })).not.toBe(first);
  });

  it('validates a document that is not an object each time, with schema findings', () => {
    expect(validatedRoadmap('text').findings[0]?.ruleId).toBe('roadmap/schema');
  });
});
