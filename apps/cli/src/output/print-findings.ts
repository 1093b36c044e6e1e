import { countFindings, formatFindingCounts, severityLabel, type Finding, type Language } from '@egov/core';
import { findingPlace, isLinePlace } from './finding-place';
import type { Style } from './style';

/** Findings of one file. */
export interface FileFindings {
  readonly file: string;
  /** What the file was read as (roadmap, budget, …), when known. */
  readonly kind?: string;
  readonly findings: readonly Finding[];
}

/**
 * Prints findings grouped by file, each with its place (cell "E17", line:column "104:9" of a document,
 * else the JSON pointer), severity, message and rule id (and the pointer of a document finding placed at
 * a line), then a summary line.
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
    // reduce, not Math.max(...list): 100 000 findings as call arguments overflow the stack.
    const width = group.findings.reduce((max, finding) => Math.max(max, findingPlace(finding).length), 0);
    for (const finding of group.findings) {
      const place = findingPlace(finding);
      const label = style.severity(finding.severity, severityLabel(finding.severity, lang).padEnd(lang === 'vi' ? 9 : 7));
      // A finding placed at a line of a document keeps its JSON pointer too: the line says where, the
      // pointer which field.
      const pointer = isLinePlace(finding) && finding.path !== '' ? ` ${style.dim(finding.path)}` : '';
      lines.push(`  ${place.padEnd(width)}  ${label} ${finding.message[lang]}  ${style.dim(finding.ruleId)}${pointer}`);
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
