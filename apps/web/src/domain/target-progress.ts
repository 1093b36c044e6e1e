import {
  buildServiceIndex,
  leastCount,
  levelsBy,
  roadmapProgress,
  serviceTimelines,
  whenRange,
  type EntryStatus,
  type ProgressCatalogueItem,
  type Roadmap,
  type TimelineEvent,
} from '@egov/roadmap';
import type { FolderAnalysis } from './analyse-folder';

/**
 * Where a target or stated total stands at the chosen date, judged from the roadmap's own schedule:
 * `met` — the schedule reaches it by the chosen date, and by its own date if that has passed;
 * `on-track` — not due yet and the schedule reaches it by its date; `late` — the schedule reaches it, but
 * only after its date; `missed` — the schedule never reaches it although the roadmap names enough
 * services; `unreachable` — the roadmap names fewer services than it needs; `not-checked` — the document
 * does not give what is needed to count it (per-agency minimums, a share without the number of procedures).
 */
export type ProgressStatus = 'met' | 'on-track' | 'late' | 'missed' | 'unreachable' | 'not-checked';

/**
 * The statuses in the order the app shows them.
 *
 * @example
 * ```ts
 * progressStatuses[0]; // "met"
 * ```
 */
export const progressStatuses: readonly ProgressStatus[] = ['met', 'on-track', 'late', 'missed', 'unreachable', 'not-checked'];

/** The progress of one target or stated total. */
export interface TargetRow {
  /** JSON pointer into the roadmap (`/targets/0`, `/stated_totals/2`). */
  readonly path: string;
  readonly source: 'target' | 'stated-total';
  /** The text as printed, or a description. */
  readonly label: string;
  readonly level: number;
  /** The target's time as written (2015, "2015-06"). */
  readonly by: string;
  /** Services needed (a share: ⌈share × procedures⌉). */
  readonly needed: number | undefined;
  /** Services the schedule has at the level by the target's time, and by the chosen date. */
  readonly byDue: number | undefined;
  readonly byDate: number | undefined;
  readonly status: ProgressStatus;
}

/** Progress of a roadmap at a date. */
export interface TargetProgressReport {
  readonly asOf: string;
  readonly rows: readonly TargetRow[];
  readonly counts: Readonly<Record<ProgressStatus, number>>;
  /** Entry statuses from `roadmapProgress` against an actual catalogue, when one is given. */
  readonly entries?: {
    readonly statuses: readonly { readonly index: number; readonly service: string; readonly status: EntryStatus; readonly matched: string | undefined }[];
    readonly counts: Readonly<Record<EntryStatus, number>>;
  };
}

/**
 * The default date of the progress: the last day of the roadmap's period (the bundled roadmaps are
 * historic, so "today" would make every target due).
 *
 * @param roadmap - A parsed roadmap.
 * @returns An ISO day.
 * @example
 * ```ts
 * defaultProgressDate(roadmap); // "2020-12-31" for a 2013–2020 roadmap
 * ```
 */
export function defaultProgressDate(roadmap: Roadmap): string {
  return whenRange(roadmap.period.end).end;
}

function statusOf(needed: number, available: number, byDue: number, byDate: number, byEver: number, dueEnd: string, asOf: string): ProgressStatus {
  if (available < needed) return 'unreachable';
  if (asOf > dueEnd) return byDue >= needed ? 'met' : byDate >= needed || byEver >= needed ? 'late' : 'missed';
  if (byDate >= needed) return 'met';
  return byDue >= needed ? 'on-track' : byEver >= needed ? 'late' : 'missed';
}

/**
 * The progress of every target and stated number of services of a roadmap at a date, from its schedule
 * (the levels `projectRoadmap` uses: each service's highest level due so far, counting the baseline).
 * Share targets are counted exactly by `roadmapProgress` of `@egov/roadmap` over a catalogue built from
 * the schedule (the roadmap's services at their scheduled levels plus the rest of the baseline's
 * procedures without a level). When an actual catalogue is given, every entry also gets its status from
 * `roadmapProgress` (done, on track, missed).
 *
 * @param roadmap - A parsed roadmap.
 * @param asOf - The chosen day (ISO `YYYY-MM-DD`).
 * @param catalogue - The actual catalogue at `asOf`, when there is one.
 * @returns One row per target and stated number of services, with counts per status.
 * @throws {@link EgovError} `invalid-argument` (from `roadmapProgress`) when `asOf` is not an ISO day.
 * @example
 * ```ts
 * targetProgress(thaiBinh, '2020-12-31').rows[0]; // { path: '/stated_totals/1', needed: 33, byDue: 33, byDate: 35, status: 'met', … }
 * ```
 */
export function targetProgress(roadmap: Roadmap, asOf: string, catalogue?: readonly ProgressCatalogueItem[]): TargetProgressReport {
  const services = buildServiceIndex(roadmap);
  const timelines: ReadonlyMap<number, readonly TimelineEvent[]> = serviceTimelines(roadmap, services);
  const ever = '9999-12-31';
  const count = (day: string, level: number, exact = false, baseline = true): number => {
    let counted = 0;
    for (const reached of levelsBy(timelines, day, baseline).values()) if (exact ? reached === level : reached >= level) counted++;
    return counted;
  };
  const available = services.services.length;
  const rows: TargetRow[] = [];

  (roadmap.stated_totals ?? []).forEach((stated, index) => {
    if (stated.kind !== 'services') return;
    const dueEnd = whenRange(stated.by).end;
    const exact = stated.comparison === 'exactly';
    const baseline = stated.include_baseline ?? true;
    const byDue = count(dueEnd, stated.level, exact, baseline);
    const byDate = count(asOf, stated.level, exact, baseline);
    const byEver = count(ever, stated.level, exact, baseline);
    // A printed figure ("trên 120") needs its least count (121).
    const needed = leastCount(stated.value) ?? 0;
    rows.push({
      path: `/stated_totals/${String(index)}`,
      source: 'stated-total',
      label: stated.text ?? `${String(stated.value)} × ${String(stated.level)}`,
      level: stated.level,
      by: String(stated.by),
      needed,
      byDue,
      byDate,
      status: statusOf(needed, available, byDue, byDate, byEver, dueEnd, asOf),
    });
  });

  // A catalogue as the schedule has it at a day: the roadmap's services at their levels, padded with the
  // baseline's other procedures (no level) so a share is taken of all procedures, as the documents do.
  const total = roadmap.baseline?.procedures?.total;
  const planned = (day: string): ProgressCatalogueItem[] => {
    const levels = levelsBy(timelines, day);
    const items: ProgressCatalogueItem[] = services.services.map((service) => ({ name: service.name, level: levels.get(service.id) }));
    for (let rest = items.length; rest < (total ?? 0); rest++) items.push({ name: `#${String(rest)}` });
    return items;
  };
  const targets = roadmap.targets ?? [];
  const plannedProgress = new Map<string, ReturnType<typeof roadmapProgress>>();
  const progressAt = (day: string): ReturnType<typeof roadmapProgress> => {
    const known = plannedProgress.get(day);
    if (known !== undefined) return known;
    const computed = roadmapProgress({ ...roadmap, entries: [] }, planned(day), day);
    plannedProgress.set(day, computed);
    return computed;
  };
  targets.forEach((target, index) => {
    const dueEnd = whenRange(target.by).end;
    const base = { path: `/targets/${String(index)}`, source: 'target' as const, label: target.text ?? `${target.kind} ${String(target.value)}`, level: target.level, by: String(target.by) };
    if (target.kind === 'agency-minimum' || (target.kind === 'share' && total === undefined)) {
      rows.push({ ...base, needed: undefined, byDue: undefined, byDate: undefined, status: 'not-checked' });
      return;
    }
    const at = (day: string) => progressAt(day).targets[index];
    const due = at(dueEnd);
    const date = at(asOf);
    const end = at(ever);
    const needed = due?.needed ?? leastCount(target.value) ?? 0;
    const byDue = due?.numerator ?? 0;
    const byDate = date?.numerator ?? 0;
    rows.push({ ...base, needed, byDue, byDate, status: statusOf(needed, available, byDue, byDate, end?.numerator ?? 0, dueEnd, asOf) });
  });

  const counts: Record<ProgressStatus, number> = { met: 0, 'on-track': 0, late: 0, missed: 0, unreachable: 0, 'not-checked': 0 };
  for (const row of rows) counts[row.status] += 1;
  if (catalogue === undefined) return { asOf, rows, counts };
  const actual = roadmapProgress(roadmap, catalogue, asOf);
  return {
    asOf,
    rows,
    counts,
    entries: {
      statuses: actual.entries.map((entry) => ({ index: entry.index, service: entry.service, status: entry.status, matched: entry.match.method === 'none' ? undefined : entry.match.name })),
      counts: actual.entryCounts,
    },
  };
}

const catalogues = new WeakMap<object, { readonly file: string; readonly items: readonly ProgressCatalogueItem[] }>();

/**
 * The actual procedure catalogue of a document set, when it has one (a CSV with procedure names and
 * levels or classes, read by the procedures view), as `roadmapProgress` takes it. The same object is
 * returned for the same analysis, so a view does not recompute the progress on every render.
 *
 * @param analysis - The folder's analysis.
 * @returns The catalogue's file and items, or `undefined` when the set has no catalogue.
 * @example
 * ```ts
 * catalogueOf(analyseFolder([{ name: 'catalogue.csv', text }]))?.items.length; // 41
 * ```
 */
export function catalogueOf(analysis: Pick<FolderAnalysis, 'procedures'>): { readonly file: string; readonly items: readonly ProgressCatalogueItem[] } | undefined {
  const found = analysis.procedures?.find((procedures) => procedures.kind === 'catalogue' && procedures.rows.length > 0);
  if (found === undefined) return undefined;
  const known = catalogues.get(found);
  if (known !== undefined) return known;
  const catalogue = {
    file: found.file,
    items: found.rows.map((row) => ({
      code: row.code,
      name: row.name,
      level: row.level,
      class: row.onlineClass === 'none' ? undefined : row.onlineClass,
    })),
  };
  catalogues.set(found, catalogue);
  return catalogue;
}
