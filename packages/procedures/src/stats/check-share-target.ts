import { createFinding, type Finding } from '@egov/core';
import type { Procedure } from '../model/procedure';
import { formatPercent } from './format-percent';
import { measureShare } from './measure-share';
import { meetsPercent } from './meets-percent';
import { describeMetric, type ProcedureMetric } from './procedure-metric';

/** A share target: "at least `percent`% of procedures at `metric` by `by`". Targets are data with a source. */
export interface ShareTarget {
  /** Stable id of the target, e.g. "001-2017-level-3". */
  readonly id: string;
  readonly metric: ProcedureMetric;
  /** Minimum share in percent (50 = 50%). */
  readonly percent: number;
  /** Deadline (ISO date); before it, a shortfall is only informative. Absent: always due. */
  readonly by?: string;
  /** Where the target comes from, e.g. "Kế hoạch 3701/KH-UBND (Bắc Giang, 15/12/2015)". */
  readonly source?: string;
}

/** Options of {@link checkShareTarget}. */
export interface CheckShareTargetOptions {
  /** The date of the check (ISO); compared with the target's deadline. */
  readonly asOf: string;
  /** JSON pointer of the target in the user's input, for the finding. Default `""`. */
  readonly path?: string;
}

function requiredNumerator(percent: number, denominator: number): number {
  // Smallest n with n / denominator >= percent / 100, exactly.
  let n = Math.ceil((percent * denominator) / 100);
  while (n > 0 && meetsPercent({ numerator: n - 1, denominator }, percent)) n -= 1;
  while (n < denominator && !meetsPercent({ numerator: n, denominator }, percent)) n += 1;
  return n;
}

/**
 * Checks a share target against procedures and returns one finding:
 * `procedures/share-target-met` (info), `procedures/share-target-pending` (info: below target, deadline
 * not reached) or `procedures/share-target-not-met` (warning: below target at or after the deadline).
 * The data carries the exact numerator, denominator, the number required and the shortfall.
 *
 * @param procedures - The procedures of the catalogue.
 * @param target - The target.
 * @param options - Date of the check and path of the target.
 * @returns The finding (in a list, so results of several checks concatenate).
 * @example
 * ```ts
 * // Source 001 (Bắc Giang): 50% of services at level 3 or higher by 2017
 * checkShareTarget(procedures, { id: '001-l3', metric: { kind: 'level-at-least', level: 3 }, percent: 50, by: '2017-12-31' }, { asOf: '2018-01-01' });
 * ```
 */
export function checkShareTarget(
  procedures: Iterable<Procedure>,
  target: ShareTarget,
  options: CheckShareTargetOptions,
): readonly Finding[] {
  const share = measureShare(procedures, target.metric);
  const met = meetsPercent(share, target.percent);
  const required = requiredNumerator(target.percent, share.denominator);
  const due = target.by === undefined || options.asOf >= target.by;
  const metric = describeMetric(target.metric);
  const actualVi = formatPercent(share, { language: 'vi' });
  const actualEn = formatPercent(share, { language: 'en' });
  const targetVi = `${String(target.percent).replace('.', ',')}%`;
  const targetEn = `${String(target.percent)}%`;
  const counts = `${share.numerator}/${share.denominator}`;
  const source = target.source === undefined ? '' : ` (${target.source})`;
  const deadlineVi = target.by === undefined ? '' : ` đến ${target.by}`;
  const deadlineEn = target.by === undefined ? '' : ` by ${target.by}`;
  const data = {
    targetId: target.id,
    percent: target.percent,
    numerator: share.numerator,
    denominator: share.denominator,
    required,
    shortfall: Math.max(0, required - share.numerator),
    ...(target.by === undefined ? {} : { by: target.by }),
    asOf: options.asOf,
  };
  const path = options.path ?? '';
  if (met) {
    return [
      createFinding({
        ruleId: 'procedures/share-target-met',
        severity: 'info',
        path,
        data,
        message: {
          vi: `Đạt chỉ tiêu ${targetVi} thủ tục ${metric.vi}${deadlineVi}${source}: ${counts} = ${actualVi}.`,
          en: `Target ${targetEn} of procedures at ${metric.en}${deadlineEn}${source} is met: ${counts} = ${actualEn}.`,
        },
      }),
    ];
  }
  return [
    createFinding({
      ruleId: due ? 'procedures/share-target-not-met' : 'procedures/share-target-pending',
      severity: due ? 'warning' : 'info',
      path,
      data,
      message: {
        vi: `${due ? 'Chưa đạt' : 'Chưa đạt (chưa đến hạn)'} chỉ tiêu ${targetVi} thủ tục ${metric.vi}${deadlineVi}${source}: ${counts} = ${actualVi}; cần ${required}, thiếu ${data.shortfall}.`,
        en: `Target ${targetEn} of procedures at ${metric.en}${deadlineEn}${source} is ${due ? 'not met' : 'not yet met (not yet due)'}: ${counts} = ${actualEn}; ${required} required, ${data.shortfall} short.`,
      },
    }),
  ];
}
