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

/**
 * Something the tool says about its own run rather than about a finding in a file (SARIF
 * `toolExecutionNotifications`): a file it skipped because it cannot tell what it is, a usage error that
 * stopped it. Placed at `file` when there is one.
 */
export interface SarifNotification {
  readonly level: 'error' | 'warning' | 'note';
  /** A stable id: `egov/usage-error`, `egov/unknown-kind`, `egov/internal-error`… */
  readonly id: string;
  readonly message: string;
  readonly file?: string;
}

/** How the run ended, as SARIF's `invocations[0]`. */
export interface SarifInvocation {
  /** False when the tool could not do what was asked (a usage or input error, a bug): exit 2 or 70. */
  readonly executionSuccessful: boolean;
  readonly exitCode: number;
  readonly notifications: readonly SarifNotification[];
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
 * @param invocation - How the run ended and what the tool says about it (skipped files, the error that
 *   stopped it), as `invocations[0]` with `toolExecutionNotifications`; absent: no `invocations`.
 * @returns The SARIF log object.
 * @example
 * ```ts
 * JSON.stringify(toSarif([{ file: 'roadmap.yaml', findings }], 'en', '0.1.0', process.cwd()));
 * ```
 */
export function toSarif(groups: readonly FileFindings[], lang: Language, version: string, cwd: string, invocation?: SarifInvocation): Record<string, unknown> {
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
        ...(invocation === undefined ? {} : { invocations: [sarifInvocation(invocation, cwd)] }),
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

function sarifInvocation(invocation: SarifInvocation, cwd: string): Record<string, unknown> {
  return {
    executionSuccessful: invocation.executionSuccessful,
    exitCode: invocation.exitCode,
    toolExecutionNotifications: invocation.notifications.map((note) => ({
      level: note.level,
      descriptor: { id: note.id },
      message: { text: note.message },
      ...(note.file === undefined || note.file === '-' || note.file === ''
        ? {}
        : { locations: [{ physicalLocation: { artifactLocation: { uri: sarifUri(note.file, cwd) } } }] }),
    })),
  };
}

function printSarif(context: CommandContext, groups: readonly FileFindings[], invocation?: SarifInvocation): void {
  context.io.stdout(JSON.stringify(toSarif(groups, context.lang, cliVersion, process.cwd(), invocation), null, 2) + '\n');
}

/**
 * Prints findings as SARIF on stdout (URIs relative to the process's working directory; findings of YAML
 * and JSON documents come located by the readers, `locateYamlFindings`) and passes the exit code through, so a command's SARIF
 * branch is one line.
 *
 * @param context - The command's context.
 * @param groups - Findings per file.
 * @param code - The exit code to return.
 * @param notifications - What the tool says about its run besides findings (files it skipped).
 * @returns `code`, once printed.
 * @example
 * ```ts
 * if (context.format === 'sarif') return writeSarif(context, [{ file, findings }], hasErrors(findings) ? 1 : 0);
 * ```
 */
export function writeSarif(context: CommandContext, groups: readonly FileFindings[], code: number, notifications: readonly SarifNotification[] = []): number {
  printSarif(context, groups, { executionSuccessful: code !== 2, exitCode: code, notifications });
  return code;
}

/**
 * Prints the findings of a file a command could not use (unreadable, not a table of its kind, a required
 * column missing), in the format asked for: SARIF with the findings as results and an unsuccessful run,
 * JSON `{ error, files }` (the `error` says the command has no result), else the text report. Every
 * command's "cannot use this file" path goes through here, so no format prints text on it.
 *
 * @param context - The command's context.
 * @param groups - Findings per file.
 * @param code - The exit code: 2 when the file cannot be read or used, 1 when it was read but fails
 *   (a roadmap that does not pass the schema).
 * @returns `code`, once printed.
 * @example
 * ```ts
 * if (input.format === 'unreadable') return printInputFindings(context, [{ file, findings: input.findings }], 2);
 * ```
 */
export function printInputFindings(context: CommandContext, groups: readonly FileFindings[], code: 1 | 2): number {
  if (context.format === 'text') {
    context.io.stdout(formatFindingsReport(groups, context.lang, context.style));
    return code;
  }
  const files = groups.map((group) => group.file).join(', ');
  const message = code === 2 ? `cannot use ${files}: see its findings` : `${files} fails: see its findings`;
  // stdout is for the machine; whoever reads the job's log still learns why it stopped.
  context.io.stderr(`egov: ${message}\n`);
  if (context.format === 'sarif') return writeSarif(context, groups, code);
  context.io.stdout(JSON.stringify({ error: { kind: 'input', exitCode: code, message }, files: groups }, null, 2) + '\n');
  return code;
}
