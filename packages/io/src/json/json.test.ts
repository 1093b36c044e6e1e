import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeTcvn3 } from '../__fixtures__/legacy-encoders';
import { findJsonError } from './find-json-error';
import { readJson } from './read-json';
import { writeJson } from './write-json';

describe('readJson / writeJson', () => {
  it('reads UTF-8 bytes with a BOM', () => {
    const bytes = new TextEncoder().encode('\uFEFF{"tinh":"Lào Cai","chiSo":[5.63,5.52]}');
    expect(readJson(bytes)).toEqual({ ok: true, value: { tinh: 'Lào Cai', chiSo: [5.63, 5.52] }, findings: [] });
  });

  it('reports a syntax error with line and column', () => {
    const result = readJson('{\n  "tinh": "Hà Giang",\n  "tong": }\n', { file: 'ha-giang.json' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ ruleId: 'io/json-syntax', location: { file: 'ha-giang.json', row: 3, column: '11' } });
    expect(result.error.message.en).toMatch(/^Invalid JSON at line 3, column 11: /);
  });

  it('reports truncated JSON at its end, and legacy encodings', () => {
    const truncated = readJson('{"a": [1, 2');
    expect(!truncated.ok && truncated.error.ruleId).toBe('io/json-syntax');
    const legacy = readJson(encodeTcvn3('{"ten": "sở thông tin và truyền thông", "ghi chú": "thủ tục hành chính"}'));
    expect(!legacy.ok && legacy.error.ruleId).toBe('io/legacy-encoding');
    expect(readJson('[]', { limits: { maxBytes: 1 } })).toMatchObject({ ok: false, error: { ruleId: 'io/too-large' } });
  });

  it('writes indented JSON with a final newline', () => {
    expect(writeJson({ tinh: 'Thái Bình', tong: 6 })).toBe('{\n  "tinh": "Thái Bình",\n  "tong": 6\n}\n');
    expect(writeJson([1, 2], { indent: 0 })).toBe('[1,2]\n');
  });

  it('round-trips any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const expected: unknown = JSON.parse(JSON.stringify(value));
        expect(readJson(new TextEncoder().encode(writeJson(value)))).toEqual({ ok: true, value: expected, findings: [] });
      }),
    );
  });

  it('never throws on random or truncated bytes', () => {
    const valid = new TextEncoder().encode(writeJson({ tinh: 'Bắc Giang', donVi: [24, 10, 230] }));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.nat(valid.length).map((n) => valid.subarray(0, n))), (bytes) => {
        const result = readJson(bytes);
        expect(result.ok || result.error.severity === 'error').toBe(true);
      }),
    );
  });
});

describe('findJsonError', () => {
  it.each([
    ['{"a": }', 6],
    ['[1, 2', 5],
    ['{"a" 1}', 5],
    ['[1,]', 3],
    ['{}x', 2],
    ['"\\x"', 2],
    ['', 0],
    ['{"a":[1,{"b":null}],"c":"\\u00e9"}', -1],
    ['[]', -1],
    [' -1.5e3 ', -1],
  ])('finds the error in %j at %i', (text, offset) => {
    expect(findJsonError(text)).toBe(offset);
  });

  it('agrees with JSON.parse on validity', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.json().map((j) => j.slice(0, -1))), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findJsonError(text) === -1).toBe(valid);
      }),
    );
  });
});
