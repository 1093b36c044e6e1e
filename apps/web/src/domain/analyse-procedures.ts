import { parseJsonPointer, type Finding } from '@egov/core';
import { locateFindings, readCsv, tableRecords, type Table } from '@egov/io';
import {
  atLeastLevel,
  countProcedures,
  effectiveClass,
  findDuplicates,
  groupProcedures,
  isCatalogueHeaders,
  isLevelCountHeaders,
  levelCountsFromRows,
  proceduresFromRows,
  type OnlineClass,
  type OnlineLevel,
  type ProcedureCounts,
  type Ratio,
  type Tier,
} from '@egov/procedures';

/** One procedure of a catalogue as the procedures view shows it. */
export interface ProcedureRow {
  /** Row number in the user's file (header = row 1). */
  readonly row: number;
  readonly code?: string;
  readonly name: string;
  readonly field?: string;
  readonly tier?: Tier;
  readonly agency?: string;
  /** Online level 1–4 (Decree 43/2011/NĐ-CP) as stated. */
  readonly level?: OnlineLevel;
  /** Class of Decree 42/2022/NĐ-CP Art. 11: stated, else derived from the level. */
  readonly onlineClass?: OnlineClass;
}

/** Counts of one lead agency (or tier). */
export interface ProcedureGroupCounts {
  /** The name as first written; `""` when the rows do not say. */
  readonly label: string;
  readonly counts: ProcedureCounts;
}

/** A group of rows that name the same procedure (`findDuplicates`). */
export interface DuplicateGroup {
  /** Row numbers of the members, ascending. */
  readonly rows: readonly number[];
  readonly kind: 'exact' | 'near';
  readonly reasons: readonly string[];
  readonly score: number;
}

/** What the procedures view shows about one table. */
export interface ProceduresAnalysis {
  readonly file: string;
  /** `catalogue`: one row per procedure; `counts`: procedures counted by level (Lạng Sơn's table). */
  readonly kind: 'catalogue' | 'counts';
  /** The procedures of a catalogue (empty for a count table). */
  readonly rows: readonly ProcedureRow[];
  readonly counts: ProcedureCounts;
  /** Share at level 3 or higher (exact ratio). */
  readonly levelThreeOrMore: Ratio;
  readonly byAgency: readonly ProcedureGroupCounts[];
  readonly byTier: readonly ProcedureGroupCounts[];
  /** Whether the table states levels (1–4) and classes (full/partial/none). */
  readonly hasLevels: boolean;
  readonly hasClasses: boolean;
  /** A count table's printed total and its row, when it prints one. */
  readonly statedTotal?: { readonly value: number; readonly row: number };
  readonly duplicates: readonly DuplicateGroup[];
  /** Reading findings (bad cells, rows without a name) and duplicates, located by row and column letter. */
  readonly findings: readonly Finding[];
}

/**
 * Whether a table's headers make it a procedure catalogue (a name column and a level or class column) or
 * a count of procedures by level (a level column, a count column such as "Số TTHC", no name column).
 *
 * @param headers - The table's headers.
 * @returns `catalogue`, `counts`, or `undefined` for any other table.
 * @example
 * ```ts
 * procedureTableKind(['Mã thủ tục', 'Tên thủ tục', 'Cấp', 'Cơ quan chủ trì', 'Mức độ']); // "catalogue"
 * procedureTableKind(['Mức độ', 'Nội dung', 'Số TTHC', 'Ghi chú']); // "counts"
 * ```
 */
export function procedureTableKind(headers: readonly string[]): 'catalogue' | 'counts' | undefined {
  if (isCatalogueHeaders(headers)) return 'catalogue';
  if (isLevelCountHeaders(headers)) return 'counts';
  return undefined;
}

const groups = (rows: readonly ProcedureRow[], by: 'agency' | 'tier'): ProcedureGroupCounts[] =>
  groupProcedures(
    rows.map((row) => ({
      name: row.name,
      ...(row.agency === undefined ? {} : { leadAgency: row.agency }),
      ...(row.tier === undefined ? {} : { tier: row.tier }),
      ...(row.level === undefined ? {} : { onlineLevel: row.level }),
      ...(row.onlineClass === undefined ? {} : { onlineClass: row.onlineClass }),
    })),
    by,
  ).map((group) => ({ label: group.label ?? '', counts: group.counts }));

function analyseCatalogue(file: string, table: Table): ProceduresAnalysis {
  const records = tableRecords(table);
  const { procedures, rowIndexes, findings } = proceduresFromRows(
    records.map((record) => record.cells),
    { file },
  );
  const rowOf = (index: number): number => records[index]?.position.row ?? index + 2;
  // proceduresFromRows counts rows from a header in row 1; point at the table's own rows (blank lines).
  const located = findings.map((finding) => {
    const [first] = parseJsonPointer(finding.path);
    return first === undefined || first === '' ? finding : { ...finding, location: { ...finding.location, row: rowOf(Number(first)) } };
  });
  const rows: ProcedureRow[] = procedures.map((procedure, index) => {
    const onlineClass = effectiveClass(procedure);
    return {
      row: rowOf(rowIndexes[index] ?? index),
      name: procedure.name,
      ...(procedure.code === undefined ? {} : { code: procedure.code }),
      ...(procedure.field === undefined ? {} : { field: procedure.field }),
      ...(procedure.tier === undefined ? {} : { tier: procedure.tier }),
      ...(procedure.leadAgency === undefined ? {} : { agency: procedure.leadAgency }),
      ...(procedure.onlineLevel === undefined ? {} : { level: procedure.onlineLevel }),
      ...(onlineClass === undefined ? {} : { onlineClass }),
    };
  });
  const report = findDuplicates(procedures);
  const duplicateFindings = report.findings.map((finding) => {
    const index = Number(parseJsonPointer(finding.path)[1]);
    const row = rows[index]?.row;
    return { ...finding, location: { ...finding.location, file, ...(row === undefined ? {} : { row }) } };
  });
  const counts = countProcedures(procedures);
  return {
    file,
    kind: 'catalogue',
    rows,
    counts,
    levelThreeOrMore: atLeastLevel(counts, 3),
    byAgency: groups(rows, 'agency'),
    byTier: groups(rows, 'tier'),
    hasLevels: procedures.some((procedure) => procedure.onlineLevel !== undefined),
    hasClasses: procedures.some((procedure) => procedure.onlineClass !== undefined),
    duplicates: report.clusters.map((cluster) => ({
      rows: cluster.members.map((member) => rows[member]?.row ?? member + 2),
      kind: cluster.kind,
      reasons: cluster.reasons,
      score: cluster.score,
    })),
    findings: [...locateFindings(located, table), ...duplicateFindings],
  };
}

function analyseCounts(file: string, table: Table): ProceduresAnalysis {
  const { counts, statedTotal, findings } = levelCountsFromRows(tableRecords(table), { file });
  return {
    file,
    kind: 'counts',
    rows: [],
    counts,
    levelThreeOrMore: atLeastLevel(counts, 3),
    byAgency: [],
    byTier: [],
    hasLevels: true,
    hasClasses: false,
    ...(statedTotal === undefined ? {} : { statedTotal }),
    duplicates: [],
    // The view shows the share at level 3 or higher itself: the package's info finding would repeat it.
    findings: locateFindings(
      findings.filter((finding) => finding.ruleId !== 'procedures/level-share'),
      table,
    ),
  };
}

/**
 * Reads a CSV table of procedures with `@egov/io` and `@egov/procedures`: a catalogue (one row per
 * procedure: `proceduresFromRows`, `countProcedures`, `groupProcedures` by agency and tier,
 * `findDuplicates` within each agency) or a count of procedures by level (source 000's
 * `procedure-levels.csv`: 60 + 10 + 68 + 0 = 138, checked against the printed total). Findings point at
 * the user's rows and column letters. The result is plain data, so it crosses from the Web Worker.
 *
 * @param file - The file name to show.
 * @param text - The CSV text (XLSX imports are kept as CSV text).
 * @returns The analysis, or `undefined` when the table is not about procedures.
 * @example
 * ```ts
 * analyseProcedures('catalogue.csv', text)?.duplicates.length; // 4 for examples/today-2026-catalogue
 * ```
 */
export function analyseProcedures(file: string, text: string): ProceduresAnalysis | undefined {
  const read = readCsv(text, { file });
  if (!read.ok) return undefined;
  const kind = procedureTableKind(read.value.headers);
  if (kind === undefined) return undefined;
  const analysis = kind === 'catalogue' ? analyseCatalogue(file, read.value) : analyseCounts(file, read.value);
  return { ...analysis, findings: [...read.findings, ...analysis.findings] };
}
