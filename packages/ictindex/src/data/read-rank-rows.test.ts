import { describe, expect, it } from 'vitest';
import { looksLikeRankTable, readRankRows, type RankRecord } from './read-rank-rows';

const at = (row: number): { file: string; row: number } => ({ file: 'xep-hang.csv', row });

describe('looksLikeRankTable', () => {
  it.each([
    [['unit', 'year', 'node', 'parent', 'rank', 'score', 'change_as_printed', 'origin'], true],
    [['Tỉnh', 'Năm', 'Chỉ số', 'Xếp hạng'], true],
    [['Tỉnh', 'Năm', 'Nhóm chỉ số', 'Thứ hạng', 'Thay đổi'], true],
    [['Tỉnh', 'Chỉ tiêu', 'Năm', 'Giá trị'], false],
    [['STT', 'Tên dịch vụ công', 'Năm 2014'], false],
  ])('%j → %s', (headers, expected) => {
    expect(looksLikeRankTable(headers)).toBe(expected);
  });
});

describe('readRankRows', () => {
  it('reads Vietnamese headers: the ranking table and the sentences of the text (Lào Cai 332/KH-UBND, III)', () => {
    const records: RankRecord[] = [
      { cells: { Tỉnh: 'Lào Cai', Năm: 2016, 'Chỉ số': 'Hạ tầng kỹ thuật', 'Thuộc nhóm': 'Xếp hạng chung', 'Xếp hạng': 12, 'Thay đổi': null, Nguồn: 'bảng' }, position: at(2) },
      { cells: { Tỉnh: 'Lào Cai', Năm: '2017', 'Chỉ số': 'Hạ tầng kỹ thuật', 'Thuộc nhóm': 'Xếp hạng chung', 'Xếp hạng': ' 7 ', 'Thay đổi': '', Nguồn: 'bảng' }, position: at(3) },
      { cells: { Tỉnh: 'Lào Cai', Năm: '2017', 'Chỉ số': 'Hạ tầng kỹ thuật', 'Thuộc nhóm': '', 'Xếp hạng': '', 'Thay đổi': 'Tăng 05 bậc', Nguồn: 'Văn bản' }, position: at(4) },
    ];
    expect(readRankRows(records)).toStrictEqual({
      rows: [
        { unit: 'Lào Cai', year: 2016, node: 'Hạ tầng kỹ thuật', parent: 'Xếp hạng chung', rank: 12, origin: 'table', location: at(2), columns: { rank: 'Xếp hạng', change: 'Thay đổi' } },
        { unit: 'Lào Cai', year: 2017, node: 'Hạ tầng kỹ thuật', parent: 'Xếp hạng chung', rank: 7, origin: 'table', location: at(3), columns: { rank: 'Xếp hạng', change: 'Thay đổi' } },
        { unit: 'Lào Cai', year: 2017, node: 'Hạ tầng kỹ thuật', change: 'Tăng 05 bậc', origin: 'text', location: at(4), columns: { rank: 'Xếp hạng', change: 'Thay đổi' } },
      ],
      findings: [],
    });
  });

  it('names each row it leaves out, at its cell; skips blank rows', () => {
    const records: RankRecord[] = [
      { cells: { unit: 'Lào Cai', year: 'năm 2017', node: 'Hạ tầng kỹ thuật', rank: 7 }, position: at(2) },
      { cells: { unit: 'Lào Cai', year: 2017, node: 'Hạ tầng nhân lực CNTT', rank: 'mười bốn' }, position: at(3) },
      { cells: { unit: 'Lào Cai', year: 2017, node: 'Ứng dụng CNTT', rank: 0 }, position: at(4) },
      { cells: { unit: 'Lào Cai', year: 2017, node: 'Ứng dụng CNTT', rank: 6.5 }, position: at(5) },
      { cells: { unit: null, year: 2017, node: 'Ứng dụng CNTT', rank: 6 }, position: at(6) },
      { cells: { unit: 'Lào Cai', year: 2017, node: '', rank: 6 }, position: at(7) },
      { cells: { unit: null, year: null, node: null, rank: null }, position: at(8) },
    ];
    const { rows, findings } = readRankRows(records);
    expect(rows).toEqual([]);
    expect(findings.map((finding) => [finding.ruleId, finding.severity, finding.location, finding.message.en])).toEqual([
      ['ictindex/rank-table-value', 'warning', { ...at(3), column: 'rank' }, 'Rank "mười bốn" cannot be read; the row is not checked'],
      ['ictindex/rank-table-value', 'warning', { ...at(4), column: 'rank' }, 'Rank "0" cannot be read; the row is not checked'],
      ['ictindex/rank-table-value', 'warning', { ...at(5), column: 'rank' }, 'Rank "6.5" cannot be read; the row is not checked'],
      ['ictindex/rank-table-value', 'warning', { ...at(6), column: 'unit' }, 'Unit is empty; the row is not checked'],
      ['ictindex/rank-table-value', 'warning', { ...at(7), column: 'node' }, 'Node is empty; the row is not checked'],
      [
        'ictindex/rank-table-value',
        'warning',
        { ...at(2), column: 'year' },
        'The year cannot be read ("năm 2017") in 1 row (2); it is not checked. Write the year of the ranking (2017, or 2023-06 for a half-year ranking) when the document gives it',
      ],
    ]);
    expect(findings[5]?.message.vi).toBe('Năm không đọc được ("năm 2017") ở 1 dòng (2); dòng này không được kiểm tra. Ghi năm của kỳ xếp hạng (2017, hoặc 2023-06 cho kỳ 6 tháng) nếu văn bản cho biết');
  });

  it('a table without a year column is one error that lists the headers found', () => {
    const { rows, findings } = readRankRows([{ cells: { Tỉnh: 'Lào Cai', 'Chỉ số': 'Ứng dụng CNTT', 'Xếp hạng': 6 } }], { location: { file: 'xep-hang.csv' } });
    expect(rows).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'ictindex/rank-table-columns', severity: 'error', location: { file: 'xep-hang.csv' } });
    expect(findings[0]?.message.en).toBe('A rank table needs the columns unit/Tỉnh, year/Năm, node/Chỉ số and rank/Xếp hạng; found Tỉnh, Chỉ số, Xếp hạng');
  });

  it('takes the file and sheet of the options where a record has no position', () => {
    const { rows } = readRankRows([{ cells: { unit: 'Lào Cai', year: 2017, node: 'Ứng dụng CNTT', rank: 6 } }], { location: { file: 'a.xlsx', sheet: 'Xếp hạng' } });
    expect(rows[0]?.location).toEqual({ file: 'a.xlsx', sheet: 'Xếp hạng' });
  });
});

describe('readRankRows: years, scores and ranks as real documents print them', () => {
  const header = { unit: '', year: '', node: '', rank: '', score: '' };
  const cells = (values: Partial<typeof header>): typeof header => ({ ...header, ...values });

  it('reads "2023-06" as the year 2023 with the month kept, "24/63" as rank 24 of 63, and a score with a comma', () => {
    const { rows, findings } = readRankRows([
      { cells: cells({ unit: 'Hải Dương', year: '2023-06', node: 'Kinh tế số', rank: '7' }), position: at(2) },
      { cells: cells({ unit: 'Hà Nội', year: '2022', node: 'DTI', rank: '24/63', score: '0,6383' }), position: at(3) },
    ]);
    expect(findings).toEqual([]);
    expect(rows.map((row) => [row.year, row.month, row.rank, row.of, row.score])).toEqual([
      [2023, 6, 7, undefined, undefined],
      [2022, undefined, 24, 63, 0.6383],
    ]);
  });

  it('reports empty years once for the column, naming the rows, never once per row', () => {
    const { rows, findings } = readRankRows([
      { cells: cells({ unit: 'Bà Rịa - Vũng Tàu', node: 'PAR INDEX', rank: '9' }), position: at(2) },
      { cells: cells({ unit: 'Bà Rịa - Vũng Tàu', node: 'PAPI', rank: '10' }), position: at(3) },
      { cells: cells({ unit: 'Bà Rịa - Vũng Tàu', node: 'PCI', rank: '16' }), position: at(4) },
    ]);
    expect(rows).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'ictindex/rank-table-value', severity: 'warning', location: { row: 2, column: 'year' }, data: { rows: [2, 3, 4] } });
    expect(findings[0]?.message.en).toContain('The year is empty in 3 rows (2, 3, 4); these rows are not checked');
  });

  it('reports an unreadable year or month and an unreadable score once per column', () => {
    const { rows, findings } = readRankRows([
      { cells: cells({ unit: 'A', year: '2023-13', node: 'DTI', rank: '1' }), position: at(2) },
      { cells: cells({ unit: 'B', year: '2023', node: 'DTI', rank: '2', score: 'n/a' }), position: at(3) },
      { cells: cells({ unit: 'C', year: '2023', node: 'DTI', rank: '3', score: 'n/a' }), position: at(4) },
    ]);
    expect(rows.map((row) => [row.unit, row.score])).toEqual([
      ['B', undefined],
      ['C', undefined],
    ]);
    expect(findings.map((finding) => [finding.location?.column, finding.data])).toEqual([
      ['year', { column: 'year', rows: [2], values: ['2023-13'] }],
      ['score', { column: 'score', rows: [3, 4], values: ['n/a', 'n/a'] }],
    ]);
  });
});
