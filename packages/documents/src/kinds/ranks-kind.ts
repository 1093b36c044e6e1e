import { checkRankRows, type RankRow } from '@egov/ictindex';
import { locateFindings } from '@egov/io';
import { isRankTable, rankRowsOf } from '../tables/rank-table';
import { defineTableKind, type FileKind } from './file-kind';

/**
 * A table of ICT-Index ranks a document states (unit, year, node, rank, and the sentences of its text):
 * its sentences against its own table (`checkRankRows`), at their cells.
 *
 * @example
 * ```ts
 * ranksKind.label.en; // "ICT-Index ranks"
 * ```
 */
export const ranksKind: FileKind = defineTableKind<readonly RankRow[]>({
  id: 'ranks',
  label: { vi: 'bảng xếp hạng ICT-Index', en: 'ICT-Index ranks' },
  detect: (table) => isRankTable(table) || { vi: 'không có cột xếp hạng và cột chỉ số', en: 'no rank and node columns' },
  read: (table, context) => {
    const { rows, findings } = rankRowsOf(table, context.path);
    return { value: rows, findings };
  },
  check: (rows, table) => locateFindings(checkRankRows(rows), table),
  summarise: (rows) => ({ rows: rows.length }),
});
