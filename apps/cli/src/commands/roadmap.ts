import { hasErrors, type Finding } from '@egov/core';
import {
  projectRoadmap,
  roadmapJsonSchema,
  roadmapProgress,
  validateRoadmap,
  type EntryStatus,
  type ProgressCatalogueItem,
  type TargetStatus,
  type ValidationConfig,
} from '@egov/roadmap';
import { locateYamlFindings } from '@egov/io';
import { dayOption } from '../files/day-option';
import { catalogueFromTable } from '../files/procedure-table';
import { readInput } from '../files/read-input';
import { UsageError, type CommandContext } from '../context';
import { formatFindingsReport } from '../output/print-findings';
import { formatTable } from '../output/format-table';
import { printInputFindings, writeSarif } from '../output/sarif';

interface RoadmapInput {
  readonly data: unknown;
  /** Gives findings about the document the line and column of their JSON pointer. */
  readonly locate: (findings: readonly Finding[]) => Finding[];
}

async function readRoadmapInput(file: string): Promise<RoadmapInput | { findings: readonly Finding[] }> {
  const input = await readInput(file);
  if (input.format === 'unreadable') return { findings: input.findings };
  if (input.format !== 'document') throw new UsageError(`${file} is a table; a roadmap is a YAML or JSON document`);
  return { data: input.data, locate: (findings) => locateYamlFindings(findings, input.text, file) };
}

async function readConfig(file: string | undefined): Promise<ValidationConfig> {
  if (file === undefined) return {};
  const input = await readInput(file);
  if (input.format !== 'document' || typeof input.data !== 'object' || input.data === null) {
    throw new UsageError(`cannot read the rule configuration ${file} (a JSON or YAML object with "rules")`);
  }
  // Only data can come from a file: rules (levels and options) and references; plugins are code.
  const { rules, references, nearMatchThreshold } = input.data as Record<string, unknown>;
  const isObject = (value: unknown): value is Record<string, never> => typeof value === 'object' && value !== null && !Array.isArray(value);
  return {
    ...(isObject(rules) ? { rules } : {}),
    ...(isObject(references) ? { references } : {}),
    ...(typeof nearMatchThreshold === 'number' ? { nearMatchThreshold } : {}),
  };
}

/**
 * `egov roadmap validate <file>`: validates one roadmap with an optional rule configuration file
 * (`--config rules.yaml` with `rules: { "roadmap/step-after-due": "off" }`).
 *
 * @returns 0 clean, 1 when any finding is an error, 2 when the file cannot be read.
 * @throws {UsageError} when the file is not a document or the configuration cannot be read.
 * @example
 * ```ts
 * await roadmapValidateCommand(context, 'examples/thaibinh-2013-roadmap/roadmap.yaml', {});
 * ```
 */
export async function roadmapValidateCommand(context: CommandContext, file: string, options: { config?: string }): Promise<number> {
  const config = await readConfig(options.config);
  const input = await readRoadmapInput(file);
  if ('findings' in input) return printInputFindings(context, [{ file, findings: input.findings }], 2);
  const findings = input.locate(validateRoadmap(input.data, config).findings);
  const groups = [{ file, kind: context.lang === 'vi' ? 'lộ trình' : 'roadmap', findings }];
  if (context.format === 'json') context.io.stdout(JSON.stringify({ file, findings }, null, 2) + '\n');
  else if (context.format === 'sarif') writeSarif(context, groups, 0);
  else context.io.stdout(formatFindingsReport(groups, context.lang, context.style));
  return hasErrors(findings) ? 1 : 0;
}

/**
 * `egov roadmap schema`: prints the roadmap JSON Schema.
 *
 * @returns 0.
 * @example
 * ```ts
 * roadmapSchemaCommand(context); // prints the schema
 * ```
 */
export function roadmapSchemaCommand(context: CommandContext): number {
  context.io.stdout(JSON.stringify(roadmapJsonSchema(), null, 2) + '\n');
  return 0;
}

/**
 * `egov roadmap project <file>`: the number of services at each level at the end of every year.
 *
 * @returns 0, or 1 when the roadmap does not pass the schema.
 * @example
 * ```ts
 * await roadmapProjectCommand(context, 'examples/thaibinh-2013-roadmap/roadmap.yaml');
 * ```
 */
export async function roadmapProjectCommand(context: CommandContext, file: string): Promise<number> {
  const input = await readRoadmapInput(file);
  const result = 'findings' in input ? undefined : validateRoadmap(input.data, { rules: {} });
  if (result?.roadmap === undefined || result.services === undefined) {
    const findings = 'findings' in input ? input.findings : input.locate(result?.findings ?? []);
    return printInputFindings(context, [{ file, findings: findings.filter((f) => f.severity === 'error') }], 'findings' in input ? 2 : 1);
  }
  const projection = projectRoadmap(result.roadmap, result.services);
  // A roadmap that passes the schema has no findings to report here (`roadmap validate` lists them all).
  if (context.format === 'sarif') return writeSarif(context, [{ file, findings: [] }], 0);
  if (context.format !== 'text') {
    context.io.stdout(JSON.stringify(projection, null, 2) + '\n');
    return 0;
  }
  const vi = context.lang === 'vi';
  const header = [vi ? 'Năm' : 'Year', vi ? 'Mức 1' : 'Level 1', vi ? 'Mức 2' : 'Level 2', vi ? 'Mức 3' : 'Level 3', vi ? 'Mức 4' : 'Level 4', vi ? 'Mức ≥ 3' : 'Level ≥ 3'];
  const rows = projection.years.map((year, index) => {
    const counts = projection.distribution[index] ?? [0, 0, 0, 0];
    return [String(year), ...counts.map(String), String(projection.atLeastLevelThree[index] ?? 0)];
  });
  context.say(context.style.bold(`${result.roadmap.decision.number} — ${result.roadmap.province}`));
  context.say(formatTable(header, rows));
  return 0;
}

/** Options of `egov roadmap progress`. */
export interface RoadmapProgressOptions {
  /** The actual catalogue (CSV or XLSX with names and levels or classes). */
  readonly catalogue: string;
  /** The catalogue's day, ISO `YYYY-MM-DD`. */
  readonly asOf: string;
}

const entryStatusLabel: Readonly<Record<EntryStatus, { vi: string; en: string }>> = {
  done: { vi: 'đã đạt', en: 'done' },
  'on-track': { vi: 'chưa đến hạn', en: 'on track' },
  missed: { vi: 'trễ hạn', en: 'missed' },
};

const targetStatusLabel: Readonly<Record<TargetStatus, { vi: string; en: string }>> = {
  met: { vi: 'đạt', en: 'met' },
  'not-met': { vi: 'không đạt', en: 'not met' },
  'not-yet-due': { vi: 'chưa đến hạn', en: 'not yet due' },
  'not-checked': { vi: 'không kiểm tra được', en: 'not checked' },
};

/**
 * `egov roadmap progress <roadmap> --catalogue <file> --as-of <day>`: the status of every entry (done, on
 * track, missed) and every target (met, not met, not yet due) of a roadmap against the actual catalogue of a
 * day, with how each entry was matched to the catalogue. A report, not a validation: it exits 0 whatever the
 * statuses (use `--json` to act on them), 1 when the roadmap does not pass the schema, 2 when the catalogue
 * or the day cannot be used.
 *
 * @returns The exit code.
 * @throws {UsageError} when the day is not `YYYY-MM-DD` or the catalogue is not a table.
 * @example
 * ```ts
 * await roadmapProgressCommand(context, 'roadmap.yaml', { catalogue: 'catalogue.csv', asOf: '2015-12-31' });
 * ```
 */
export async function roadmapProgressCommand(context: CommandContext, file: string, options: RoadmapProgressOptions): Promise<number> {
  dayOption(options.asOf, '--as-of');
  const input = await readRoadmapInput(file);
  const result = 'findings' in input ? undefined : validateRoadmap(input.data, { rules: {} });
  if (result?.roadmap === undefined) {
    const findings = ('findings' in input ? input.findings : input.locate(result?.findings ?? [])).filter((finding) => finding.severity === 'error');
    return printInputFindings(context, [{ file, findings }], 'findings' in input ? 2 : 1);
  }
  const table = await readInput(options.catalogue);
  if (table.format === 'unreadable') return printInputFindings(context, [{ file: options.catalogue, findings: table.findings }], 2);
  if (table.format !== 'table') throw new UsageError(`${options.catalogue} is a document; the catalogue is a CSV or XLSX table`);
  const { procedures, findings } = catalogueFromTable(table.table, options.catalogue);
  const catalogue: ProgressCatalogueItem[] = procedures.map((procedure) => ({
    code: procedure.code,
    name: procedure.name,
    level: procedure.onlineLevel,
    // "none" (not offered online) reaches no level, like a missing class.
    class: procedure.onlineClass === 'none' ? undefined : procedure.onlineClass,
  }));
  const progress = roadmapProgress(result.roadmap, catalogue, options.asOf);
  if (context.format !== 'text') {
    context.io.stdout(JSON.stringify({ roadmap: file, catalogue: options.catalogue, catalogueFindings: findings, ...progress }, null, 2) + '\n');
    return 0;
  }
  const vi = context.lang === 'vi';
  const lang = context.lang;
  if (findings.length > 0) context.io.stdout(formatFindingsReport([{ file: options.catalogue, findings }], lang, context.style));
  context.say(context.style.bold(`${result.roadmap.decision.number} — ${result.roadmap.province} — ${vi ? 'tiến độ tại' : 'progress at'} ${progress.asOf}`));
  // A terminal table stays readable: long names are cut (the JSON output keeps them whole).
  const cut = (text: string): string => (text.length > 70 ? `${text.slice(0, 69)}…` : text);
  const score = (value: number): string => (vi ? value.toFixed(2).replace('.', ',') : value.toFixed(2));
  const entryRows = progress.entries.map((entry) => [
    cut(entry.service),
    entry.dueEnd,
    entry.requiredLevel === undefined ? '' : String(entry.requiredLevel),
    entry.reachedLevel === undefined ? '' : String(entry.reachedLevel),
    entryStatusLabel[entry.status][lang],
    entry.match.method === 'none'
      ? vi ? 'không thấy trong danh mục' : 'not in the catalogue'
      : entry.match.method === 'near'
        ? `≈ ${cut(entry.match.name)} (${score(entry.match.score)})`
        : entry.match.method === 'code' ? (vi ? 'theo mã' : 'by code') : vi ? 'theo tên' : 'by name',
  ]);
  context.say(
    formatTable(
      [vi ? 'Dịch vụ' : 'Service', vi ? 'Hạn' : 'Due', vi ? 'Mức cần' : 'Required', vi ? 'Mức đạt' : 'Reached', vi ? 'Trạng thái' : 'Status', vi ? 'Khớp danh mục' : 'Catalogue match'],
      entryRows,
    ),
  );
  if (progress.targets.length > 0) {
    const targetRows = progress.targets.map((target) => [
      target.path,
      target.kind,
      String(target.level),
      target.byEnd,
      target.numerator === undefined ? '' : `${String(target.numerator)}${target.denominator === undefined ? '' : `/${String(target.denominator)}`}`,
      target.needed === undefined ? '' : String(target.needed),
      targetStatusLabel[target.status][lang] + (target.reason === undefined ? '' : ` (${target.reason})`),
    ]);
    context.say(
      formatTable(
        [vi ? 'Mục tiêu' : 'Target', vi ? 'Loại' : 'Kind', vi ? 'Mức' : 'Level', vi ? 'Hạn' : 'By', vi ? 'Đạt được' : 'Reached', vi ? 'Cần' : 'Needed', vi ? 'Trạng thái' : 'Status'],
        targetRows,
      ),
    );
  }
  const counts = (Object.keys(entryStatusLabel) as EntryStatus[]).map((status) => `${String(progress.entryCounts[status])} ${entryStatusLabel[status][lang]}`);
  context.say(`${vi ? 'Dịch vụ' : 'Services'}: ${counts.join(', ')}`);
  return 0;
}
