import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import syntheticCsv from '../../../../examples/synthetic-ictindex-63/synthetic-ictindex-63.csv?raw';
import { readIctIndexData, type IctIndexData } from '../domain/ictindex-data';
import { IctIndexProvinces } from './ictindex-view-provinces';

afterEach(cleanup);

const read = readIctIndexData('synthetic-ictindex-63.csv', syntheticCsv);
const data = (): IctIndexData => {
  if (read === undefined) throw new Error('the synthetic table was not read');
  return read;
};
const rankOf = (province: string): number => {
  const row = within(screen.getByTestId('ict-ranking'))
    .getAllByRole('row')
    .find((candidate) => candidate.querySelector('th')?.textContent === province);
  return Number(row?.querySelector('td')?.textContent);
};

describe('readIctIndexData', () => {
  it('reads 63 provinces × 30 indicators for 2016–2018 without findings', () => {
    expect(read?.datasets.map((dataset) => dataset.year)).toEqual([2016, 2017, 2018]);
    expect(read?.datasets.map((dataset) => Object.keys(dataset.values).length)).toEqual([63, 63, 63]);
    expect(Object.keys(read?.datasets[0]?.values['Lào Cai'] ?? {})).toHaveLength(30);
    expect(read?.findings).toEqual([]);
    expect(read?.synthetic).toBe(true);
    expect(readIctIndexData('ictindex.csv', syntheticCsv)?.synthetic).toBe(false);
  });

  it('is undefined for a table of one unit (Lào Cai alone cannot be ranked)', () => {
    expect(readIctIndexData('x.csv', 'Tỉnh,Năm,fixed-telephones\nLào Cai,2017,"5,52"\n')).toBeUndefined();
  });
});

describe('IctIndexProvinces', () => {
  it('ranks all 63 provinces of the latest year and labels synthetic data', () => {
    render(<IctIndexProvinces data={data()} />);
    expect(within(screen.getByTestId('ict-ranking')).getAllByRole('row')).toHaveLength(64);
    expect(screen.getByRole('note').textContent).toContain('Dữ liệu mô phỏng');
    expect(screen.getByTestId('ict-ranking').querySelector('caption')?.textContent).toContain('Xếp hạng ICT Index năm 2018 (dữ liệu mô phỏng)');
    expect(rankOf('Đà Nẵng')).toBe(1);
  });

  it("writes the selected province's year-over-year changes in the plans' words", () => {
    render(<IctIndexProvinces data={data()} />);
    const profile = screen.getByRole('table', { name: /Hồ sơ chỉ số: Lào Cai \(2018\)/ });
    const overall = within(profile).getByRole('rowheader', { name: 'Xếp hạng chung' }).closest('tr');
    expect(overall?.textContent).toMatch(/(Tăng|Giảm) \d{2} bậc, từ thứ \d+ \(năm 2017\) (lên|xuống) thứ 52 \(năm 2018\)|Giữ nguyên thứ 52 so với năm 2017/);
    expect(screen.getByText(/^Trong 03 nhóm chỉ số, có/)).toBeDefined();
  });

  it('re-ranks at once when a slider moves', () => {
    render(<IctIndexProvinces data={data()} />);
    const before = rankOf('Lào Cai');
    expect(screen.getByTestId('whatif-rank').textContent).toBe(`Xếp hạng chung của Lào Cai: giữ nguyên thứ ${String(before)}`);
    fireEvent.change(screen.getByRole('combobox', { name: 'Nhóm chỉ số con' }), { target: { value: 'online-services' } });
    for (const slider of screen.getAllByRole('slider')) {
      if (slider.getAttribute('data-indicator') === null) continue;
      fireEvent.change(slider, { target: { value: slider.getAttribute('max') } });
    }
    const after = rankOf('Lào Cai');
    expect(after).toBeLessThan(before);
    expect(screen.getByTestId('whatif-rank').textContent).toBe(`Xếp hạng chung của Lào Cai: thứ ${String(before)} → thứ ${String(after)} (tăng ${String(before - after)} bậc)`);
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ giả định' }));
    expect(rankOf('Lào Cai')).toBe(before);
  });

  it('re-ranks when a group weight changes', () => {
    render(<IctIndexProvinces data={data()} />);
    const before = within(screen.getByTestId('ict-ranking')).getAllByRole('rowheader').map((cell) => cell.textContent);
    fireEvent.change(screen.getByRole('slider', { name: 'Ứng dụng CNTT' }), { target: { value: '3' } });
    const after = within(screen.getByTestId('ict-ranking')).getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(after).not.toEqual(before);
    expect(screen.getByTestId('ict-ranking').querySelector('caption')?.textContent).toContain('đã áp dụng giả định');
  });
});
