import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readYaml } from './read-yaml';
import { writeYaml } from './write-yaml';

const roadmap = `# Lộ trình Thái Bình (Quyết định 818/QĐ-UBND)
tinh: Thái Bình
kinhPhi:
  - giaiDoan: "2013-2014"
    dong: 2200000000
  - giaiDoan: "2015"
    dong: 1800000000
tongBangChu: Sáu tỷ đồng
`;

describe('readYaml / writeYaml', () => {
  it('reads a roadmap document', () => {
    expect(readYaml(new TextEncoder().encode(roadmap))).toEqual({
      ok: true,
      value: {
        tinh: 'Thái Bình',
        kinhPhi: [
          { giaiDoan: '2013-2014', dong: 2_200_000_000 },
          { giaiDoan: '2015', dong: 1_800_000_000 },
        ],
        tongBangChu: 'Sáu tỷ đồng',
      },
      findings: [],
    });
  });

  it('keeps YAML 1.1 booleans and dates as strings (core schema)', () => {
    expect(readYaml('a: yes\nb: 2013-05-04\n')).toMatchObject({ ok: true, value: { a: 'yes', b: '2013-05-04' } });
  });

  it('reports syntax errors and duplicate keys with line and column', () => {
    const bad = readYaml('tinh: Hà Giang\nkinhPhi: [8, 7.2\n', { file: 'lo-trinh.yaml' });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error).toMatchObject({ ruleId: 'io/yaml-syntax', severity: 'error', location: { file: 'lo-trinh.yaml' } });
    expect(bad.error.location?.row).toBeGreaterThanOrEqual(2);
    const duplicate = readYaml('tinh: Hà Giang\ntinh: Tuyên Quang\n');
    expect(!duplicate.ok && duplicate.error).toMatchObject({ ruleId: 'io/yaml-syntax', location: { row: 2, column: '1' } });
  });

  it('refuses alias bombs ("billion laughs")', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i] ?? 'a'}`).join(',')}]`)].join('\n');
    const result = readYaml(bomb);
    expect(!result.ok && result.error.ruleId).toBe('io/yaml-syntax');
  });

  it('writes YAML that quotes ambiguous strings', () => {
    expect(writeYaml({ tinh: 'Lạng Sơn', ma: '001', tra: 'yes', so: 1.409 })).toBe('tinh: Lạng Sơn\nma: "001"\ntra: yes\nso: 1.409\n');
  });

  it('round-trips any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const expected: unknown = JSON.parse(JSON.stringify(value));
        const result = readYaml(new TextEncoder().encode(writeYaml(expected)));
        expect(result).toEqual({ ok: true, value: expected, findings: [] });
      }),
    );
  });

  it('never throws on random or truncated input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.nat(roadmap.length).map((n) => roadmap.slice(0, n)), fc.string()), (input) => {
        const result = readYaml(input);
        expect(result.ok || result.error.severity === 'error').toBe(true);
      }),
    );
  });
});
