import { readXlsx } from '@egov/io';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import budgetCsv from '../../../../examples/hagiang-2013-roadmap/budget.csv?raw';
import { DocumentSetContext } from '../components/document-set-context';
import { analyseBudget } from '../domain/analyse-budget';
import { download } from '../workspace/download';
import { BudgetView } from './budget-view';

vi.mock('../workspace/download', () => ({ download: vi.fn() }));
const downloaded = vi.mocked(download);

beforeEach(() => {
  downloaded.mockClear();
});
afterEach(cleanup);

// Hà Giang's budget table (Decision 1653/QĐ-UBND, section III, in tỷ đồng) with STT 4's 2014 cell damaged.
const damaged = budgetCsv.replace('4,Cấp giấy phép xây dựng,0.8,', '4,Cấp giấy phép xây dựng,abc,');

describe('BudgetView', () => {
  it('shows totals by year in the unit, in đồng and in words', () => {
    render(<BudgetView analysis={analyseBudget('budget.csv', budgetCsv, 'ty')} />);
    const totals = screen.getByRole('table', { name: 'Tổng theo năm' });
    const rows = within(totals).getAllByRole('row').map((row) => row.textContent);
    expect(rows[1]).toBe('201488.000.000.000 đồngTám tỷ đồng');
    expect(rows[2]).toBe('20157,27.200.000.000 đồngBảy tỷ hai trăm triệu đồng');
    expect(rows[3]).toBe('Tổng cộng15,215.200.000.000 đồngMười lăm tỷ hai trăm triệu đồng');
    expect(screen.getByText('Không có phát hiện nào.')).toBeDefined();
  });

  it('marks the row of an unreadable amount and selects it from the finding', () => {
    render(<BudgetView analysis={analyseBudget('budget.csv', damaged, 'ty')} />);
    const row = document.getElementById('budget-row-5');
    expect(row?.className).toContain('has-error');
    expect(row?.textContent).toContain('Cấp giấy phép xây dựng');
    expect(document.getElementById('budget-row-4')?.className).not.toContain('has-error');
    const finding = screen.getByText('Không đọc được số tiền "abc": không có chữ số').closest('li');
    expect(finding?.textContent).toContain('Dòng 5, cột C');
    fireEvent.click(within(finding as HTMLElement).getByRole('button', { name: 'Xem dòng liên quan' }));
    expect(row?.className).toContain('selected');
  });

  it('re-writes the table as CSV when an amount is edited in place', () => {
    const onEdit = vi.fn<(text: string) => void>();
    render(<BudgetView analysis={analyseBudget('budget.csv', damaged, 'ty')} onEdit={onEdit} />);
    const cell = screen.getByRole('textbox', { name: 'Dòng 5, cột C (2014)' });
    fireEvent.change(cell, { target: { value: '0.8' } });
    fireEvent.blur(cell);
    expect(onEdit).toHaveBeenCalledTimes(1);
    const text = onEdit.mock.calls[0]?.[0] ?? '';
    expect(text).toContain('4,Cấp giấy phép xây dựng,0.8,0,0.8\n');
    expect(analyseBudget('budget.csv', text, 'ty').findings).toEqual([]);
  });

  describe('export of the totals by year', () => {
    const renderTotals = () =>
      render(
        <DocumentSetContext value="hagiang-2013-roadmap">
          <BudgetView analysis={analyseBudget('budget.csv', budgetCsv, 'ty')} />
        </DocumentSetContext>,
      );
    const exportGroup = () => screen.getByRole('group', { name: 'Xuất bảng: Tổng theo năm' });

    it('writes CSV with the headers shown and each total as a number (Decision 1653/QĐ-UBND: 8 tỷ in 2014)', () => {
      renderTotals();
      fireEvent.click(within(exportGroup()).getByRole('button', { name: 'Tải CSV' }));
      const [name, content] = downloaded.mock.calls.at(-1) ?? [];
      expect(name).toBe('hagiang-2013-roadmap-budget-totals.csv');
      expect(content).toBe(
        '\uFEFFNăm,Theo đơn vị của bảng (tỷ đồng),Bằng đồng,Bằng chữ\r\n' +
          '2014,8,8000000000,Tám tỷ đồng\r\n' +
          '2015,7.2,7200000000,Bảy tỷ hai trăm triệu đồng\r\n' +
          'Tổng cộng,15.2,15200000000,Mười lăm tỷ hai trăm triệu đồng\r\n',
      );
      // The same rows as on screen ("7,2" and "7.200.000.000 đồng" there).
      const shown = within(screen.getByRole('table', { name: 'Tổng theo năm' })).getAllByRole('row').map((row) => row.textContent);
      expect(shown[2]).toBe('20157,27.200.000.000 đồngBảy tỷ hai trăm triệu đồng');
    });

    it('writes XLSX whose year and amounts read back as numbers', async () => {
      renderTotals();
      fireEvent.click(within(exportGroup()).getByRole('button', { name: 'Tải XLSX' }));
      await waitFor(() => {
        expect(downloaded).toHaveBeenCalledTimes(1);
      });
      const [name, content] = downloaded.mock.calls[0] ?? [];
      expect(name).toBe('hagiang-2013-roadmap-budget-totals.xlsx');
      if (!(content instanceof Uint8Array)) throw new Error('XLSX must be bytes');
      const read = await readXlsx(content);
      if (!read.ok) throw new Error(read.error.message.en);
      expect(read.value.headers).toEqual(['Năm', 'Theo đơn vị của bảng (tỷ đồng)', 'Bằng đồng', 'Bằng chữ']);
      expect(read.value.rows[0]?.values).toEqual([2014, 8, 8_000_000_000, 'Tám tỷ đồng']);
      expect(read.value.rows[2]?.values).toEqual(['Tổng cộng', 15.2, 15_200_000_000, 'Mười lăm tỷ hai trăm triệu đồng']);
    });
  });
});
