import { isAbsolute, relative, resolve, sep } from 'node:path';
import { severities, type Finding, type Language, type Severity } from '@egov/core';
import type { CommandContext } from '../context';
import { cliVersion } from '../version';
import { formatFindingsReport, type FileFindings } from './print-findings';

const sarifLevel: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * A file path as a SARIF `artifactLocation.uri`: relative to the working directory (code-hosting tools
 * resolve it against the checkout), forward slashes, each segment percent-encoded (Vietnamese file names,
 * spaces). Files outside the working directory keep an absolute `file://` URI.
 *
 * @param file - The path as the user gave it.
 * @param cwd - The working directory.
 * @returns The URI reference.
 * @example
 * ```ts
 * sarifUri('/repo/kế hoạch/budget.csv', '/repo'); // "k%E1%BA%BF%20ho%E1%BA%A1ch/budget.csv"
 * ```
 */
export function sarifUri(file: string, cwd: string): string {
  const absolute = resolve(cwd, file);
  const inside = relative(cwd, absolute);
  const encode = (segments: readonly string[]) => segments.map(encodeURIComponent).join('/');
  if (inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)) return encode(inside.split(sep));
  const segments = absolute.split(sep).filter((segment) => segment !== '');
  // A Windows drive ("C:") stays as it is: "file:///C:/…".
  const drive = /^[A-Za-z]:$/.test(segments[0] ?? '') ? `${segments.shift() ?? ''}/` : '';
  return `file:///${drive}${encode(segments)}`;
}

/** Column numbers only: YAML/JSON findings carry the 1-based character column as a decimal string. */
function region(finding: Finding): Record<string, unknown> | undefined {
  const location = finding.location;
  if (location?.row === undefined) return undefined;
  const column = location.column;
  const startColumn = column !== undefined && /^\d+$/.test(column) ? Number(column) : undefined;
  // A spreadsheet column letter is not a character position in the file: it goes in the property bag
  // ("E17", with the sheet), where a reader can still find the cell.
  const cell = column !== undefined && startColumn === undefined ? `${column}${String(location.row)}` : undefined;
  return {
    startLine: location.row,
    ...(startColumn === undefined ? {} : { startColumn }),
    ...(cell === undefined ? {} : { properties: { cell, ...(location.sheet === undefined ? {} : { sheet: location.sheet }) } }),
  };
}

/** The most serious severity a rule was reported at, as its default SARIF level. */
function ruleLevel(findings: readonly Finding[]): Severity {
  return severities.find((severity) => findings.some((finding) => finding.severity === severity)) ?? 'info';
}

/**
 * Findings as a SARIF 2.1.0 log (OASIS standard), so code-hosting tools annotate the files: one result per
 * finding with `ruleId`, `ruleIndex`, `level` (info → `note`), the message, and a physical location (the
 * file's URI relative to `cwd`; `startLine` when the finding has a row or line, `startColumn` when it has
 * a character column) plus the JSON pointer as a logical location. Every rule reported is described once
 * in `tool.driver.rules` (id, name, short description, default level). A finding that names its own file
 * (`location.file`, e.g. one of several record files) is placed there, else in its group's file; stdin
 * (`-`) has no physical location.
 *
 * @param groups - Findings per file.
 * @param lang - Message language.
 * @param version - The tool version to report.
 * @param cwd - The directory URIs are relative to.
 * @returns The SARIF log object.
 * @example
 * ```ts
 * JSON.stringify(toSarif([{ file: 'roadmap.yaml', findings }], 'en', '0.1.0', process.cwd()));
 * ```
 */
export function toSarif(groups: readonly FileFindings[], lang: Language, version: string, cwd: string): Record<string, unknown> {
  const all = groups.flatMap((group) => group.findings);
  const ruleIds = [...new Set(all.map((finding) => finding.ruleId))].sort();
  const rules = ruleIds.map((id) => {
    const reported = all.filter((finding) => finding.ruleId === id);
    const [scope = '', name = id] = id.includes('/') ? id.split('/', 2) : ['', id];
    return {
      id,
      name,
      shortDescription: { text: scope === '' ? name : `${name} (@egov/${scope})` },
      defaultConfiguration: { level: sarifLevel[ruleLevel(reported)] },
      ...(scope === '' ? {} : { properties: { package: `@egov/${scope}` } }),
    };
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'egov',
            version,
            semanticVersion: version,
            informationUri: 'https://www.npmjs.com/package/@egov/cli',
            rules,
          },
        },
        columnKind: 'unicodeCodePoints',
        results: groups.flatMap((group) =>
          group.findings.map((finding) => {
            const file = finding.location?.file ?? group.file;
            const where = region(finding);
            const physical =
              file === '-' || file === ''
                ? {}
                : { physicalLocation: { artifactLocation: { uri: sarifUri(file, cwd) }, ...(where === undefined ? {} : { region: where }) } };
            return {
              ruleId: finding.ruleId,
              ruleIndex: ruleIds.indexOf(finding.ruleId),
              level: sarifLevel[finding.severity],
              message: { text: finding.message[lang] },
              locations: [{ ...physical, logicalLocations: [{ fullyQualifiedName: finding.path === '' ? '/' : finding.path, kind: 'member' }] }],
              ...(finding.data === undefined ? {} : { properties: finding.data }),
            };
          }),
        ),
      },
    ],
  };
}

function printSarif(context: CommandContext, groups: readonly FileFindings[]): void {
  context.io.stdout(JSON.stringify(toSarif(groups, context.lang, cliVersion, process.cwd()), null, 2) + '\n');
}

/**
 * Prints findings as SARIF on stdout (URIs relative to the process's working directory; findings of YAML
 * and JSON documents come located by the readers, `locateYamlFindings`) and passes the exit code through, so a command's SARIF
 * branch is one line.
 *
 * @param context - The command's context.
 * @param groups - Findings per file.
 * @param code - The exit code to return.
 * @returns `code`, once printed.
 * @example
 * ```ts
 * if (context.format === 'sarif') return writeSarif(context, [{ file, findings }], hasErrors(findings) ? 1 : 0);
 * ```
 */
export function writeSarif(context: CommandContext, groups: readonly FileFindings[], code: number): number {
  printSarif(context, groups);
  return code;
}

/**
 * Prints the findings of a file that could not be used (unreadable, a required column missing): as SARIF
 * with `--format sarif`, so a CI job still gets a log it can upload, else as the text report.
 *
 * @param context - The command's context.
 * @param groups - Findings per file.
 * @example
 * ```ts
 * printInputFindings(context, [{ file, findings: input.findings }]);
 * ```
 */
export function printInputFindings(context: CommandContext, groups: readonly FileFindings[]): void {
  if (context.format === 'sarif') printSarif(context, groups);
  else context.io.stdout(formatFindingsReport(groups, context.lang, context.style));
}
