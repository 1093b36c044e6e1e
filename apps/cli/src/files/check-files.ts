import { dirname, resolve } from 'node:path';
import { sortFindings, type Finding, type Language } from '@egov/core';
import type { AmountUnit } from '@egov/budget';
import { UsageError } from '../context';
import type { FileFindings } from '../output/print-findings';
import { parseUnitOption } from './budget-table';
import { companionUnit } from './companion-unit';
import { fileKinds, type CheckHints, type FileKind } from './kinds';
import { readInput, type InputFile } from './read-input';
import type { TableReading } from './table-reading';

/** One file as `egov check` saw it: what was read, the kind detected, the hints used and the findings. */
export interface CheckedFile {
  readonly file: string;
  readonly input: InputFile;
  /** The kind detected or forced; absent for an unreadable file. */
  readonly kind?: FileKind;
  /** The hints the kind's check ran with (the budget unit from `--unit` or a companion document). */
  readonly hints: CheckHints;
  /** Reading findings and the kind's findings, sorted. */
  readonly findings: readonly Finding[];
}

/** Options of {@link checkFiles}. */
export interface CheckFilesOptions {
  /** The kind given with `--kind`, instead of detection. */
  readonly forced?: FileKind;
  /** Unit of budget tables whose headers do not state it (`--unit`). */
  readonly unit?: AmountUnit;
  /** The user's column mapping and number notation (`--columns`, `--notation`). */
  readonly reading?: TableReading;
  /** Paths the user named: such a file of unknown kind is a usage error rather than skipped. */
  readonly named?: ReadonlySet<string>;
}

/** What {@link checkFiles} found. */
export interface CheckedFiles {
  /** Files read (or unreadable), in the order given. */
  readonly checked: readonly CheckedFile[];
  /** Files of a kind the CLI does not know (found in a folder). */
  readonly skipped: readonly string[];
  /** What those skipped files contain, for commands that read more than they check. */
  readonly skippedInputs: readonly InputFile[];
  /**
   * Skipped files that a checked plan lists in its `tables` (kept beside it as data, with no check of their
   * own), with the plan that lists them, in the order of `skipped`.
   */
  readonly attached: readonly { readonly file: string; readonly plan: string }[];
  /** Whether a file could not be read (exit code 2). */
  readonly unreadable: boolean;
}

/**
 * Reads and checks files the way `egov check` does, for every command that validates a folder (`check`,
 * `report`): each file is read, its kind detected (or forced), its budget unit taken from `--unit` or a
 * companion document, and the kind's findings added to the reading findings.
 *
 * @param files - Files to read (already expanded from folders by `collectFiles`).
 * @param options - Forced kind, unit, named paths.
 * @returns The checked files, the skipped ones, and whether one was unreadable.
 * @throws {UsageError} when a file named on the command line is of no known kind.
 * @example
 * ```ts
 * const { checked } = await checkFiles(['examples/hagiang-2013-roadmap/budget.csv']);
 * checked[0]?.kind?.id; // "budget"
 * ```
 */
export async function checkFiles(files: readonly string[], options: CheckFilesOptions = {}): Promise<CheckedFiles> {
  const checked: CheckedFile[] = [];
  const skipped: string[] = [];
  const skippedInputs: InputFile[] = [];
  let unreadable = false;
  for (const file of files) {
    const input = await readInput(file);
    if (input.format === 'unreadable') {
      unreadable = true;
      checked.push({ file, input, hints: {}, findings: sortFindings(input.findings) });
      continue;
    }
    const reading = options.reading ?? {};
    const kind: FileKind | undefined = options.forced ?? fileKinds.find((candidate) => candidate.detect(input, { reading }));
    if (kind === undefined) {
      if (options.named?.has(file) === true) throw new UsageError(`cannot tell what ${file} is; give --kind (${fileKinds.map((k) => k.id).join(', ')})`, { file });
      skipped.push(file);
      skippedInputs.push(input);
      continue;
    }
    const hints: CheckHints = { ...(await hintsFor(input.format, file, options.unit)), reading };
    checked.push({ file, input, kind, hints, findings: sortFindings([...input.findings, ...kind.check(input, hints)]) });
  }
  const listedBy = planTables(checked);
  const attached = skipped.flatMap((file) => {
    const plan = listedBy.get(resolve(file));
    return plan === undefined ? [] : [{ file, plan }];
  });
  return { checked, skipped, skippedInputs, attached, unreadable };
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The files the checked plans list in their `tables` (resolved beside the plan) → the plan's file. */
function planTables(checked: readonly CheckedFile[]): Map<string, string> {
  const listed = new Map<string, string>();
  for (const { file, input, kind } of checked) {
    if (kind?.id !== 'plan' || input.format !== 'document' || !isRecord(input.data)) continue;
    const tables: unknown = input.data.tables;
    if (!Array.isArray(tables)) continue;
    for (const table of tables as readonly unknown[]) {
      const name = isRecord(table) ? table.file : undefined;
      if (typeof name === 'string' && name !== '') listed.set(resolve(dirname(file), name), file);
    }
  }
  return listed;
}

/**
 * The findings of checked files grouped by file, with the kind's name in the user's language, as the
 * finding printers and the SARIF writer take them.
 *
 * @param checked - Files from {@link checkFiles}.
 * @param lang - Language of the kind names.
 * @returns One group per file.
 * @example
 * ```ts
 * formatFindingsReport(findingGroups(checked, 'vi'), 'vi', style);
 * ```
 */
export function findingGroups(checked: readonly CheckedFile[], lang: Language): FileFindings[] {
  return checked.map((entry) => (entry.kind === undefined ? { file: entry.file, findings: entry.findings } : { file: entry.file, kind: entry.kind.label[lang], findings: entry.findings }));
}

async function hintsFor(format: string, file: string, unit: AmountUnit | undefined): Promise<CheckHints> {
  if (unit !== undefined) return { unit };
  if (format !== 'table') return {};
  const stated = await companionUnit(file);
  const companion = stated === undefined ? undefined : parseUnitOption(stated);
  return companion === undefined ? {} : { unit: companion };
}

/**
 * What `egov check` says about the files it did not check: the tables a plan lists (kept beside it as data,
 * by plan), then the files of no known kind.
 *
 * @param skipped - Every file not checked.
 * @param attached - Those a checked plan lists in its `tables`, with the plan.
 * @param lang - The language of the lines.
 * @returns One line per plan with listed tables, and one for the rest.
 * @example
 * ```ts
 * skippedLines(['a/tasks.csv', 'b/x.csv'], [{ file: 'a/tasks.csv', plan: 'a/plan.yaml' }], 'en');
 * // ['Tables of a/plan.yaml (data, no check of their own): a/tasks.csv', 'Skipped (kind not recognised): b/x.csv']
 * ```
 */
export function skippedLines(skipped: readonly string[], attached: readonly { readonly file: string; readonly plan: string }[], lang: Language): string[] {
  const lines: string[] = [];
  const plans = [...new Set(attached.map((entry) => entry.plan))];
  for (const plan of plans) {
    const files = attached.filter((entry) => entry.plan === plan).map((entry) => entry.file);
    lines.push(`${lang === 'vi' ? `Bảng kèm theo ${plan} (số liệu, không có kiểm tra riêng):` : `Tables of ${plan} (data, no check of their own):`} ${files.join(', ')}`);
  }
  const listed = new Set(attached.map((entry) => entry.file));
  const rest = skipped.filter((file) => !listed.has(file));
  if (rest.length > 0) lines.push(`${lang === 'vi' ? 'Bỏ qua (chưa nhận ra loại tệp):' : 'Skipped (kind not recognised):'} ${rest.join(', ')}`);
  return lines;
}
