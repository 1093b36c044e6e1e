import type { Finding, Severity, SourceLocation } from './finding';
import type { FindingCounts } from './finding-list';

/** Language of user-facing text: Vietnamese (default) or English. */
export type Language = 'vi' | 'en';

const severityLabels: Readonly<Record<Language, Readonly<Record<Severity, string>>>> = {
  vi: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/**
 * The label of a severity in a language.
 *
 * @example
 * ```ts
 * severityLabel('warning', 'vi'); // "cảnh báo"
 * ```
 */
export function severityLabel(severity: Severity, lang: Language = 'vi'): string {
  return severityLabels[lang][severity];
}

/**
 * Formats where a finding points: `file:sheet!C12` style when a location is known, else its JSON pointer.
 *
 * @example
 * ```ts
 * formatLocation({ file: 'budget.xlsx', sheet: 'KP', row: 12, column: 'C' }, ''); // "budget.xlsx › KP!C12"
 * formatLocation(undefined, '/entries/3'); // "/entries/3"
 * ```
 */
export function formatLocation(location: SourceLocation | undefined, path: string): string {
  const parts: string[] = [];
  if (location?.file !== undefined) parts.push(location.file);
  const cell =
    (location?.sheet === undefined ? '' : `${location.sheet}!`) +
    (location?.column ?? '') +
    (location?.row === undefined ? '' : String(location.row));
  if (cell !== '') parts.push(cell);
  if (path !== '' && (location?.row === undefined || parts.length === 0)) parts.push(path);
  return parts.length === 0 ? '/' : parts.join(' › ');
}

/**
 * Formats one finding as a single line: severity, location, message, rule id.
 *
 * @param finding - The finding.
 * @param lang - Message language, Vietnamese by default.
 * @example
 * ```ts
 * formatFinding(finding, 'en'); // "error  /totals/0  Total does not match  [budget/total-mismatch]"
 * ```
 */
export function formatFinding(finding: Finding<unknown>, lang: Language = 'vi'): string {
  return [
    severityLabel(finding.severity, lang),
    formatLocation(finding.location, finding.path),
    finding.message[lang],
    `[${finding.ruleId}]`,
  ].join('  ');
}

/**
 * Formats finding counts as a summary sentence.
 *
 * @example
 * ```ts
 * formatFindingCounts({ error: 2, warning: 1, info: 0, total: 3 }, 'vi'); // "2 lỗi, 1 cảnh báo, 0 thông tin"
 * formatFindingCounts({ error: 1, warning: 0, info: 0, total: 1 }, 'en'); // "1 error, 0 warnings, 0 infos"
 * ```
 */
export function formatFindingCounts(counts: FindingCounts, lang: Language = 'vi'): string {
  const severitiesInOrder: readonly Severity[] = ['error', 'warning', 'info'];
  return severitiesInOrder
    .map((severity) => {
      const label = severityLabel(severity, lang);
      const plural = lang === 'en' && counts[severity] !== 1 ? 's' : '';
      return `${counts[severity]} ${label}${plural}`;
    })
    .join(', ');
}
