import { ictIndex2016, looksLikeIndexTable } from '@egov/ictindex';
import { indexFromTable, type IndexTable } from '../tables/index-table';
import { defineTableKind, type FileKind } from './file-kind';

/**
 * A table of ICT-Index indicator values (long: unit, indicator, year, value; or wide). Reading problems only
 * (unknown indicators, unreadable values, duplicate cells); scores and ranks are computed elsewhere.
 *
 * @example
 * ```ts
 * indicatorsKind.id; // "indicators"
 * ```
 */
export const indicatorsKind: FileKind = defineTableKind<IndexTable>({
  id: 'indicators',
  label: { vi: 'số liệu chỉ tiêu ICT-Index', en: 'ICT-Index indicator values' },
  detect: (table, reading) => looksLikeIndexTable(table.headers, ictIndex2016, reading.columns) || { vi: 'không có cột chỉ tiêu ICT-Index', en: 'no ICT-Index indicator columns' },
  read: (table, context) => {
    const data = indexFromTable(table, context.path, ictIndex2016, context.reading);
    return { value: data, findings: data.findings };
  },
  summarise: (data) => ({ units: Object.keys(data.unitNames).length, years: data.datasets.length }),
});
