import type { AmountUnit } from '@egov/budget';
import type { Finding } from '@egov/core';
import type { ProcedureCounts, RecordStats } from '@egov/procedures';
import type { RoadmapProjection } from '@egov/roadmap';

/** A document a folder's YAML/JSON files describe (a decision or a plan). */
export interface ReportDocument {
  readonly file: string;
  /** "Quyết định", "Kế hoạch", … as written, when stated. */
  readonly kind?: string;
  readonly number: string;
  /** ISO date. */
  readonly date?: string;
  readonly issuer?: string;
  readonly title?: string;
  readonly province?: string;
}

/** Findings of one file, as `egov check` gives them. */
export interface ReportFileFindings {
  readonly file: string;
  /** The kind the file was read as, in both languages (absent when unreadable). */
  readonly kind?: { readonly vi: string; readonly en: string };
  readonly findings: readonly Finding[];
}

/** One roadmap entry as listed. */
export interface ReportEntry {
  readonly id?: string;
  readonly service: string;
  readonly fromLevel?: number;
  readonly targetLevel?: number;
  readonly targetClass?: string;
  /** Due date as written in the model ("2015", "2014-06"). */
  readonly due: string;
  readonly phase?: string;
  readonly leadAgency?: string;
}

/** A roadmap's projection and entries. */
export interface ReportRoadmap {
  readonly file: string;
  readonly decision: string;
  readonly province: string;
  readonly projection: RoadmapProjection;
  readonly entries: readonly ReportEntry[];
  /** The roadmap's own budget lines (`budgets`), grouped as `roadmapBudget` of @egov/roadmap groups them. */
  readonly budget?: ReportRoadmapBudget;
}

/** The budget lines of a roadmap document: groups, total in đồng (decimal digits), unreadable amounts. */
export interface ReportRoadmapBudget {
  readonly groups: readonly { readonly label: string; readonly dong: string; readonly lines: number; readonly servicesCount?: number }[];
  readonly total: string;
  readonly lines: number;
  readonly unreadable: number;
}

/** A total of a budget group, in đồng (decimal digits, exact). */
export interface ReportAmountGroup {
  readonly key: string;
  readonly dong: string;
  readonly count: number;
}

/** A total a budget table states, beside the sum of its parts. */
export interface ReportStatedTotal {
  readonly label: string;
  /** The year column it totals, `""` for the whole table. */
  readonly column: string;
  readonly stated?: string;
  readonly words?: string;
  readonly computed: string;
}

/** A budget table's totals. */
export interface ReportBudget {
  readonly file: string;
  readonly unit: AmountUnit;
  readonly lines: number;
  readonly total: string;
  readonly byYear: readonly ReportAmountGroup[];
  readonly bySource: readonly ReportAmountGroup[];
  /** Total per year and source (`""` = not stated), for the stacked chart. */
  readonly byYearAndSource: readonly { readonly year: string; readonly source: string; readonly dong: string }[];
  readonly statedTotals: readonly ReportStatedTotal[];
  /** The reconciliation findings of the table (rule ids `budget/…`). */
  readonly findings: readonly Finding[];
}

/** Procedure counts of a catalogue or of a count table by level. */
export interface ReportProcedures {
  readonly file: string;
  readonly kind: 'catalogue' | 'counts';
  readonly counts: ProcedureCounts;
  /** Counts by lead agency (catalogues only). */
  readonly agencies: readonly { readonly agency: string | undefined; readonly counts: ProcedureCounts }[];
}

/** Published ranks of the folder's province in two years. */
export interface ReportRanks {
  readonly file: string;
  readonly unit: string;
  readonly years: readonly [number, number];
  readonly changes: readonly { readonly node: string; readonly depth: number; readonly previousRank: number | null; readonly currentRank: number | null }[];
}

/** Statistics of the folder's application records. */
export interface ReportRecords {
  readonly files: readonly string[];
  readonly rows: number;
  readonly valid: number;
  readonly invalid: number;
  readonly latestDate?: string;
  readonly stats: RecordStats;
}

/** Everything a report shows about a folder, before it is put into words. */
export interface ReportData {
  readonly folder: string;
  readonly province?: string;
  readonly documents: readonly ReportDocument[];
  readonly files: readonly ReportFileFindings[];
  readonly skipped: readonly string[];
  /** Skipped files that a plan of the folder lists in its `tables`, with the plan. */
  readonly attached: readonly { readonly file: string; readonly plan: string }[];
  readonly roadmaps: readonly ReportRoadmap[];
  readonly budgets: readonly ReportBudget[];
  readonly procedures: readonly ReportProcedures[];
  readonly ranks: readonly ReportRanks[];
  readonly records?: ReportRecords;
}
