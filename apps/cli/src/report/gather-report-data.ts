import { planTotal, totalsBy, yearRangeLabel, type BudgetPlan } from '@egov/budget';
import { foldKey } from '@egov/core';
import type { Table } from '@egov/io';
import { countProcedures, groupProcedures, type Procedure } from '@egov/procedures';
import { projectRoadmap, roadmapBudget } from '@egov/roadmap';
import { budgetFromTable } from '../files/budget-table';
import type { CheckedFile } from '../files/check-files';
import { catalogueFromTable, levelCountsFromTable } from '../files/procedure-table';
import { isRankTable, rankRowsOf, ranksFromTable } from '../files/rank-table';
import type { InputFile } from '../files/read-input';
import type { ReportBudget, ReportData, ReportDocument, ReportEntry, ReportProcedures, ReportRanks, ReportRecords, ReportRoadmap } from './report-data';
import { validatedRoadmap } from '../files/validated-roadmap';

/** What {@link gatherReportData} reads. */
export interface GatherInput {
  /** The folder reported on, as the user named it. */
  readonly folder: string;
  /** Files checked as `egov check` does (`checkFiles`). */
  readonly checked: readonly CheckedFile[];
  /** Files of no checked kind: read for documents and ranks. */
  readonly skipped: readonly InputFile[];
  /** Skipped files that a checked plan lists in its `tables` (`checkFiles`). */
  readonly attached?: readonly { readonly file: string; readonly plan: string }[];
  /** Statistics of record files, computed by streaming them. */
  readonly records?: ReportRecords;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const textOf = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined);

/** The decision (roadmaps) or document (plans) a YAML/JSON file describes. */
function documentOf(input: InputFile): ReportDocument | undefined {
  if (input.format !== 'document' || !isRecord(input.data)) return undefined;
  const head = isRecord(input.data.decision) ? input.data.decision : isRecord(input.data.document) ? input.data.document : undefined;
  const number = head === undefined ? undefined : textOf(head.number);
  if (head === undefined || number === undefined) return undefined;
  const kind = textOf(head.kind) ?? textOf(input.data.kind) ?? (isRecord(input.data.decision) ? 'Quyết định' : undefined);
  const date = textOf(head.date);
  const issuer = textOf(head.issuer);
  const title = textOf(head.title);
  const province = textOf(input.data.province);
  return {
    file: input.file,
    number,
    ...(kind === undefined ? {} : { kind }),
    ...(date === undefined ? {} : { date }),
    ...(issuer === undefined ? {} : { issuer }),
    ...(title === undefined ? {} : { title }),
    ...(province === undefined ? {} : { province }),
  };
}

function roadmapOf(entry: CheckedFile): ReportRoadmap | undefined {
  if (entry.input.format !== 'document') return undefined;
  const result = validatedRoadmap(entry.input.data);
  if (result.roadmap === undefined || result.services === undefined) return undefined;
  const roadmap = result.roadmap;
  const budget = roadmapBudget(roadmap);
  return {
    file: entry.file,
    decision: roadmap.decision.number,
    province: roadmap.province,
    projection: projectRoadmap(roadmap, result.services),
    ...(budget.lines === 0
      ? {}
      : {
          budget: {
            groups: budget.groups.map((group) => ({
              label: group.label,
              dong: group.amount.toString(),
              lines: group.lines,
              ...(group.servicesCount === undefined ? {} : { servicesCount: group.servicesCount }),
            })),
            total: budget.total.toString(),
            lines: budget.lines,
            unreadable: budget.unreadable.length,
          },
        }),
    entries: roadmap.entries.map(
      (item): ReportEntry => ({
        service: item.service,
        due: String(item.due),
        ...(item.id === undefined ? {} : { id: item.id }),
        ...(item.from_level === undefined ? {} : { fromLevel: item.from_level }),
        ...(item.target_level === undefined ? {} : { targetLevel: item.target_level }),
        ...(item.target_class === undefined ? {} : { targetClass: item.target_class }),
        ...(item.phase === undefined ? {} : { phase: item.phase }),
        ...(item.lead_agency === undefined ? {} : { leadAgency: item.lead_agency }),
      }),
    ),
  };
}

function budgetOf(entry: CheckedFile, table: Table): ReportBudget {
  const { plan } = budgetFromTable(table, entry.file, entry.hints.unit);
  const plain = (groups: ReturnType<typeof totalsBy>) => groups.map((group) => ({ key: group.key, dong: group.total.toString(), count: group.count }));
  const bySource = totalsBy(plan, 'source');
  const byYearAndSource = bySource.flatMap((source) =>
    totalsBy(plan, 'year', source.key === '' ? {} : { source: source.key as NonNullable<BudgetPlan['source']> })
      // Without a stated source the filter cannot select "none": all amounts have none, so take them all.
      .map((year) => ({ year: year.key, source: source.key, dong: year.total.toString() })),
  );
  return {
    file: entry.file,
    unit: plan.unit,
    lines: plan.lines.length,
    total: planTotal(plan).toString(),
    byYear: plain(totalsBy(plan, 'year')),
    bySource: plain(bySource),
    byYearAndSource: bySource.some((source) => source.key === '') && bySource.length > 1 ? [] : byYearAndSource,
    statedTotals: plan.statedTotals.map((stated) => {
      const period = stated.kind === 'column' ? stated.period : undefined;
      const computed = planTotal(plan, {
        ...(period === undefined ? {} : { period }),
        ...(stated.phase === undefined ? {} : { phase: stated.phase }),
        ...(stated.source === undefined ? {} : { source: stated.source }),
      });
      return {
        label: stated.label ?? '',
        column: period === undefined ? '' : yearRangeLabel(period),
        computed: computed.toString(),
        ...(stated.amount.dong === undefined ? {} : { stated: stated.amount.dong }),
        ...(stated.amount.words === undefined ? {} : { words: stated.amount.words }),
      };
    }),
    findings: entry.findings.filter((finding) => finding.ruleId.startsWith('budget/')),
  };
}

function proceduresOf(entry: CheckedFile, table: Table): ReportProcedures {
  const kind = entry.kind?.id === 'catalogue' ? 'catalogue' : 'counts';
  if (kind === 'counts') return { file: entry.file, kind, counts: levelCountsFromTable(table, entry.file).counts, agencies: [] };
  const procedures: readonly Procedure[] = catalogueFromTable(table, entry.file).procedures;
  return {
    file: entry.file,
    kind,
    counts: countProcedures(procedures),
    agencies: groupProcedures(procedures, 'agency').map((group) => ({ agency: group.label, counts: group.counts })),
  };
}

/** The ranks of the province (or the table's only unit) in the table's two latest years. */
function ranksOf(input: InputFile, province: string | undefined): ReportRanks | undefined {
  if (input.format !== 'table' || !isRankTable(input.table)) return undefined;
  const { rows } = rankRowsOf(input.table, input.file);
  const units = new Map(rows.map((row) => [foldKey(row.unit), row.unit]));
  const years = [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b);
  const unit = (province === undefined ? undefined : units.get(foldKey(province))) ?? (units.size === 1 ? [...units.values()][0] : undefined);
  const previous = years.at(-2);
  const current = years.at(-1);
  if (unit === undefined || previous === undefined || current === undefined) return undefined;
  const pair: [number, number] = [previous, current];
  return { file: input.file, unit, years: pair, changes: ranksFromTable(input.table, input.file, unit, pair).changes };
}

/**
 * Gathers what a report shows about a folder from files already read and checked: the documents, the
 * findings per file (the same as `egov check`), each roadmap's projection and entries, each budget
 * table's totals by year and source with its stated totals, procedure counts by level, class and
 * agency, the province's published ICT-Index ranks, and record statistics when given. Reads no file.
 *
 * @param input - The folder, its checked and skipped files, and record statistics.
 * @returns The report data; lists are empty where the folder has no such data.
 * @example
 * ```ts
 * const { checked, skippedInputs } = await checkFiles(files);
 * const data = gatherReportData({ folder: 'examples/hagiang-2013-roadmap', checked, skipped: skippedInputs });
 * data.budgets[0]?.total; // "15200000000"
 * ```
 */
export function gatherReportData(input: GatherInput): ReportData {
  const all = [...input.checked.map((entry) => entry.input), ...input.skipped].sort((a, b) => a.file.localeCompare(b.file));
  const documents = all.map(documentOf).filter((document) => document !== undefined);
  const roadmaps: ReportRoadmap[] = [];
  const budgets: ReportBudget[] = [];
  const procedures: ReportProcedures[] = [];
  for (const entry of input.checked) {
    const kind = entry.kind?.id;
    if (kind === 'roadmap') {
      const roadmap = roadmapOf(entry);
      if (roadmap !== undefined) roadmaps.push(roadmap);
    } else if (entry.input.format === 'table' && kind === 'budget') {
      budgets.push(budgetOf(entry, entry.input.table));
    } else if (entry.input.format === 'table' && (kind === 'catalogue' || kind === 'procedure-levels')) {
      procedures.push(proceduresOf(entry, entry.input.table));
    }
  }
  const province = documents.find((document) => document.province !== undefined)?.province ?? roadmaps[0]?.province;
  const ranks = [...input.checked.map((entry) => entry.input), ...input.skipped].map((file) => ranksOf(file, province)).filter((found) => found !== undefined);
  return {
    folder: input.folder,
    ...(province === undefined ? {} : { province }),
    documents,
    files: input.checked.map((entry) => ({ file: entry.file, findings: entry.findings, ...(entry.kind === undefined ? {} : { kind: entry.kind.label }) })),
    skipped: input.skipped.map((file) => file.file),
    attached: input.attached ?? [],
    roadmaps,
    budgets,
    procedures,
    ranks,
    ...(input.records === undefined ? {} : { records: input.records }),
  };
}
