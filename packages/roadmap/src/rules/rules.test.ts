import { describe, expect, it } from 'vitest';
import { minimalRoadmap } from '../__fixtures__/minimal-roadmap';
import type { Entry, Roadmap } from '../model/roadmap-schema';
import { validateRoadmap, type ValidationConfig } from '../validate-roadmap';

function findingsOf(ruleId: string, roadmap: Roadmap, config: ValidationConfig = {}) {
  const result = validateRoadmap(roadmap, config);
  expect(result.findings.filter((f) => f.ruleId === 'roadmap/schema' || f.ruleId === 'roadmap/config')).toEqual([]);
  return result.findings.filter((finding) => finding.ruleId === ruleId);
}

const entry = (service: string, target_level: number, due: number | string, more: Partial<Entry> = {}): Entry => ({
  service,
  target_level,
  due,
  ...more,
});

describe('roadmap/level-down', () => {
  it('flags a later entry at a lower level', () => {
    const found = findingsOf(
      'roadmap/level-down',
      minimalRoadmap([entry('Cấp giấy phép xây dựng', 4, 2014), entry('Cấp giấy phép xây dựng', 3, 2016)]),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.path).toBe('/entries/1/target_level');
    expect(found[0]?.data).toMatchObject({ from: 4, to: 3 });
  });
  it('flags a level below the baseline', () => {
    const roadmap = minimalRoadmap([entry('Cấp phép hợp báo', 2, 2014)], {
      baseline: { services: [{ service: 'Cấp phép hợp báo', level: 3 }] },
    });
    expect(findingsOf('roadmap/level-down', roadmap).map((f) => f.path)).toEqual(['/entries/0/target_level']);
  });
  it('points at target_class when the entry gives a class, not a level (found by the property tests)', () => {
    const roadmap = minimalRoadmap([
      entry('Cấp giấy phép xây dựng', 4, 2014),
      { service: 'Cấp giấy phép xây dựng', target_class: 'partial', due: 2016 },
    ]);
    expect(findingsOf('roadmap/level-down', roadmap).map((f) => f.path)).toEqual(['/entries/1/target_class']);
    // A Decree 42/2022 class entry is not a level: level-four-without-three never fires on it, in any scope.
    const fullOnly = minimalRoadmap([{ service: 'Cấp giấy phép xây dựng', target_class: 'full', due: 2014 }]);
    expect(findingsOf('roadmap/level-four-without-three', fullOnly)).toEqual([]);
    const all: ValidationConfig = { rules: { 'roadmap/level-four-without-three': ['warn', { scope: 'all' }] } };
    expect(findingsOf('roadmap/level-four-without-three', fullOnly, all)).toEqual([]);
  });
  it('passes a service that only goes up', () => {
    const roadmap = minimalRoadmap([entry('Cấp giấy phép xây dựng', 3, 2014), entry('Cấp giấy phép xây dựng', 4, 2016)]);
    expect(findingsOf('roadmap/level-down', roadmap)).toEqual([]);
  });
});

describe('roadmap/level-four-without-three', () => {
  const upgrade = entry('Xác nhận hợp đồng văn bản về bất động sản', 4, 2020, { from_level: 3 });
  it('flags an upgrade "from level 3" of a service never at level 3 (source 002)', () => {
    const found = findingsOf('roadmap/level-four-without-three', minimalRoadmap([upgrade]));
    expect(found).toHaveLength(1);
    expect(found[0]?.data).toMatchObject({ upgrade: true });
    expect(found[0]?.message.vi).toContain('từ mức độ 3 lên mức độ 4');
  });
  it('passes when level 3 is scheduled earlier or in the baseline', () => {
    const earlier = minimalRoadmap([entry(upgrade.service, 3, 2015), upgrade]);
    expect(findingsOf('roadmap/level-four-without-three', earlier)).toEqual([]);
    const baseline = minimalRoadmap([upgrade], { baseline: { services: [{ service: upgrade.service, level: 3 }] } });
    expect(findingsOf('roadmap/level-four-without-three', baseline)).toEqual([]);
  });
  it('checks only upgrades by default: a service scheduled directly at level 4 is lawful; scope "all" reports it', () => {
    const direct = minimalRoadmap([entry('Cấp phép hợp báo', 4, 2014)]);
    expect(findingsOf('roadmap/level-four-without-three', direct)).toEqual([]);
    const config: ValidationConfig = { rules: { 'roadmap/level-four-without-three': ['warn', { scope: 'all' }] } };
    const found = findingsOf('roadmap/level-four-without-three', direct, config);
    expect(found.map((f) => [f.path, f.data?.upgrade])).toEqual([['/entries/0/target_level', false]]);
  });
});

describe('roadmap/entry-outside-period', () => {
  it('flags an entry due after the period and outside its phase', () => {
    const roadmap = minimalRoadmap(
      [entry('Cấp phép hợp báo', 3, 2021), entry('Đăng kí nội quy lao động', 4, 2016, { phase: '2013-2015' })],
      { phases: [{ id: '2013-2015', start: 2013, end: 2015 }] },
    );
    const found = findingsOf('roadmap/entry-outside-period', roadmap);
    expect(found.map((f) => f.path)).toEqual(['/entries/0/due', '/entries/1/due']);
  });
  it('flags an unknown phase and passes entries inside', () => {
    const roadmap = minimalRoadmap(
      [entry('Cấp phép hợp báo', 3, '2014-06', { phase: '2013-2015' }), entry('Gia hạn giấy phép xây dựng', 3, 2014, { phase: 'x' })],
      { phases: [{ id: '2013-2015', start: 2013, end: 2015 }] },
    );
    expect(findingsOf('roadmap/entry-outside-period', roadmap).map((f) => f.path)).toEqual(['/entries/1/phase']);
  });
});

describe('roadmap/duplicate-entry', () => {
  it('flags the same service twice in a year, written differently', () => {
    const roadmap = minimalRoadmap([
      entry('Cấp giấy phép xây dựng', 3, 2014),
      entry('Cấp phép hợp báo', 3, 2014),
      entry('cấp Giấy phép xây dựng;', 3, 2014),
    ]);
    const found = findingsOf('roadmap/duplicate-entry', roadmap);
    expect(found.map((f) => f.path)).toEqual(['/entries/2']);
    expect(found[0]?.data).toMatchObject({ duplicateOf: '/entries/0' });
  });
  it('passes the same service at another level or year', () => {
    const roadmap = minimalRoadmap([entry('Cấp giấy phép xây dựng', 3, 2014), entry('Cấp giấy phép xây dựng', 4, 2016)]);
    expect(findingsOf('roadmap/duplicate-entry', roadmap)).toEqual([]);
  });
});

describe('roadmap/stated-total-mismatch', () => {
  const roadmap = (value: number): Roadmap =>
    minimalRoadmap([entry('A b c', 3, 2014), entry('D e f', 4, 2015), entry('G h i', 3, 2016)], {
      baseline: { services: [{ service: 'X y z', level: 3 }] },
      stated_totals: [{ kind: 'services', level: 3, by: 2015, value }],
    });
  it('counts baseline and entries at level 3 or higher by the date', () => {
    expect(findingsOf('roadmap/stated-total-mismatch', roadmap(3))).toEqual([]);
  });
  it('reports the difference', () => {
    const found = findingsOf('roadmap/stated-total-mismatch', roadmap(5));
    expect(found[0]?.path).toBe('/stated_totals/0/value');
    expect(found[0]?.data).toMatchObject({ stated: 5, computed: 3, difference: 2 });
  });
});

describe('roadmap/step-mismatch and roadmap/step-after-due', () => {
  const entries = [entry('Cấp giấy phép xây dựng', 3, 2013), entry('Cấp phép hợp báo', 4, 2014), entry('Gia hạn giấy phép xây dựng', 3, 2015)];
  it('passes steps that name every entry within the schedule', () => {
    const roadmap = minimalRoadmap(entries, {
      steps: [
        { from: '2013-01', to: '2013-12', action: 'x', services: ['Cấp giấy phép xây dựng', 'Cấp phép hợp báo'], stated_count: 2 },
        { from: '2015-01', to: '2015-12', action: 'y', services: ['Gia hạn giấy phép xây dựng'] },
      ],
    });
    expect(findingsOf('roadmap/step-mismatch', roadmap)).toEqual([]);
    expect(findingsOf('roadmap/step-after-due', roadmap)).toEqual([]);
  });
  it('flags a wrong count, an unknown service, an uncovered entry and a late step', () => {
    const roadmap = minimalRoadmap(entries, {
      steps: [{ from: '2013-01', to: '2014-06', action: 'x', services: ['Cấp giấy phép xây dựng', 'Cấp phép in'], stated_count: 3 }],
    });
    const found = findingsOf('roadmap/step-mismatch', roadmap);
    expect(found.map((f) => f.path)).toEqual(['/entries/1', '/steps/0/services/1', '/steps/0/stated_count']);
    expect(findingsOf('roadmap/step-after-due', roadmap).map((f) => f.path)).toEqual(['/steps/0/services/0']);
  });
});

describe('roadmap/target-unreachable and roadmap/below-national-target', () => {
  const roadmap = minimalRoadmap([entry('A b c', 3, 2014), entry('D e f', 4, 2016)], {
    baseline: { procedures: { total: 10 } },
    targets: [
      { kind: 'share', level: 3, value: 0.5, by: 2017 },
      { kind: 'count', level: 4, value: 1, by: 2016 },
    ],
  });
  it('reports a share target the listed services cannot reach, with numerator and denominator', () => {
    const found = findingsOf('roadmap/target-unreachable', roadmap);
    expect(found.map((f) => f.path)).toEqual(['/targets/0']);
    expect(found[0]?.data).toMatchObject({ numerator: 2, denominator: 10, needed: 5 });
  });
  it('cites the national target it checks against', () => {
    const found = findingsOf('roadmap/below-national-target', roadmap, {
      references: { nationalTargets: [{ source: 'NQ 17/NQ-CP', level: 4, share: 0.3, by: 2020 }] },
    });
    expect(found).toHaveLength(1);
    expect(found[0]?.message.en).toContain('NQ 17/NQ-CP');
  });
});

describe('roadmap/agency-minimum and reference rules', () => {
  const roadmap = minimalRoadmap(
    [
      entry('A b c', 3, 2014, { lead_agency: 'Sở Y tế' }),
      entry('D e f', 3, 2015, { lead_agency: 'Sở Y tế' }),
      entry('G h i', 3, 2015, { lead_agency: 'Sở Xây dựng', co_agencies: ['Sở Ngoại vụ'] }),
    ],
    { targets: [{ kind: 'agency-minimum', level: 3, value: 2, by: 2020 }] },
  );
  const agencies = ['Sở Y tế', 'Sở Xây dựng', 'Sở Tư pháp'];
  it('lists every agency below the minimum', () => {
    const found = findingsOf('roadmap/agency-minimum', roadmap, { references: { agencies } });
    expect(found.map((f) => f.data?.agency)).toEqual(['Sở Xây dựng', 'Sở Tư pháp']);
  });
  it('counts co-processing agencies, and skips agencies the lists name with scope "remaining" (source 003)', () => {
    const haGiangStyle = minimalRoadmap(
      [
        entry('Đăng ký kinh doanh', 3, 2015, { lead_agency: 'Sở Thông tin và Truyền thông', co_agencies: ['Sở Kế hoạch và Đầu tư'] }),
        entry('Cấp giấy phép đầu tư', 3, 2015, { lead_agency: 'Sở Thông tin và Truyền thông', co_agencies: ['Sở Kế hoạch và Đầu tư'] }),
        entry('Cấp giấy phép xây dựng', 3, 2015, { lead_agency: 'Sở Thông tin và Truyền thông', co_agencies: ['Sở Xây dựng'] }),
      ],
      { targets: [{ kind: 'agency-minimum', level: 3, value: 2, by: 2020 }] },
    );
    const registry = ['Sở Kế hoạch và Đầu tư', 'Sở Xây dựng', 'Sở Tư pháp'];
    const all = findingsOf('roadmap/agency-minimum', haGiangStyle, { references: { agencies: registry } });
    expect(all.map((f) => f.data)).toEqual([
      { agency: 'Sở Xây dựng', count: 1, minimum: 2 },
      { agency: 'Sở Tư pháp', count: 0, minimum: 2 },
    ]);
    const remaining = minimalRoadmap(haGiangStyle.entries, {
      targets: [{ kind: 'agency-minimum', scope: 'remaining', level: 3, value: 2, by: 2020 }],
    });
    expect(findingsOf('roadmap/agency-minimum', remaining, { references: { agencies: registry } }).map((f) => f.data?.agency)).toEqual([
      'Sở Tư pháp',
    ]);
  });

  it('says it could not check without a registry', () => {
    expect(findingsOf('roadmap/agency-minimum', roadmap)[0]?.data).toMatchObject({ missing: 'agencies' });
  });
  it('flags agencies outside the registry and services outside the catalogue', () => {
    expect(findingsOf('roadmap/unknown-agency', roadmap, { references: { agencies } }).map((f) => f.path)).toEqual([
      '/entries/2/co_agencies/0',
    ]);
    const catalogue = [{ name: 'A b c' }, { name: 'D e f' }];
    expect(findingsOf('roadmap/unknown-procedure', roadmap, { references: { catalogue } }).map((f) => f.path)).toEqual([
      '/entries/2/service',
    ]);
  });
});

describe('service identity', () => {
  it('links a typo to the listed service and says so (source 003 "Gấp phép")', () => {
    const roadmap = minimalRoadmap([
      entry('Cấp phép và khai thác nguồn nước', 3, 2015),
      entry('Gấp phép và khai thác nguồn nước', 4, 2020),
    ]);
    const result = validateRoadmap(roadmap);
    expect(result.services?.services).toHaveLength(1);
    const variant = result.findings.filter((f) => f.ruleId === 'roadmap/service-name-variant');
    expect(variant.map((f) => f.path)).toEqual(['/entries/1/service']);
    expect(variant[0]?.severity).toBe('info');
  });
  it('keeps different services with similar names apart', () => {
    const roadmap = minimalRoadmap([
      entry('Cấp Giấy chứng nhận đầu tư nước ngoài vốn dưới 300 tỷ đồng', 3, 2014),
      entry('Cấp Giấy chứng nhận đầu tư trong nước vốn dưới 300 tỷ đồng', 3, 2015),
      entry('Cung cấp thông tin đất đai (đối với tài liệu Trích lục bản đồ địa chính)', 3, 2015),
      entry('Cung cấp thông tin đất đai (đối với tài liệu Trích sao hồ sơ địa chính)', 3, 2015),
    ]);
    expect(validateRoadmap(roadmap).services?.services).toHaveLength(4);
  });
});

describe('configuration and plugins', () => {
  it('reports unknown rules, bad levels and unknown options as config findings', () => {
    const result = validateRoadmap(minimalRoadmap([]), {
      rules: {
        'roadmap/nope': 'error',
        'roadmap/level-down': 'loud' as 'error',
        'roadmap/step-mismatch': ['warn', { coverage: true }],
      },
    });
    expect(result.findings.filter((f) => f.ruleId === 'roadmap/config').map((f) => f.message.en).sort()).toEqual([
      'Rule "roadmap/level-down": level must be off, info, warn/warning or error; found "loud"',
      'Rule "roadmap/step-mismatch" has no option "coverage" (options: requireCoverage)',
      'Unknown rule "roadmap/nope" in the configuration',
    ]);
  });
  it('runs plugin rules, applies levels, and survives a rule that throws', () => {
    const result = validateRoadmap(minimalRoadmap([entry('A b c', 3, 2014)]), {
      plugins: [
        {
          name: 'acme',
          rules: [
            {
              id: 'acme/lead-agency-required',
              defaultSeverity: 'warning',
              description: { vi: 'Thiếu cơ quan chủ trì', en: 'Missing lead agency' },
              defaultOptions: {},
              check: ({ roadmap, report }) => {
                roadmap.entries.forEach((e, i) => {
                  if (e.lead_agency === undefined) report({ message: { vi: 'Thiếu', en: 'Missing' }, path: ['entries', i] });
                });
              },
            },
            {
              id: 'acme/broken',
              defaultSeverity: 'error',
              description: { vi: 'x', en: 'x' },
              defaultOptions: {},
              check: () => {
                throw new Error('boom');
              },
            },
          ],
        },
      ],
      rules: { 'acme/lead-agency-required': 'error' },
    });
    const byRule = Object.fromEntries(result.findings.map((f) => [f.ruleId, f]));
    expect(byRule['acme/lead-agency-required']).toMatchObject({ severity: 'error', path: '/entries/0' });
    expect(byRule['roadmap/rule-failed']?.message.en).toBe('Rule "acme/broken" failed: boom');
  });
  it('turns a rule off', () => {
    const roadmap = minimalRoadmap([entry('A b c', 4, 2014), entry('A b c', 3, 2016)]);
    expect(validateRoadmap(roadmap, { rules: { 'roadmap/level-down': 'off' } }).findings.some((f) => f.ruleId === 'roadmap/level-down')).toBe(false);
  });
});
