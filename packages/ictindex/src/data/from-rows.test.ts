import { describe, expect, it } from 'vitest';
import { compareYears } from '../analysis/compare-years';
import { describeNodeChange } from '../analysis/describe-node-change';
import { computeIndex } from '../engine/compute-index';
import { ictIndex2016 } from '../frameworks/ict-index-2016';
import { fromRows } from './from-rows';

describe('fromRows, long layout with Vietnamese headers', () => {
  const rows = [
    // Plan 332/KH-UBND (Lào Cai): fixed telephones 5,63 → 5,52 points; open-source use 5,61 vs 39,47.
    { 'Tỉnh': 'Lào Cai', 'Chỉ tiêu': 'Tỷ lệ điện thoại cố định/100 dân', 'Năm': 2016, 'Điểm': '5,63' },
    { 'Tỉnh': 'Lào Cai', 'Chỉ tiêu': 'Tỷ lệ điện thoại cố định/100 dân', 'Năm': '2017', 'Điểm': '5,52 điểm' },
    { 'Tỉnh': 'Lào Cai', 'Chỉ tiêu': 'Ứng dụng phần mềm nguồn mở', 'Năm': 2017, 'Điểm': 5.61 },
    { 'Tỉnh': 'TP. Hồ Chí Minh', 'Chỉ tiêu': 'ung dung phan mem nguon mo', 'Năm': 2017, 'Điểm': '39,47' },
    { 'Tỉnh': 'Lào Cai', 'Chỉ tiêu': 'Tỷ lệ các trường phổ thông có dạy tin học', 'Năm': 2017, 'Điểm': '84,1%' },
  ];

  it('reads units, indicators by name (ignoring diacritics), years and Vietnamese numbers', () => {
    const result = fromRows(ictIndex2016, rows);
    expect(result.findings).toEqual([]);
    expect(result.datasets.map((dataset) => dataset.year)).toEqual([2016, 2017]);
    expect(result.datasets[0]?.values).toEqual({ 'Lào Cai': { 'fixed-telephones': 5.63 } });
    expect(result.datasets[1]?.values).toEqual({
      'Lào Cai': { 'fixed-telephones': 5.52, 'open-source-use': 5.61, 'schools-teaching-it': 84.1 },
      'TP. Hồ Chí Minh': { 'open-source-use': 39.47 },
    });
  });

  it('resolves province names through @egov/core administrative units', () => {
    const result = fromRows(ictIndex2016, rows, { units: { kind: 'provinces' } });
    expect(result.findings).toEqual([]);
    const units = Object.keys(result.datasets[1]?.values ?? {}).sort();
    expect(units).toEqual(['ho-chi-minh@2008', 'lao-cai@2008']);
    expect(result.unitNames['lao-cai@2008']).toBe('Lào Cai');
  });

  it('reports unreadable numbers, unknown indicators and duplicates with their row', () => {
    const result = fromRows(ictIndex2016, [
      { 'Đơn vị': 'Lào Cai', 'Chỉ tiêu': 'Sử dụng văn bản điện tử', 'Năm': 2017, 'Giá trị': 'nhiều' },
      { 'Đơn vị': 'Lào Cai', 'Chỉ tiêu': 'Chỉ tiêu không có', 'Năm': 2017, 'Giá trị': '1' },
      { 'Đơn vị': 'Lào Cai', 'Chỉ tiêu': 'Sử dụng thư điện tử trong công việc', 'Năm': 2017, 'Giá trị': '10' },
      { 'Đơn vị': 'Lào Cai', 'Chỉ tiêu': 'Sử dụng thư điện tử trong công việc', 'Năm': 2017, 'Giá trị': '12' },
    ], { location: { file: 'ict-2017.xlsx' } });
    expect(result.findings.map((finding) => [finding.ruleId, finding.location?.row])).toEqual([
      ['core/number-invalid', 2],
      ['ictindex/unknown-indicator', 3],
      ['ictindex/duplicate-value', 5],
    ]);
    expect(result.findings[0]?.location?.file).toBe('ict-2017.xlsx');
    expect(result.datasets[0]?.values['Lào Cai']).toEqual({ 'email-use': 10 });
  });

  it('says which columns are missing', () => {
    const result = fromRows(ictIndex2016, [{ 'Chỉ tiêu': 'x', 'Giá trị': 1 }]);
    expect(result.datasets).toEqual([]);
    expect(result.findings[0]?.ruleId).toBe('ictindex/missing-column');
  });
});

describe('fromRows, wide layout', () => {
  it('maps one column per indicator (by id or name) and feeds computeIndex', () => {
    const result = fromRows(
      ictIndex2016,
      [
        { 'STT': 1, 'Tỉnh': 'Lào Cai', 'Ứng dụng phần mềm nguồn mở': '5,61', 'email-use': '80' },
        { 'STT': 2, 'Tỉnh': 'Đà Nẵng', 'Ứng dụng phần mềm nguồn mở': '28,2', 'email-use': '' },
        { 'STT': 3, 'Tỉnh': 'Hà Nội', 'Ứng dụng phần mềm nguồn mở': '27,45', 'Ghi chú': 'x', 'Cột lạ': 1 },
      ],
      { year: 2017 },
    );
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['ictindex/unknown-indicator']);
    expect(result.findings[0]?.message.vi).toContain('Cột lạ');
    const data = result.datasets[0];
    expect(data?.year).toBe(2017);
    expect(data?.values['Lào Cai']).toEqual({ 'open-source-use': 5.61, 'email-use': 80 });
    expect(data?.values['Đà Nẵng']).toEqual({ 'open-source-use': 28.2 });
    const computed = computeIndex(ictIndex2016, data ?? { values: {} }, { missing: { policy: 'skip', minAvailability: 0 } });
    expect(computed.rank('open-source-use', 'Lào Cai')).toBe(3);
  });

  it('carries provinces forward across the 2025 reorganisation (trend on the 34 provinces)', () => {
    const rows = [
      { 'Tỉnh': 'Hà Giang', 'Năm': 2017, 'email-use': 1 },
      { 'Tỉnh': 'Tuyên Quang', 'Năm': 2026, 'email-use': 2 },
    ];
    const result = fromRows(ictIndex2016, rows, { units: { kind: 'provinces', mapTo: '2026-01-01' } });
    expect(result.findings).toEqual([]);
    expect(result.datasets.map((dataset) => Object.keys(dataset.values))).toEqual([['tuyen-quang@2025'], ['tuyen-quang@2025']]);
    const unmapped = fromRows(ictIndex2016, rows, { units: { kind: 'provinces' } });
    expect(unmapped.datasets.map((dataset) => Object.keys(dataset.values))).toEqual([['ha-giang@2008'], ['tuyen-quang@2025']]);
  });

  it('reports a province that did not exist in the row year', () => {
    const result = fromRows(ictIndex2016, [{ 'Tỉnh': 'Hà Giang', 'Năm': 2026, 'email-use': 1 }], { units: { kind: 'provinces' } });
    expect(result.findings.map((finding) => [finding.ruleId, finding.location?.row])).toEqual([['core/province-not-valid-at-date', 2]]);
    expect(result.datasets).toEqual([]);
  });
});

describe('a trend across the 2025 reorganisation', () => {
  it('compares Hà Giang (2017, 63 provinces) with Tuyên Quang (2026, 34 provinces)', () => {
    const rows = [
      { 'Tỉnh': 'Hà Giang', 'Năm': 2017, 'email-use': 10 },
      { 'Tỉnh': 'Thái Bình', 'Năm': 2017, 'email-use': 30 },
      { 'Tỉnh': 'Lạng Sơn', 'Năm': 2017, 'email-use': 20 },
      { 'Tỉnh': 'Tuyên Quang', 'Năm': 2026, 'email-use': 40 },
      { 'Tỉnh': 'Hưng Yên', 'Năm': 2026, 'email-use': 30 },
      { 'Tỉnh': 'Lạng Sơn', 'Năm': 2026, 'email-use': 20 },
    ];
    const { datasets, findings } = fromRows(ictIndex2016, rows, { units: { kind: 'provinces', mapTo: '2026-01-01' } });
    expect(findings).toEqual([]);
    const options = { missing: { policy: 'skip', minAvailability: 0 } } as const;
    const [before, after] = datasets.map((data) => computeIndex(ictIndex2016, data, options));
    if (before === undefined || after === undefined) throw new Error('two years expected');
    const change = compareYears(before, after, 'tuyen-quang@2025').find((entry) => entry.nodeId === 'email-use');
    expect(change).toMatchObject({ previousRank: 3, currentRank: 1, places: 2, trend: 'up' });
    expect(change === undefined ? '' : describeNodeChange(change)).toBe(
      'Sử dụng thư điện tử trong công việc: Tăng 02 bậc, từ thứ 3 (năm 2017) lên thứ 1 (năm 2026)',
    );
  });
});

describe('fromRows, values that are not finite', () => {
  it.each(['1e309', '1E309', '-1e309', '2e3'])('reports %j instead of reading it as 1 with a unit "e309"', (text) => {
    const result = fromRows(ictIndex2016, [{ 'Tỉnh': 'Lào Cai', 'Chỉ tiêu': 'Tỷ lệ điện thoại cố định/100 dân', 'Năm': 2017, 'Điểm': text }]);
    expect(result.findings.map((finding) => [finding.ruleId, finding.path])).toEqual([['ictindex/invalid-value', '/rows/0/Điểm']]);
    expect(result.datasets.flatMap((dataset) => Object.values(dataset.values))).toEqual([]);
  });

  it('reports a numeric cell that is not finite', () => {
    const result = fromRows(ictIndex2016, [{ 'Tỉnh': 'Lào Cai', 'Chỉ tiêu': 'Tỷ lệ điện thoại cố định/100 dân', 'Năm': 2017, 'Điểm': Number.POSITIVE_INFINITY }]);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['ictindex/invalid-value']);
  });
});

describe('fromRows, duplicated values on a large table (issue 23: findings bounded)', () => {
  // 190 rows of 4 indicators, repeated to 5 000 rows: 4 810 duplicated rows, 19 240 duplicated cells.
  const base = Array.from({ length: 190 }, (_, unit) => ({
    'Tỉnh': `Đơn vị ${String(unit + 1)}`,
    'Ứng dụng phần mềm nguồn mở': String(unit),
    'email-use': String(unit + 1),
    'fixed-telephones': String(unit + 2),
    'mobile-phones': String(unit + 3),
  }));
  const rows = Array.from({ length: 5_000 }, (_, index) => {
    const row = base[index % base.length] ?? {};
    // Every 7th repeated row changes one value: a conflict, not a plain repeat.
    return index >= base.length && index % 7 === 0 ? { ...row, 'email-use': '999' } : row;
  });

  it('gives one finding per unit and year (at most 100, then one summary), naming rows and counting every duplicated cell in data', () => {
    const result = fromRows(ictIndex2016, rows, { year: 2017 });
    const duplicates = result.findings.filter((finding) => finding.ruleId === 'ictindex/duplicate-value');
    expect(duplicates.length).toBeLessThanOrEqual(101);
    expect(JSON.stringify(result.findings).length).toBeLessThan(1_000_000);
    const counted = duplicates.reduce((sum, finding) => sum + Number(finding.data?.count ?? 0), 0);
    expect(counted).toBe((5_000 - 190) * 4);
    const first = duplicates[0];
    // "Đơn vị 1" is rows 0, 190, 380, …: file rows 2, 192, 382, …; the first repeat is file row 192.
    expect(first?.location?.row).toBe(192);
    expect(first?.message.en).toContain('row 192, 382, 572');
    expect(first?.message.en).toContain(', …');
    expect((first?.data?.rows as number[] | undefined)?.length).toBeLessThanOrEqual(100);
    expect(first?.severity).toBe('error');
    const summary = duplicates.at(-1);
    expect(summary?.data?.units).toBe(190 - 100);
    // The first value is kept.
    expect(result.datasets[0]?.values['Đơn vị 1']).toEqual({ 'open-source-use': 0, 'email-use': 1, 'fixed-telephones': 2, 'mobile-phones': 3 });
  });
});
