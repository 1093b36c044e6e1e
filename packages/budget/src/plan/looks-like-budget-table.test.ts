import { describe, expect, it } from 'vitest';
import { looksLikeBudgetTable } from './looks-like-budget-table';

describe('looksLikeBudgetTable', () => {
  it('recognises the budget tables of sources 000 and 003', () => {
    expect(looksLikeBudgetTable(['STT', 'Tên dịch vụ công triển khai', '2014', '2015', 'Tổng kinh phí'])).toBe(true);
    expect(
      looksLikeBudgetTable(['TT', 'Tên dự án, nhiệm vụ', 'Đơn vị chủ trì', 'Dự kiến kinh phí năm 2019 (Đơn vị tính: Đồng)']),
    ).toBe(true);
  });
  it('rejects catalogues, count tables and ranks', () => {
    expect(looksLikeBudgetTable(['Mã thủ tục', 'Tên thủ tục', 'Lĩnh vực', 'Cấp', 'Cơ quan chủ trì', 'Mức độ'])).toBe(false);
    expect(looksLikeBudgetTable(['Mức độ', 'Nội dung', 'Số TTHC', 'Ghi chú'])).toBe(false);
    expect(looksLikeBudgetTable(['unit', 'year', 'node', 'parent', 'rank', 'score'])).toBe(false);
  });
});
