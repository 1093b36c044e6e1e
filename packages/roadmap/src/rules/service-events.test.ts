import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalRoadmap } from '../__fixtures__/minimal-roadmap';
import { roadmapInputArbitrary } from '../__fixtures__/roadmap-arbitrary';
import { serviceTimelines, type TimelineEvent } from '../analysis/service-timeline';
import { buildServiceIndex } from '../identity/service-index';
import { safeParseRoadmap } from '../model/parse-roadmap';
import type { Roadmap } from '../model/roadmap-schema';
import { roadmapFacts } from './roadmap-facts';
import { sharedServiceEvents, type ServiceEvents } from './service-events';

/** The events of {@link ServiceEvents}, in the shape of `serviceTimelines`. */
function asTimelines(events: ServiceEvents): Map<number, TimelineEvent[]> {
  const timelines = new Map<number, TimelineEvent[]>();
  events.serviceIds.forEach((serviceId, slot) => {
    const list: TimelineEvent[] = [];
    for (let at = events.starts[slot] ?? 0; at < (events.starts[slot + 1] ?? 0); at += 1) {
      const item = events.items[at] ?? 0;
      const baseline = item < events.baselineCount;
      list.push({
        source: baseline ? 'baseline' : 'entry',
        index: baseline ? item : item - events.baselineCount,
        level: events.levels[item],
        dueStart: '',
        dueEnd: events.days[events.dayOf[item] ?? 0] ?? '',
      });
    }
    timelines.set(serviceId, list);
  });
  return timelines;
}

/** `serviceTimelines` without the first due days, which the events do not keep. */
function withoutDueStart(timelines: ReadonlyMap<number, readonly TimelineEvent[]>): [number, TimelineEvent[]][] {
  return [...timelines].map(([id, list]) => [id, list.map((event) => ({ ...event, dueStart: '' }))]);
}

function eventsOf(roadmap: Roadmap): { events: ServiceEvents; timelines: Map<number, TimelineEvent[]> } {
  const services = buildServiceIndex(roadmap);
  return { events: sharedServiceEvents(roadmap, services, roadmapFacts(roadmap, services)), timelines: serviceTimelines(roadmap, services) };
}

describe('sharedServiceEvents', () => {
  it('orders a service by due day after its baseline level (source 002, Thái Bình)', () => {
    const roadmap = minimalRoadmap(
      [
        { service: 'Cấp giấy phép xây dựng', target_level: 4, due: 2016 },
        { service: 'Cấp phép hợp báo', target_level: 3, due: '2014-06' },
        { service: 'CẤP GIẤY PHÉP XÂY DỰNG', target_level: 3, due: 2014 },
      ],
      { baseline: { services: [{ service: 'Cấp giấy phép xây dựng', level: 2 }] } },
    );
    const { events } = eventsOf(roadmap);
    expect([...events.serviceIds]).toEqual([0, 1]);
    const first = [...events.items.subarray(events.starts[0], events.starts[1])];
    // Baseline service 0 (item 0), then entry 2 (2014), then entry 0 (2016).
    expect(first).toEqual([0, 3, 1]);
    expect(first.map((item) => events.days[events.dayOf[item] ?? 0])).toEqual(['', '2014-12-31', '2016-12-31']);
  });

  it('is computed once per roadmap and service index', () => {
    const roadmap = minimalRoadmap([{ service: 'Cấp phép hợp báo', target_level: 3, due: 2014 }]);
    const services = buildServiceIndex(roadmap);
    const facts = roadmapFacts(roadmap, services);
    expect(sharedServiceEvents(roadmap, services, facts)).toBe(sharedServiceEvents(roadmap, services, facts));
  });

  it('holds the events of serviceTimelines, services and events in the same order', () => {
    fc.assert(
      fc.property(roadmapInputArbitrary, (input) => {
        const parsed = safeParseRoadmap(input);
        if (!parsed.ok) return;
        const { events, timelines } = eventsOf(parsed.value);
        expect(withoutDueStart(asTimelines(events))).toEqual(withoutDueStart(timelines));
      }),
      { numRuns: 150 },
    );
  });
});
