import { describe, expect, it } from 'vitest';
import { minimalRoadmap } from '../__fixtures__/minimal-roadmap';
import { roadmapJsonSchema } from './roadmap-json-schema';
import { safeParseRoadmap } from './parse-roadmap';
import { whenRange, whenYear } from './when';

describe('safeParseRoadmap', () => {
  it('accepts a minimal roadmap', () => {
    expect(safeParseRoadmap(minimalRoadmap([{ service: 'Cấp phép hợp báo', target_level: 4, due: 2014 }])).ok).toBe(true);
  });
  it('points at the offending value and names unknown fields', () => {
    const result = safeParseRoadmap({
      ...minimalRoadmap([{ service: 'Cấp phép hợp báo', target_level: 5, due: '2014-13' }]),
      entries: [{ service: 'Cấp phép hợp báo', target_level: 5, due: '2014-13', lead_agncy: 'Sở TT&TT' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.error.map((f) => f.path).sort();
    expect(paths).toEqual(['/entries/0', '/entries/0/due', '/entries/0/target_level']);
    expect(result.error.find((f) => f.path === '/entries/0')?.message.en).toContain('lead_agncy');
  });
  it('never throws on arbitrary input', () => {
    for (const input of [null, 1, 'x', [], { entries: 'x' }, { decision: {} }]) {
      expect(safeParseRoadmap(input).ok).toBe(false);
    }
  });
});

describe('when', () => {
  it('covers years, months and days', () => {
    expect(whenRange(2015)).toEqual({ start: '2015-01-01', end: '2015-12-31' });
    expect(whenRange('2016-02')).toEqual({ start: '2016-02-01', end: '2016-02-29' });
    expect(whenRange('2013-05-04')).toEqual({ start: '2013-05-04', end: '2013-05-04' });
    expect(whenYear('2014-06')).toBe(2014);
  });
});

describe('roadmapJsonSchema', () => {
  it('describes the required top-level fields', () => {
    const schema = roadmapJsonSchema();
    expect(schema.required).toEqual(['decision', 'province', 'period', 'entries']);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});
