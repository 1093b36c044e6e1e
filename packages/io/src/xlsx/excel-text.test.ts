import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { encodeExcelText } from './excel-text';

describe('encodeExcelText', () => {
  it.each([
    ['Dòng 1\r\nDòng 2', 'Dòng 1_x000D_\nDòng 2'],
    ['_x000D_', '_x005F_x000D_'],
    ['a\u0001b', 'a_x0001_b'],
    ['Sở Y tế\t(tab)', 'Sở Y tế\t(tab)'],
    ['_x000d_', '_x000d_'],
  ])('escapes %j as Excel does, and exceljs reads it back', async (text, escaped) => {
    expect(encodeExcelText(text)).toBe(escaped);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('S').getCell('A1').value = escaped;
    const bytes = (await workbook.xlsx.writeBuffer()) as unknown as Uint8Array;
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(bytes.slice().buffer);
    expect(read.worksheets[0]?.getCell('A1').value).toBe(text);
  });
});
