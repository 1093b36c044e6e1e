import type { Ratio } from '../stats/ratio';

/** Additive counters of a set of application records (all merge by addition). */
export interface RecordCounters {
  /** Records received. */
  received: number;
  /** Records settled. */
  finished: number;
  /** Settled on or before the due date (or without a due date). */
  onTime: number;
  /** Settled after the due date. */
  finishedLate: number;
  /** Open at the as-of date although the due date has passed. */
  openOverdue: number;
  /** Filed online. */
  online: number;
  /** Filed at the counter. */
  counter: number;
  /** Filed by post. */
  post: number;
  /** Records with a fee (`paidOnline` present). */
  withFee: number;
  /** Fee paid online. */
  paidOnline: number;
  /** Digitised. */
  digitised: number;
  /** Result issued electronically. */
  electronicResult: number;
  /** With a complaint or petition. */
  complaints: number;
  /** Sum of calendar days from received to settled, over settled records. */
  processingDays: number;
}

/** Statistics of a group of records: the counters and the shares derived from them (exact ratios). */
export interface RecordStats extends Readonly<RecordCounters> {
  /** Records still open at the as-of date. */
  readonly open: number;
  /** Finished late or open past due. */
  readonly overdue: number;
  /** online / received. */
  readonly onlineShare: Ratio;
  /** paid online / records with a fee. */
  readonly onlinePaymentShare: Ratio;
  /** digitised / received. */
  readonly digitisationShare: Ratio;
  /** electronic results / finished. */
  readonly electronicResultShare: Ratio;
  /** on time / finished. */
  readonly onTimeShare: Ratio;
  /** overdue / received. */
  readonly overdueShare: Ratio;
  /** records with complaints / received. */
  readonly complaintShare: Ratio;
  /** processing days / finished (calendar days); `value` is `undefined` when nothing finished. */
  readonly averageProcessingDays: Ratio & { readonly value: number | undefined };
}

/**
 * Empty counters.
 *
 * @returns Counters at zero.
 * @example
 * ```ts
 * emptyCounters().received; // 0
 * ```
 */
export function emptyCounters(): RecordCounters {
  return {
    received: 0,
    finished: 0,
    onTime: 0,
    finishedLate: 0,
    openOverdue: 0,
    online: 0,
    counter: 0,
    post: 0,
    withFee: 0,
    paidOnline: 0,
    digitised: 0,
    electronicResult: 0,
    complaints: 0,
    processingDays: 0,
  };
}

/**
 * Adds `source` into `target` (mutating `target`).
 *
 * @param target - Counters to add to.
 * @param source - Counters to add.
 * @returns `target`.
 * @example
 * ```ts
 * addCounters(emptyCounters(), { ...emptyCounters(), received: 2 }).received; // 2
 * ```
 */
export function addCounters(target: RecordCounters, source: Readonly<RecordCounters>): RecordCounters {
  target.received += source.received;
  target.finished += source.finished;
  target.onTime += source.onTime;
  target.finishedLate += source.finishedLate;
  target.openOverdue += source.openOverdue;
  target.online += source.online;
  target.counter += source.counter;
  target.post += source.post;
  target.withFee += source.withFee;
  target.paidOnline += source.paidOnline;
  target.digitised += source.digitised;
  target.electronicResult += source.electronicResult;
  target.complaints += source.complaints;
  target.processingDays += source.processingDays;
  return target;
}

/**
 * Derives shares from counters.
 *
 * @param counters - The counters.
 * @returns Counters plus open, overdue and the exact shares.
 * @example
 * ```ts
 * toRecordStats({ ...emptyCounters(), received: 10, online: 6 }).onlineShare; // { numerator: 6, denominator: 10 }
 * ```
 */
export function toRecordStats(counters: Readonly<RecordCounters>): RecordStats {
  const overdue = counters.finishedLate + counters.openOverdue;
  return {
    ...counters,
    open: counters.received - counters.finished,
    overdue,
    onlineShare: { numerator: counters.online, denominator: counters.received },
    onlinePaymentShare: { numerator: counters.paidOnline, denominator: counters.withFee },
    digitisationShare: { numerator: counters.digitised, denominator: counters.received },
    electronicResultShare: { numerator: counters.electronicResult, denominator: counters.finished },
    onTimeShare: { numerator: counters.onTime, denominator: counters.finished },
    overdueShare: { numerator: overdue, denominator: counters.received },
    complaintShare: { numerator: counters.complaints, denominator: counters.received },
    averageProcessingDays: {
      numerator: counters.processingDays,
      denominator: counters.finished,
      value: counters.finished === 0 ? undefined : counters.processingDays / counters.finished,
    },
  };
}
