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
      ['ictindex/rank-table-value', 'warning', { ...at(2), column: 'year' }, 'Year "năm 2017" cannot be read; the row is not checked'],
      ['ictindex/rank-table-value', 'warning', { ...at(3), column: 'rank' }, 'Rank "mười bốn" cannot be read; the row is not checked'],
      ['ictindex/rank-table-value', 'warning', { ...at(4), column: 'rank' }, 'Rank "0" cannot be read; the row is not checked'],
      ['ictindex/rank-table-value', 'warning', { ...at(5), column: 'rank' }, 'Rank "6.5" cannot be read; the row is not checked'],
      ['ictindex/rank-table-value', 'warning', { ...at(6), column: 'unit' }, 'Unit is empty; the row is not checked'],
      ['ictindex/rank-table-value', 'warning', { ...at(7), column: 'node' }, 'Node is empty; the row is not checked'],
    ]);
    expect(findings[0]?.message.vi).toBe('Năm "năm 2017" không đọc được; dòng này không được kiểm tra');
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
