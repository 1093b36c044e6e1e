import type { Finding, Language } from '@egov/core';
import type { WritableTable } from '@egov/io';

/**
 * Findings as a table for CSV or XLSX export: severity, rule, message in the chosen language, file,
 * row, column and JSON pointer.
 *
 * @param findings - The findings.
 * @param language - The language of the headers and messages.
 * @returns A table `writeCsv`/`writeXlsx` write.
 * @example
 * ```ts
 * writeCsv(findingsTable(findings, 'vi'));
 * ```
 */
export function findingsTable(findings: readonly Finding[], language: Language): WritableTable {
  const headers =
    language === 'vi'
      ? ['Mức', 'Luật', 'Nội dung', 'Tệp', 'Dòng', 'Cột', 'Đường dẫn']
      : ['Severity', 'Rule', 'Message', 'File', 'Row', 'Column', 'Path'];
  return {
    headers,
    rows: findings.map((finding) => [
      finding.severity,
      finding.ruleId,
      finding.message[language],
      finding.location?.file ?? '',
      finding.location?.row ?? '',
      finding.location?.column ?? '',
      finding.path,
    ]),
  };
}
