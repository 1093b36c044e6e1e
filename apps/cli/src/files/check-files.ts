import type { Finding, Language } from '@egov/core';
import { analyseReadInputs, fileKinds, folderOf, type AnalysedFile, type FileKind } from '@egov/documents';
import type { AmountUnit } from '@egov/budget';
import { UsageError } from '../context';
import type { FileFindings } from '../output/print-findings';
import { parseUnitOption } from './budget-table';
import { companionUnit } from './companion-unit';
import { readInput, type InputFile } from './read-input';
import type { TableReading } from './table-reading';

/** What the CLI knows about a file besides its content (from options or companion documents). */
export interface CheckHints {
  /** Unit of a budget table whose headers do not state it (`--unit`, or a companion document). */
  readonly unit?: AmountUnit;
}

/** One file as `egov check` saw it: what was read, the kind detected, the hints used and the findings. */
export interface CheckedFile {
  readonly file: string;
  readonly input: InputFile;
  /** The kind detected or forced (`fileKinds` of `@egov/documents`); absent for an unreadable file. */
  readonly kind?: FileKind;
  /** The hints the kind's check ran with (the budget unit from `--unit` or a companion document). */
  readonly hints: CheckHints;
  /** Reading findings, the kind's findings and cross-document findings, sorted. */
  readonly findings: readonly Finding[];
  /** The file as `@egov/documents` analysed it (summary figures, links). */
  readonly analysed: AnalysedFile;
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
 * Reads files from disk and analyses them together with `analyseReadInputs` of `@egov/documents`, for every
 * command that validates a folder (`check`, `report`): each file's kind is detected (or forced), its budget
 * unit taken from `--unit` or a companion document, and the documents checked against each other.
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
  const inputs: InputFile[] = [];
  for (const file of files) inputs.push(await readInput(file));
  // A companion document outside the named files still gives a table its unit (`egov check budget.csv`);
  // one among them is found by the analysis itself, which then names it as the declared link.
  const units: Record<string, AmountUnit> = {};
  const documentFolders = new Set(inputs.filter((input) => input.format === 'document').map((input) => folderOf(input.file)));
  if (options.unit === undefined) {
    for (const input of inputs) {
      if (input.format !== 'table' || documentFolders.has(folderOf(input.file))) continue;
      const stated = await companionUnit(input.file);
      const unit = stated === undefined ? undefined : parseUnitOption(stated);
      if (unit !== undefined) units[input.file] = unit;
    }
  }
  const analysis = analyseReadInputs(inputs, {
    ...(options.forced === undefined ? {} : { kind: options.forced.id }),
    ...(options.unit === undefined ? {} : { unit: options.unit }),
    units,
    ...(options.reading === undefined ? {} : { reading: options.reading }),
  });
  const checked: CheckedFile[] = [];
  const skipped: string[] = [];
  const skippedInputs: InputFile[] = [];
  const attached: { file: string; plan: string }[] = [];
  let unreadable = false;
  analysis.files.forEach((analysed, index) => {
    const input = inputs[index];
    if (input === undefined) return;
    const { file } = input;
    if (input.format === 'unreadable') unreadable = true;
    const kind = analysed.kind === undefined ? undefined : fileKinds.find((candidate) => candidate.id === analysed.kind?.id);
    if (kind === undefined && input.format !== 'unreadable') {
      if (options.named?.has(file) === true) {
        const reasons = (analysed.mismatches ?? []).map((mismatch) => `${mismatch.kind}: ${mismatch.reason.en}`).join('; ');
        throw new UsageError(`cannot tell what ${file} is (${reasons}); give --kind (${fileKinds.map((k) => k.id).join(', ')})`, { file });
      }
      skipped.push(file);
      skippedInputs.push(input);
      if (analysed.listedBy !== undefined) attached.push({ file, plan: analysed.listedBy });
      return;
    }
    const hints: CheckHints = analysed.unit === undefined ? {} : { unit: analysed.unit.unit };
    checked.push({ file, input, ...(kind === undefined ? {} : { kind }), hints, findings: analysed.findings, analysed });
  });
  return { checked, skipped, skippedInputs, attached, unreadable };
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
