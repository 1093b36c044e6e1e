import type { Procedure } from '../model/procedure';
import type { RecordStats } from '../records/record-stats';
import { measureShare } from '../stats/measure-share';
import type { Ratio } from '../stats/ratio';
import type { ScoringInput } from './scoring-framework';

/** Measured ratios by scoring input. */
export type ScoringInputs = Readonly<Partial<Record<ScoringInput, Ratio>>>;

/** Sources of the scoring inputs. */
export interface ScoringSources {
  /** The unit's procedures: gives `procedures-online` (full or partial online service). */
  readonly procedures?: Iterable<Procedure>;
  /** The unit's record statistics: gives `on-time`, `records-online`, `online-payment`, `records-digitised`, `satisfaction`. */
  readonly records?: RecordStats;
  /** Ratios measured elsewhere (e.g. `publicity`, `digitised-reused`); they override computed ones. */
  readonly supplied?: ScoringInputs;
}

/**
 * Derives the Decision 766 inputs: procedures offered online (catalogue); on time = on-time / received,
 * records filed online, online payment (records with a fee paid online), records digitised, and
 * satisfaction = (received − overdue − with complaints) / received, floored at 0 (records). `publicity` and
 * `digitised-reused` cannot be computed from records and must be supplied.
 *
 * @param sources - Procedures, record statistics and supplied ratios.
 * @returns The inputs.
 * @example
 * ```ts
 * const inputs = scoringInputs({ procedures: catalogue.procedures, records: aggregator.totals() });
 * inputs['on-time'];
 * ```
 */
export function scoringInputs(sources: ScoringSources): ScoringInputs {
  const inputs: Partial<Record<ScoringInput, Ratio>> = {};
  if (sources.procedures !== undefined) inputs['procedures-online'] = measureShare(sources.procedures, { kind: 'online' });
  const records = sources.records;
  if (records !== undefined) {
    inputs['on-time'] = { numerator: records.onTime, denominator: records.received };
    inputs['records-online'] = records.onlineShare;
    inputs['online-payment'] = records.onlinePaymentShare;
    inputs['records-digitised'] = records.digitisationShare;
    inputs.satisfaction = {
      numerator: Math.max(0, records.received - records.overdue - records.complaints),
      denominator: records.received,
    };
  }
  return { ...inputs, ...sources.supplied };
}
