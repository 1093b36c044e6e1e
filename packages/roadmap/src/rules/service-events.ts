import { dueDayOrder } from '../analysis/due-day-order';
import { levelOf } from '../analysis/level-of';
import type { ServiceIndex } from '../identity/service-index';
import type { Roadmap } from '../model/roadmap-schema';
import type { RoadmapFacts } from './roadmap-facts';

/**
 * The events of `serviceTimelines` (every baseline service and entry, grouped by service, in time order)
 * in flat arrays: the same services in the same order and the same events in the same order, without a
 * map of 100 000 event objects, which the level rules would build on every validation of a large roadmap.
 * Item `i` is baseline service `i` when `i < baselineCount`, else entry `i - baselineCount`.
 */
export interface ServiceEvents {
  readonly baselineCount: number;
  /** Service ids, in the order of the map of `serviceTimelines` (first listed first). */
  readonly serviceIds: Int32Array;
  /** The events of the service at position `k` are `items[starts[k]]` to `items[starts[k + 1] - 1]`. */
  readonly starts: Int32Array;
  /** Items, grouped by service and ordered by last due day (ties in document order). */
  readonly items: Int32Array;
  /** Each item's level (`undefined` when it has none). */
  readonly levels: readonly (number | undefined)[];
  /** The distinct last due days (the empty string for baseline services). */
  readonly days: readonly string[];
  /** Each item's last due day, as an index into {@link ServiceEvents.days}. */
  readonly dayOf: Int32Array;
}

const shared = new WeakMap<ServiceIndex, { readonly roadmap: Roadmap; readonly events: ServiceEvents }>();

/**
 * The {@link ServiceEvents} of a roadmap, computed once per roadmap and service index (the level rules of
 * one validation share them).
 *
 * @param roadmap - A parsed roadmap.
 * @param services - Its service index.
 * @param facts - The validation's facts (due days of the entries).
 * @returns The events.
 * @example
 * ```ts
 * const events = sharedServiceEvents(roadmap, services, facts);
 * events.serviceIds.length; // the number of services with an event
 * ```
 */
export function sharedServiceEvents(roadmap: Roadmap, services: ServiceIndex, facts: RoadmapFacts): ServiceEvents {
  const known = shared.get(services);
  if (known?.roadmap === roadmap) return known.events;
  const events = serviceEvents(roadmap, services, facts);
  shared.set(services, { roadmap, events });
  return events;
}

function serviceEvents(roadmap: Roadmap, services: ServiceIndex, facts: RoadmapFacts): ServiceEvents {
  const baseline = roadmap.baseline?.services ?? [];
  const baselineCount = baseline.length;
  // Filled by push, not preallocated: a preallocated array of 100 000 holes is slow to fill and read.
  const levels: (number | undefined)[] = [];
  for (const service of baseline) levels.push(levelOf(service.level, service.class));
  for (const entry of roadmap.entries) levels.push(levelOf(entry.target_level, entry.target_class));
  const itemServiceIds = new Int32Array(levels.length);
  baseline.forEach((_, index) => {
    itemServiceIds[index] = services.baseline[index]?.service.id ?? -1;
  });
  itemServiceIds.set(facts.entryServiceIds, baselineCount);
  const { days, dayOf } = dueDays(baselineCount, facts.entryDue.map((due) => due.end));

  // Services numbered in order of first listing (the map's insertion order), and their event counts.
  const slotOf = new Int32Array(services.services.length).fill(-1);
  const serviceIds: number[] = [];
  const counts: number[] = [];
  const itemSlots = new Int32Array(levels.length).fill(-1);
  itemServiceIds.forEach((id, item) => {
    if (id < 0) return;
    let slot = slotOf[id] ?? -1;
    if (slot < 0) {
      slot = serviceIds.length;
      slotOf[id] = slot;
      serviceIds.push(id);
      counts.push(0);
    }
    itemSlots[item] = slot;
    counts[slot] = (counts[slot] ?? 0) + 1;
  });
  const starts = new Int32Array(serviceIds.length + 1);
  counts.forEach((count, slot) => {
    starts[slot + 1] = (starts[slot] ?? 0) + count;
  });
  const next = starts.slice(0, serviceIds.length);
  const items = new Int32Array(starts[serviceIds.length] ?? 0);
  itemSlots.forEach((slot, item) => {
    if (slot < 0) return;
    const at = next[slot] ?? 0;
    items[at] = item;
    next[slot] = at + 1;
  });
  sortGroups(items, starts, dayRanks(days, dayOf));
  return { baselineCount, serviceIds: Int32Array.from(serviceIds), starts, items, levels, days, dayOf };
}

/** The distinct last due days, the baseline's empty one first, and each item's day among them. */
function dueDays(baselineCount: number, entryDays: readonly string[]): { days: string[]; dayOf: Int32Array } {
  const days = [''];
  const indexOf = new Map([['', 0]]);
  const dayOf = new Int32Array(baselineCount + entryDays.length);
  entryDays.forEach((day, index) => {
    let at = indexOf.get(day);
    if (at === undefined) {
      at = days.length;
      days.push(day);
      indexOf.set(day, at);
    }
    dayOf[baselineCount + index] = at;
  });
  return { days, dayOf };
}

/** Each item's place in the order of `serviceTimelines` (days the order finds equal share one). */
function dayRanks(days: readonly string[], dayOf: Int32Array): Int32Array {
  const order = dueDayOrder(days);
  const sorted = days.map((_, index) => index).sort((a, b) => order(days[a] ?? '', days[b] ?? ''));
  const rankOfDay = new Int32Array(days.length);
  sorted.forEach((day, place) => {
    const previous = sorted[place - 1];
    const same = previous !== undefined && order(days[previous] ?? '', days[day] ?? '') === 0;
    rankOfDay[day] = same ? (rankOfDay[previous] ?? 0) : place;
  });
  return dayOf.map((day) => rankOfDay[day] ?? 0);
}

/** Above this many events, a service's events are sorted by `Array.prototype.sort` (insertion sort is quadratic). */
const insertionSortLimit = 32;

/**
 * Sorts each service's items by rank, keeping document order on ties, as the stable sort of
 * `serviceTimelines` does: by insertion, since a service usually has a handful of entries.
 */
function sortGroups(items: Int32Array, starts: Int32Array, rank: Int32Array): void {
  for (let slot = 0; slot + 1 < starts.length; slot += 1) {
    const from = starts[slot] ?? 0;
    const to = starts[slot + 1] ?? 0;
    if (to - from > insertionSortLimit) {
      items.set(Array.from(items.subarray(from, to)).sort((a, b) => (rank[a] ?? 0) - (rank[b] ?? 0)), from);
      continue;
    }
    for (let at = from + 1; at < to; at += 1) {
      const item = items[at] ?? 0;
      const itemRank = rank[item] ?? 0;
      let place = at;
      while (place > from && (rank[items[place - 1] ?? 0] ?? 0) > itemRank) {
        items[place] = items[place - 1] ?? 0;
        place -= 1;
      }
      items[place] = item;
    }
  }
}
