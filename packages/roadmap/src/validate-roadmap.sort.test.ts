import { createFinding, sortFindings, type Finding, type PointerSegment, type Severity } from '@egov/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalRoadmap } from './__fixtures__/minimal-roadmap';
import { builtinRules } from './rules/builtin-rules';
import { defineRule } from './rules/rule';
import { validateRoadmap } from './validate-roadmap';

// validateRoadmap sorts findings by comparing their pointers in place (no split): the order must be the
// one of sortFindings (@egov/core). Segments here are canonical numbers and texts that localeCompare
// tells apart, where the two orders are specified to agree.

const allOff = Object.fromEntries(builtinRules.map((rule) => [rule.id, 'off' as const]));
const message = { vi: 'Dịch vụ bị hạ mức độ', en: 'Service goes down a level' };
const roadmap = minimalRoadmap([{ service: 'Cấp giấy phép xây dựng', target_level: 3, due: 2015 }]);

interface Report {
  readonly rule: number;
  readonly path: readonly PointerSegment[];
}

const severities: readonly Severity[] = ['error', 'warning', 'info'];
const segment = fc.oneof(
  fc.nat({ max: 120 }),
  fc.constantFrom('entries', 'steps', 'services', 'service', 'stated_totals', 'due', '12', '3', 'a~b', 'x/y', 'Đăng ký', 'đăng', 'Dang', 'é', 'e', ''),
);
const reports = fc.array(fc.record({ rule: fc.integer({ min: 0, max: 2 }), path: fc.array(segment, { maxLength: 5 }) }), { maxLength: 40 });

/** Runs three plugin rules (one per severity) that report the given paths, in this order. */
function validated(list: readonly Report[]): { findings: Finding[]; emitted: Finding[] } {
  const emitted: Finding[] = [];
  const rules = severities.map((severity, rule) =>
    defineRule({
      id: `acme/rule-${String(2 - rule)}`,
      defaultSeverity: severity,
      description: message,
      defaultOptions: {},
      check: ({ report }) => {
        for (const item of list.filter((candidate) => candidate.rule === rule)) {
          report({ message, path: item.path });
          emitted.push(createFinding({ ruleId: `acme/rule-${String(2 - rule)}`, severity, message, path: item.path }));
        }
      },
    }),
  );
  const { findings } = validateRoadmap(roadmap, { rules: allOff, plugins: [{ name: 'acme', rules }] });
  return { findings, emitted };
}

describe('the order of findings', () => {
  it('puts errors first, then indices by number and texts by collation', () => {
    const { findings } = validated([
      { rule: 1, path: ['entries', 10, 'due'] },
      { rule: 1, path: ['entries', 9] },
      { rule: 0, path: ['steps', 2, 'services', 11] },
      { rule: 1, path: ['budgets', 0] },
      { rule: 1, path: ['entries', 9, 'due'] },
      { rule: 0, path: ['steps', 2, 'services', 2] },
    ]);
    expect(findings.map((finding) => `${finding.severity} ${finding.path}`)).toEqual([
      'error /steps/2/services/2',
      'error /steps/2/services/11',
      'warning /budgets/0',
      'warning /entries/9',
      'warning /entries/9/due',
      'warning /entries/10/due',
    ]);
  });

  it('is the order of sortFindings', () => {
    fc.assert(
      fc.property(reports, (list) => {
        const { findings, emitted } = validated(list);
        expect(findings).toEqual(sortFindings(emitted));
      }),
    );
  });
});
