import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countProcedures } from '../stats/procedure-counts';
import { isCatalogueHeaders, isLevelCountHeaders, levelCountsFromRows, type PositionedRow } from './level-counts-from-rows';
import type { Row } from './row';

// Source 000 (Kế hoạch 200/KH-SKHĐT, Sở Kế hoạch và Đầu tư Lạng Sơn, 28/9/2018), section II.3.2, as in
// examples/langson-2019-it-plan/procedure-levels.csv (CSV cells are text; the blank level cell is null).
const note = 'Lĩnh vực đăng ký doanh nghiệp, đăng ký Trên Hệ thống Cổng thông tin Quốc gia về đăng ký doanh nghiệp';
const langSon: readonly Row[] = [
  { 'Mức độ': '4', 'Nội dung': 'Tổng số dịch vụ công trực tuyến mức độ 4', 'Số TTHC': '60', 'Ghi chú': note },
  { 'Mức độ': '3', 'Nội dung': 'Tổng số dịch vụ công trực tuyến mức độ 3', 'Số TTHC': '10', 'Ghi chú': null },
  { 'Mức độ': '2', 'Nội dung': 'Tổng số dịch vụ công trực tuyến mức độ 2', 'Số TTHC': '68', 'Ghi chú': null },
  { 'Mức độ': '1', 'Nội dung': 'Tổng số dịch vụ công trực tuyến mức độ 1', 'Số TTHC': '0', 'Ghi chú': null },
  {
    'Mức độ': null,
    'Nội dung': 'số thủ tục hành chính (TTHC) thuộc thẩm quyền giải quyết của Sở Kế hoạch và Đầu tư được UBND tỉnh công bố',
    'Số TTHC': '138',
    'Ghi chú': null,
  },
];

/** Replaces one cell of one row of the Lạng Sơn table. */
const withCell = (index: number, header: string, value: Row[string]): Row[] =>
  langSon.map((row, at) => (at === index ? { ...row, [header]: value } : row));

const brief = (findings: ReturnType<typeof levelCountsFromRows>['findings']) =>
  findings.map((finding) => [finding.ruleId, finding.severity, finding.location?.row, finding.location?.column, finding.path]);

describe('isCatalogueHeaders and isLevelCountHeaders', () => {
  it.each([
    [['Mã thủ tục', 'Tên thủ tục', 'Lĩnh vực', 'Cấp', 'Cơ quan chủ trì', 'Mức độ'], true, false],
    [['Tên DVCTT', 'Mức DVCTT', 'Cơ quan chủ trì xử lý'], true, false],
    [['TÊN THỦ TỤC', 'Toàn trình/Một phần'], true, false],
    [['Mức độ', 'Nội dung', 'Số TTHC', 'Ghi chú'], false, true],
    [['Level', 'Count'], false, true],
    [['Tên thủ tục', 'Mức độ', 'Số TTHC'], true, false],
    [['Mức độ', 'Nội dung', 'Ghi chú'], false, false],
    [['STT', 'Hạ tầng', 'Tổng số', 'Ghi chú'], false, false],
    [['STT', 'Nội dung', 'Kinh phí'], false, false],
  ] as const)('%j → catalogue %s, counts %s', (headers, catalogue, counts) => {
    expect(isCatalogueHeaders(headers)).toBe(catalogue);
    expect(isLevelCountHeaders(headers)).toBe(counts);
  });
});

describe('levelCountsFromRows', () => {
  it("reads Lạng Sơn's table: 60 + 10 + 68 + 0 = 138 as stated, 70/138 = 50,72 % at level 3 or higher", () => {
    const result = levelCountsFromRows(langSon, { file: 'procedure-levels.csv' });
    expect(result.byLevel).toEqual({ 1: 0, 2: 68, 3: 10, 4: 60 });
    expect(result.statedTotal).toEqual({ value: 138, row: 6 });
    expect(result.counts).toEqual({
      total: 138,
      byLevel: { 1: 0, 2: 68, 3: 10, 4: 60 },
      levelUnknown: 0,
      byClass: { full: 60, partial: 10, none: 68 },
      classUnknown: 0,
    });
    expect(result.findings).toHaveLength(1);
    const [share] = result.findings;
    expect(share?.ruleId).toBe('procedures/level-share');
    expect(share?.severity).toBe('info');
    expect(share?.location).toEqual({ file: 'procedure-levels.csv' });
    expect(share?.message).toEqual({
      vi: '60 + 10 + 68 + 0 = 138, khớp tổng ghi 138; mức độ 3 trở lên: 70/138 = 50,72%',
      en: '60 + 10 + 68 + 0 = 138, matching the stated total 138; level 3 or higher: 70/138 = 50.72%',
    });
    expect(share?.data).toEqual({ byLevel: { 1: 0, 2: 68, 3: 10, 4: 60 }, sum: 138, numerator: 70, denominator: 138 });
  });

  it('reads numbers, "Mức độ 4" labels and thousands separators', () => {
    const result = levelCountsFromRows([
      { 'Mức độ': 4, 'Số TTHC': 60 },
      { 'Mức độ': 'Mức độ 3', 'Số TTHC': '1.010' },
      { 'Mức độ': 'mức 2', 'Số TTHC': '1 068' },
      { 'Mức độ': 'Level 1', 'Số TTHC': 'Không' },
      { 'Mức độ': 'Tổng cộng', 'Số TTHC': '2.138' },
    ]);
    expect(result.byLevel).toEqual({ 1: 0, 2: 1068, 3: 1010, 4: 60 });
    expect(result.statedTotal).toEqual({ value: 2138, row: 6 });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['procedures/level-share']);
  });

  it('reports a stated total that does not match the levels at its cell, without the share', () => {
    const result = levelCountsFromRows(withCell(4, 'Số TTHC', '140'), { file: 'levels.csv', sheet: 'Sheet1' });
    expect(brief(result.findings)).toEqual([['procedures/level-count-total-mismatch', 'error', 6, 'Số TTHC', '/4/Số TTHC']]);
    expect(result.findings[0]?.location).toEqual({ file: 'levels.csv', sheet: 'Sheet1', row: 6, column: 'Số TTHC' });
    expect(result.findings[0]?.message).toEqual({
      vi: 'Tổng ghi 140 thủ tục, nhưng các mức độ 4/3/2/1 cộng lại 60 + 10 + 68 + 0 = 138',
      en: 'The stated total is 140 procedures, but levels 4/3/2/1 add up to 60 + 10 + 68 + 0 = 138',
    });
    expect(result.findings[0]?.data).toEqual({ stated: 140, computed: 138 });
    expect(result.statedTotal).toEqual({ value: 140, row: 6 });
  });

  it.each([
    {
      what: 'a count it cannot read, leaving the row out of the sum',
      rows: withCell(0, 'Số TTHC', 'sáu mươi'),
      byLevel: { 1: 0, 2: 68, 3: 10, 4: 0 },
      invalid: ['procedures/level-count-invalid', 'error', 2, 'Số TTHC', '/0/Số TTHC'],
      message: {
        vi: 'Dòng 2: không đọc được số thủ tục "sáu mươi" (cần một số nguyên từ 0 trở lên)',
        en: 'Row 2: cannot read the count "sáu mươi" (expected a whole number, 0 or more)',
      },
    },
    {
      what: 'a level other than 1–4 at the level cell',
      rows: withCell(1, 'Mức độ', 'Mức độ 5'),
      byLevel: { 1: 0, 2: 68, 3: 0, 4: 60 },
      invalid: ['procedures/level-count-invalid', 'error', 3, 'Mức độ', '/1/Mức độ'],
      message: {
        vi: 'Dòng 3: mức độ "muc do 5" không phải 1, 2, 3, 4 hay một nhóm mức độ ("1,2", "1-2", "1 và 2")',
        en: 'Row 3: level "muc do 5" is not 1, 2, 3, 4 nor a group of levels ("1,2", "1-2", "1 and 2")',
      },
    },
  ])('reports $what, then the total that no longer adds up', ({ rows, byLevel, invalid, message }) => {
    const result = levelCountsFromRows(rows, { file: 'levels.csv' });
    expect(result.byLevel).toEqual(byLevel);
    expect(brief(result.findings)).toEqual([invalid, ['procedures/level-count-total-mismatch', 'error', 6, 'Số TTHC', '/4/Số TTHC']]);
    expect(result.findings[0]?.message).toEqual(message);
  });

  it.each([['60,5'], ['1.5'], ['-3'], [''], [60.5], [-3], [Number.NaN], [Number.POSITIVE_INFINITY]])('does not read the count %j', (count) => {
    const result = levelCountsFromRows([{ 'Mức độ': '4', 'Số TTHC': count }]);
    expect(result.byLevel[4]).toBe(0);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['procedures/level-count-invalid']);
  });

  it.each([
    ['50 000 000', 50_000_000],
    ['9.007.199.254.740.991', Number.MAX_SAFE_INTEGER],
  ])('counts %j procedures as a number, at once (no procedure per count)', (text, value) => {
    const result = levelCountsFromRows([
      { 'Mức độ': '4', 'Số TTHC': text },
      { 'Mức độ': 'Tổng', 'Số TTHC': text },
    ]);
    expect(result.byLevel[4]).toBe(value);
    expect(result.counts).toMatchObject({ total: value, byClass: { full: value, partial: 0, none: 0 } });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['procedures/level-share']);
  });

  it.each([['1' + '0'.repeat(30)], [1e30], ['9007199254740992'], [Number.MAX_VALUE]])('reports the count %j as too large to count exactly', (count) => {
    const result = levelCountsFromRows([
      { 'Mức độ': '4', 'Số TTHC': count },
      { 'Mức độ': '3', 'Số TTHC': '10' },
    ]);
    expect(result.byLevel).toEqual({ 1: 0, 2: 0, 3: 10, 4: 0 });
    expect(brief(result.findings)).toEqual([
      ['procedures/level-count-invalid', 'error', 2, 'Số TTHC', '/0/Số TTHC'],
      ['procedures/level-share', 'info', undefined, undefined, ''],
    ]);
    expect(result.findings[0]?.message.en).toMatch(/^Row 2: the count ".+" is too large to count exactly \(at most 9007199254740991\); check this cell$/);
  });

  it('reports the level whose count makes the sum too large to count exactly', () => {
    const half = String(2 ** 52);
    const result = levelCountsFromRows([
      { 'Mức độ': '4', 'Số TTHC': half },
      { 'Mức độ': '3', 'Số TTHC': half },
    ]);
    expect(result.byLevel).toEqual({ 1: 0, 2: 0, 3: 0, 4: 2 ** 52 });
    expect(result.counts.total).toBe(2 ** 52);
    expect(result.findings.map((finding) => [finding.ruleId, finding.location?.row])).toEqual([
      ['procedures/level-count-invalid', 3],
      ['procedures/level-share', undefined],
    ]);
  });

  describe('combined levels ("1,2", "1-2", "1 và 2")', () => {
    // Báo Bà Rịa - Vũng Tàu, 9/2020: "mức độ 1,2 là 2.268 thủ tục, mức độ 3 là 1.089 thủ tục và mức độ 4 là
    // 450 thủ tục", 2.268 thủ tục in all.
    const bariaVungTau = (level3: string, level4: string, total: string, group = '1,2'): Row[] => [
      { 'Mức độ': group, 'Số TTHC': '2.268' },
      { 'Mức độ': '3', 'Số TTHC': level3 },
      { 'Mức độ': '4', 'Số TTHC': level4 },
      { 'Mức độ': null, 'Số TTHC': total },
    ];
    const brief = (rows: Row[]) => levelCountsFromRows(rows).findings.map((finding) => [finding.ruleId, finding.severity, finding.path]);

    it('reads the group as one count, not per level, and accepts the inclusive reading', () => {
      const result = levelCountsFromRows(bariaVungTau('1.089', '450', '2.268'));
      expect(result.groups).toEqual([{ levels: [1, 2], count: 2268, row: 2 }]);
      expect(result.byLevel).toEqual({ 1: 0, 2: 0, 3: 1089, 4: 450 });
      expect(brief(bariaVungTau('1.089', '450', '2.268'))).toEqual([['procedures/level-share', 'info', '']]);
      expect(result.findings[0]?.message.en).toBe('Read as inclusive: the 1539 procedures at higher levels are among the 2268 at levels 1,2, within the total 2268');
    });

    it('reads "1-2", "1 và 2", "mức độ 1, 2" and "2 đến 4" as groups', () => {
      for (const group of ['1-2', '1 và 2', 'Mức độ 1, 2', '1 – 2']) {
        expect(levelCountsFromRows(bariaVungTau('1.089', '450', '2.268', group)).groups[0]?.levels).toEqual([1, 2]);
      }
      expect(levelCountsFromRows([{ 'Mức độ': '2 đến 4', 'Số TTHC': '5' }]).groups[0]?.levels).toEqual([2, 3, 4]);
      expect(brief([{ 'Mức độ': '1,5', 'Số TTHC': '5' }])).toEqual([['procedures/level-count-invalid', 'error', '/0/Mức độ']]);
    });

    it('accepts the rows as parts when they add up to the total', () => {
      expect(brief(bariaVungTau('1.089', '450', '3.807'))).toEqual([['procedures/level-share', 'info', '']]);
    });

    it('reports where neither reading holds: a level above the total, higher levels above the group, the group above the total', () => {
      expect(brief(bariaVungTau('1.089', '2.450', '2.286'))).toEqual([['procedures/level-count-total-mismatch', 'error', '/2/Số TTHC']]);
      expect(brief(bariaVungTau('1.900', '450', '2.300'))).toEqual([['procedures/level-count-total-mismatch', 'error', '/0/Số TTHC']]);
      expect(brief(bariaVungTau('1.089', '450', '2.000'))).toEqual([['procedures/level-count-total-mismatch', 'error', '/3/Số TTHC']]);
    });

    it('reads two groups as parts only', () => {
      const rows: Row[] = [
        { 'Mức độ': '1,2', 'Số TTHC': '10' },
        { 'Mức độ': '3,4', 'Số TTHC': '5' },
      ];
      expect(brief([...rows, { 'Mức độ': null, 'Số TTHC': '15' }])).toEqual([['procedures/level-share', 'info', '']]);
      expect(brief([...rows, { 'Mức độ': null, 'Số TTHC': '10' }])).toEqual([['procedures/level-count-total-mismatch', 'error', '/2/Số TTHC']]);
    });
  });

  it('says when the table states no total', () => {
    const result = levelCountsFromRows(langSon.slice(0, 4));
    expect(result.statedTotal).toBeUndefined();
    expect(result.findings.map((finding) => finding.message)).toEqual([
      {
        vi: '60 + 10 + 68 + 0 = 138 (bảng không ghi tổng); mức độ 3 trở lên: 70/138 = 50,72%',
        en: '60 + 10 + 68 + 0 = 138 (no stated total); level 3 or higher: 70/138 = 50.72%',
      },
    ]);
  });

  it('gives no share for an empty count, and skips blank rows', () => {
    const result = levelCountsFromRows([{ 'Mức độ': null, 'Số TTHC': null }, {}, { 'Mức độ': '1', 'Số TTHC': '0' }]);
    expect(result.byLevel).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0 });
    expect(result.counts.total).toBe(0);
    expect(result.findings).toEqual([]);
  });

  it('takes positioned records: their row (after blank lines), file and sheet', () => {
    const records: PositionedRow[] = langSon.map((cells, index) => ({
      cells,
      position: { file: 'procedure-levels.xlsx', sheet: 'Mức độ', row: index + 4 },
    }));
    const wrong = records.map((record, index) => (index === 4 ? { ...record, cells: { ...record.cells, 'Số TTHC': '139' } } : record));
    const result = levelCountsFromRows(wrong);
    expect(result.statedTotal).toEqual({ value: 139, row: 8 });
    expect(result.findings[0]?.location).toEqual({ file: 'procedure-levels.xlsx', sheet: 'Mức độ', row: 8, column: 'Số TTHC' });
    expect(levelCountsFromRows(wrong, { file: 'shown.xlsx' }).findings[0]?.location?.file).toBe('shown.xlsx');
  });

  it('for any counts: the counts equal countProcedures over that many procedures, a true total gives no error, a wrong one one error', () => {
    const count = fc.integer({ min: 0, max: 300 });
    fc.assert(
      fc.property(fc.tuple(count, count, count, count), fc.integer({ min: -5, max: 5 }), (counts, offset) => {
        const sum = counts.reduce<number>((a, b) => a + b, 0);
        const rows: Row[] = [
          ...counts.map((n, at) => ({ 'Mức độ': String(4 - at), 'Số TTHC': String(n) })),
          { 'Mức độ': 'Tổng', 'Số TTHC': String(sum + offset) },
        ];
        const result = levelCountsFromRows(rows);
        const listed = ([4, 3, 2, 1] as const).flatMap((level, at) => Array.from({ length: counts[at] ?? 0 }, () => ({ onlineLevel: level })));
        expect(result.counts).toEqual(countProcedures(listed));
        const ids = result.findings.map((finding) => finding.ruleId);
        if (sum + offset < 0) expect(ids).toEqual(['procedures/level-count-invalid', ...(sum > 0 ? ['procedures/level-share'] : [])]);
        else if (offset !== 0) expect(ids).toEqual(['procedures/level-count-total-mismatch']);
        else expect(ids).toEqual(sum > 0 ? ['procedures/level-share'] : []);
        const share = result.findings.find((finding) => finding.ruleId === 'procedures/level-share');
        if (share !== undefined) expect(share.data).toMatchObject({ numerator: counts[0] + counts[1], denominator: sum });
      }),
    );
  });
});
