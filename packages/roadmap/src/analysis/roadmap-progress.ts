import { EgovError } from '@egov/core';
import { catalogueMatcher, type CatalogueMatch } from '../identity/catalogue-matcher';
import type { Roadmap } from '../model/roadmap-schema';
import { figureMinimum, readStatedValue } from '../model/stated-value';
import { whenRange } from '../model/when';

/**
 * A procedure of the actual catalogue at a date (for example an export of the provincial portal): its
 * code and name, and the online level (1–4, Decree 43/2011) or class (Decree 42/2022) it has reached.
 * Structural, so any catalogue with these fields can be passed as it is.
 */
export interface ProgressCatalogueItem {
  readonly code?: string | undefined;
  readonly name: string;
  readonly level?: number | undefined;
  readonly class?: 'full' | 'partial' | undefined;
}

/**
 * Where an entry stands at `asOf`: `done` when the catalogue has its service at the target level or class
 * or higher; `on-track` when not (yet) and the due time has not passed; `missed` when the due time has
 * passed and the catalogue does not have it at the target. There is no `late` (done, but after the due
 * time): one snapshot does not say when a service reached its level, so a service found done is `done`
 * whether it was on time or not. Compare two snapshots to tell them apart.
 */
export type EntryStatus = 'done' | 'on-track' | 'missed';

/**
 * Where a target stands at `asOf`: `met` when the catalogue meets it (whether or not it is due yet);
 * `not-met` when its date has passed and the catalogue does not meet it; `not-yet-due` when it is not met
 * and its date has not passed; `not-checked` when the catalogue cannot tell (per-agency minimums: the
 * catalogue has no agencies; shares over an empty catalogue).
 */
export type TargetStatus = 'met' | 'not-met' | 'not-yet-due' | 'not-checked';

/** How an entry was found in the catalogue: by code, by folded name, by near match (with its score), or not. */
export type ProgressMatch =
  | { readonly method: 'code' | 'name' | 'near'; readonly score: number; readonly index: number; readonly name: string }
  | { readonly method: 'none'; readonly closest?: { readonly index: number; readonly name: string; readonly score: number } };

/** The progress of one entry. */
export interface EntryProgress {
  /** Index into `roadmap.entries`. */
  readonly index: number;
  /** JSON pointer to the entry (`/entries/3`). */
  readonly path: string;
  readonly service: string;
  /** Last day of the entry's due time (ISO); the entry is overdue from the next day. */
  readonly dueEnd: string;
  /** The level the entry asks for (a class counts as 3 for partial, 4 for full); undefined when it gives none. */
  readonly requiredLevel: number | undefined;
  readonly match: ProgressMatch;
  /** The level the catalogue gives the matched procedure (same class mapping); undefined when unknown or not found. */
  readonly reachedLevel: number | undefined;
  readonly status: EntryStatus;
}

/** The progress of one share or count target. */
export interface TargetProgress {
  /** Index into `roadmap.targets`. */
  readonly index: number;
  /** JSON pointer to the target (`/targets/0`). */
  readonly path: string;
  readonly kind: 'share' | 'count' | 'agency-minimum';
  readonly level: number;
  /** Last day of the target's date (ISO). */
  readonly byEnd: string;
  readonly status: TargetStatus;
  /** Catalogue procedures at the target's level or higher (undefined when not checked). */
  readonly numerator?: number;
  /** Share targets: the catalogue's size; count targets: absent. */
  readonly denominator?: number;
  /** The smallest numerator that meets the target (share: ⌈value × denominator⌉, exactly; count: the value). */
  readonly needed?: number;
  /** Why the target was not checked. */
  readonly reason?: string;
}

/** The progress of a roadmap against a catalogue at a date. */
export interface RoadmapProgress {
  readonly asOf: string;
  readonly entries: readonly EntryProgress[];
  readonly targets: readonly TargetProgress[];
  /** How many entries have each status. */
  readonly entryCounts: Readonly<Record<EntryStatus, number>>;
  /** How many targets have each status. */
  readonly targetCounts: Readonly<Record<TargetStatus, number>>;
}

/** Options of {@link roadmapProgress}. */
export interface RoadmapProgressOptions {
  /** Smallest name similarity at which a catalogue name counts as the entry's service (default 0.9). */
  readonly nearMatchThreshold?: number;
}

/** The level a level or class stands for: a class counts as 3 (partial) or 4 (full), Decree 42/2022 Art. 11. */
function levelOf(level: number | undefined, onlineClass: 'full' | 'partial' | undefined): number | undefined {
  const fromClass = onlineClass === 'full' ? 4 : onlineClass === 'partial' ? 3 : undefined;
  if (level === undefined) return fromClass;
  return fromClass === undefined ? level : Math.max(level, fromClass);
}

/** A non-negative number as an exact fraction of its shortest decimal writing (0.3 → 3/10, not 0.299…). */
function decimalFraction(value: number): { numerator: bigint; denominator: bigint } {
  const text = /e/i.test(String(value)) ? value.toFixed(20) : String(value);
  const [whole = '0', fraction = ''] = text.split('.');
  return { numerator: BigInt(whole + fraction), denominator: 10n ** BigInt(fraction.length) };
}

function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * The progress of a roadmap at a date, against the actual catalogue of that date: the status of every
 * entry ({@link EntryStatus}: done, on-track or missed) with how it was matched to the catalogue, and of
 * every target ({@link TargetStatus}) with exact numerators and denominators. Entries are matched by code,
 * then by folded name, then by near match (the score is given, so a wrong match is visible); an entry not
 * found is not done. A share target counts the catalogue's procedures at its level or higher over the
 * catalogue's size, compared exactly (a 30% target over 10 procedures needs 3, not 4). Time comes only
 * from `asOf`.
 *
 * @param roadmap - A parsed roadmap.
 * @param catalogue - The actual catalogue at `asOf`.
 * @param asOf - The day of the catalogue (ISO `YYYY-MM-DD`); a due time ending on that day is not yet passed.
 * @param options - Near-match threshold.
 * @returns The status of every entry and target, and counts per status.
 * @throws {@link EgovError} `invalid-argument` when `asOf` is not an ISO day or the threshold is outside [0, 1].
 * @example
 * ```ts
 * const progress = roadmapProgress(roadmap, [{ name: 'Cấp giấy phép xây dựng', level: 3 }], '2014-01-01');
 * progress.entries[0]?.status; // "done"
 * progress.entryCounts.missed; // entries due before 2014-01-01 and not at their level
 * ```
 */
export function roadmapProgress(
  roadmap: Roadmap,
  catalogue: readonly ProgressCatalogueItem[],
  asOf: string,
  options: RoadmapProgressOptions = {},
): RoadmapProgress {
  if (!isIsoDay(asOf)) {
    throw new EgovError({ code: 'invalid-argument', message: `Expected asOf as an ISO day (YYYY-MM-DD), found "${asOf}"` });
  }
  const threshold = options.nearMatchThreshold ?? 0.9;
  if (!(threshold >= 0 && threshold <= 1)) {
    throw new EgovError({ code: 'invalid-argument', message: `Expected nearMatchThreshold between 0 and 1, found ${String(threshold)}` });
  }
  const reached = catalogue.map((item) => levelOf(item.level, item.class));
  const match = catalogueMatcher(catalogue, threshold, (a, b) => (levelOf(a.level, a.class) ?? 0) > (levelOf(b.level, b.class) ?? 0));

  const entryCounts: Record<EntryStatus, number> = { done: 0, 'on-track': 0, missed: 0 };
  const entries = roadmap.entries.map((entry, index): EntryProgress => {
    const found = toProgressMatch(match(entry.service, entry.code), catalogue);
    const requiredLevel = levelOf(entry.target_level, entry.target_class);
    const reachedLevel = found.method === 'none' ? undefined : reached[found.index];
    const dueEnd = whenRange(entry.due).end;
    // Without a target level, being in the catalogue at all is what the entry asks.
    const done =
      found.method !== 'none' && (requiredLevel === undefined || (reachedLevel !== undefined && reachedLevel >= requiredLevel));
    const status: EntryStatus = done ? 'done' : asOf > dueEnd ? 'missed' : 'on-track';
    entryCounts[status] += 1;
    return { index, path: `/entries/${String(index)}`, service: entry.service, dueEnd, requiredLevel, match: found, reachedLevel, status };
  });

  const targetCounts: Record<TargetStatus, number> = { met: 0, 'not-met': 0, 'not-yet-due': 0, 'not-checked': 0 };
  const targets = (roadmap.targets ?? []).map((target, index): TargetProgress => {
    const base = { index, path: `/targets/${String(index)}`, kind: target.kind, level: target.level, byEnd: whenRange(target.by).end };
    const notChecked = (reason: string): TargetProgress => {
      targetCounts['not-checked'] += 1;
      return { ...base, status: 'not-checked', reason };
    };
    if (target.kind === 'agency-minimum') return notChecked('the catalogue does not give agencies');
    const figure = readStatedValue(target.value, { share: target.kind === 'share' });
    if (figure === undefined) return notChecked('the target value is not a figure');
    const minimum = figureMinimum(figure);
    let numerator = 0;
    for (const level of reached) if (level !== undefined && level >= target.level) numerator++;
    let needed: number;
    let denominator: number | undefined;
    if (target.kind === 'share') {
      if (catalogue.length === 0) return notChecked('the catalogue is empty');
      denominator = catalogue.length;
      const share = decimalFraction(minimum.value);
      const product = share.numerator * BigInt(denominator);
      // "trên 50%" needs more than half; "tối thiểu 50%" (or 0.5) half or more.
      needed = minimum.strict
        ? Number(product / share.denominator) + 1
        : Number((product + share.denominator - 1n) / share.denominator);
    } else {
      needed = minimum.strict ? Math.floor(minimum.value) + 1 : Math.ceil(minimum.value);
    }
    const status: TargetStatus = numerator >= needed ? 'met' : asOf > base.byEnd ? 'not-met' : 'not-yet-due';
    targetCounts[status] += 1;
    return { ...base, status, numerator, ...(denominator === undefined ? {} : { denominator }), needed };
  });

  return { asOf, entries, targets, entryCounts, targetCounts };
}

function toProgressMatch(found: CatalogueMatch, catalogue: readonly ProgressCatalogueItem[]): ProgressMatch {
  if (found.method === 'none') {
    const closest = found.closest;
    const name = closest === undefined ? undefined : catalogue[closest.index]?.name;
    return closest === undefined || name === undefined ? { method: 'none' } : { method: 'none', closest: { ...closest, name } };
  }
  return { method: found.method, score: found.score, index: found.index, name: catalogue[found.index]?.name ?? '' };
}
