import { sharedServiceTimelines, type TimelineEvent } from '../analysis/service-timeline';
import type { ServiceIndex, ServiceMatch } from '../identity/service-index';
import type { Roadmap } from '../model/roadmap-schema';
import { whenRange, whenYear, type When, type WhenRange } from '../model/when';

/**
 * What several rules read about a roadmap, computed once per validation on first use: the rules of one
 * validation walk the same 100 000 entries and resolve the same step names, and recomputing these in each
 * rule cost most of their time (issue 6). Read-only: every rule sees the same values.
 */
export interface RoadmapFacts {
  /** The days each entry is due (`whenRange(entry.due)`), by entry index. */
  readonly entryDue: readonly WhenRange[];
  /** The year each entry is due (`whenYear(entry.due)`), by entry index. */
  readonly entryDueYear: readonly number[];
  /** The index of the first entry with each `id`. */
  readonly entryIndexById: ReadonlyMap<string, number>;
  /** `services.resolve(name)` (the index keeps one match per distinct name). */
  readonly resolve: (name: string) => ServiceMatch | undefined;
  /** The match of every name of every step (`steps[i].services[j]`); `undefined` where none matches. */
  readonly stepMatches: readonly (readonly (ServiceMatch | undefined)[])[];
  /** The service id of every name of every step, as {@link RoadmapFacts.stepMatches}; -1 where none matches. */
  readonly stepServiceIds: readonly Int32Array[];
  /** The service id of each entry (`services.entries[i].service.id`), by entry index. */
  readonly entryServiceIds: Int32Array;
  /** Every service's events in time order, as `serviceTimelines` gives them. */
  readonly timelines: ReadonlyMap<number, readonly TimelineEvent[]>;
}

/**
 * The {@link RoadmapFacts} of a roadmap: each fact is computed the first time a rule reads it, so a
 * validation that turns the rules needing it off does not pay for it.
 *
 * @param roadmap - A parsed roadmap.
 * @param services - Its service index.
 * @returns The facts, computed lazily and then kept.
 * @example
 * ```ts
 * const facts = roadmapFacts(roadmap, buildServiceIndex(roadmap));
 * facts.entryDue[0]; // { start: "2015-01-01", end: "2015-12-31" } for an entry due in 2015
 * ```
 */
export function roadmapFacts(roadmap: Roadmap, services: ServiceIndex): RoadmapFacts {
  let entryDue: readonly WhenRange[] | undefined;
  let entryDueYear: readonly number[] | undefined;
  let entryIndexById: ReadonlyMap<string, number> | undefined;
  let stepMatches: readonly (readonly (ServiceMatch | undefined)[])[] | undefined;
  let stepServiceIds: readonly Int32Array[] | undefined;
  let entryServiceIds: Int32Array | undefined;
  // The index keeps one match per name, so a name repeated across steps and budget lines is resolved once.
  const resolveSteps = (): readonly (readonly (ServiceMatch | undefined)[])[] =>
    (stepMatches ??= (roadmap.steps ?? []).map((step) => (step.services ?? []).map((name) => services.resolve(name))));
  return {
    get entryDue() {
      return (entryDue ??= memoized(roadmap.entries.map((entry) => entry.due), whenRange));
    },
    get entryDueYear() {
      return (entryDueYear ??= memoized(roadmap.entries.map((entry) => entry.due), whenYear));
    },
    get entryIndexById() {
      return (entryIndexById ??= firstIndexById(roadmap));
    },
    resolve: (name) => services.resolve(name),
    get stepMatches() {
      return resolveSteps();
    },
    get stepServiceIds() {
      return (stepServiceIds ??= resolveSteps().map((names) => serviceIdsOf(names)));
    },
    get entryServiceIds() {
      return (entryServiceIds ??= serviceIdsOf(services.entries));
    },
    get timelines() {
      return sharedServiceTimelines(roadmap, services);
    },
  };
}

/** `read` of every time, computed once per distinct time: a roadmap repeats a handful of due years. */
function memoized<T>(times: readonly When[], read: (when: When) => T): T[] {
  const known = new Map<When, T>();
  return times.map((when) => {
    let value = known.get(when);
    if (value === undefined) {
      value = read(when);
      known.set(when, value);
    }
    return value;
  });
}

function firstIndexById(roadmap: Roadmap): Map<string, number> {
  const byId = new Map<string, number>();
  roadmap.entries.forEach((entry, index) => {
    if (entry.id !== undefined && !byId.has(entry.id)) byId.set(entry.id, index);
  });
  return byId;
}

/**
 * The service id of each match (-1 for none), in a typed array: the rules read the ids of 100 000 names,
 * and reading them through the match objects costs a cache miss each.
 */
function serviceIdsOf(matches: readonly (ServiceMatch | undefined)[]): Int32Array {
  const ids = new Int32Array(matches.length);
  matches.forEach((match, index) => {
    ids[index] = match === undefined ? -1 : match.service.id;
  });
  return ids;
}
