import { describe, expect, it } from 'vitest';
import { makeWorkbook, numberSheet } from '../__fixtures__/make-workbook';
import { listXlsxSheets, readXlsx } from './read-xlsx';
import { writeXlsxWorkbook } from './write-xlsx';

const ole2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe('readXlsx as a stream', () => {
  it('names a legacy .xls and an encrypted workbook, with what to do', async () => {
    const xls = Uint8Array.from([...ole2, ...new Array<number>(504).fill(0)]);
    const legacy = await readXlsx(xls, { file: 'cu.xls' });
    expect(legacy).toMatchObject({ ok: false, error: { ruleId: 'io/xls-legacy', location: { file: 'cu.xls' } } });
    expect(!legacy.ok && legacy.error.message.en).toContain('save it as .xlsx');
    const name = Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]);
    const encrypted = Uint8Array.from([...ole2, ...new Array<number>(100).fill(0), ...name, 0, 0]);
    const locked = await readXlsx(encrypted);
    expect(locked).toMatchObject({ ok: false, error: { ruleId: 'io/xlsx-encrypted' } });
    expect(!locked.ok && locked.error.message.en).toContain('remove the password');
    expect(await listXlsxSheets(encrypted)).toMatchObject({ ok: false, error: { ruleId: 'io/xlsx-encrypted' } });
  });

  it('lists every sheet and reads the chosen one', async () => {
    const bytes = await writeXlsxWorkbook([
      { name: 'Kinh phí', table: { headers: ['Năm', 'Đồng'], rows: [[2014, 8]] } },
      { name: 'Danh mục', table: { headers: ['STT', 'Tên'], rows: [[1, 'Cấp phép']] } },
    ]);
    const sheets = await listXlsxSheets(bytes);
    expect(sheets).toMatchObject({ ok: true, value: [{ name: 'Kinh phí', position: 1, state: 'visible' }, { name: 'Danh mục', position: 2 }] });
    const second = await readXlsx(bytes, { sheet: 'danh muc' });
    expect(second.ok && second.value.rows.map((row) => row.values)).toEqual([[1, 'Cấp phép']]);
    const hidden = await makeWorkbook([{ name: 'A', xml: numberSheet(2, 1) }, { name: 'Ẩn', state: 'hidden', xml: numberSheet(2, 1) }]);
    expect(await listXlsxSheets(hidden)).toMatchObject({ ok: true, value: [{ name: 'A' }, { name: 'Ẩn', state: 'hidden' }] });
  });

  it('refuses a sheet when it passes the row limit, while reading', async () => {
    const bytes = await makeWorkbook([{ name: 'Lớn', xml: numberSheet(5_000, 2) }]);
    const result = await readXlsx(bytes, { limits: { maxRows: 100 } });
    // The title-block allowance is 21 rows: reading stops at row 122, the first one past it.
    expect(result).toMatchObject({ ok: false, error: { ruleId: 'io/too-many-rows', data: { row: 122, maxRows: 100 } } });
    expect(await readXlsx(bytes, { limits: { maxCells: 50 } })).toMatchObject({ ok: false, error: { ruleId: 'io/too-many-cells', data: { row: 26 } } });
    expect(await readXlsx(bytes, { limits: { maxColumns: 1 } })).toMatchObject({ ok: false, error: { ruleId: 'io/too-many-columns' } });
    const read = await readXlsx(bytes);
    expect(read.ok && read.value.rows.length).toBe(4_999);
  });

  it('refuses a sheet that inflates beyond its declared size or the text limit', async () => {
    const lying = await makeWorkbook([{ name: 'S', xml: numberSheet(2_000, 3), declaredSize: 1_000 }]);
    expect(await readXlsx(lying)).toMatchObject({ ok: false, error: { ruleId: 'io/zip-bomb' } });
    const text = await makeWorkbook([{ name: 'S', xml: '<worksheet><sheetData><row r="1"><c t="s"><v>0</v></c></row></sheetData></worksheet>' }], ['x'.repeat(5_000)]);
    expect(await readXlsx(text, { limits: { maxTextLength: 1_000 } })).toMatchObject({ ok: false, error: { ruleId: 'io/too-many-cells' } });
  });

  it('reads inline strings, booleans, errors, prefixed tags, entities and cells without references', async () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Tên &amp; mã</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:r><x:t>Đúng</x:t></x:r><x:r><x:t xml:space="preserve"> hạn</x:t></x:r></x:is></x:c></x:row>' +
      '<x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:t>a_x000D_b &#273;</x:t></x:is></x:c><x:c r="B3" t="b"><x:v>1</x:v></x:c></x:row>' +
      '<x:row><x:c r="A4" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c><x:c r="B4" t="str"><x:f>A1</x:f><x:v>kết quả</x:v></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    const result = await readXlsx(await makeWorkbook([{ name: 'S', xml }]), { headerRow: 1 });
    expect(result.ok && result.value.headers).toEqual(['Tên & mã', 'Đúng hạn']);
    expect(result.ok && result.value.rows.map((row) => [row.row, ...row.values])).toEqual([
      [2, '', ''],
      [3, 'a\rb đ', true],
      [4, '#DIV/0!', 'kết quả'],
    ]);
    expect(result.findings).toMatchObject([{ ruleId: 'io/cell-error', location: { row: 4, column: 'A' } }]);
  });
});
