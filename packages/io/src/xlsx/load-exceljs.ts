import type ExcelJS from 'exceljs';

type ExcelJsModule = typeof ExcelJS;

/**
 * Private: loads exceljs on first use (a dynamic import), so applications that never touch XLSX
 * never load it, and a web app can split it into its own chunk. Works with the CommonJS build in Node
 * (default export) and with bundlers that expose named exports.
 *
 * @returns The exceljs module.
 * @example
 * ```ts
 * const { Workbook } = await loadExcelJs();
 * ```
 */
export async function loadExcelJs(): Promise<ExcelJsModule> {
  const module = (await import('exceljs')) as ExcelJsModule & { default?: ExcelJsModule };
  return module.default ?? module;
}
