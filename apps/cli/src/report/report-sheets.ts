import type { WritableTable } from '@egov/io';
import type { Report } from './report-model';

/** One sheet of the report workbook. */
export interface ReportSheet {
  /** Unique, at most 31 characters, without `\ / ? * [ ] :` (Excel's rules). */
  readonly name: string;
  readonly table: WritableTable;
  /** Per column: the Excel number format of its numbers, if any. */
  readonly numberFormats: readonly (string | undefined)[];
}

/** Excel's format for whole đồng and counts: thousands grouped, shown by the reader's locale. */
const integerFormat = '#,##0';

function sheetName(title: string, used: ReadonlySet<string>): string {
  const clean = title.replace(/[\\/?*[\]:]/g, ' ').replace(/\s+/g, ' ').trim() || 'Sheet';
  const base = clean.slice(0, 31).trim();
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${String(n)})`;
    const name = `${base.slice(0, 31 - suffix.length).trim()}${suffix}`;
    if (!used.has(name)) return name;
  }
}

/**
 * The report's tables as workbook sheets, in report order: one sheet per table, named after its title,
 * numbers kept as numbers (đồng and counts with a thousands format) so they can be summed in Excel.
 *
 * @param report - The report.
 * @returns The sheets.
 * @example
 * ```ts
 * reportSheets(report).map((sheet) => sheet.name); // ["Văn bản", "Kết quả kiểm tra theo tệp", …]
 * ```
 */
export function reportSheets(report: Report): ReportSheet[] {
  const used = new Set<string>();
  return report.sections.flatMap((section) =>
    section.tables.map((table) => {
      const name = sheetName(table.title, used);
      used.add(name);
      return {
        name,
        table: { headers: table.columns.map((column) => column.header), rows: table.rows },
        numberFormats: table.columns.map((column) => (column.format === 'dong' || column.format === 'integer' ? integerFormat : undefined)),
      };
    }),
  );
}
