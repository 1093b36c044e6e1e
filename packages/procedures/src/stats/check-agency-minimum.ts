import { createFinding, type Finding, foldKey } from '@egov/core';
import type { Procedure } from '../model/procedure';
import { describeMetric, matchesMetric, type ProcedureMetric } from './procedure-metric';

/** A per-agency minimum: "every agency offers at least `minimum` procedures at `metric`". */
export interface AgencyMinimum {
  readonly minimum: number;
  readonly metric: ProcedureMetric;
  /**
   * Agencies that must comply. Default: every lead agency in the procedures. List them explicitly when an
   * agency with no procedure in the catalogue must still be caught.
   */
  readonly agencies?: readonly string[];
  /** Agencies exempted, e.g. those already named in a roadmap ("mỗi sở, ban, ngành còn lại", source 003). */
  readonly exclude?: readonly string[];
  /** Where the rule comes from, e.g. "QĐ 1653/QĐ-UBND (Hà Giang, 12/8/2013)". */
  readonly source?: string;
}

/**
 * Checks a per-agency minimum and returns one `procedures/agency-minimum-not-met` warning per agency
 * below it (agencies are matched by folded name). Source 003 (Hà Giang): "Mỗi sở, ban, ngành còn lại phải
 * cung cấp ít nhất 02 dịch vụ công trực tuyến mức độ 3".
 *
 * @param procedures - The procedures.
 * @param rule - The minimum, the metric and the agencies concerned.
 * @returns Findings, one per agency below the minimum, in agency order; empty when all comply.
 * @example
 * ```ts
 * checkAgencyMinimum(procedures, { minimum: 2, metric: { kind: 'level-at-least', level: 3 }, agencies: ['Sở Tư pháp'] });
 * ```
 */
export function checkAgencyMinimum(procedures: Iterable<Procedure>, rule: AgencyMinimum): readonly Finding[] {
  const counts = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const procedure of procedures) {
    if (procedure.leadAgency === undefined) continue;
    const key = foldKey(procedure.leadAgency);
    if (!labels.has(key)) labels.set(key, procedure.leadAgency);
    if (matchesMetric(procedure, rule.metric)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const required = rule.agencies ?? [...labels.values()];
  const excluded = new Set((rule.exclude ?? []).map(foldKey));
  const metric = describeMetric(rule.metric);
  const source = rule.source === undefined ? '' : ` (${rule.source})`;
  const findings: Finding[] = [];
  const seen = new Set<string>();
  required.forEach((agency, index) => {
    const key = foldKey(agency);
    if (excluded.has(key) || seen.has(key)) return;
    seen.add(key);
    const found = counts.get(key) ?? 0;
    if (found >= rule.minimum) return;
    findings.push(
      createFinding({
        ruleId: 'procedures/agency-minimum-not-met',
        severity: 'warning',
        path: rule.agencies === undefined ? '' : ['agencies', index],
        data: { agency, minimum: rule.minimum, found, shortfall: rule.minimum - found },
        message: {
          vi: `${agency} có ${found} thủ tục ${metric.vi}, cần ít nhất ${rule.minimum}${source}.`,
          en: `${agency} has ${found} procedures at ${metric.en}; at least ${rule.minimum} required${source}.`,
        },
      }),
    );
  });
  return findings;
}
