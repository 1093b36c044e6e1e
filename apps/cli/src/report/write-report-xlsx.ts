import { writeXlsxWorkbook } from '@egov/io';
import type { ReportSheet } from './report-sheets';

/**
 * Writes the report's sheets as one XLSX workbook with `@egov/io`'s `writeXlsxWorkbook`: a bold, shaded,
 * frozen header row with an auto-filter on each sheet, fitted column widths, numbers as numbers with their
 * format, and every text cell protected against formula injection (`readXlsx` removes the prefix again).
 * Reproducible: the creation date is fixed.
 *
 * @param sheets - From `reportSheets`.
 * @returns The workbook's bytes.
 * @example
 * ```ts
 * await writeFile('report.xlsx', await writeReportXlsx(reportSheets(report)));
 * ```
 */
export async function writeReportXlsx(sheets: readonly ReportSheet[]): Promise<Uint8Array> {
  return writeXlsxWorkbook(
    sheets.map((sheet) => ({
      name: sheet.name,
      table: sheet.table,
      columns: sheet.numberFormats.map((numFmt) => (numFmt === undefined ? undefined : { numFmt })),
    })),
  );
}
