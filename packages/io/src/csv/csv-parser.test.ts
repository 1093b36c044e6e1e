import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCsvParser, type CsvRecord } from './csv-parser';

function parseAll(chunks: readonly (string | Uint8Array)[], options: Parameters<typeof createCsvParser>[0] = {}) {
  const parser = createCsvParser(options);
  const records: CsvRecord[] = [];
  for (const chunk of chunks) records.push(...parser.push(chunk));
  records.push(...parser.end());
  return { parser, records };
}

const thaiBinh =
  'TT,Tên DVCTT,Mức DVCTT,Cơ quan chủ trì xử lý,Cơ quan đồng xử lý\r\n' +
  '1,Cấp phép hoạt động ngành in,3,Sở Thông tin và Truyền thông,\r\n' +
  '8,"Cấp Giấy chứng nhận đầu tư nước ngoài vốn dưới 300 tỷ đồng",3,Ban Quản lý các Khu Công nghiệp,"Sở, ngành, địa phương"\r\n';

describe('createCsvParser', () => {
  it('parses RFC 4180 records with quoted delimiters', () => {
    const { records, parser } = parseAll([thaiBinh]);
    expect(parser.delimiter).toBe(',');
    expect(records).toEqual([
      { row: 1, fields: ['TT', 'Tên DVCTT', 'Mức DVCTT', 'Cơ quan chủ trì xử lý', 'Cơ quan đồng xử lý'] },
      { row: 2, fields: ['1', 'Cấp phép hoạt động ngành in', '3', 'Sở Thông tin và Truyền thông', ''] },
      {
        row: 3,
        fields: [
          '8',
          'Cấp Giấy chứng nhận đầu tư nước ngoài vốn dưới 300 tỷ đồng',
          '3',
          'Ban Quản lý các Khu Công nghiệp',
          'Sở, ngành, địa phương',
        ],
      },
    ]);
  });

  it('keeps embedded line breaks and doubled quotes; a multi-line record is one row', () => {
    const text = 'STT;Ghi chú\n1;"01 máy soạn thảo\nVB ""mật"""\n2;x\n';
    const { records } = parseAll([text]);
    expect(records).toEqual([
      { row: 1, fields: ['STT', 'Ghi chú'] },
      { row: 2, fields: ['1', '01 máy soạn thảo\nVB "mật"'] },
      { row: 3, fields: ['2', 'x'] },
    ]);
  });

  it('skips blank lines but counts them, handles a missing final newline and a trailing empty field', () => {
    const { records } = parseAll(['a|b\n\n1|\n\r\n2|"x"']);
    expect(records).toEqual([
      { row: 1, fields: ['a', 'b'] },
      { row: 3, fields: ['1', ''] },
      { row: 5, fields: ['2', 'x'] },
    ]);
  });

  it('gives the same records whatever the chunking, for text and for bytes split inside characters', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${thaiBinh}`);
    const whole = parseAll([thaiBinh]).records;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: bytes.length }), { maxLength: 8 }), (cuts) => {
        const points = [0, ...[...cuts].sort((x, y) => x - y), bytes.length];
        const byteChunks = points.slice(1).map((end, i) => bytes.subarray(points[i], end));
        expect(parseAll(byteChunks).records).toEqual(whole);
        const textChunks = points.slice(1).map((end, i) => thaiBinh.slice(points[i], end));
        expect(parseAll(textChunks).records).toEqual(whole);
      }),
    );
  });

  it('detects tab and semicolon delimiters and decodes UTF-16LE with BOM (Excel "Unicode text")', () => {
    expect(parseAll(['STT\tHạ tầng\tTổng số\n1\tMáy tính\t43/56\n']).records[1]?.fields).toEqual(['1', 'Máy tính', '43/56']);
    const text = 'STT;Năm 2014\n1;8\n';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    for (let i = 0; i < text.length; i++) utf16[3 + 2 * i] = text.charCodeAt(i) >> 8;
    expect(parseAll([utf16]).records).toEqual([
      { row: 1, fields: ['STT', 'Năm 2014'] },
      { row: 2, fields: ['1', '8'] },
    ]);
  });

  it('normalises decomposed (NFD) text to NFC', () => {
    const { records } = parseAll(['Tên thủ tục\n'.normalize('NFD')]);
    expect(records[0]?.fields[0]).toBe('Tên thủ tục');
  });

  it('sets aside the row of a quote that is never closed and reads the lines after it', () => {
    const { records, parser } = parseAll(['a,b\n1,"never closed\n2,3\n']);
    expect(records).toEqual([
      { row: 1, fields: ['a', 'b'] },
      { row: 3, fields: ['2', '3'] },
    ]);
    expect(parser.failed).toBe(false);
    expect(parser.findings).toHaveLength(1);
    expect(parser.findings[0]).toMatchObject({
      ruleId: 'io/csv-unterminated-quote',
      severity: 'error',
      location: { row: 2 },
      data: { rows: [2], count: 1 },
    });
    const kept = parseAll(['a,b\n1,"never closed\n2,3\n'], { keepSetAside: true }).records;
    expect(kept[1]).toEqual({ row: 2, fields: ['1', '"never closed'], setAside: 'unterminated-quote' });
  });

  it('sets aside a stray quote that swallows lines, whether its closing quote is followed by text or the lines look like records', () => {
    const followed = parseAll(['STT,Tên,Cơ quan\n1,"Cấp phép,Sở A\n2,Đăng ký,Sở B\n3,"Tên" mới,Sở C\n']);
    expect(followed.records.map((r) => r.row)).toEqual([1, 3, 4]);
    expect(followed.parser.findings[0]).toMatchObject({ ruleId: 'io/csv-stray-quote', location: { row: 2 } });
    // Row 4 holds the quote that closed the swallowed field: once row 2 is set aside it opens a field of its own.
    const clean = parseAll(['STT,Tên,Cơ quan\n1,"Cấp phép,Sở A\n2,Đăng ký,Sở B\n3,Thủ tục",Sở C\n']);
    expect(clean.parser.findings[0]).toMatchObject({ ruleId: 'io/csv-stray-quote', data: { rows: [2] } });
    expect(clean.records).toEqual([
      { row: 1, fields: ['STT', 'Tên', 'Cơ quan'] },
      { row: 3, fields: ['2', 'Đăng ký', 'Sở B'] },
      { row: 4, fields: ['3', 'Thủ tục"', 'Sở C'] },
    ]);
    // A legitimate multi-line cell is kept.
    const cell = parseAll(['STT,Tên,Cơ quan\n1,"Cấp phép\nin, xuất bản",Sở A\n']);
    expect(cell.parser.findings).toEqual([]);
    expect(cell.records[1]).toEqual({ row: 2, fields: ['1', 'Cấp phép\nin, xuất bản', 'Sở A'] });
  });

  it('reads LF, CRLF and CR-only line ends the same, whatever the chunking', () => {
    const lf = 'STT;Tên\n1;"a;b"\n\n2;c\n';
    const expected = parseAll([lf]).records;
    expect(expected).toEqual([
      { row: 1, fields: ['STT', 'Tên'] },
      { row: 2, fields: ['1', 'a;b'] },
      { row: 4, fields: ['2', 'c'] },
    ]);
    for (const text of [lf.replaceAll('\n', '\r\n'), lf.replaceAll('\n', '\r')]) {
      expect(parseAll([text]).records).toEqual(expected);
      fc.assert(
        fc.property(fc.integer({ min: 1, max: text.length - 1 }), (cut) => {
          expect(parseAll([text.slice(0, cut), text.slice(cut)]).records).toEqual(expected);
        }),
      );
    }
  });

  it('enforces the cell, record and row limits with error findings', () => {
    const long = parseAll(['a,b\n1,' + 'x'.repeat(11) + '\n'], { maxCellLength: 10 });
    expect(long.parser.findings[0]).toMatchObject({ ruleId: 'io/cell-too-long', location: { row: 2, column: 'B' } });
    const record = createCsvParser({ maxRecordLength: 100, delimiter: ',' });
    record.push('"' + 'y'.repeat(200));
    expect(record.failed).toBe(true);
    expect(record.findings[0]?.ruleId).toBe('io/cell-too-long');
    const rows = parseAll(['a\n1\n2\n3\n'], { maxRows: 3 });
    expect(rows.records).toHaveLength(3);
    expect(rows.parser.findings[0]?.ruleId).toBe('io/too-many-rows');
  });

  it('refuses push after end and invalid limits', () => {
    const parser = createCsvParser();
    parser.end();
    expect(() => parser.push('a')).toThrow('after end');
    expect(() => createCsvParser({ maxRows: 0 })).toThrow('maxRows');
  });

  it('never throws on random or truncated bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.integer({ min: 1, max: 50 }), (bytes, size) => {
        const parser = createCsvParser();
        for (let i = 0; i < bytes.length; i += size) parser.push(bytes.subarray(i, i + size));
        parser.end();
        expect(parser.failed || parser.findings.length === 0).toBe(true);
      }),
    );
  });
});
