import { findDuplicates, isCatalogueHeaders } from '@egov/procedures';
import { catalogueFromTable, locateDuplicateFindings, type CatalogueTable } from '../tables/procedure-table';
import { defineTableKind, type FileKind } from './file-kind';

/**
 * A catalogue of administrative procedures (one row per procedure, with its level or class), read with
 * `@egov/procedures` and searched for duplicates.
 *
 * @example
 * ```ts
 * catalogueKind.label.vi; // "danh mục thủ tục"
 * ```
 */
export const catalogueKind: FileKind = defineTableKind<CatalogueTable>({
  id: 'catalogue',
  label: { vi: 'danh mục thủ tục', en: 'procedure catalogue' },
  detect: (table, reading) => isCatalogueHeaders(table.headers, reading.columns) || { vi: 'không có cột tên thủ tục kèm mức độ hoặc lĩnh vực', en: 'no procedure name column with a level or field' },
  read: (table, context) => {
    const catalogue = catalogueFromTable(table, context.path, context.reading);
    return { value: catalogue, findings: catalogue.findings };
  },
  check: (catalogue, _table, context) => locateDuplicateFindings(findDuplicates(catalogue.procedures).findings, catalogue.rows, context.path),
  summarise: (catalogue) => ({ procedures: catalogue.procedures.length }),
});
