import type { AmountUnit } from '@egov/budget';
import type { Finding } from '@egov/core';
import { analyseReadInputs, readDocumentInputSync, type AnalysedFile, type DocumentLink } from '@egov/documents';
import { analyseBudget, type BudgetAnalysis } from './analyse-budget';
import { analyseProcedures, type ProceduresAnalysis } from './analyse-procedures';
import { analyseRoadmap, type RoadmapAnalysis } from './analyse-roadmap';

/** One file of a folder with the findings of reading and checking it. */
export interface FileSummary {
  readonly name: string;
  readonly kind: 'roadmap' | 'plan' | 'budget' | 'procedures' | 'ranks' | 'table' | 'document' | 'unreadable';
  /** The kind as `@egov/documents` detected it (`indicators`, `records`, … are `table` above); absent when none matched. */
  readonly kindId?: string;
  readonly findings: readonly Finding[];
}

/** Everything the views show about a folder. */
export interface FolderAnalysis {
  readonly files: readonly FileSummary[];
  readonly roadmaps: readonly RoadmapAnalysis[];
  readonly budgets: readonly BudgetAnalysis[];
  /** Procedure catalogues and counts by level (the procedures view); absent in older saved results. */
  readonly procedures?: readonly ProceduresAnalysis[];
  /** Links between files (a plan's listed tables, the unit a document gives a table); absent in older saved results. */
  readonly links?: readonly DocumentLink[];
  /** Every finding of every file. */
  readonly findings: readonly Finding[];
}

const viewKinds: Readonly<Record<string, FileSummary['kind']>> = {
  roadmap: 'roadmap',
  plan: 'plan',
  budget: 'budget',
  catalogue: 'procedures',
  'procedure-levels': 'procedures',
  ranks: 'ranks',
};

function viewKind(file: AnalysedFile): FileSummary['kind'] {
  if (file.format === 'unreadable') return 'unreadable';
  const mapped = file.kind === undefined ? undefined : viewKinds[file.kind.id];
  return mapped ?? file.format;
}

/**
 * Reads and checks every file of a folder with `@egov/documents` (the same analysis as `egov check`): the
 * kind of each file, its findings and the cross-document findings. The views' own data (a roadmap's
 * projection, a budget's totals, a catalogue's counts) is computed for the files of those kinds, with the
 * analysis's findings.
 *
 * @param files - The folder's files.
 * @param budgetUnit - The unit of a budget table whose headers do not say, by file name (else the unit a
 *   document of the folder declares for it).
 * @returns The analyses and all findings.
 * @example
 * ```ts
 * analyseFolder([{ name: 'budget.csv', text }], () => 'ty').budgets[0]?.totals;
 * ```
 */
export function analyseFolder(files: readonly { readonly name: string; readonly text: string }[], budgetUnit: (name: string) => AmountUnit | undefined = () => undefined): FolderAnalysis {
  const units: Record<string, AmountUnit> = {};
  for (const { name } of files) {
    const unit = budgetUnit(name);
    if (unit !== undefined) units[name] = unit;
  }
  const analysis = analyseReadInputs(
    files.map(({ name, text }) => readDocumentInputSync({ path: name, text })),
    { units },
  );
  const summaries: FileSummary[] = [];
  const roadmaps: RoadmapAnalysis[] = [];
  const budgets: BudgetAnalysis[] = [];
  const procedures: ProceduresAnalysis[] = [];
  analysis.files.forEach((analysed, index) => {
    const file = files[index];
    if (file === undefined) return;
    const { name, text } = file;
    const kind = viewKind(analysed);
    const findings = analysed.findings;
    summaries.push({ name, kind, ...(analysed.kind === undefined ? {} : { kindId: analysed.kind.id }), findings });
    if (kind === 'roadmap') roadmaps.push({ ...analyseRoadmap(name, text), findings });
    if (kind === 'budget') budgets.push({ ...analyseBudget(name, text, analysed.unit?.unit), findings });
    if (kind === 'procedures') {
      const catalogue = analyseProcedures(name, text);
      if (catalogue !== undefined) procedures.push({ ...catalogue, findings });
    }
  });
  return { files: summaries, roadmaps, budgets, procedures, links: analysis.links, findings: summaries.flatMap((summary) => summary.findings) };
}
