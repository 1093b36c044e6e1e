import type { AmountUnit } from '@egov/budget';
import type { Finding } from '@egov/core';
import { checkRankRows, looksLikeRankTable, readRankRows } from '@egov/ictindex';
import { locateFindings, readCsv, readJson, readYaml, tableRecords } from '@egov/io';
import { looksLikeBudgetTable } from '@egov/budget';
import { analyseBudget, type BudgetAnalysis } from './analyse-budget';
import { analyseProcedures, type ProceduresAnalysis } from './analyse-procedures';
import { documentKind, validatePlan } from '@egov/roadmap';
import { analyseRoadmap, type RoadmapAnalysis } from './analyse-roadmap';

/** One file of a folder with the findings of reading and checking it. */
export interface FileSummary {
  readonly name: string;
  readonly kind: 'roadmap' | 'plan' | 'budget' | 'procedures' | 'ranks' | 'table' | 'document' | 'unreadable';
  readonly findings: readonly Finding[];
}

/** Everything the views show about a folder. */
export interface FolderAnalysis {
  readonly files: readonly FileSummary[];
  readonly roadmaps: readonly RoadmapAnalysis[];
  readonly budgets: readonly BudgetAnalysis[];
  /** Procedure catalogues and counts by level (the procedures view); absent in older saved results. */
  readonly procedures?: readonly ProceduresAnalysis[];
  /** Every finding of every file. */
  readonly findings: readonly Finding[];
}

const isDocument = (name: string): boolean => /\.(ya?ml|json)$/i.test(name);

/**
 * Reads and checks every file of a folder: YAML/JSON roadmaps and plans are validated, CSV budget tables are read
 * and reconciled, tables of ICT-Index ranks have their text checked against their table (`checkRankRows`),
 * procedure catalogues are read, other files are only read (their reading findings are kept).
 *
 * @param files - The folder's files.
 * @param budgetUnit - The unit of a budget table whose headers do not say, by file name.
 * @returns The analyses and all findings.
 * @example
 * ```ts
 * analyseFolder([{ name: 'budget.csv', text }], () => 'ty').budgets[0]?.totals;
 * ```
 */
export function analyseFolder(files: readonly { readonly name: string; readonly text: string }[], budgetUnit: (name: string) => AmountUnit | undefined = () => undefined): FolderAnalysis {
  const summaries: FileSummary[] = [];
  const roadmaps: RoadmapAnalysis[] = [];
  const budgets: BudgetAnalysis[] = [];
  const procedures: ProceduresAnalysis[] = [];
  for (const { name, text } of files) {
    if (isDocument(name)) {
      const read = name.toLowerCase().endsWith('.json') ? readJson(text, { file: name }) : readYaml(text, { file: name });
      if (!read.ok) {
        summaries.push({ name, kind: 'unreadable', findings: read.findings });
      } else if (documentKind(read.value) === 'roadmap') {
        const analysis = analyseRoadmap(name, text);
        roadmaps.push(analysis);
        summaries.push({ name, kind: 'roadmap', findings: analysis.findings });
      } else if (documentKind(read.value) === 'plan') {
        summaries.push({ name, kind: 'plan', findings: [...read.findings, ...validatePlan(read.value).findings] });
      } else {
        summaries.push({ name, kind: 'document', findings: read.findings });
      }
      continue;
    }
    const read = readCsv(text, { file: name });
    if (!read.ok) {
      summaries.push({ name, kind: 'unreadable', findings: read.findings });
    } else if (looksLikeBudgetTable(read.value.headers)) {
      const analysis = analyseBudget(name, text, budgetUnit(name));
      budgets.push(analysis);
      summaries.push({ name, kind: 'budget', findings: analysis.findings });
    } else if (looksLikeRankTable(read.value.headers)) {
      const ranks = readRankRows(tableRecords(read.value), { location: { file: name } });
      summaries.push({ name, kind: 'ranks', findings: [...read.findings, ...locateFindings([...ranks.findings, ...checkRankRows(ranks.rows)], read.value)] });
    } else {
      const catalogue = analyseProcedures(name, text);
      if (catalogue === undefined) summaries.push({ name, kind: 'table', findings: read.findings });
      else {
        procedures.push(catalogue);
        summaries.push({ name, kind: 'procedures', findings: catalogue.findings });
      }
    }
  }
  return { files: summaries, roadmaps, budgets, procedures, findings: summaries.flatMap((summary) => summary.findings) };
}
