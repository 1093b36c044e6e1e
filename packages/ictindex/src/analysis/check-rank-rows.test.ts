import { describe, expect, it } from 'vitest';
import { checkRankRows, type RankRow } from './check-rank-rows';

// Lào Cai, Plan 332/KH-UBND (24/12/2017), section III: the table and the sentences of III.1.1 and III.2.1.
const unit = 'Lào Cai';
const table = (year: number, node: string, rank: number, row: number): RankRow => ({ unit, year, node, rank, location: { file: 'ranks.csv', row } });
const text = (year: number, node: string, rank: number | undefined, change: string, row: number): RankRow => ({
  unit,
  year,
  node,
  rank,
  change,
  origin: 'text',
  location: { file: 'ranks.csv', row },
});

describe('checkRankRows: the text of a plan against its own ranking table', () => {
  it('finds "Xếp thứ 15 (tăng 02 bậc so với năm 2016)" against the table\'s 15 → 13: the rank is wrong, the move is right', () => {
    const findings = checkRankRows([
      table(2016, 'Hạ tầng kỹ thuật xã hội', 15, 2),
      table(2017, 'Hạ tầng kỹ thuật xã hội', 13, 3),
      text(2017, 'Hạ tầng kỹ thuật xã hội', 15, 'tăng 02 bậc so với năm 2016', 4),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'ictindex/rank-statement-mismatch',
      severity: 'error',
      location: { file: 'ranks.csv', row: 4 },
      data: { stated: 15, expected: 13 },
    });
    expect(findings[0]?.message.vi).toContain('"Hạ tầng kỹ thuật xã hội" xếp thứ 15 năm 2017 ("tăng 02 bậc so với năm 2016"), nhưng bảng xếp hạng ghi thứ 13');
  });

  it('accepts the consistent sentences: "Giảm 14 bậc", "tăng 9 bậc", "Tăng 05 bậc" (against the latest earlier year)', () => {
    expect(
      checkRankRows([
        table(2016, 'Hạ tầng nhân lực xã hội', 13, 2),
        table(2017, 'Hạ tầng nhân lực xã hội', 27, 3),
        text(2017, 'Hạ tầng nhân lực xã hội', 27, 'Giảm 14 bậc so với năm 2016', 4),
        text(2017, 'Hạ tầng nhân lực xã hội', 27, 'giảm sâu tới 14 bậc', 5),
        table(2016, 'Hạ tầng nhân lực các CQNN', 18, 6),
        table(2017, 'Hạ tầng nhân lực các CQNN', 9, 7),
        text(2017, 'Hạ tầng nhân lực các CQNN', 9, 'tăng 9 bậc so với năm 2016', 8),
        table(2015, 'Hạ tầng kỹ thuật', 20, 9),
        table(2016, 'Hạ tầng kỹ thuật', 12, 10),
        table(2017, 'Hạ tầng kỹ thuật', 7, 11),
        text(2017, 'Hạ tầng kỹ thuật', undefined, 'Tăng 05 bậc', 12),
      ]),
    ).toEqual([]);
  });

  it('finds a wrong move: "Tăng 04 bậc" for 12 → 7', () => {
    const findings = checkRankRows([table(2016, 'Hạ tầng kỹ thuật', 12, 2), table(2017, 'Hạ tầng kỹ thuật', 7, 3), text(2017, 'Hạ tầng kỹ thuật', 7, 'Tăng 04 bậc', 4)]);
    expect(findings.map((finding) => [finding.ruleId, finding.data])).toEqual([
      ['ictindex/rank-statement-mismatch', { node: 'Hạ tầng kỹ thuật', statedPlaces: 4, expectedPlaces: 5 }],
    ]);
  });

  it('a text rank with no change is checked too; a change in a table row is checked against the table', () => {
    const findings = checkRankRows([
      table(2016, 'Ứng dụng CNTT', 10, 2),
      { ...table(2017, 'Ứng dụng CNTT', 6, 3), change: 'tăng 3 bậc' },
      text(2017, 'Ứng dụng CNTT', 5, '', 4),
    ]);
    expect(findings.map((finding) => [finding.location?.row, finding.data])).toEqual([
      [3, { node: 'Ứng dụng CNTT', statedPlaces: 3, expectedPlaces: 4 }],
      [4, { node: 'Ứng dụng CNTT', stated: 5, expected: 6 }],
    ]);
  });

  it('two table ranks for one year are a conflict (the first is used); names match ignoring case and diacritics', () => {
    const findings = checkRankRows([
      table(2017, 'Hạ tầng nhân lực CNTT', 14, 2),
      { ...table(2017, 'HẠ TẦNG NHÂN LỰC CNTT', 12, 5), unit: 'lao cai' },
      table(2016, 'Hạ tầng nhân lực CNTT', 12, 6),
      text(2017, 'Hạ tầng nhân lực CNTT', 14, 'Giảm 02 bậc', 7),
    ]);
    expect(findings.map((finding) => [finding.ruleId, finding.severity, finding.location?.row, finding.data])).toEqual([
      ['ictindex/rank-conflict', 'warning', 5, { unit: 'lao cai', node: 'HẠ TẦNG NHÂN LỰC CNTT', year: 2017, kept: 14, ignored: 12 }],
    ]);
    expect(findings[0]?.message.en).toContain('14 (row 2) and 12; 14 is used');
  });

  it('says what it could not check: an unreadable change, a change with no earlier rank, a change of a year without a rank', () => {
    const findings = checkRankRows([
      text(2017, 'Dịch vụ công trực tuyến', 4, 'tăng 16 bậc so với năm 2016', 2),
      table(2016, 'Hạ tầng kỹ thuật', 12, 3),
      table(2017, 'Hạ tầng kỹ thuật', 7, 4),
      text(2017, 'Hạ tầng kỹ thuật', 7, 'tăng mạnh', 5),
      text(2018, 'Hạ tầng kỹ thuật', undefined, 'tăng 2 bậc', 6),
      text(2017, 'Ứng dụng CNTT', 6, 'Tăng 04 bậc', 7),
    ]);
    expect(findings.map((finding) => [finding.ruleId, finding.severity, finding.location?.row])).toEqual([
      ['ictindex/rank-change-unchecked', 'info', 2],
      ['ictindex/rank-change-unreadable', 'info', 5],
      ['ictindex/rank-change-unchecked', 'info', 6],
      ['ictindex/rank-change-unchecked', 'info', 7],
    ]);
    expect(findings[0]?.message.vi).toBe('Chưa kiểm tra được "tăng 16 bậc so với năm 2016" của "Dịch vụ công trực tuyến" năm 2017: không có thứ hạng năm 2016');
    expect(findings[3]?.message.en).toBe('"Tăng 04 bậc" of "Ứng dụng CNTT" in 2017 cannot be checked: no rank for any year before 2017');
  });

  it('puts each finding at its cell when the rows name their columns: the rank, or the change', () => {
    const columns = { rank: 'D', change: 'E' };
    const findings = checkRankRows([
      { ...table(2016, 'Hạ tầng kỹ thuật', 12, 2), columns },
      { ...table(2017, 'Hạ tầng kỹ thuật', 7, 3), columns },
      { ...text(2017, 'Hạ tầng kỹ thuật', 8, 'Tăng 04 bậc', 4), columns },
      { ...table(2017, 'Hạ tầng kỹ thuật', 9, 5), columns },
    ]);
    expect(findings.map((finding) => [finding.ruleId, finding.location])).toEqual([
      ['ictindex/rank-statement-mismatch', { file: 'ranks.csv', row: 4, column: 'D' }],
      ['ictindex/rank-statement-mismatch', { file: 'ranks.csv', row: 4, column: 'E' }],
      ['ictindex/rank-conflict', { file: 'ranks.csv', row: 5, column: 'D' }],
    ]);
  });

  it('returns nothing for no rows', () => {
    expect(checkRankRows([])).toEqual([]);
  });
});

describe('checkRankRows: rank changes in the words of news reports', () => {
  const news = (unitName: string, year: number, rank: number, change: string | undefined, row: number): RankRow => ({
    unit: unitName,
    year,
    node: 'Xếp hạng chung',
    rank,
    ...(change === undefined ? {} : { change }),
    origin: 'text',
    location: { file: 'ranks.csv', row },
  });

  it('reads "tụt hạng mạnh" and "tăng 1 hạng" and checks them against the ranks', () => {
    expect(checkRankRows([news('Bắc Ninh', 2015, 4, undefined, 2), news('Bắc Ninh', 2016, 18, 'tụt hạng mạnh', 3)])).toEqual([]);
    expect(checkRankRows([news('Hà Nội', 2015, 3, undefined, 2), news('Hà Nội', 2016, 2, 'tăng 1 hạng so với năm 2015', 3)])).toEqual([]);
    const findings = checkRankRows([news('Tiền Giang', 2015, 21, undefined, 2), news('Tiền Giang', 2016, 4, 'nhảy vọt 19 bậc', 3)]);
    expect(findings.map((finding) => [finding.ruleId, finding.data])).toEqual([
      ['ictindex/rank-statement-mismatch', { node: 'Xếp hạng chung', statedPlaces: 19, expectedPlaces: 17 }],
    ]);
  });

  it('finds "tụt hạng" for a rise', () => {
    const findings = checkRankRows([news('Bắc Ninh', 2015, 18, undefined, 2), news('Bắc Ninh', 2016, 4, 'tụt hạng', 3)]);
    expect(findings.map((finding) => finding.ruleId)).toEqual(['ictindex/rank-statement-mismatch']);
  });
});
