import { countFindings, formatFindingCounts, severityLabel, type Finding, type Language } from '@egov/core';
import type { Style } from './style';

/** Findings of one file. */
export interface FileFindings {
  readonly file: string;
  /** What the file was read as (roadmap, budget, …), when known. */
  readonly kind?: string;
  readonly findings: readonly Finding[];
}

/**
 * Prints findings grouped by file, each with its place (row/cell or line, else JSON pointer), severity,
 * message and rule id, then a summary line.
 *
 * @param groups - Findings per file.
 * @param lang - Message language.
 * @param style - Terminal style.
 * @returns The text to print.
 * @example
 * ```ts
 * io.stdout(formatFindingsReport([{ file: 'roadmap.yaml', findings }], 'vi', style));
 * ```
 */
export function formatFindingsReport(groups: readonly FileFindings[], lang: Language, style: Style): string {
  const lines: string[] = [];
  for (const group of groups) {
    const kind = group.kind === undefined ? '' : style.dim(` (${group.kind})`);
    lines.push(style.bold(group.file) + kind);
    if (group.findings.length === 0) {
      lines.push(`  ${style.dim(lang === 'vi' ? 'không có vấn đề' : 'no problems')}`);
    }
    const width = Math.max(0, ...group.findings.map((finding) => placeOf(finding).length));
    for (const finding of group.findings) {
      const place = placeOf(finding);
      const label = style.severity(finding.severity, severityLabel(finding.severity, lang).padEnd(lang === 'vi' ? 9 : 7));
      lines.push(`  ${place.padEnd(width)}  ${label} ${finding.message[lang]}  ${style.dim(finding.ruleId)}`);
    }
    lines.push('');
  }
  const counts = countFindings(groups.flatMap((group) => group.findings));
  const files = groups.length;
  const summary =
    lang === 'vi'
      ? `${String(files)} tệp: ${formatFindingCounts(counts, 'vi')}`
      : `${String(files)} file${files === 1 ? '' : 's'}: ${formatFindingCounts(counts, 'en')}`;
  lines.push(counts.error > 0 ? style.severity('error', summary) : summary);
  return lines.join('\n') + '\n';
}

function placeOf(finding: Finding): string {
  const location = finding.location;
  if (location?.row !== undefined) {
    const sheet = location.sheet === undefined ? '' : `${location.sheet}!`;
    return `${sheet}${location.column ?? ''}${String(location.row)}`;
  }
  return finding.path === '' ? '/' : finding.path;
}
