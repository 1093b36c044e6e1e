import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalRoadmap } from '../__fixtures__/minimal-roadmap';
import { roadmapInputArbitrary } from '../__fixtures__/roadmap-arbitrary';
import { levelsBy, serviceTimelines } from '../analysis/service-timeline';
import { buildServiceIndex } from '../identity/service-index';
import { safeParseRoadmap } from '../model/parse-roadmap';
import type { Roadmap } from '../model/roadmap-schema';
import { countLevelsBy } from './count-levels-by';
import { roadmapFacts } from './roadmap-facts';
import { sharedServiceEvents } from './service-events';

function countsOf(roadmap: Roadmap) {
  const services = buildServiceIndex(roadmap);
  return { events: sharedServiceEvents(roadmap, services, roadmapFacts(roadmap, services)), timelines: serviceTimelines(roadmap, services) };
}

describe('countLevelsBy', () => {
  // Source 002 (Thái Bình): "33 services at level 3 by 2015" counts services at level 3 or higher.
  const roadmap = minimalRoadmap(
    [
      { service: 'Cấp giấy phép xây dựng', target_level: 3, due: 2014 },
      { service: 'Cấp giấy phép xây dựng', target_level: 4, due: 2016 },
      { service: 'Cấp phép hợp báo', target_class: 'full', due: '2015-06' },
      { service: 'Đăng ký nội quy lao động', target_level: 2, due: 2015 },
    ],
    { baseline: { services: [{ service: 'Cấp phép và khai thác nguồn nước', level: 3 }] } },
  );
  const { events } = countsOf(roadmap);

  it.each([
    { byDay: '2013-12-31', includeBaseline: true, atLeast: 1 },
    { byDay: '2015-12-31', includeBaseline: true, atLeast: 3 },
    { byDay: '2015-12-31', includeBaseline: false, atLeast: 2 },
    { byDay: '2016-12-31', includeBaseline: true, atLeast: 3 },
  ])('counts $atLeast services at level 3+ by $byDay (baseline: $includeBaseline)', ({ byDay, includeBaseline, atLeast }) => {
    expect(countLevelsBy(events, byDay, includeBaseline, (level) => level >= 3)).toBe(atLeast);
  });

  it('counts exactly level 4 by the highest level reached', () => {
    expect(countLevelsBy(events, '2015-12-31', true, (level) => level === 4)).toBe(1);
    expect(countLevelsBy(events, '2016-12-31', true, (level) => level === 4)).toBe(2);
  });

  it('counts as levelsBy does, on any roadmap', () => {
    fc.assert(
      fc.property(
        roadmapInputArbitrary,
        fc.constantFrom('2013-12-31', '2015-06-30', '2016-12-31', '2020-12-31'),
        fc.boolean(),
        fc.integer({ min: 1, max: 4 }),
        (input, byDay, includeBaseline, level) => {
          const parsed = safeParseRoadmap(input);
          if (!parsed.ok) return;
          const { events: all, timelines } = countsOf(parsed.value);
          const levels = [...levelsBy(timelines, byDay, includeBaseline).values()];
          expect(countLevelsBy(all, byDay, includeBaseline, (reached) => reached >= level)).toBe(levels.filter((reached) => reached >= level).length);
          expect(countLevelsBy(all, byDay, includeBaseline, (reached) => reached === level)).toBe(levels.filter((reached) => reached === level).length);
        },
      ),
      { numRuns: 150 },
    );
  });
});
