import { isLevelCountHeaders, type LevelCounts } from '@egov/procedures';
import { levelCountsFromTable } from '../tables/procedure-table';
import { defineTableKind, type FileKind } from './file-kind';

/**
 * A table of procedure counts by online level (mức độ 1–4 with a stated total); the stated total against the
 * sum of the levels and the share at level 3 or higher.
 *
 * @example
 * ```ts
 * procedureLevelsKind.id; // "procedure-levels"
 * ```
 */
export const procedureLevelsKind: FileKind = defineTableKind<LevelCounts>({
  id: 'procedure-levels',
  label: { vi: 'bảng số thủ tục theo mức độ', en: 'procedure counts by level' },
  detect: (table, reading) => isLevelCountHeaders(table.headers, reading.columns) || { vi: 'không có cột mức độ và cột số thủ tục', en: 'no level and count columns' },
  read: (table, context) => {
    const counts = levelCountsFromTable(table, context.path, context.reading);
    return { value: counts, findings: counts.findings };
  },
  summarise: (counts) => ({
    procedures: counts.counts.total,
    level1: counts.byLevel[1],
    level2: counts.byLevel[2],
    level3: counts.byLevel[3],
    level4: counts.byLevel[4],
    ...(counts.statedTotal === undefined ? {} : { statedTotal: counts.statedTotal.value }),
  }),
});
