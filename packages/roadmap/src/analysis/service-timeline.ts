import type { ServiceIndex } from '../identity/service-index';
import type { Roadmap } from '../model/roadmap-schema';
import { whenRange, type When, type WhenRange } from '../model/when';
import { dueDayOrder } from './due-day-order';
import { levelOf } from './level-of';

/** One scheduled (or baseline) level of a service. */
export interface TimelineEvent {
  /** `baseline` for services online before the roadmap; else the entry. */
  readonly source: 'baseline' | 'entry';
  /** Index into `baseline.services` or `entries`. */
  readonly index: number;
  /** Online level 1–4, or 3 for a partial and 4 for a full class when no level is given. */
  readonly level: number | undefined;
  /** First and last day of the due time (baseline: the empty string, before everything). */
  readonly dueStart: string;
  readonly dueEnd: string;
}

/**
 * Every service's events in time order: its baseline level first, then its entries by due date (ties
 * keep document order).
 *
 * @param roadmap - A parsed roadmap.
 * @param services - Its service index.
 * @returns Events per service id.
 * @example
 * ```ts
 * const timelines = serviceTimelines(roadmap, buildServiceIndex(roadmap));
 * timelines.get(0)?.map((event) => event.level); // e.g. [3, 4]
 * ```
 */
export function serviceTimelines(roadmap: Roadmap, services: ServiceIndex): Map<number, TimelineEvent[]> {
  const timelines = new Map<number, TimelineEvent[]>();
  const push = (serviceId: number, event: TimelineEvent): void => {
    const list = timelines.get(serviceId);
    if (list === undefined) timelines.set(serviceId, [event]);
    else list.push(event);
  };
  (roadmap.baseline?.services ?? []).forEach((service, index) => {
    const match = services.baseline[index];
    if (match === undefined) return;
    push(match.service.id, {
      source: 'baseline',
      index,
      level: levelOf(service.level, service.class),
      dueStart: '',
      dueEnd: '',
    });
  });
  // A roadmap repeats a handful of due times over thousands of entries: read each once.
  const ranges = new Map<When, WhenRange>();
  roadmap.entries.forEach((entry, index) => {
    const match = services.entries[index];
    if (match === undefined) return;
    let range = ranges.get(entry.due);
    if (range === undefined) {
      range = whenRange(entry.due);
      ranges.set(entry.due, range);
    }
    push(match.service.id, {
      source: 'entry',
      index,
      level: levelOf(entry.target_level, entry.target_class),
      dueStart: range.start,
      dueEnd: range.end,
    });
  });
  const order = dueDayOrder([...ranges.values()].map((range) => range.end));
  for (const events of timelines.values()) if (events.length > 1) events.sort((a, b) => order(a.dueEnd, b.dueEnd));
  return timelines;
}

/**
 * The highest level each service has reached by a day (inclusive), counting the baseline.
 *
 * @param timelines - From {@link serviceTimelines}.
 * @param byDay - ISO day; entries due on or before it count.
 * @param includeBaseline - Whether baseline levels count (default true).
 * @returns Service id → highest level reached (services with none are absent).
 * @example
 * ```ts
 * levelsBy(timelines, '2015-12-31').size; // services with a level by the end of 2015
 * ```
 */
export function levelsBy(
  timelines: ReadonlyMap<number, readonly TimelineEvent[]>,
  byDay: string,
  includeBaseline = true,
): Map<number, number> {
  const levels = new Map<number, number>();
  for (const [serviceId, events] of timelines) {
    for (const event of events) {
      if (event.level === undefined) continue;
      if (event.source === 'baseline' && !includeBaseline) continue;
      if (event.dueEnd > byDay) continue;
      levels.set(serviceId, Math.max(levels.get(serviceId) ?? 0, event.level));
    }
  }
  return levels;
}

const shared = new WeakMap<ServiceIndex, { readonly roadmap: Roadmap; readonly timelines: ReadonlyMap<number, readonly TimelineEvent[]> }>();

/**
 * {@link serviceTimelines}, computed once per roadmap and service index: several rules of one validation
 * read the same timelines, and none changes them (hence the read-only type).
 *
 * @param roadmap - A parsed roadmap.
 * @param services - Its service index.
 * @returns Events per service id, shared by every caller with the same roadmap and index.
 * @example
 * ```ts
 * sharedServiceTimelines(roadmap, services) === sharedServiceTimelines(roadmap, services); // true
 * ```
 */
export function sharedServiceTimelines(roadmap: Roadmap, services: ServiceIndex): ReadonlyMap<number, readonly TimelineEvent[]> {
  const known = shared.get(services);
  if (known?.roadmap === roadmap) return known.timelines;
  const timelines = serviceTimelines(roadmap, services);
  shared.set(services, { roadmap, timelines });
  return timelines;
}
