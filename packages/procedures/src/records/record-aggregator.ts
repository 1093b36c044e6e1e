import { EgovError } from '@egov/core';
import type { OnlineClass } from '../model/online-class';
import type { OnlineLevel } from '../model/online-level';
import type { Tier } from '../model/tier';
import { isoDayNumber } from '../internal/iso-day';
import type { ApplicationRecord } from './application-record';
import { addCounters, emptyCounters, toRecordStats, type RecordCounters, type RecordStats } from './record-stats';

/** Why a record was not counted. */
export type InvalidRecordReason =
  | 'not-an-object'
  | 'missing-procedure-code'
  | 'missing-agency'
  | 'invalid-received'
  | 'invalid-due'
  | 'invalid-finished'
  | 'invalid-channel'
  | 'invalid-flag'
  | 'due-before-received'
  | 'finished-before-received'
  | 'received-after-as-of'
  | 'finished-after-as-of';

/** A sample of an invalid record: its position among the records pushed into one aggregator, its id, the reasons. */
export interface InvalidRecordSample {
  /** 0-based position among the records pushed into the aggregator that saw it (not renumbered by merges). */
  readonly index: number;
  readonly id?: string;
  readonly reasons: readonly InvalidRecordReason[];
}

/** Counts and samples of invalid records. */
export interface InvalidRecords {
  readonly count: number;
  readonly byReason: Readonly<Partial<Record<InvalidRecordReason, number>>>;
  readonly samples: readonly InvalidRecordSample[];
}

/** A dimension to group record statistics by. `field`, `tier`, `level` and `class` need a procedure lookup. */
export type RecordDimension = 'agency' | 'procedure' | 'field' | 'tier' | 'level' | 'class';

/** A period to group record statistics by, by the date received. */
export type RecordPeriod = 'month' | 'quarter' | 'year' | 'all';

/** What the aggregator needs to know about a procedure to group by field, tier, level or class. */
export interface ProcedureInfo {
  readonly field?: string;
  readonly tier?: Tier;
  readonly onlineLevel?: OnlineLevel;
  readonly onlineClass?: OnlineClass;
}

/** Options of {@link RecordAggregator}. */
export interface RecordAggregatorOptions {
  /** The date of the statistics (ISO): open records past due at this date are overdue. */
  readonly asOf: string;
  /**
   * Whether to keep agency and procedure apart (default both `true`). Turning one off makes memory
   * smaller, but results can then not be grouped by it (nor, for procedure, by field, tier, level, class).
   */
  readonly keepAgency?: boolean;
  readonly keepProcedure?: boolean;
  /** How many invalid records to keep as samples. Default 20. */
  readonly sampleSize?: number;
}

/** Options of {@link RecordAggregator.results}. */
export interface RecordResultsOptions {
  /** Dimensions to group by, in order. Default none (one group). */
  readonly by?: readonly RecordDimension[];
  /** Period, by the month received. Default `all`. */
  readonly period?: RecordPeriod;
  /** Procedure information by code (see {@link procedureLookup}), for field, tier, level and class. */
  readonly lookup?: (procedureCode: string) => ProcedureInfo | undefined;
}

/** Statistics of one group and period. Unknown dimension values are `""`. */
export interface RecordGroupResult {
  readonly group: Readonly<Partial<Record<RecordDimension, string>>>;
  /** "2024-03", "2024-Q1", "2024" or "all". */
  readonly period: string;
  readonly stats: RecordStats;
}

/** A serialisable snapshot of an aggregator, to merge results computed elsewhere. */
export interface RecordAggregateState {
  readonly version: 1;
  readonly asOf: string;
  readonly keepAgency: boolean;
  readonly keepProcedure: boolean;
  readonly sampleSize: number;
  readonly pushed: number;
  readonly groups: readonly {
    readonly agency: string;
    readonly procedureCode: string;
    /** "YYYY-MM" received. */
    readonly month: string;
    readonly counters: Readonly<RecordCounters>;
  }[];
  readonly invalid: InvalidRecords;
}

type Loose = Partial<Record<keyof ApplicationRecord, unknown>>;
type MonthMap = MonthSlots;

function isFlag(value: unknown): boolean {
  return value === undefined || value === null || value === true || value === false;
}

function monthIndex(iso: string): number {
  // Called only on validated dates: year * 12 + month - 1 (48 is the code of "0").
  const year = iso.charCodeAt(0) * 1000 + iso.charCodeAt(1) * 100 + iso.charCodeAt(2) * 10 + iso.charCodeAt(3) - 48 * 1111;
  return year * 12 + (iso.charCodeAt(5) - 48) * 10 + iso.charCodeAt(6) - 48 - 1;
}

/** Counters of one agency and procedure by month, in an array indexed from the first month seen (months are few). */
class MonthSlots {
  base = -1;
  slots: (RecordCounters | undefined)[] = [];

  get(month: number): RecordCounters {
    if (this.base < 0) this.base = month;
    if (month < this.base) {
      this.slots = [...new Array<RecordCounters | undefined>(this.base - month), ...this.slots];
      this.base = month;
    }
    const at = month - this.base;
    let counters = this.slots[at];
    if (counters === undefined) {
      counters = emptyCounters();
      while (this.slots.length < at) this.slots.push(undefined);
      this.slots[at] = counters;
    }
    return counters;
  }

  *entries(): IterableIterator<[number, RecordCounters]> {
    for (let at = 0; at < this.slots.length; at += 1) {
      const counters = this.slots[at];
      if (counters !== undefined) yield [this.base + at, counters];
    }
  }

  get size(): number {
    let size = 0;
    for (const counters of this.slots) if (counters !== undefined) size += 1;
    return size;
  }
}

function monthLabel(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

function periodLabel(index: number, period: RecordPeriod): string {
  const year = String(Math.floor(index / 12)).padStart(4, '0');
  switch (period) {
    case 'month':
      return monthLabel(index);
    case 'quarter':
      return `${year}-Q${String(Math.floor((index % 12) / 3) + 1)}`;
    case 'year':
      return year;
    case 'all':
      return 'all';
  }
}

/**
 * Streaming statistics of application records (hồ sơ): push records one at a time, read results at any
 * time, merge aggregators built on other chunks (merging is associative and order-independent, so chunks
 * can be processed in parallel or elsewhere and combined). Memory grows with the number of groups (agency
 * × procedure × month received), never with the number of records. Invalid records are counted and
 * sampled with their reasons, never thrown.
 *
 * Definitions (per group): on time = settled on or before the due date (or without one); overdue =
 * settled after the due date, or still open after the due date at `asOf`; processing days are calendar
 * days from received to settled; records are assigned to the period of the date received.
 *
 * @example
 * ```ts
 * const aggregator = new RecordAggregator({ asOf: '2018-12-31' });
 * aggregator.push({ procedureCode: '1.001193', agency: 'Sở Kế hoạch và Đầu tư', received: '2018-03-01', due: '2018-03-06', finished: '2018-03-05', channel: 'online' });
 * aggregator.totals().onlineShare; // { numerator: 1, denominator: 1 }
 * aggregator.results({ by: ['agency'], period: 'quarter' });
 * ```
 */
export class RecordAggregator {
  readonly asOf: string;
  readonly keepAgency: boolean;
  readonly keepProcedure: boolean;
  readonly sampleSize: number;
  readonly #asOfDay: number;
  readonly #groups = new Map<string, Map<string, MonthMap>>();
  #pushed = 0;
  #invalidCount = 0;
  readonly #byReason = new Map<InvalidRecordReason, number>();
  #samples: InvalidRecordSample[] = [];

  /**
   * @param options - As-of date, which keys to keep, sample size.
   * @throws {EgovError} `invalid-as-of` when `asOf` is not an ISO date (a programmer error).
   */
  constructor(options: RecordAggregatorOptions) {
    const day = isoDayNumber(options.asOf);
    if (day < 0) {
      throw new EgovError({ code: 'invalid-as-of', message: `Expected asOf as an ISO date YYYY-MM-DD, found "${options.asOf}"` });
    }
    this.asOf = options.asOf;
    this.#asOfDay = day;
    this.keepAgency = options.keepAgency ?? true;
    this.keepProcedure = options.keepProcedure ?? true;
    this.sampleSize = options.sampleSize ?? 20;
  }

  /** Number of records pushed (valid or not), including those of merged aggregators. */
  get pushed(): number {
    return this.#pushed;
  }

  /**
   * Adds one record. Never throws: an invalid record is counted and sampled.
   *
   * @param record - The record (checked at run time, whatever its static type).
   * @returns `true` when the record was counted, `false` when it was invalid.
   * @example
   * ```ts
   * aggregator.push({ procedureCode: '1.001193', agency: 'Sở Y tế', received: '2018-02-30', channel: 'online' }); // false
   * ```
   */
  push(record: ApplicationRecord): boolean {
    const index = this.#pushed;
    this.#pushed = index + 1;
    const input: unknown = record;
    if (typeof input !== 'object' || input === null) {
      this.#reject(index, undefined, ['not-an-object']);
      return false;
    }
    const r = input as Loose;
    let reasons: InvalidRecordReason[] | undefined;
    const code = r.procedureCode;
    const agency = r.agency;
    const received = r.received;
    const due = r.due;
    const finished = r.finished;
    const channel = r.channel;
    if (typeof code !== 'string' || code === '') (reasons ??= []).push('missing-procedure-code');
    if (typeof agency !== 'string' || agency === '') (reasons ??= []).push('missing-agency');
    const receivedDay = typeof received === 'string' ? isoDayNumber(received) : -1;
    if (receivedDay < 0) (reasons ??= []).push('invalid-received');
    let dueDay = -1;
    if (due !== undefined && due !== null) {
      dueDay = typeof due === 'string' ? isoDayNumber(due) : -1;
      if (dueDay < 0) (reasons ??= []).push('invalid-due');
    }
    let finishedDay = -1;
    const hasFinished = finished !== undefined && finished !== null;
    if (hasFinished) {
      finishedDay = typeof finished === 'string' ? isoDayNumber(finished) : -1;
      if (finishedDay < 0) (reasons ??= []).push('invalid-finished');
    }
    if (channel !== 'online' && channel !== 'counter' && channel !== 'post') (reasons ??= []).push('invalid-channel');
    if (!isFlag(r.paidOnline) || !isFlag(r.digitised) || !isFlag(r.electronicResult) || !isFlag(r.complaint)) {
      (reasons ??= []).push('invalid-flag');
    }
    if (receivedDay >= 0) {
      if (dueDay >= 0 && dueDay < receivedDay) (reasons ??= []).push('due-before-received');
      if (finishedDay >= 0 && finishedDay < receivedDay) (reasons ??= []).push('finished-before-received');
      if (receivedDay > this.#asOfDay) (reasons ??= []).push('received-after-as-of');
    }
    if (finishedDay > this.#asOfDay) (reasons ??= []).push('finished-after-as-of');
    if (reasons !== undefined) {
      this.#reject(index, typeof r.id === 'string' ? r.id : undefined, reasons);
      return false;
    }
    const counters = this.#countersFor(
      this.keepAgency ? (agency as string) : '',
      this.keepProcedure ? (code as string) : '',
      monthIndex(received as string),
    );
    counters.received += 1;
    if (channel === 'online') counters.online += 1;
    else if (channel === 'counter') counters.counter += 1;
    else counters.post += 1;
    if (hasFinished) {
      counters.finished += 1;
      counters.processingDays += finishedDay - receivedDay;
      if (dueDay < 0 || finishedDay <= dueDay) counters.onTime += 1;
      else counters.finishedLate += 1;
      if (r.electronicResult === true) counters.electronicResult += 1;
    } else if (dueDay >= 0 && dueDay < this.#asOfDay) {
      counters.openOverdue += 1;
    }
    if (r.paidOnline === true) {
      counters.withFee += 1;
      counters.paidOnline += 1;
    } else if (r.paidOnline === false) {
      counters.withFee += 1;
    }
    if (r.digitised === true) counters.digitised += 1;
    if (r.complaint === true) counters.complaints += 1;
    return true;
  }

  /**
   * Adds many records.
   *
   * @param records - Any iterable of records.
   * @returns The number of records counted (valid).
   * @example
   * ```ts
   * aggregator.pushAll(records); // 1000
   * ```
   */
  pushAll(records: Iterable<ApplicationRecord>): number {
    let accepted = 0;
    for (const record of records) if (this.push(record)) accepted += 1;
    return accepted;
  }

  /**
   * Adds the counts of another aggregator (built with the same as-of date and keys) into this one.
   * `other` is not changed. Merging is associative and, except for the order of invalid samples,
   * commutative.
   *
   * @param other - An aggregator or a snapshot of one.
   * @returns This aggregator.
   * @throws {EgovError} `incompatible-aggregates` when the as-of dates or kept keys differ.
   * @example
   * ```ts
   * const total = new RecordAggregator({ asOf }).merge(chunkA).merge(chunkB);
   * ```
   */
  merge(other: RecordAggregator | RecordAggregateState): this {
    const state = other instanceof RecordAggregator ? other.snapshot() : other;
    if (state.asOf !== this.asOf || state.keepAgency !== this.keepAgency || state.keepProcedure !== this.keepProcedure) {
      throw new EgovError({
        code: 'incompatible-aggregates',
        message: `Cannot merge record aggregates with different as-of dates or keys (${this.asOf} vs ${state.asOf})`,
      });
    }
    for (const group of state.groups) {
      addCounters(this.#countersFor(group.agency, group.procedureCode, monthIndex(group.month)), group.counters);
    }
    this.#pushed += state.pushed;
    this.#invalidCount += state.invalid.count;
    for (const [reason, count] of Object.entries(state.invalid.byReason) as [InvalidRecordReason, number][]) {
      this.#byReason.set(reason, (this.#byReason.get(reason) ?? 0) + count);
    }
    this.#samples = [...this.#samples, ...state.invalid.samples].slice(0, this.sampleSize);
    return this;
  }

  /**
   * A copy of this aggregator.
   *
   * @returns A new aggregator with the same counts.
   * @example
   * ```ts
   * const copy = aggregator.clone();
   * ```
   */
  clone(): RecordAggregator {
    return RecordAggregator.fromState(this.snapshot());
  }

  /**
   * A serialisable snapshot (plain JSON) of the counts, to store or send and {@link RecordAggregator.merge} later.
   *
   * @returns The state.
   * @example
   * ```ts
   * const json = JSON.stringify(aggregator.snapshot());
   * ```
   */
  snapshot(): RecordAggregateState {
    const groups: { agency: string; procedureCode: string; month: string; counters: RecordCounters }[] = [];
    for (const [agency, byProcedure] of this.#groups) {
      for (const [procedureCode, byMonth] of byProcedure) {
        for (const [month, counters] of byMonth.entries()) {
          groups.push({ agency, procedureCode, month: monthLabel(month), counters: { ...counters } });
        }
      }
    }
    return {
      version: 1,
      asOf: this.asOf,
      keepAgency: this.keepAgency,
      keepProcedure: this.keepProcedure,
      sampleSize: this.sampleSize,
      pushed: this.#pushed,
      groups,
      invalid: this.invalid(),
    };
  }

  /**
   * Rebuilds an aggregator from a snapshot.
   *
   * @param state - A snapshot from {@link RecordAggregator.snapshot}.
   * @returns The aggregator.
   * @throws {EgovError} `invalid-as-of` when the snapshot's as-of date is not an ISO date.
   * @example
   * ```ts
   * const copy = RecordAggregator.fromState(JSON.parse(json));
   * ```
   */
  static fromState(state: RecordAggregateState): RecordAggregator {
    const aggregator = new RecordAggregator({
      asOf: state.asOf,
      keepAgency: state.keepAgency,
      keepProcedure: state.keepProcedure,
      sampleSize: state.sampleSize,
    });
    return aggregator.merge(state);
  }

  /**
   * Counts and samples of the invalid records.
   *
   * @returns Count, count by reason, and up to `sampleSize` samples.
   * @example
   * ```ts
   * aggregator.invalid().byReason['invalid-received']; // 1
   * ```
   */
  invalid(): InvalidRecords {
    return {
      count: this.#invalidCount,
      byReason: Object.fromEntries([...this.#byReason].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
      samples: [...this.#samples],
    };
  }

  /** Number of groups held (agency × procedure × month received). */
  get groupCount(): number {
    let count = 0;
    for (const byProcedure of this.#groups.values()) for (const byMonth of byProcedure.values()) count += byMonth.size;
    return count;
  }

  /**
   * Statistics grouped by dimensions and period, sorted by group then period.
   *
   * @param options - Dimensions, period and procedure lookup.
   * @returns One result per non-empty group and period.
   * @throws {EgovError} `dimension-not-kept` when grouping by a key the aggregator does not keep.
   * @example
   * ```ts
   * aggregator.results({ by: ['field'], period: 'year', lookup: procedureLookup(catalogue.procedures) });
   * ```
   */
  results(options: RecordResultsOptions = {}): readonly RecordGroupResult[] {
    const by = options.by ?? [];
    const period = options.period ?? 'all';
    for (const dimension of by) {
      if ((dimension === 'agency' && !this.keepAgency) || (dimension !== 'agency' && !this.keepProcedure)) {
        throw new EgovError({
          code: 'dimension-not-kept',
          message: `Cannot group by "${dimension}": the aggregator was created without keeping ${dimension === 'agency' ? 'agencies' : 'procedures'}`,
        });
      }
    }
    const lookup = options.lookup;
    const out = new Map<string, { group: Partial<Record<RecordDimension, string>>; period: string; counters: RecordCounters }>();
    for (const [agency, byProcedure] of this.#groups) {
      for (const [procedureCode, byMonth] of byProcedure) {
        const info = lookup === undefined || by.every((d) => d === 'agency' || d === 'procedure') ? undefined : lookup(procedureCode);
        const group: Partial<Record<RecordDimension, string>> = {};
        for (const dimension of by) group[dimension] = dimensionValue(dimension, agency, procedureCode, info);
        const groupKey = by.map((d) => group[d] ?? '').join('\u0000');
        for (const [month, counters] of byMonth.entries()) {
          const label = periodLabel(month, period);
          const key = `${groupKey}\u0001${label}`;
          let entry = out.get(key);
          if (entry === undefined) {
            entry = { group, period: label, counters: emptyCounters() };
            out.set(key, entry);
          }
          addCounters(entry.counters, counters);
        }
      }
    }
    return [...out.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, entry]) => ({ group: entry.group, period: entry.period, stats: toRecordStats(entry.counters) }));
  }

  /**
   * Statistics of all valid records together.
   *
   * @returns The totals.
   * @example
   * ```ts
   * aggregator.totals().received;
   * ```
   */
  totals(): RecordStats {
    return this.results()[0]?.stats ?? toRecordStats(emptyCounters());
  }

  #countersFor(agency: string, procedureCode: string, month: number): RecordCounters {
    let byProcedure = this.#groups.get(agency);
    if (byProcedure === undefined) {
      byProcedure = new Map();
      this.#groups.set(agency, byProcedure);
    }
    let byMonth = byProcedure.get(procedureCode);
    if (byMonth === undefined) {
      byMonth = new MonthSlots();
      byProcedure.set(procedureCode, byMonth);
    }
    return byMonth.get(month);
  }

  #reject(index: number, id: string | undefined, reasons: readonly InvalidRecordReason[]): void {
    this.#invalidCount += 1;
    for (const reason of reasons) this.#byReason.set(reason, (this.#byReason.get(reason) ?? 0) + 1);
    if (this.#samples.length < this.sampleSize) this.#samples.push(id === undefined ? { index, reasons } : { index, id, reasons });
  }
}

function dimensionValue(dimension: RecordDimension, agency: string, procedureCode: string, info: ProcedureInfo | undefined): string {
  switch (dimension) {
    case 'agency':
      return agency;
    case 'procedure':
      return procedureCode;
    case 'field':
      return info?.field ?? '';
    case 'tier':
      return info?.tier ?? '';
    case 'level':
      return info?.onlineLevel === undefined ? '' : String(info.onlineLevel);
    case 'class':
      return info?.onlineClass ?? '';
  }
}
