import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve, sep } from 'node:path';
import { countFindings, type Finding, type FindingCounts } from '@egov/core';
import { checkFiles } from '../files/check-files';
import { collectFiles, readableExtensions } from '../files/collect-files';
import { aggregateRecordFiles } from '../files/record-stream';
import { UsageError, type CommandContext } from '../context';
import { writeSarif } from '../output/sarif';
import { buildReport } from '../report/build-report';
import { gatherReportData } from '../report/gather-report-data';
import type { ReportRecords } from '../report/report-data';
import { renderHtml } from '../report/render-html';
import { renderMarkdown } from '../report/render-markdown';
import { reportSheets } from '../report/report-sheets';
import { writeReportXlsx } from '../report/write-report-xlsx';

/** Options of `egov report`. */
export interface ReportOptions {
  /** Output folder (default `egov-report` in the current directory). */
  readonly out?: string;
  /** Comma-separated outputs: `md`, `html`, `xlsx` (default all three). */
  readonly formats?: string;
  /** Overwrite existing report files. */
  readonly force?: boolean;
}

type OutputKind = 'md' | 'html' | 'xlsx';
const outputKinds: readonly OutputKind[] = ['md', 'html', 'xlsx'];

function parseFormats(text: string | undefined): OutputKind[] {
  if (text === undefined) return [...outputKinds];
  const wanted = text
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '');
  const unknown = wanted.filter((part) => !outputKinds.includes(part as OutputKind));
  if (wanted.length === 0 || unknown.length > 0) throw new UsageError(`--formats takes md, html and/or xlsx separated by commas, found "${text}"`);
  return outputKinds.filter((kind) => wanted.includes(kind));
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The folders to report on. A province folder holds its files (directly or in sub-folders) and is one
 * report. A folder of province folders, such as `examples/`, holds no file itself, only sub-folders
 * that do: each sub-folder is one report, written to a sub-folder of the output folder of the same name.
 */
async function reportFolders(folder: string, out: string): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules');
  if (entries.some((entry) => entry.isFile() && readableExtensions.includes(extname(entry.name).toLowerCase()))) return [folder];
  const folders: string[] = [];
  for (const entry of entries.filter((candidate) => candidate.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (resolve(path) === out) continue;
    if ((await collectFiles([path])).files.length > 0) folders.push(path);
  }
  return folders;
}

async function recordsOf(files: readonly string[]): Promise<ReportRecords | undefined> {
  if (files.length === 0) return undefined;
  const read = await aggregateRecordFiles(files);
  return {
    files,
    rows: read.rows,
    valid: read.valid,
    invalid: read.invalid.count,
    ...(read.latestDate === undefined ? {} : { latestDate: read.latestDate }),
    stats: read.aggregator.totals(),
  };
}

interface Written {
  readonly folder: string;
  readonly title: string;
  readonly paths: readonly string[];
  readonly summary: string;
  readonly counts: FindingCounts;
  readonly sections: readonly string[];
}

/**
 * `egov report <folder>`: one report of a province folder, combining what the other commands compute
 * (documents, the findings of `egov check`, roadmap projection and entries, budget totals with amounts
 * in words and reconciliation, procedure statistics, ICT-Index ranks, record statistics), written as
 * `report.md`, a self-contained `report.html` with charts, and `report.xlsx` with one sheet per table.
 * A folder of province folders (no file of its own) gives one report per sub-folder. Existing files are
 * never overwritten without `--force`.
 *
 * @returns 0 when written and no finding is an error, 1 when a finding is an error, 2 when a file was unreadable.
 * @throws {UsageError} for a missing folder, a file instead of a folder, nothing to report, bad `--formats`, or an existing output file.
 * @example
 * ```ts
 * await reportCommand(context, 'examples/hagiang-2013-roadmap', { out: '/tmp/rep' });
 * ```
 */
export async function reportCommand(context: CommandContext, folder: string, options: ReportOptions): Promise<number> {
  const formats = parseFormats(options.formats);
  let info;
  try {
    info = await stat(folder);
  } catch {
    throw new UsageError(`no such folder: ${folder}`);
  }
  if (!info.isDirectory()) throw new UsageError(`${folder} is a file; egov report takes a folder (e.g. egov report examples/hagiang-2013-roadmap)`);
  const out = resolve(options.out ?? 'egov-report');
  const folders = await reportFolders(folder, out);
  if (folders.length === 0) throw new UsageError(`${folder} holds no file egov reads (${readableExtensions.join(', ')})`);
  const single = folders.length === 1 && folders[0] === folder;
  const targets = folders.map((path) => ({ folder: path, dir: single ? out : join(out, basename(path)) }));
  const names: Record<OutputKind, string> = { md: 'report.md', html: 'report.html', xlsx: 'report.xlsx' };
  if (options.force !== true) {
    for (const target of targets) {
      for (const kind of formats) {
        const path = join(target.dir, names[kind]);
        if (await exists(path)) throw new UsageError(`${path} exists; add --force to overwrite it, or choose another folder with --out`);
      }
    }
  }
  const written: Written[] = [];
  // --format sarif: the findings of every file reported, as `egov check` gives them.
  const sarifGroups: { readonly file: string; readonly findings: readonly Finding[] }[] = [];
  let unreadable = false;
  for (const target of targets) {
    // A report written inside the folder (`egov report .`) is not part of the next report.
    const files = (await collectFiles([target.folder])).files.filter((file) => !resolve(file).startsWith(out + sep));
    const checked = await checkFiles(files);
    unreadable ||= checked.unreadable;
    const records = await recordsOf(checked.checked.filter((entry) => entry.kind?.id === 'records').map((entry) => entry.file));
    const data = gatherReportData({ folder: target.folder, checked: checked.checked, skipped: checked.skippedInputs, attached: checked.attached, ...(records === undefined ? {} : { records }) });
    for (const entry of data.files) sarifGroups.push({ file: entry.file, findings: entry.findings });
    const report = buildReport(data, context.lang);
    await mkdir(target.dir, { recursive: true });
    const paths: string[] = [];
    for (const kind of formats) {
      const path = join(target.dir, names[kind]);
      const content = kind === 'md' ? renderMarkdown(report) : kind === 'html' ? renderHtml(report) : await writeReportXlsx(reportSheets(report));
      await writeFile(path, content);
      paths.push(path);
    }
    written.push({
      folder: target.folder,
      title: report.title,
      paths,
      summary: report.summary,
      counts: countFindings(data.files.flatMap((file) => file.findings)),
      sections: report.sections.map((section) => section.id),
    });
  }
  const errors = written.some((report) => report.counts.error > 0);
  if (context.format === 'sarif') return writeSarif(context, sarifGroups, unreadable ? 2 : errors ? 1 : 0);
  if (context.format === 'json') {
    context.io.stdout(JSON.stringify({ out, reports: written }, null, 2) + '\n');
  } else {
    const vi = context.lang === 'vi';
    for (const report of written) {
      context.say(context.style.bold(report.title) + context.style.dim(` (${report.folder})`));
      for (const path of report.paths) context.say(`  ${path}`);
      context.say(`  ${report.counts.error > 0 ? context.style.severity('error', report.summary) : report.summary}`);
    }
    if (written.length > 1) context.say(vi ? `${String(written.length)} báo cáo trong ${out}` : `${String(written.length)} reports in ${out}`);
  }
  if (unreadable) return 2;
  return errors ? 1 : 0;
}
