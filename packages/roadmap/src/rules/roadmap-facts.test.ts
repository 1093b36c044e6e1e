import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalRoadmap } from '../__fixtures__/minimal-roadmap';
import { roadmapInputArbitrary } from '../__fixtures__/roadmap-arbitrary';
import { serviceTimelines } from '../analysis/service-timeline';
import { buildServiceIndex } from '../identity/service-index';
import { safeParseRoadmap } from '../model/parse-roadmap';
import { whenRange, whenYear } from '../model/when';
import * as api from '../index';
import { roadmapFacts } from './roadmap-facts';

// Source 002 (Thái Bình): a service listed for 2013, its upgrade due in June 2016, steps naming both.
const roadmap = minimalRoadmap(
  [
    { id: '1', service: 'Cấp giấy phép xây dựng', target_level: 3, due: 2013 },
    { id: '2', service: 'Cấp phép và khai thác nguồn nước', target_level: 3, due: '2014-02' },
    { id: '1', service: 'Cấp giấy phép xây dựng', target_level: 4, due: '2016-06' },
  ],
  {
    steps: [
      { from: '2013-01', to: '2013-12', action: 'Xây dựng dịch vụ công trực tuyến', services: ['Cấp giấy phép xây dựng', 'Gấp phép và khai thác nguồn nước'] },
      { from: 2014, to: 2014, action: 'Triển khai', services: ['Cấp giấy chứng nhận đăng ký kinh doanh'] },
    ],
  },
);
const services = buildServiceIndex(roadmap);

describe('roadmapFacts', () => {
  it('gives the due days and years of the entries', () => {
    const facts = roadmapFacts(roadmap, services);
    expect(facts.entryDue).toEqual([
      { start: '2013-01-01', end: '2013-12-31' },
      { start: '2014-02-01', end: '2014-02-28' },
      { start: '2016-06-01', end: '2016-06-30' },
    ]);
    expect(facts.entryDueYear).toEqual([2013, 2014, 2016]);
  });

  it('indexes the first entry of each id', () => {
    expect([...roadmapFacts(roadmap, services).entryIndexById]).toEqual([
      ['1', 0],
      ['2', 1],
    ]);
  });

  it('resolves the names of the steps once, as the service index does', () => {
    const facts = roadmapFacts(roadmap, services);
    expect(facts.stepMatches).toEqual([
      [services.resolve('Cấp giấy phép xây dựng'), services.resolve('Gấp phép và khai thác nguồn nước')],
      [undefined],
    ]);
    expect(facts.stepMatches[0]?.[1]?.method).toBe('near');
    expect(facts.stepServiceIds.map((ids) => [...ids])).toEqual([[0, 1], [-1]]);
    expect([...facts.entryServiceIds]).toEqual([0, 1, 0]);
    expect(facts.stepMatches).toBe(facts.stepMatches);
    expect(facts.resolve('Cấp phép và khai thác nguồn nước')).toBe(facts.resolve('Cấp phép và khai thác nguồn nước'));
  });

  it('gives the timelines of serviceTimelines', () => {
    expect([...roadmapFacts(roadmap, services).timelines]).toEqual([...serviceTimelines(roadmap, services)]);
  });

  it('agrees with whenRange, whenYear and the service index on any roadmap', () => {
    fc.assert(
      fc.property(roadmapInputArbitrary, (input) => {
        const parsed = safeParseRoadmap(input);
        if (!parsed.ok) return;
        const index = buildServiceIndex(parsed.value);
        const facts = roadmapFacts(parsed.value, index);
        expect(facts.entryDue).toEqual(parsed.value.entries.map((entry) => whenRange(entry.due)));
        expect(facts.entryDueYear).toEqual(parsed.value.entries.map((entry) => whenYear(entry.due)));
        expect([...facts.entryServiceIds]).toEqual(index.entries.map((match) => match.service.id));
        expect(facts.stepMatches).toEqual((parsed.value.steps ?? []).map((step) => (step.services ?? []).map((name) => index.resolve(name))));
      }),
      { numRuns: 100 },
    );
  });
});

describe('a plugin rule tested on its own, with a context built from the public API', () => {
  it('reports what validateRoadmap reports for it', () => {
    const unknownStepService = api.defineRule({
      id: 'acme/step-unknown-service',
      defaultSeverity: 'warning',
      description: { vi: 'Bước nêu dịch vụ không có trong lộ trình', en: 'Step names a service not in the roadmap' },
      defaultOptions: {},
      check: ({ facts, report }) => {
        facts.stepServiceIds.forEach((ids, step) => {
          ids.forEach((id, name) => {
            if (id < 0) report({ message: { vi: 'Dịch vụ lạ', en: 'Unknown service' }, path: ['steps', step, 'services', name] });
          });
        });
      },
    });
    const index = api.buildServiceIndex(roadmap);
    const paths: string[] = [];
    unknownStepService.check({
      roadmap,
      services: index,
      references: {},
      options: {},
      facts: api.roadmapFacts(roadmap, index),
      report: (found) => paths.push(`/${found.path.join('/')}`),
    });
    // "Cấp giấy chứng nhận đăng ký kinh doanh" (step 1) is not in the list; "Gấp phép …" is a near match.
    expect(paths).toEqual(['/steps/1/services/0']);
    const { findings } = api.validateRoadmap(roadmap, { plugins: [{ name: 'acme', rules: [unknownStepService] }] });
    expect(findings.filter((finding) => finding.ruleId === 'acme/step-unknown-service').map((finding) => finding.path)).toEqual(paths);
  });
});
