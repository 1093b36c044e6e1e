import { tableReading, type TableReadingOptions } from '../files/table-reading';
import { hasErrors, sortFindings, type Finding } from '@egov/core';
import {
  compareYears,
  computeIndex,
  describeRankChange,
  indicatorNodes,
  roundTo,
  summariseRankChanges,
  whatIf,
  type Framework,
  type FrameworkNode,
  type IndexComputation,
  type WhatIfChange,
} from '@egov/ictindex';
import type { Table } from '@egov/io';
import { builtInFrameworks, indexFromTable, loadFramework, resolveUnit, type IndexTable } from '../files/ictindex-data';
import { isRankTable, ranksFromTable, type StatedRankChange } from '../files/rank-table';
import { readInput } from '../files/read-input';
import { UsageError, type CommandContext } from '../context';
import { formatFindingsReport } from '../output/print-findings';
import { formatTable } from '../output/format-table';
import { printInputFindings, writeSarif } from '../output/sarif';

/** Options shared by the ictindex commands that read data. */
export interface IctIndexOptions extends TableReadingOptions {
  /** `ict-index-2016` (default), `egdi`, or a framework file. */
  readonly framework?: string;
  readonly year?: string;
  readonly unit?: string;
  /** `indicatorId=value` pairs (whatif). */
  readonly set?: readonly string[];
}

function printFindings(context: CommandContext, file: string, findings: readonly Finding[]): void {
  const shown = context.quiet ? findings.filter((finding) => finding.severity === 'error') : findings;
  if (shown.length === 0) return;
  context.say('');
  context.io.stdout(formatFindingsReport([{ file, findings: sortFindings(shown) }], context.lang, context.style));
}

function parseYear(text: string, what: string): number {
  const year = Number(text);
  if (!Number.isInteger(year) || year < 1900 || year > 2200) throw new UsageError(`${what} must be a year such as 2017, found "${text}"`);
  return year;
}

function countIndicators(node: FrameworkNode): number {
  return indicatorNodes(node).length;
}

/**
 * `egov ictindex frameworks`: the built-in frameworks with their indicator counts and whether their
 * method is the official one.
 *
 * @returns 0.
 * @example
 * ```ts
 * ictindexFrameworksCommand(context); // ict-index-2016 … 30 indicators, not official
 * ```
 */
export function ictindexFrameworksCommand(context: CommandContext): number {
  const entries = Object.entries(builtInFrameworks);
  if (context.format !== 'text') {
    const list = entries.map(([name, framework]) => ({
      name,
      id: framework.id,
      version: framework.version,
      title: framework.name,
      indicators: countIndicators(framework.root),
      groups: framework.root.children?.length ?? 0,
      official: framework.method.official,
      note: framework.method.note,
      source: framework.source,
    }));
    context.io.stdout(JSON.stringify(list, null, 2) + '\n');
    return 0;
  }
  const vi = context.lang === 'vi';
  const header = ['--framework', vi ? 'Tên' : 'Name', vi ? 'Nhóm' : 'Groups', vi ? 'Chỉ tiêu' : 'Indicators', vi ? 'Chính thức' : 'Official'];
  const rows = entries.map(([name, framework]) => [
    name,
    framework.name[context.lang],
    String(framework.root.children?.length ?? 0),
    String(countIndicators(framework.root)),
    framework.method.official ? (vi ? 'có' : 'yes') : vi ? 'không' : 'no',
  ]);
  context.say(formatTable(header, rows));
  for (const [name, framework] of entries) {
    if (!framework.method.official) context.say(context.style.dim(`\n${name}: ${framework.method.note[context.lang]}`));
  }
  return 0;
}

type Loaded = { readonly ok: true; readonly file: string; readonly table: Table } | { readonly ok: false; readonly code: number };

async function loadTable(context: CommandContext, file: string): Promise<Loaded> {
  const input = await readInput(file);
  if (input.format === 'unreadable') {
    printInputFindings(context, [{ file, findings: input.findings }], 2);
    return { ok: false, code: 2 };
  }
  if (input.format !== 'table') throw new UsageError(`${file} is a document; index data is a CSV or XLSX table`);
  return { ok: true, file, table: input.table };
}

type Data = { readonly ok: true; readonly data: IndexTable } | { readonly ok: false; readonly code: number };

async function loadData(context: CommandContext, file: string, options: IctIndexOptions): Promise<Data> {
  const framework = await loadFramework(options.framework);
  if (!framework.ok) {
    printInputFindings(context, [{ file: framework.file, findings: framework.findings }], 2);
    return { ok: false, code: 2 };
  }
  const loaded = await loadTable(context, file);
  if (!loaded.ok) return loaded;
  if (isRankTable(loaded.table)) {
    throw new UsageError(`${file} lists ranks, not indicator values: use "egov ictindex compare <year A> <year B> --unit <province> ${file}"`);
  }
  const data = indexFromTable(loaded.table, file, framework.framework, tableReading(options));
  if (data.datasets.length === 0) {
    // Nothing could be read (a required column is missing): an input error, not a finding about the data.
    printInputFindings(context, [{ file, findings: data.findings }], 2);
    return { ok: false, code: 2 };
  }
  return { ok: true, data };
}

function computeYear(data: IndexTable, year: number | undefined): IndexComputation {
  const years = data.datasets.map((dataset) => dataset.year);
  const dataset = year === undefined ? data.datasets.at(-1) : data.datasets.find((candidate) => candidate.year === year);
  if (dataset === undefined) {
    throw new UsageError(`no data for ${String(year)}; the file has ${years.map((y) => (y === undefined ? '(no year)' : String(y))).join(', ')}`);
  }
  return computeIndex(data.framework, dataset);
}

// Vietnamese writes decimals with a comma ("0,2972"), as the published indices do.
const score = (value: number | null, lang: 'vi' | 'en'): string => {
  if (value === null) return '—';
  const text = roundTo(value, 4).toFixed(4);
  return lang === 'vi' ? text.replace('.', ',') : text;
};
const rank = (value: number | null): string => (value === null ? '—' : String(value));

function inputsNote(context: CommandContext, data: IndexTable): void {
  if (data.inputs.length === 0) return;
  context.say(
    context.style.dim(
      context.lang === 'vi'
        ? `Bảng cho sẵn chỉ số của: ${data.inputs.join(', ')} (dùng như đầu vào, không tính lại từ chỉ tiêu thành phần)`
        : `The table gives the indices of: ${data.inputs.join(', ')} (taken as inputs, not recomputed from indicators)`,
    ),
  );
}

/**
 * `egov ictindex compute <file>`: scores and ranks of every unit for one year, overall and by group.
 *
 * @returns 0, 1 when the data has error findings (missing values…), 2 when the file cannot be used.
 * @throws {UsageError} for an unknown framework, a year without data, or a rank table.
 * @example
 * ```ts
 * await ictindexComputeCommand(context, 'ictindex.csv', { year: '2017' });
 * ```
 */
export async function ictindexComputeCommand(context: CommandContext, file: string, options: IctIndexOptions): Promise<number> {
  const year = options.year === undefined ? undefined : parseYear(options.year, '--year');
  const loaded = await loadData(context, file, options);
  if (!loaded.ok) return loaded.code;
  const { data } = loaded;
  const result = computeYear(data, year);
  const findings = [...data.findings, ...result.findings];
  const root = data.framework.root;
  const groups = root.children ?? [];
  if (context.format === 'sarif') return writeSarif(context, [{ file, findings }], hasErrors(findings) ? 1 : 0);
  if (context.format !== 'text') {
    context.io.stdout(JSON.stringify({ file, unitNames: data.unitNames, inputs: data.inputs, ...result.toJSON(), findings }, null, 2) + '\n');
    return hasErrors(findings) ? 1 : 0;
  }
  const vi = context.lang === 'vi';
  const units = [...result.units].sort((a, b) => (result.rank(root.id, a) ?? Infinity) - (result.rank(root.id, b) ?? Infinity) || a.localeCompare(b));
  const header = [vi ? 'Hạng' : 'Rank', vi ? 'Đơn vị' : 'Unit', vi ? 'Điểm' : 'Score', ...groups.map((group) => group.name[context.lang])];
  const rows = units.map((unit) => [
    rank(result.rank(root.id, unit)),
    data.unitNames[unit] ?? unit,
    score(result.score(root.id, unit), context.lang),
    ...groups.map((group) => `${score(result.score(group.id, unit), context.lang)} (${rank(result.rank(group.id, unit))})`),
  ]);
  context.say(context.style.bold(`${data.framework.name[context.lang]}${result.year === undefined ? '' : ` — ${vi ? 'năm' : 'year'} ${String(result.year)}`}`));
  inputsNote(context, data);
  if (!data.framework.method.official) context.say(context.style.dim(vi ? 'Phương pháp mặc định, không phải phương pháp chính thức.' : 'Default method, not the official one.'));
  context.say(formatTable(header, rows));
  printFindings(context, file, findings);
  return hasErrors(findings) ? 1 : 0;
}

interface ChangeRow {
  readonly name: string;
  readonly depth: number;
  readonly previousRank: number | null;
  readonly currentRank: number | null;
  readonly previousScore?: number | null;
  readonly currentScore?: number | null;
}

function sentence(change: ChangeRow, years: readonly [number, number], context: CommandContext): string {
  if (change.previousRank === null || change.currentRank === null) {
    const missing = change.previousRank === null ? years[0] : years[1];
    return context.lang === 'vi' ? `Không có thứ hạng năm ${String(missing)}` : `No rank for ${String(missing)}`;
  }
  return describeRankChange(
    { previousYear: years[0], currentYear: years[1], previousRank: change.previousRank, currentRank: change.currentRank },
    { language: context.lang },
  );
}

function printChanges(context: CommandContext, changes: readonly ChangeRow[], years: readonly [number, number], withScores: boolean): void {
  const vi = context.lang === 'vi';
  const [a, b] = years.map(String) as [string, string];
  const header = [
    vi ? 'Chỉ số' : 'Node',
    `${vi ? 'Hạng' : 'Rank'} ${a}`,
    `${vi ? 'Hạng' : 'Rank'} ${b}`,
    ...(withScores ? [`${vi ? 'Điểm' : 'Score'} ${a}`, `${vi ? 'Điểm' : 'Score'} ${b}`] : []),
    vi ? 'Thay đổi' : 'Change',
  ];
  const rows = changes.map((change) => [
    `${'  '.repeat(change.depth)}${change.name}`,
    rank(change.previousRank),
    rank(change.currentRank),
    ...(withScores ? [score(change.previousScore ?? null, context.lang), score(change.currentScore ?? null, context.lang)] : []),
    sentence(change, years, context),
  ]);
  context.say(formatTable(header, rows));
  const groups = changes.filter((change) => change.depth === 1 && change.previousRank !== null && change.currentRank !== null);
  if (groups.length > 0) {
    const places = groups.map((change) => (change.previousRank ?? 0) - (change.currentRank ?? 0));
    context.say('');
    context.say(
      summariseRankChanges(
        { previousYear: years[0], up: places.filter((p) => p > 0).length, down: places.filter((p) => p < 0).length, unchanged: places.filter((p) => p === 0).length },
        context.lang,
      ),
    );
  }
}

/**
 * `egov ictindex compare <year A> <year B> --unit <province> <file>`: rank (and score) changes of every
 * node for one unit, with the sentences of Plan 332/KH-UBND ("Tăng 05 bậc, từ thứ 12 (năm 2016) lên thứ
 * 7 (năm 2017)"). The file is indicator data (computed with the framework) or a table of published ranks
 * (unit, year, node, rank), such as the Lào Cai example.
 *
 * @returns 0, 1 when the data has error findings, 2 when the file cannot be used.
 * @throws {UsageError} for a bad year, an unknown unit or framework.
 * @example
 * ```ts
 * await ictindexCompareCommand(context, '2016', '2017', 'examples/laocai-2018-ictindex-plan/ictindex-ranks.csv', { unit: 'Lào Cai' });
 * ```
 */
export async function ictindexCompareCommand(
  context: CommandContext,
  yearA: string,
  yearB: string,
  file: string,
  options: IctIndexOptions,
): Promise<number> {
  const years: [number, number] = [parseYear(yearA, '<year A>'), parseYear(yearB, '<year B>')];
  if (options.unit === undefined) throw new UsageError('give the unit to compare with --unit, e.g. --unit "Lào Cai"');
  const loaded = await loadTable(context, file);
  if (!loaded.ok) return loaded.code;
  let changes: ChangeRow[];
  let findings: Finding[];
  let withScores = false;
  if (isRankTable(loaded.table)) {
    const stated = ranksFromTable(loaded.table, file, options.unit, years);
    changes = stated.changes.map((change: StatedRankChange) => ({ ...change, name: change.node }));
    findings = stated.findings;
  } else {
    const data = await loadData(context, file, options);
    if (!data.ok) return data.code;
    const previous = computeYear(data.data, years[0]);
    const current = computeYear(data.data, years[1]);
    const unit = resolveUnit(options.unit, current.units, data.data.unitNames);
    changes = compareYears(previous, current, unit).map((change) => ({ ...change, name: change.name[context.lang] }));
    findings = [...data.data.findings, ...previous.findings, ...current.findings];
    withScores = true;
  }
  if (context.format === 'sarif') return writeSarif(context, [{ file, findings }], hasErrors(findings) ? 1 : 0);
  if (context.format !== 'text') {
    const list = changes.map((change) => ({
      ...change,
      places: change.previousRank === null || change.currentRank === null ? null : change.previousRank - change.currentRank,
      sentence: sentence(change, years, context),
    }));
    context.io.stdout(JSON.stringify({ file, unit: options.unit, years, changes: list, findings }, null, 2) + '\n');
    return hasErrors(findings) ? 1 : 0;
  }
  context.say(context.style.bold(`${options.unit}: ${String(years[0])} → ${String(years[1])}`));
  printChanges(context, changes, years, withScores);
  printFindings(context, file, findings);
  return hasErrors(findings) ? 1 : 0;
}

function parseChanges(framework: Framework, unit: string, pairs: readonly string[]): WhatIfChange[] {
  const indicators = new Set(indicatorNodes(framework.root).map((node) => node.id));
  return pairs.map((pair) => {
    const match = /^([^=]+)=(.+)$/.exec(pair);
    const id = match?.[1]?.trim() ?? '';
    const text = match?.[2]?.trim() ?? '';
    const value = Number(text.replace(',', '.'));
    if (match === null || !Number.isFinite(value)) throw new UsageError(`--set needs indicatorId=value, e.g. --set online-services=0.85; found "${pair}"`);
    if (!indicators.has(id)) throw new UsageError(`--set: "${id}" is not an input of the framework; inputs: ${[...indicators].join(', ')}`);
    return { unitId: unit, indicatorId: id, value };
  });
}

/**
 * `egov ictindex whatif <file> --unit X --set indicator=value …`: recomputes every unit's scores and
 * ranks with changed values and shows how the unit's ranks move.
 *
 * @returns 0, 1 when the data has error findings, 2 when the file cannot be used.
 * @throws {UsageError} for a missing `--set`, an unknown indicator or unit.
 * @example
 * ```ts
 * await ictindexWhatIfCommand(context, 'ictindex.csv', { unit: 'Yên Bái', set: ['online-services=0.85'] });
 * ```
 */
export async function ictindexWhatIfCommand(context: CommandContext, file: string, options: IctIndexOptions): Promise<number> {
  if (options.unit === undefined) throw new UsageError('give the unit with --unit, e.g. --unit "Lào Cai"');
  if (options.set === undefined || options.set.length === 0) throw new UsageError('give at least one change with --set indicatorId=value');
  const year = options.year === undefined ? undefined : parseYear(options.year, '--year');
  const loaded = await loadData(context, file, options);
  if (!loaded.ok) return loaded.code;
  const { data } = loaded;
  const before = computeYear(data, year);
  const unit = resolveUnit(options.unit, before.units, data.unitNames);
  const after = whatIf(before, parseChanges(data.framework, unit, options.set));
  const findings = [...data.findings, ...before.findings];
  const nodes = before.nodeIds.filter((id) => !indicatorNodes(data.framework.root).some((node) => node.id === id) || options.set?.some((pair) => pair.startsWith(`${id}=`)) === true);
  const names = new Map<string, string>();
  const depths = new Map<string, number>();
  const walk = (node: FrameworkNode, depth: number): void => {
    names.set(node.id, node.name[context.lang]);
    depths.set(node.id, depth);
    for (const child of node.children ?? []) walk(child, depth + 1);
  };
  walk(data.framework.root, 0);
  const changes: ChangeRow[] = nodes.map((id) => ({
    name: names.get(id) ?? id,
    depth: depths.get(id) ?? 0,
    previousRank: before.rank(id, unit),
    currentRank: after.rank(id, unit),
    previousScore: before.score(id, unit),
    currentScore: after.score(id, unit),
  }));
  if (context.format === 'sarif') return writeSarif(context, [{ file, findings }], hasErrors(findings) ? 1 : 0);
  if (context.format !== 'text') {
    const list = nodes.map((id, index) => ({ nodeId: id, ...changes[index] }));
    context.io.stdout(JSON.stringify({ file, unit, year: before.year, set: options.set, changes: list, findings }, null, 2) + '\n');
    return hasErrors(findings) ? 1 : 0;
  }
  const vi = context.lang === 'vi';
  context.say(context.style.bold(`${data.unitNames[unit] ?? unit}${before.year === undefined ? '' : `, ${String(before.year)}`}: ${options.set.join(', ')}`));
  inputsNote(context, data);
  const header = [vi ? 'Chỉ số' : 'Node', vi ? 'Hạng trước' : 'Rank before', vi ? 'Hạng sau' : 'Rank after', vi ? 'Điểm trước' : 'Score before', vi ? 'Điểm sau' : 'Score after'];
  const rows = changes.map((change) => [
    `${'  '.repeat(change.depth)}${change.name}`,
    rank(change.previousRank),
    rank(change.currentRank),
    score(change.previousScore ?? null, context.lang),
    score(change.currentScore ?? null, context.lang),
  ]);
  context.say(formatTable(header, rows));
  printFindings(context, file, findings);
  return hasErrors(findings) ? 1 : 0;
}
