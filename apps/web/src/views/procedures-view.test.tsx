import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import catalogueCsv from '../../../../examples/today-2026-catalogue/catalogue.csv?raw';
import levelsCsv from '../../../../examples/langson-2019-it-plan/procedure-levels.csv?raw';
import { analyseProcedures, type ProceduresAnalysis } from '../domain/analyse-procedures';
import { ProceduresView } from './procedures-view';

afterEach(cleanup);

const analysed = (file: string, text: string): ProceduresAnalysis => {
  const analysis = analyseProcedures(file, text);
  if (analysis === undefined) throw new Error(`${file} is not a procedure table`);
  return analysis;
};
const catalogue = analysed('catalogue.csv', catalogueCsv);
const bodyRows = (): HTMLElement[] => within(screen.getByRole('table', { name: 'Thủ tục' })).getAllByRole('row').slice(1);
const chartRows = (): string[][] =>
  [...screen.getByTestId('distribution-table').querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));

describe('ProceduresView', () => {
  it('lists the 41 procedures and narrows them with an accent-insensitive search', () => {
    render(<ProceduresView analyses={[catalogue]} />);
    expect(screen.getByTestId('procedures-total').textContent).toBe('41');
    expect(bodyRows()).toHaveLength(41);
    const search = screen.getByRole('searchbox', { name: 'Tìm theo tên, mã, lĩnh vực' });
    fireEvent.change(search, { target: { value: 'chung thuc' } });
    expect(screen.getByTestId('procedures-shown').textContent).toBe('Đang hiện 2/41 thủ tục');
    expect(bodyRows().map((row) => row.getAttribute('data-row'))).toEqual(['11', '12']);
    // Case and diacritics are ignored: the planted duplicate "Đăng kí khai tử" (line 41) is found too.
    fireEvent.change(search, { target: { value: 'KHAI TỬ' } });
    expect(bodyRows().map((row) => row.getAttribute('data-row'))).toEqual(['4', '41']);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Tìm theo tên, mã, lĩnh vực' }), { target: { value: '1.013225' } });
    expect(bodyRows().map((row) => row.getAttribute('data-row'))).toEqual(['13', '31']);
  });

  it('filters by agency, class and tier', () => {
    render(<ProceduresView analyses={[catalogue]} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Cơ quan chủ trì' }), { target: { value: 'so y te' } });
    expect(bodyRows().map((row) => row.querySelector('th')?.textContent)).toEqual([
      'Cấp giấy phép hoạt động đối với cơ sở khám bệnh, chữa bệnh',
      'Cấp chứng chỉ hành nghề dược',
    ]);
    fireEvent.change(screen.getByRole('combobox', { name: 'Cơ quan chủ trì' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Hình thức' }), { target: { value: 'full' } });
    expect(bodyRows()).toHaveLength(19);
    fireEvent.change(screen.getByRole('combobox', { name: 'Cấp' }), { target: { value: 'province' } });
    expect(screen.getByTestId('procedures-shown').textContent).toBe('Đang hiện 7/41 thủ tục');
    fireEvent.change(screen.getByRole('combobox', { name: 'Hình thức' }), { target: { value: 'class-unknown' } });
    expect(bodyRows()).toHaveLength(0);
  });

  it('draws the distribution by agency with a data table that matches the counts', () => {
    render(<ProceduresView analyses={[catalogue]} />);
    const rows = chartRows();
    expect(rows.find((row) => row[0] === 'Ủy ban nhân dân cấp xã')).toEqual(['Ủy ban nhân dân cấp xã', '10', '11', '0', '6', '27']);
    expect(rows.find((row) => row[0] === 'Sở Y tế')).toEqual(['Sở Y tế', '0', '2', '0', '0', '2']);
    expect(rows.reduce((sum, row) => sum + Number(row.at(-1)), 0)).toBe(41);
    const full = rows.reduce((sum, row) => sum + Number(row[1]), 0);
    expect(full).toBe(19);
    expect(screen.getAllByRole('img', { name: 'Phân bố theo cơ quan chủ trì' })).toHaveLength(1);
  });

  it('links a duplicate finding to its row', () => {
    render(<ProceduresView analyses={[catalogue]} />);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Tìm theo tên, mã, lĩnh vực' }), { target: { value: 'ho tich' } });
    const findings = screen.getByRole('region', { name: 'Phát hiện' });
    const item = within(findings)
      .getAllByRole('listitem')
      .find((candidate) => candidate.textContent.includes('Dòng 15'));
    const button = item === undefined ? null : within(item).getByRole('button', { name: 'Xem dòng liên quan' });
    if (button === null) throw new Error('no finding on row 15');
    fireEvent.click(button);
    expect(screen.getByTestId('procedures-shown').textContent).toBe('Đang hiện 41/41 thủ tục');
    expect(document.getElementById('procedure-row-15')?.className).toContain('selected');
  });

  it("shows Lạng Sơn's counts by level: 60/10/68/0, 138 as printed", () => {
    render(<ProceduresView analyses={[analysed('procedure-levels.csv', levelsCsv)]} />);
    expect(chartRows()).toEqual([['Toàn bộ thủ tục', '60', '10', '68', '0', '0', '138']]);
    expect(screen.getByTestId('procedures-total').textContent).toBe('138');
    expect(screen.getByText('Mức độ 3 trở lên').nextElementSibling?.textContent).toBe('70/138 50,72%');
  });
});
