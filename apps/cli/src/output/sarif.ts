import type { Language, Severity } from '@egov/core';
import type { FileFindings } from './print-findings';

const sarifLevel: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * Findings as a SARIF 2.1.0 log, so code-hosting tools annotate the files: one result per finding, with
 * the file, the line when known, and the JSON pointer as a logical location.
 *
 * @param groups - Findings per file (file paths relative to the repository root work best).
 * @param lang - Message language.
 * @param version - The tool version to report.
 * @returns The SARIF log object.
 * @example
 * ```ts
 * JSON.stringify(toSarif([{ file: 'roadmap.yaml', findings }], 'en', '0.1.0'));
 * ```
 */
export function toSarif(groups: readonly FileFindings[], lang: Language, version: string): Record<string, unknown> {
  const ruleIds = [...new Set(groups.flatMap((group) => group.findings.map((finding) => finding.ruleId)))].sort();
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'egov',
            version,
            informationUri: 'https://www.npmjs.com/package/@egov/cli',
            rules: ruleIds.map((id) => ({ id, name: id })),
          },
        },
        results: groups.flatMap((group) =>
          group.findings.map((finding) => {
            const row = finding.location?.row;
            return {
              ruleId: finding.ruleId,
              level: sarifLevel[finding.severity],
              message: { text: finding.message[lang] },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: group.file.replaceAll('\\', '/') },
                    ...(row === undefined ? {} : { region: { startLine: row } }),
                  },
                  logicalLocations: [{ fullyQualifiedName: finding.path === '' ? '/' : finding.path, kind: 'member' }],
                },
              ],
              ...(finding.data === undefined ? {} : { properties: finding.data }),
            };
          }),
        ),
      },
    ],
  };
}
