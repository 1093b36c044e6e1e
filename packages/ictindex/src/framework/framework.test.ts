import { describe, expect, it } from 'vitest';
import { computeIndex } from '../engine/compute-index';
import { ictIndex2016 } from '../frameworks/ict-index-2016';
import { frameworkJsonSchema } from './framework-json-schema';
import { safeParseFramework } from './parse-framework';
import { treatAsInputs } from './treat-as-inputs';

const base = {
  id: 'mini',
  version: '1',
  name: { vi: 'Chỉ số nhỏ', en: 'Mini index' },
  source: { vi: 'Ví dụ', en: 'Example' },
  method: { official: false, note: { vi: 'Ví dụ', en: 'Example' } },
  defaults: { normalisation: { kind: 'min-max' }, aggregation: { kind: 'arithmetic' }, missing: { policy: 'fail' }, decimals: 4 },
};

describe('safeParseFramework', () => {
  it('accepts a user framework from JSON text', () => {
    const text = JSON.stringify({
      ...base,
      root: { id: 'mini', name: { vi: 'Chỉ số', en: 'Index' }, children: [{ id: 'a', name: { vi: 'A', en: 'A' }, normalisation: { kind: 'goalposts', min: 0, max: 100 } }] },
    });
    const result = safeParseFramework(JSON.parse(text));
    expect(result.ok).toBe(true);
    if (result.ok) expect(computeIndex(result.value, { values: { x: { a: 50 } } }).score('mini', 'x')).toBe(0.5);
  });

  it('returns findings with JSON pointers for each problem', () => {
    const result = safeParseFramework({
      ...base,
      root: {
        id: 'mini',
        name: { vi: 'Chỉ số', en: 'Index' },
        children: [
          { id: 'a', name: { vi: 'A', en: 'A' }, weight: 0 },
          { id: 'a', name: { vi: 'B', en: 'B' }, weight: 0, normalisation: { kind: 'goalposts', min: 1, max: 1 } },
          { id: 'Bad Id', name: { vi: '', en: 'C' }, aggregation: { kind: 'median' } },
        ],
      },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.error.map((finding) => finding.path);
    expect(paths).toContain('/root/children/2/id');
    expect(paths).toContain('/root/children/2/name/vi');
    expect(paths).toContain('/root/children/2/aggregation/kind');
    expect(paths).toContain('/root/children/1/normalisation');
    expect(result.error.every((finding) => finding.ruleId === 'ictindex/invalid-framework' && finding.severity === 'error')).toBe(true);
  });

  it('checks unique ids and weight sums once the shape is right', () => {
    const result = safeParseFramework({
      ...base,
      root: {
        id: 'mini',
        name: { vi: 'Chỉ số', en: 'Index' },
        children: [
          { id: 'a', name: { vi: 'A', en: 'A' }, weight: 0 },
          { id: 'a', name: { vi: 'B', en: 'B' }, weight: 0 },
        ],
      },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((finding) => finding.path).sort()).toEqual(['/root/children', '/root/children/1/id']);
    expect(result.error[1]?.message.en).toContain('duplicate node id "a"');
  });

  it('requires a root with children', () => {
    const result = safeParseFramework({ ...base, root: { id: 'mini', name: { vi: 'Chỉ số', en: 'Index' } } });
    expect(result.ok ? [] : result.error.map((finding) => finding.path)).toEqual(['/root']);
  });
});

describe('treatAsInputs', () => {
  it('replaces subtrees by inputs taken as published', () => {
    const groups = treatAsInputs(ictIndex2016, ['technical-infrastructure']);
    expect(groups.version).toBe('2016+inputs');
    expect(groups.root.children?.[0]).toEqual({
      id: 'technical-infrastructure',
      name: ictIndex2016.root.children?.[0]?.name,
      direction: 'higher',
      normalisation: { kind: 'none' },
    });
    expect(ictIndex2016.root.children?.[0]?.children).toHaveLength(2);
  });

  it('throws for ids that are not composite nodes', () => {
    expect(() => treatAsInputs(ictIndex2016, ['email-use', 'nope'])).toThrow(/email-use, nope/);
  });
});

describe('frameworkJsonSchema', () => {
  it('describes the framework file, recursively', () => {
    const schema = frameworkJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const text = JSON.stringify(schema);
    expect(text).toContain('"z-score-min-max"');
    expect(text).toContain('"power-mean"');
    expect(text).toContain('"$ref"');
  });
});
