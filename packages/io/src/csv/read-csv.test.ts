import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeVni, encodeWindows1258 } from '../__fixtures__/legacy-encoders';
import { haGiangBudgetWithTitle } from '../__fixtures__/tables';
import { cellLocation } from '../cell-location';
import { defineColumns } from '../headers/define-columns';
import { readCsv } from './read-csv';
import { writeCsv } from './write-csv';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readCsv', () => {
  it('reads Excel-style UTF-8 with BOM, semicolons and a title block, keeping row numbers', () => {
    const csv = `\uFEFF${haGiangBudgetWithTitle.map((row) => row.join(';')).join('\r\n')}\r\n;;;;\r\n`;
    const result = readCsv(utf8(csv), { file: 'ha-giang.csv' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const table = result.value;
    expect(table.delimiter).toBe(';');
    expect(table.headerRow).toBe(3);
    expect(table.headers).toEqual(['STT', 'Tên dịch vụ công triển khai', 'Năm 2014', 'Năm 2015', 'Tổng kinh phí']);
    expect(table.columns[4]).toEqual({ index: 4, letter: 'E', header: 'Tổng kinh phí' });
    expect(table.rows.map((row) => row.row)).toEqual([4, 5, 6]);
    expect(table.rows[2]?.values).toEqual(['3', 'Cấp giấy phép thành lập chi nhánh, văn phòng đại diện', '0', '1', '1']);
    expect(cellLocation(table, table.rows[1] ?? 0, 2)).toEqual({ file: 'ha-giang.csv', row: 5, column: 'C' });
  });

  it('finds the header row by the expected columns', () => {
    const csv = 'UBND TỈNH THÁI BÌNH,,,CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTT,,Tên DVCTT,\n1,,Cấp phép hợp báo,4\n';
    const columns = defineColumns([{ key: 'name', aliases: ['Tên DVCTT'] }]);
    const result = readCsv(csv, { columns });
    expect(result.ok && [result.value.headerRow, result.value.rows[0]?.values]).toEqual([2, ['1', '', 'Cấp phép hợp báo', '4']]);
  });

  it('honours an explicit header row', () => {
    const result = readCsv('Tiêu đề\nSTT,Năm 2014\n1,8\n', { headerRow: 2 });
    expect(result.ok && result.value.rows).toEqual([{ row: 3, values: ['1', '8'] }]);
    expect(readCsv('a\nb\n', { headerRow: 7 }).ok).toBe(false);
  });

  it.each([
    ['TCVN3', encodeTcvn3, 'tcvn3'],
    ['VNI', encodeVni, 'vni'],
    ['Windows-1258', encodeWindows1258, 'windows-1258'],
  ] as const)('reports a %s file as io/legacy-encoding instead of mojibake', (_name, encode, encoding) => {
    const bytes = encode('stt,tên thủ tục hành chính,cơ quan chủ trì\n1,cấp phép hợp báo,sở thông tin và truyền thông\n');
    const result = readCsv(bytes, { file: 'cu.csv' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ ruleId: 'io/legacy-encoding', severity: 'error', data: { encoding } });
    expect(result.error.location).toEqual({ file: 'cu.csv' });
  });

  it('warns about text that was already decoded the wrong way (TCVN3 read as Latin-1)', () => {
    const mojibake = String.fromCharCode(...encodeTcvn3('stt,tên thủ tục,kinh phí (triệu đồng)\n1,cấp phép hoạt động ngành in,35\n'));
    const result = readCsv(mojibake);
    expect(result.ok).toBe(true);
    expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([['io/legacy-encoding', 'warning']]);
  });

  it('reports other invalid UTF-8 with the row of the first bad byte', () => {
    const bytes = Uint8Array.from([...utf8('a,b\n1,2\n'), 0xff, 0x41, 0x0a]);
    const result = readCsv(bytes);
    expect(!result.ok && result.error).toMatchObject({ ruleId: 'io/invalid-utf8', location: { row: 3 }, data: { offset: 8 } });
  });

  it('sets aside rows with missing or extra fields, with an error naming them, and keeps the rest', () => {
    const result = readCsv('STT,Tên\n1\n2,b,extra\n3,c,\n,\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.headers).toEqual(['STT', 'Tên']);
    expect(result.value.rows.map((r) => r.values)).toEqual([['3', 'c']]);
    expect(result.value.setAsideRows).toEqual([
      { row: 2, values: ['1'], reason: 'missing-fields' },
      { row: 3, values: ['2', 'b', 'extra'], reason: 'extra-fields' },
    ]);
    expect(result.findings).toMatchObject([
      { ruleId: 'io/csv-missing-fields', severity: 'error', location: { row: 2 }, data: { rows: [2], count: 1 } },
      { ruleId: 'io/csv-extra-fields', severity: 'error', location: { row: 3 }, data: { rows: [3], count: 1 } },
    ]);
  });

  it('says a header probably holds an unquoted delimiter when every row is short', () => {
    const result = readCsv('STT,Tên,Kinh phí (triệu đồng, năm)\n1,a,5\n2,b,7\n');
    expect(result.ok && result.value.rows).toEqual([]);
    expect(result.findings[0]?.message.en).toContain('a header probably holds an unquoted ","');
  });

  it('warns about values in a column without a header', () => {
    const result = readCsv('STT,,Tên\n1,x,a\n');
    expect(result.ok && result.value.rows.map((r) => r.values)).toEqual([['1', 'x', 'a']]);
    expect(result.findings[0]).toMatchObject({ ruleId: 'io/extra-fields', location: { row: 2 } });
  });

  it('gives the row of the first bad byte whatever the line ends', () => {
    for (const end of ['\n', '\r\n', '\r']) {
      const bytes = Uint8Array.from([...utf8(`a,b${end}1,2${end}`), 0xff, 0x41, 0x0a]);
      expect(readCsv(bytes)).toMatchObject({ ok: false, error: { ruleId: 'io/invalid-utf8', location: { row: 3 } } });
    }
  });

  it('reads CR-only files like LF files', () => {
    const lf = 'Mục,Số tiền\n1,100\n2,"2\n00"\n';
    const result = readCsv(lf.replaceAll('\n', '\r'));
    expect(result).toEqual(readCsv(lf));
    expect(result.ok && result.value.rows).toHaveLength(2);
  });

  it('sets aside the row of a stray quote and reads every line after it', () => {
    const result = readCsv('STT,Tên,Số\n1,"Cấp phép,5\n2,Đăng ký,6\n3,"Tên" mới,7\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.rows.map((r) => r.row)).toEqual([3, 4]);
    expect(result.value.setAsideRows).toEqual([{ row: 2, values: ['1', '"Cấp phép', '5'], reason: 'stray-quote' }]);
    expect(result.findings).toMatchObject([{ ruleId: 'io/csv-stray-quote', severity: 'error' }]);
  });

  it('enforces size, row and cell limits', () => {
    expect(readCsv('a\n1\n', { limits: { maxBytes: 3 } })).toMatchObject({ ok: false, error: { ruleId: 'io/too-large' } });
    expect(readCsv('a\n1\n2\n', { limits: { maxRows: 1 } })).toMatchObject({ ok: false, error: { ruleId: 'io/too-many-rows' } });
    expect(readCsv('a,b\n1,"xxxxxx"\n', { limits: { maxCellLength: 5 } })).toMatchObject({
      ok: false,
      error: { ruleId: 'io/cell-too-long', location: { row: 2, column: 'B' } },
    });
    expect(readCsv('a,b,c\n', { limits: { maxColumns: 2 } })).toMatchObject({ ok: false, error: { ruleId: 'io/too-many-columns' } });
    expect(() => readCsv('a', { limits: { maxRows: -1 } })).toThrow('maxRows');
  });

  it('reports an empty file', () => {
    expect(readCsv(new Uint8Array(0))).toMatchObject({ ok: false, error: { ruleId: 'io/empty' } });
    expect(readCsv('\n\n')).toMatchObject({ ok: false, error: { ruleId: 'io/empty' } });
  });

  it('reverses formula protection written by writeCsv, and can keep it', () => {
    const csv = writeCsv({ headers: ['Công thức'], rows: [['=SUM(A1:A9)'], ['-5'], ["'@x"]] });
    expect(csv).toBe("Công thức\r\n'=SUM(A1:A9)\r\n'-5\r\n''@x\r\n");
    const read = readCsv(csv);
    expect(read.ok && read.value.rows.map((r) => r.values[0])).toEqual(['=SUM(A1:A9)', '-5', "'@x"]);
    const raw = readCsv(csv, { unprotectFormulas: false });
    expect(raw.ok && raw.value.rows.map((r) => r.values[0])).toEqual(["'=SUM(A1:A9)", "'-5", "''@x"]);
  });

  it('never throws on random or truncated bytes', () => {
    const valid = utf8(`\uFEFF${haGiangBudgetWithTitle.map((row) => row.map((v) => `"${v}"`).join(';')).join('\r\n')}`);
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.nat(valid.length).map((n) => valid.subarray(0, n))), (bytes) => {
        const result = readCsv(bytes);
        expect(result.ok || result.error.severity === 'error').toBe(true);
      }),
    );
  });
});
