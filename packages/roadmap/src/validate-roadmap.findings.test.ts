import { createFinding, type PointerSegment } from '@egov/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRules } from './rules/builtin-rules';
import { defineRule } from './rules/rule';
import { validateRoadmap } from './validate-roadmap';

// validateRoadmap builds the findings of rule reports itself (no intermediate objects): they must be
// exactly what createFinding of @egov/core builds, path encoding (RFC 6901) included.

const roadmap = {
  decision: { number: '818/QĐ-UBND', date: '2013-05-04' },
  province: 'Thái Bình',
  period: { start: 2013, end: 2015 },
  entries: [{ service: 'Cấp giấy phép xây dựng', due: 2015, target_level: 3 }],
};
const allOff = Object.fromEntries(builtinRules.map((rule) => [rule.id, 'off' as const]));
const message = { vi: 'Tổng không khớp', en: 'Total does not match' };

function reported(path: readonly PointerSegment[], data: Readonly<Record<string, unknown>> | undefined): unknown {
  const rule = defineRule({
    id: 'acme/report-once',
    defaultSeverity: 'warning',
    description: message,
    defaultOptions: {},
    check: ({ report }) => {
      report(data === undefined ? { message, path } : { message, path, data });
    },
  });
  const { findings } = validateRoadmap(roadmap, { rules: allOff, plugins: [{ name: 'acme', rules: [rule] }] });
  expect(findings).toHaveLength(1);
  return findings[0];
}

describe('findings of rule reports', () => {
  it('encode ~ and / in path segments as RFC 6901 does', () => {
    const finding = reported(['entries', 0, 'as_printed', 'a/b~c'], { stated: 33 });
    expect(finding).toStrictEqual({
      ruleId: 'acme/report-once',
      severity: 'warning',
      message,
      path: '/entries/0/as_printed/a~1b~0c',
      data: { stated: 33 },
    });
    expect(Object.isFrozen(finding)).toBe(true);
  });

  it('are what createFinding builds, for any path and data', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('~', '/', '~1', '/~0/', 'entries'), fc.nat(), fc.integer()), { maxLength: 5 }),
        fc.option(fc.dictionary(fc.string({ maxLength: 3 }), fc.integer()), { nil: undefined }),
        (path, data) => {
          const finding = reported(path, data);
          const expected = createFinding({
            ruleId: 'acme/report-once',
            severity: 'warning',
            message,
            path,
            ...(data === undefined ? {} : { data }),
          });
          expect(finding).toStrictEqual(expected);
          expect(JSON.stringify(finding)).toBe(JSON.stringify(expected));
          expect(Object.isFrozen(finding)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
