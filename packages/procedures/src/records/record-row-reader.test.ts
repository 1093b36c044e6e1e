import { createFinding, type Finding, foldKey } from '@egov/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEmptyCell, parseBoolean, parseDate, parseText, type Parsed } from '../internal/cells';
import { collectHeaders, matchColumns } from '../internal/columns';
import { recordColumnAliases, type RecordColumn } from '../rows/record-columns';
import { recordsFromRows, type RecordsFromRowsOptions } from '../rows/records-from-rows';
import type { Cell, Row } from '../rows/row';
import type { ApplicationRecord, Channel } from './application-record';
import { createRecordRowReader } from './record-row-reader';

// The generic implementation of recordsFromRows before the row reader (one object per row, every cell
// parsed from scratch), kept verbatim as the reference the fast path must match exactly.
function parseChannel(cell: Cell | undefined): Parsed<Channel> {
  if (isEmptyCell(cell) || typeof cell !== 'string') return isEmptyCell(cell) ? { kind: 'empty' } : { kind: 'invalid' };
  const text = foldKey(cell);
  if (text === 'online' || text.includes('truc tuyen') || text.includes('qua mang')) return { kind: 'value', value: 'online' };
  if (text === 'post' || text.includes('buu chinh') || text.includes('buu dien')) return { kind: 'value', value: 'post' };
  if (text === 'counter' || text.includes('truc tiep') || text.includes('tai quay') || text.includes('mot cua')) {
    return { kind: 'value', value: 'counter' };
  }
  return { kind: 'invalid' };
}

const parsers: Readonly<Record<RecordColumn, (cell: Cell | undefined) => Parsed<unknown>>> = {
  id: parseText,
  procedureCode: parseText,
  agency: parseText,
  received: parseDate,
  due: parseDate,
  finished: parseDate,
  channel: parseChannel,
  paidOnline: parseBoolean,
  digitised: parseBoolean,
  electronicResult: parseBoolean,
  complaint: parseBoolean,
};

const required: readonly RecordColumn[] = ['procedureCode', 'agency', 'received', 'channel'];


function legacyRecordsFromRows(
  rows: readonly Row[],
  options: RecordsFromRowsOptions = {},
): { readonly records: readonly ApplicationRecord[]; readonly findings: readonly Finding[]; readonly findingsLeftOut: number } {
  const firstRow = options.firstRow ?? 2;
  const maxFindings = options.maxFindings ?? 100;
  const { columns } = matchColumns(collectHeaders(rows), recordColumnAliases);
  const findings: Finding[] = [];
  let findingsLeftOut = 0;
  const report = (finding: Finding): void => {
    if (findings.length < maxFindings) findings.push(finding);
    else findingsLeftOut += 1;
  };
  const where = (row: number, column: string | undefined) => ({
    ...(options.file === undefined ? {} : { file: options.file }),
    ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
    row,
    ...(column === undefined ? {} : { column }),
  });
  const records: ApplicationRecord[] = [];
  rows.forEach((row, index) => {
    if (Object.values(row).every(isEmptyCell)) return;
    const rowNumber = firstRow + index;
    const record: Record<string, unknown> = {};
    const problems: string[] = [];
    for (const [field, header] of columns) {
      const parsed = parsers[field](row[header]);
      if (parsed.kind === 'value') record[field] = parsed.value;
      else if (parsed.kind === 'invalid') {
        if (required.includes(field)) problems.push(`${header}: "${String(row[header])}"`);
        else {
          report(
            createFinding({
              ruleId: 'procedures/invalid-cell',
              severity: 'warning',
              path: [index, header],
              location: where(rowNumber, header),
              data: { field, found: String(row[header]) },
              message: {
                vi: `Dòng ${rowNumber}, cột "${header}": không đọc được "${String(row[header])}"; bỏ qua ô này.`,
                en: `Row ${rowNumber}, column "${header}": cannot read "${String(row[header])}"; cell ignored.`,
              },
            }),
          );
        }
      }
    }
    for (const field of required) {
      if (record[field] === undefined && !problems.some((p) => p.startsWith(`${columns.get(field) ?? field}:`))) {
        problems.push(`${columns.get(field) ?? field}: ∅`);
      }
    }
    if (problems.length > 0) {
      report(
        createFinding({
          ruleId: 'procedures/invalid-record',
          severity: 'error',
          path: [index],
          location: where(rowNumber, undefined),
          data: { problems },
          message: {
            vi: `Dòng ${rowNumber}: hồ sơ thiếu hoặc sai (${problems.join('; ')}); bỏ qua dòng này.`,
            en: `Row ${rowNumber}: record missing or invalid (${problems.join('; ')}); row skipped.`,
          },
        }),
      );
      return;
    }
    records.push(record as ApplicationRecord);
  });
  return { records, findings, findingsLeftOut };
}

const headers = ['Mã hồ sơ', 'Mã thủ tục', 'Cơ quan', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày hoàn thành', 'Kênh nộp', 'Thanh toán trực tuyến', 'Số hóa', 'Phản ánh, kiến nghị'];

// Cells as real exports print them (from the CLI fixture synthetic-records.csv and the record column
// aliases), plus broken ones: impossible dates, unknown channels, stray spaces, decomposed Unicode.
const cellValues: Readonly<Record<string, readonly Cell[]>> = {
  'Mã hồ sơ': ['HS001', ' HS002 ', '', 'HS\u0301003', 12, null],
  'Mã thủ tục': ['1.001193', '1.000894', '', '  ', 1.013225, null],
  'Cơ quan': ['UBND phường Minh Xuân', 'UBND xã Tân Trào', 'Sở Văn hóa, Thể thao và Du lịch', 'So\u0302\u0301 Y te\u0302\u0301', '', null],
  'Ngày tiếp nhận': ['02/01/2024', '2024-01-03', '4/5/2013', '31/02/2024', '2024-02-30', '', 'hôm qua', 45_000],
  'Ngày hẹn trả': ['05/01/2024', '', '2024-13-01', '29/02/2024', null],
  'Ngày hoàn thành': ['04/01/2024', '', '10/01/2024', 'x', true],
  'Kênh nộp': ['Trực tuyến', 'Trực tiếp', 'Bưu chính', 'online', 'Nộp qua mạng', 'Tại quầy một cửa', 'fax', '', 3],
  'Thanh toán trực tuyến': ['Có', 'Không', '', 'x', 'Trực tiếp', 1, 2, false],
  'Số hóa': ['Có', 'Không', 'có ', 'Chưa', '?', null],
  'Phản ánh, kiến nghị': ['Không', 'Có', '', 'yes'],
};

const rowArbitrary: fc.Arbitrary<Row> = fc.record(
  Object.fromEntries(Object.entries(cellValues).map(([header, values]) => [header, fc.constantFrom(...values)])),
  { requiredKeys: ['Mã thủ tục', 'Cơ quan'] },
);

describe('recordsFromRows (row reader inside)', () => {
  it('gives exactly the records and findings of the generic implementation (property)', () => {
    fc.assert(
      fc.property(fc.array(rowArbitrary, { maxLength: 30 }), fc.integer({ min: 1, max: 40 }), (rows, maxFindings) => {
        const options = { file: 'ho-so.csv', sheet: 'Hồ sơ', firstRow: 5, maxFindings };
        expect(recordsFromRows(rows, options)).toEqual(legacyRecordsFromRows(rows, options));
      }),
      { numRuns: 300 },
    );
  });

  it('matches the generic implementation when required columns are absent or headers are English', () => {
    const rows: Row[] = [
      { 'Mã thủ tục': '1.001193', 'Ngày tiếp nhận': '01/3/2018', Channel: 'online' },
      { 'Mã thủ tục': '', 'Ngày tiếp nhận': 'x', Channel: 'fax', Extra: 'y' },
      { Extra: '' },
    ];
    expect(recordsFromRows(rows)).toEqual(legacyRecordsFromRows(rows));
    expect(recordsFromRows(rows).findings[0]?.data).toEqual({ problems: ['agency: ∅'] });
    expect(recordsFromRows(rows).findings[1]?.data).toEqual({ problems: ['Ngày tiếp nhận: "x"', 'Channel: "fax"', 'Mã thủ tục: ∅', 'agency: ∅'] });
  });
});

describe('createRecordRowReader', () => {
  const reader = createRecordRowReader(headers, { file: 'ho-so.csv' });
  const read = (cells: readonly Cell[], index = 0, row = 2) => {
    const findings: Finding[] = [];
    const outcome = reader.read(cells, index, row, (finding) => findings.push(finding));
    return { outcome, findings };
  };

  it('reads a row of the CLI fixture by position', () => {
    const { outcome, findings } = read(['HS004', '1.013225', 'UBND xã Tân Trào', '20/01/2024', '10/02/2024', '08/02/2024', 'Trực tuyến', 'Có', 'Có', 'Không']);
    expect(findings).toEqual([]);
    expect(outcome).toEqual({
      kind: 'record',
      record: {
        id: 'HS004',
        procedureCode: '1.013225',
        agency: 'UBND xã Tân Trào',
        received: '2024-01-20',
        due: '2024-02-10',
        finished: '2024-02-08',
        channel: 'online',
        paidOnline: true,
        digitised: true,
        complaint: false,
      },
    });
    expect(reader.columns.get('complaint')).toBe('Phản ánh, kiến nghị');
  });

  it('rejects a malformed row with its row number and the column of each problem', () => {
    const { outcome, findings } = read(['HS011', '1.001193', '', '31/02/2024', '', '', 'fax', '', '', ''], 9, 12);
    expect(outcome).toEqual({ kind: 'rejected', problems: ['Ngày tiếp nhận: "31/02/2024"', 'Kênh nộp: "fax"', 'Cơ quan: ∅'] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'procedures/invalid-record', severity: 'error', path: '/9', location: { file: 'ho-so.csv', row: 12 } });
  });

  it('keeps a row with an unreadable optional cell and warns at its row and column', () => {
    const { outcome, findings } = read(['HS005', '1.001193', 'Sở Y tế', '02/01/2024', '', '', 'Trực tiếp', 'Trực tiếp', 'Có', 'Không'], 3, 6);
    expect(outcome.kind).toBe('record');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'procedures/invalid-cell',
      severity: 'warning',
      location: { file: 'ho-so.csv', row: 6, column: 'Thanh toán trực tuyến' },
      data: { field: 'paidOnline', found: 'Trực tiếp' },
    });
  });

  it('reports the same malformed cell every time it occurs (remembered parses keep their findings)', () => {
    const row = ['HS006', '1.001193', 'Sở Y tế', '30/02/2024', '', '', 'Trực tiếp', '', '', ''];
    expect(read(row, 0, 2).outcome.kind).toBe('rejected');
    const again = read(row, 1, 3);
    expect(again.outcome.kind).toBe('rejected');
    expect(again.findings[0]?.location).toEqual({ file: 'ho-so.csv', row: 3 });
  });

  it('treats a row of blank cells as blank, and short rows as having empty cells', () => {
    expect(read(['', ' ', '', '', '', '', '', '', '', '']).outcome).toEqual({ kind: 'blank' });
    expect(read([]).outcome).toEqual({ kind: 'blank' });
    expect(read(['HS1', '1.001193']).outcome).toEqual({ kind: 'rejected', problems: ['Cơ quan: ∅', 'Ngày tiếp nhận: ∅', 'Kênh nộp: ∅'] });
  });

  it('reads ids with spaces or combining marks as parseText does (NFC, trimmed)', () => {
    const base = ['1.001193', 'Sở Y tế', '02/01/2024', '', '', 'Trực tiếp', '', '', ''];
    const idOf = (id: string): string | undefined => {
      const { outcome } = read([id, ...base]);
      return outcome.kind === 'record' ? outcome.record.id : undefined;
    };
    expect(idOf(' HS002 ')).toBe('HS002');
    expect(idOf('HS\u00a0')).toBe('HS');
    expect(idOf('Ho\u0302\u0300 sơ 7')).toBe('Hồ sơ 7');
    expect(idOf('HS-2024/001')).toBe('HS-2024/001');
  });

  it('reads the last of repeated headers, as a row keyed by header does', () => {
    const twice = createRecordRowReader(['Mã thủ tục', 'Cơ quan', 'Cơ quan', 'Ngày tiếp nhận', 'Kênh nộp']);
    const outcome = twice.read(['1.001193', 'Sở Y tế', 'Sở Tư pháp', '02/01/2024', 'Trực tiếp'], 0, 2, () => undefined);
    expect(outcome.kind === 'record' ? outcome.record.agency : undefined).toBe('Sở Tư pháp');
  });
});
