import { describe, expect, it } from 'vitest';
import { haGiangBudgetWithTitle } from '../__fixtures__/tables';
import { defineColumns } from '../headers/define-columns';
import { detectHeaderRow } from './detect-header-row';

describe('detectHeaderRow', () => {
  it('skips the Hà Giang title block', () => {
    expect(detectHeaderRow(haGiangBudgetWithTitle)).toBe(2);
  });

  it('takes the first row of a plain table, even a one-column one, and -1 when all is empty', () => {
    expect(detectHeaderRow([['STT', 'Tên'], ['1', 'a']])).toBe(0);
    expect(detectHeaderRow([['STT'], ['1']])).toBe(0);
    expect(detectHeaderRow([[''], ['  ']])).toBe(-1);
    expect(detectHeaderRow([])).toBe(-1);
  });

  it('only looks at the first rows asked for', () => {
    const rows = [['Tiêu đề'], ['', ''], ['STT', 'Tên', 'Năm 2014']];
    expect(detectHeaderRow(rows, 2)).toBe(0);
    expect(detectHeaderRow(rows)).toBe(2);
  });

  it('recognises a sparse header by the expected columns, after a two-cell national title', () => {
    const rows = [
      ['UBND TỈNH HÀ GIANG', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', ''],
      ['STT', '', 'Tên dịch vụ công triển khai', '', ''],
      ['1', 'x', 'Đăng ký kinh doanh', '1.4', '0'],
    ];
    // Without the columns, the half-width rule misses the sparse header and takes the first full row.
    expect(detectHeaderRow(rows)).toBe(2);
    const columns = defineColumns([
      { key: 'number', aliases: ['STT'] },
      { key: 'name', aliases: ['Tên dịch vụ công triển khai'] },
    ]);
    expect(detectHeaderRow(rows, 20, columns)).toBe(1);
    expect(detectHeaderRow([['a', 'b'], ['c', 'd']], 20, columns)).toBe(0);
  });
});
