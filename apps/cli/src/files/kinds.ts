import { looksLikeBudgetTable } from '@egov/budget';
import type { Finding } from '@egov/core';
import type { AmountUnit } from '@egov/budget';
import { checkRankRows, ictIndex2016, looksLikeIndexTable } from '@egov/ictindex';
import { locateFindings, locateYamlFindings } from '@egov/io';
import { documentKind, validatePlan } from '@egov/roadmap';
import { findDuplicates, isCatalogueHeaders, isLevelCountHeaders } from '@egov/procedures';
import { budgetFromTable, reconcileTable } from './budget-table';
import { catalogueFromTable, levelCountsFromTable, locateDuplicateFindings } from './procedure-table';
import { indexFromTable } from './ictindex-data';
import { isRankTable, rankRowsOf } from './rank-table';
import { isRecordsTable } from './record-stream';
import { checkRecordsTable } from './records-table';
import type { InputFile } from './read-input';
import type { TableReading } from './table-reading';
import { validatedRoadmap } from './validated-roadmap';

/** What the CLI knows about a file besides its content (from options or companion documents). */
export interface CheckHints {
  /** Unit of a budget table whose headers do not state it (`--unit`, or a companion document). */
  readonly unit?: AmountUnit;
  /** The user's column mapping and number notation (`--columns`, `--notation`). */
  readonly reading?: TableReading;
}

/** A kind of file the CLI knows how to check. */
export interface FileKind {
  readonly id: string;
  /** Vietnamese and English names for output. */
  readonly label: { readonly vi: string; readonly en: string };
  /** Whether a file looks like this kind (used when `--kind` is not given). */
  readonly detect: (input: InputFile, hints?: CheckHints) => boolean;
  readonly check: (input: InputFile, hints: CheckHints) => readonly Finding[];
}

const roadmapKind: FileKind = {
  id: 'roadmap',
  label: { vi: 'lộ trình', en: 'roadmap' },
  detect: (input) => input.format === 'document' && documentKind(input.data) === 'roadmap',
  check: (input) => (input.format === 'document' ? locateYamlFindings(validatedRoadmap(input.data).findings, input.text, input.file) : []),
};

const planKind: FileKind = {
  id: 'plan',
  label: { vi: 'kế hoạch', en: 'plan' },
  detect: (input) => input.format === 'document' && documentKind(input.data) === 'plan',
  check: (input) => (input.format === 'document' ? locateYamlFindings(validatePlan(input.data).findings, input.text, input.file) : []),
};

const budgetKind: FileKind = {
  id: 'budget',
  label: { vi: 'bảng kinh phí', en: 'budget table' },
  detect: (input) => input.format === 'table' && looksLikeBudgetTable(input.table.headers),
  check: (input, hints) => {
    if (input.format !== 'table') return [];
    const { plan, findings } = budgetFromTable(input.table, input.file, hints.unit, hints.reading);
    return [...findings, ...reconcileTable(input.table, input.file, plan)];
  },
};

const levelCountsKind: FileKind = {
  id: 'procedure-levels',
  label: { vi: 'bảng số thủ tục theo mức độ', en: 'procedure counts by level' },
  detect: (input, hints) => input.format === 'table' && isLevelCountHeaders(input.table.headers, hints?.reading?.columns),
  check: (input, hints) => (input.format === 'table' ? levelCountsFromTable(input.table, input.file, hints.reading).findings : []),
};

const indicatorsKind: FileKind = {
  id: 'indicators',
  label: { vi: 'số liệu chỉ tiêu ICT-Index', en: 'ICT-Index indicator values' },
  detect: (input, hints) => input.format === 'table' && looksLikeIndexTable(input.table.headers, ictIndex2016, hints?.reading?.columns),
  // Reading problems only (unknown indicators, unreadable values, duplicate cells); `egov ictindex
  // compute` gives the scores and ranks.
  check: (input, hints) => (input.format === 'table' ? indexFromTable(input.table, input.file, ictIndex2016, hints.reading).findings : []),
};

const recordsKind: FileKind = {
  id: 'records',
  label: { vi: 'hồ sơ', en: 'application records' },
  detect: (input) => input.format === 'table' && isRecordsTable(input.table.headers),
  check: (input) => (input.format === 'table' ? checkRecordsTable(input.table, input.file) : []),
};

const catalogueKind: FileKind = {
  id: 'catalogue',
  label: { vi: 'danh mục thủ tục', en: 'procedure catalogue' },
  detect: (input, hints) => input.format === 'table' && isCatalogueHeaders(input.table.headers, hints?.reading?.columns),
  check: (input, hints) => {
    if (input.format !== 'table') return [];
    const { procedures, rows, findings } = catalogueFromTable(input.table, input.file, hints.reading);
    return [...findings, ...locateDuplicateFindings(findDuplicates(procedures).findings, rows, input.file)];
  },
};

const ranksKind: FileKind = {
  id: 'ranks',
  label: { vi: 'bảng xếp hạng ICT-Index', en: 'ICT-Index ranks' },
  detect: (input) => input.format === 'table' && isRankTable(input.table),
  // The ranks a document states, its sentences against its own table (`checkRankRows`).
  check: (input) => {
    if (input.format !== 'table') return [];
    const { rows, findings } = rankRowsOf(input.table, input.file);
    return [...findings, ...locateFindings(checkRankRows(rows), input.table)];
  },
};

/**
 * The kinds `egov check` knows, in detection order.
 *
 * @example
 * ```ts
 * fileKinds.map((kind) => kind.id); // ["roadmap", "plan", "budget", "procedure-levels", "records", "catalogue", "indicators", "ranks"]
 * ```
 */
export const fileKinds: readonly FileKind[] = [roadmapKind, planKind, budgetKind, levelCountsKind, recordsKind, catalogueKind, indicatorsKind, ranksKind];
