import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textTable, trickyText, withoutTrailingEmptyRows } from '../__fixtures__/arbitraries';
import { langSonBudget } from '../__fixtures__/tables';
import { csvDelimiters } from './detect-delimiter';
import { readCsv } from './read-csv';
import { writeCsv } from './write-csv';

describe('writeCsv', () => {
  it('writes the Lạng Sơn budget table with quoting, numbers as numbers and CRLF', () => {
    const csv = writeCsv({ headers: langSonBudget.headers, rows: langSonBudget.rows.slice(0, 2) });
    expect(csv.split('\r\n')).toEqual([
      'TT,"Tên dự án, nhiệm vụ",Thời gian thực hiện,Đơn vị chủ trì,Đơn vị phối hợp,Dự kiến kinh phí năm 2019 (Đơn vị tính: Đồng)',
      '1,"Trang bị máy chiếu tại phòng họp 401; 402",2019,Sở Kế hoạch và Đầu tư,Văn phòng Sở,35000000',
      '2,"Bảo trì, bảo dưỡng hệ thống máy chủ, máy tính cơ quan",2019,Sở Kế hoạch và Đầu tư,Đơn vị cung cấp dịch vụ,15000000',
      '',
    ]);
  });

  it('adds a BOM on request, uses the delimiter and line ending asked for, writes dates and empties', () => {
    const csv = writeCsv(
      { headers: ['Ngày', 'Giá trị', 'Ghi chú'], rows: [[new Date(Date.UTC(2013, 4, 4)), -1.5, null], [undefined, true, 'a"b']] },
      { bom: true, delimiter: ';', lineEnding: '\n' },
    );
    expect(csv).toBe('\uFEFFNgày;Giá trị;Ghi chú\n2013-05-04;-1.5;\n;true;"a""b"\n');
    expect(new TextEncoder().encode(csv).subarray(0, 3)).toEqual(Uint8Array.of(0xef, 0xbb, 0xbf));
  });

  it('protects every text cell that could start a formula, but not numbers', () => {
    const csv = writeCsv({ headers: ['x'], rows: [['=1+1'], ['+1'], ['-1'], ['@SUM(1)'], ['\t=1'], ['\r=1'], [-1]] });
    expect(csv).toBe('x\r\n\'=1+1\r\n\'+1\r\n\'-1\r\n\'@SUM(1)\r\n"\'\t=1"\r\n"\'\r=1"\r\n-1\r\n');
  });

  it('writes a one-column empty row as "" so it is not read as a blank line', () => {
    expect(writeCsv({ headers: ['STT'], rows: [[''], ['1']] })).toBe('STT\r\n""\r\n1\r\n');
  });

  it('round-trips any text table losslessly, with detected or explicit delimiters', () => {
    fc.assert(
      fc.property(textTable(trickyText), fc.constantFrom(...csvDelimiters), fc.boolean(), fc.boolean(), (table, delimiter, bom, explicit) => {
        const csv = writeCsv(table, { delimiter, bom });
        const bytes = new TextEncoder().encode(csv);
        const result = readCsv(bytes, explicit ? { delimiter, headerRow: 1 } : {});
        expect(result.findings).toEqual([]);
        if (!result.ok) return;
        expect(result.value.headers).toEqual(table.headers);
        expect(result.value.rows.map((row) => row.values)).toEqual(withoutTrailingEmptyRows(table.rows, (v) => v === ''));
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips numbers as their JavaScript text', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 5 }), (numbers) => {
        const result = readCsv(writeCsv({ headers: ['Kinh phí (triệu đồng)'], rows: numbers.map((n) => [n]) }));
        expect(result.ok && result.value.rows.map((row) => Number(row.values[0]))).toEqual(numbers.map((n) => (Object.is(n, -0) ? 0 : n)));
      }),
    );
  });
});
