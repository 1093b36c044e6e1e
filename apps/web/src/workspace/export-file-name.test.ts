import { describe, expect, it } from 'vitest';
import { asciiSlug, exportFileName } from './export-file-name';

describe('asciiSlug', () => {
  it.each([
    ['Đăng ký khai tử', 'dang-ky-khai-tu'],
    ['Thủ tục trùng lặp', 'thu-tuc-trung-lap'],
    ['Ủy ban nhân dân cấp xã', 'uy-ban-nhan-dan-cap-xa'],
    ['ngan-sach', 'ngan-sach'],
    ['  Kinh phí 2019 (Đồng) ', 'kinh-phi-2019-dong'],
    ['—', ''],
  ])('%s → %s', (text, slug) => {
    expect(asciiSlug(text)).toBe(slug);
  });
});

describe('exportFileName', () => {
  it('joins the document set and the table, ASCII-safe', () => {
    expect(exportFileName('today-2026-catalogue', 'procedures', 'csv')).toBe('today-2026-catalogue-procedures.csv');
    expect(exportFileName('imported', 'ngân sách', 'xlsx')).toBe('imported-ngan-sach.xlsx');
  });

  it('leaves out an empty part, and falls back to "export"', () => {
    expect(exportFileName('', 'Thủ tục', 'csv')).toBe('thu-tuc.csv');
    expect(exportFileName('', '', 'csv')).toBe('export.csv');
  });
});
