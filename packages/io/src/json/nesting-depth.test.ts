import { describe, expect, it } from 'vitest';
import { readJson } from './read-json';
import { readYaml } from '../yaml/read-yaml';
import { scanJsonDepth } from './scan-json-depth';
import { scanYamlDepth } from '../yaml/scan-yaml-depth';

describe('nesting depth, checked before parsing', () => {
  it('refuses 20 kB of nested brackets in JSON and YAML with io/too-deep, not a stack overflow', () => {
    const brackets = '['.repeat(20_000);
    for (const read of [readJson, readYaml]) {
      const result = read(brackets, { file: 'deep' });
      expect(result).toMatchObject({ ok: false, error: { ruleId: 'io/too-deep', severity: 'error', location: { file: 'deep', row: 1 } } });
      expect(!result.ok && result.error.message.en).toContain('Nesting deeper than 64 levels');
    }
    expect(readYaml('{a: '.repeat(10_000))).toMatchObject({ ok: false, error: { ruleId: 'io/too-deep' } });
  });

  it('counts block indentation and compact entries in YAML', () => {
    const nested = Array.from({ length: 70 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n';
    expect(readYaml(nested)).toMatchObject({ ok: false, error: { ruleId: 'io/too-deep', location: { row: 65 } } });
    expect(readYaml(`${'- '.repeat(100)}x\n`)).toMatchObject({ ok: false, error: { ruleId: 'io/too-deep' } });
  });

  it('accepts ordinary documents and ignores brackets in strings, comments and block scalars', () => {
    expect(readJson('{"a": "[[[[", "b": [[1], {"c": "\\"["}]}', { limits: { maxDepth: 3 } })).toMatchObject({ ok: true });
    const yaml = 'a: "[[[["\nb: \'[[\'\' [\'\n# [[[[[\nc: |\n  [[[[[[\n      {{{{{\nd:\n  - [1, {e: 2}]\n';
    expect(scanYamlDepth(yaml, 4)).toBeUndefined();
    expect(scanYamlDepth(yaml, 3)).toMatchObject({ line: 8 });
    expect(readYaml(yaml, { limits: { maxDepth: 4 } })).toMatchObject({ ok: true, value: { a: '[[[[', c: '[[[[[[\n    {{{{{\n' } });
    expect(scanJsonDepth('[[[1]]]', 3)).toBeUndefined();
    expect(scanJsonDepth('[[[[1]]]]', 3)).toEqual({ offset: 3, line: 1 });
  });
});
