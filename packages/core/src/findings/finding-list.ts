import type { Finding, Severity } from './finding';

const severityOrder: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Compares two severities, most serious first (`error` < `warning` < `info`).
 *
 * @returns A negative number when `a` is more serious than `b`, 0 when equal, positive otherwise.
 * @example
 * ```ts
 * compareSeverity('error', 'info') < 0; // true
 * ```
 */
export function compareSeverity(a: Severity, b: Severity): number {
  return severityOrder[a] - severityOrder[b];
}

/**
 * Sorts findings by file, then severity (errors first), then path, row and rule id. Does not mutate the input.
 *
 * @param findings - Findings in any order.
 * @returns A new, stably sorted array.
 * @example
 * ```ts
 * sortFindings(findings)[0]?.severity; // "error" when there is at least one error
 * ```
 */
export function sortFindings<T extends Finding<unknown>>(findings: readonly T[]): T[] {
  return [...findings].sort(
    (a, b) =>
      (a.location?.file ?? '').localeCompare(b.location?.file ?? '') ||
      compareSeverity(a.severity, b.severity) ||
      (a.location?.row ?? 0) - (b.location?.row ?? 0) ||
      comparePaths(a.path, b.path) ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

/** Compares JSON pointers segment by segment, numerically where both segments are array indices. */
function comparePaths(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i] ?? '';
    const y = right[i] ?? '';
    if (x === y) continue;
    if (/^\d+$/.test(x) && /^\d+$/.test(y)) return Number(x) - Number(y);
    return x.localeCompare(y);
  }
  return left.length - right.length;
}

/** Criteria for {@link filterFindings}; all given criteria must hold. */
export interface FindingFilter {
  /** Keep findings at least this serious (`"warning"` keeps errors and warnings). */
  readonly minSeverity?: Severity;
  /** Keep only these rule ids. */
  readonly ruleIds?: readonly string[];
  /** Keep only findings whose path starts with this JSON pointer. */
  readonly pathPrefix?: string;
}

/**
 * Filters findings by minimum severity, rule ids and path prefix.
 *
 * @example
 * ```ts
 * filterFindings(findings, { minSeverity: 'warning' }); // errors and warnings only
 * filterFindings(findings, { ruleIds: ['roadmap/level-down'] });
 * ```
 */
export function filterFindings<T extends Finding<unknown>>(findings: readonly T[], filter: FindingFilter): T[] {
  return findings.filter(
    (finding) =>
      (filter.minSeverity === undefined || compareSeverity(finding.severity, filter.minSeverity) <= 0) &&
      (filter.ruleIds === undefined || filter.ruleIds.includes(finding.ruleId)) &&
      (filter.pathPrefix === undefined ||
        finding.path === filter.pathPrefix ||
        finding.path.startsWith(filter.pathPrefix + '/')),
  );
}

/** Counts of findings by severity, and the total. */
export type FindingCounts = Readonly<Record<Severity, number>> & { readonly total: number };

/**
 * Counts findings by severity.
 *
 * @example
 * ```ts
 * countFindings(findings); // { error: 1, warning: 2, info: 0, total: 3 }
 * ```
 */
export function countFindings(findings: readonly Finding<unknown>[]): FindingCounts {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return { ...counts, total: findings.length };
}

/**
 * Whether any finding has severity `error`.
 *
 * @example
 * ```ts
 * hasErrors([]); // false
 * ```
 */
export function hasErrors(findings: readonly Finding<unknown>[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

