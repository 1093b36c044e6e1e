import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import budgetCsv from '../../../../examples/hagiang-2013-roadmap/budget.csv?raw';
import { analyseBudget } from '../domain/analyse-budget';
import { BudgetView } from './budget-view';

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
});
