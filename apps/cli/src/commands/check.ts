import { tableReading, type TableReadingOptions } from '../files/table-reading';
import { hasErrors } from '@egov/core';
import { parseUnitOption } from '../files/budget-table';
import { collectFiles } from '../files/collect-files';
import { checkFiles, findingGroups, skippedLines } from '../files/check-files';
import { fileKinds } from '@egov/documents';
import { UsageError, type CommandContext } from '../context';
import { formatFindingsReport } from '../output/print-findings';
import { writeSarif, type SarifNotification } from '../output/sarif';

/** Options of `egov check`. */
export interface CheckOptions extends TableReadingOptions {
  readonly kind?: string;
  /** Unit of budget tables whose headers do not state it; else taken from a companion document. */
  readonly unit?: string;
}

/**
 * `egov check <paths…>`: reads every file (folders recursively), detects its kind or takes `--kind`,
 * validates it, and prints the findings grouped by file. Files found in a folder whose kind is unknown are
 * listed as skipped; a file named on the command line whose kind is unknown is a usage error.
 *
 * @returns The exit code: 0 clean, 1 when any finding is an error, 2 when a file could not be read.
 * @throws {UsageError} for a missing path, an unknown `--kind`, or a named file of unknown kind.
 * @example
 * ```ts
 * await checkCommand(context, ['examples'], {}); // 1 when the examples have errors
 * ```
 */
export async function checkCommand(context: CommandContext, paths: readonly string[], options: CheckOptions): Promise<number> {
  const forced = options.kind === undefined ? undefined : fileKinds.find((kind) => kind.id === options.kind);
  if (options.kind !== undefined && forced === undefined) {
    throw new UsageError(`unknown --kind "${options.kind}"; known kinds: ${fileKinds.map((kind) => kind.id).join(', ')}`);
  }
  const unit = options.unit === undefined ? undefined : parseUnitOption(options.unit);
  if (options.unit !== undefined && unit === undefined) {
    throw new UsageError(`unknown --unit "${options.unit}"; use đồng, nghìn, triệu or tỷ`);
  }
  const { files, missing } = await collectFiles(paths);
  if (missing.length > 0) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);
  const { checked, skipped, attached, unreadable } = await checkFiles(files, {
    ...(forced === undefined ? {} : { forced }),
    ...(unit === undefined ? {} : { unit }),
    reading: tableReading(options),
    named: new Set(paths),
  });
  const groups = findingGroups(checked, context.lang);
  const all = groups.flatMap((group) => group.findings);
  const code = unreadable ? 2 : hasErrors(all) ? 1 : 0;
  if (context.format === 'json') {
    context.io.stdout(JSON.stringify({ files: groups, skipped, attached }, null, 2) + '\n');
  } else if (context.format === 'sarif') {
    // A file left unchecked is said in the log too (a notification at the file), never dropped silently.
    writeSarif(context, groups, code, skippedNotifications(skipped, attached));
  } else {
    // --quiet prints errors only, like ESLint.
    const shown = context.quiet
      ? groups.map((group) => ({ ...group, findings: group.findings.filter((finding) => finding.severity === 'error') })).filter((group) => group.findings.length > 0)
      : groups;
    if (shown.length > 0) context.io.stdout(formatFindingsReport(shown, context.lang, context.style));
    for (const line of skippedLines(skipped, attached, context.lang)) context.say(context.style.dim(line));
  }
  return code;
}

function skippedNotifications(skipped: readonly string[], attached: readonly { readonly file: string; readonly plan: string }[]): SarifNotification[] {
  const planOf = new Map(attached.map((entry) => [entry.file, entry.plan]));
  return skipped.map((file) => {
    const plan = planOf.get(file);
    return plan === undefined
      ? { level: 'warning', id: 'egov/unknown-kind', message: `Skipped: cannot tell what ${file} is (give --kind to check it)`, file }
      : { level: 'note', id: 'egov/plan-table', message: `A table of ${plan} (data, no check of its own)`, file };
  });
}

