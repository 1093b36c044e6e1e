import { readCsv } from '@egov/io';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import laoCaiIndicatorsCsv from '../../../../examples/laocai-2018-ictindex-plan/indicators.csv?raw';
import syntheticCsv from '../../../../examples/synthetic-ictindex-63/synthetic-ictindex-63.csv?raw';
import { DocumentSetContext } from '../components/document-set-context';
import { readIctIndexData, type IctIndexData } from '../domain/ictindex-data';
import { download } from '../workspace/download';
import type { WhatIfSettings } from '../workspace/what-if-settings';
import { IctIndexProvinces } from './ictindex-view-provinces';

vi.mock('../workspace/download', () => ({ download: vi.fn() }));
const downloaded = vi.mocked(download);

beforeEach(() => {
  downloaded.mockClear();
});
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

  it('is undefined for values quoted in a plan, which give no unit an overall score (Lào Cai 332/KH-UBND)', () => {
    expect(readIctIndexData('indicators.csv', laoCaiIndicatorsCsv)).toBeUndefined();
  });
});

describe('IctIndexProvinces', () => {
  it('draws no slider for an indicator no province has a value for, and says so', () => {
    const full = data();
    const without = (values: IctIndexData['datasets'][number]['values']) =>
      Object.fromEntries(Object.entries(values).map(([unit, byIndicator]) => [unit, Object.fromEntries(Object.entries(byIndicator).filter(([id]) => id !== 'fixed-telephones'))]));
    render(<IctIndexProvinces data={{ ...full, datasets: full.datasets.map((dataset) => ({ ...dataset, values: without(dataset.values) })) }} />);
    expect(screen.getByText(/: không tỉnh nào có số liệu$/).textContent).toBe('Tỷ lệ điện thoại cố định/100 dân: không tỉnh nào có số liệu');
    expect(document.querySelector('input[data-indicator="fixed-telephones"]')).toBeNull();
    expect(document.querySelector('input[data-indicator="mobile-phones"]')).not.toBeNull();
  });

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

describe('IctIndexProvinces profile export', () => {
  it("exports Lào Cai's profile with its headers, scores as numbers (4 decimals, as shown) and rank and count apart", () => {
    render(
      <DocumentSetContext value="synthetic-ictindex-63">
        <IctIndexProvinces data={data()} />
      </DocumentSetContext>,
    );
    fireEvent.click(within(screen.getByRole('group', { name: 'Xuất bảng: Hồ sơ chỉ số: Lào Cai (2018)' })).getByRole('button', { name: 'Tải CSV' }));
    const [name, content] = downloaded.mock.calls.at(-1) ?? [];
    expect(name).toBe('synthetic-ictindex-63-ict-profile-lao-cai-2018.csv');
    if (typeof content !== 'string') throw new Error('CSV must be text');
    expect(content.startsWith('\uFEFFNhóm / nhóm con,Điểm,Xếp hạng,Số tỉnh được xếp hạng,Thay đổi 2017→2018\r\nXếp hạng chung,0.')).toBe(true);
    const read = readCsv(content);
    if (!read.ok) throw new Error(read.error.message.en);
    const first = read.value.rows[0]?.values ?? [];
    // The row shown: "Xếp hạng chung", the score with a decimal comma, "52/63", the change in words.
    const shown = [...(screen.getByRole('rowheader', { name: 'Xếp hạng chung' }).closest('tr')?.querySelectorAll('th, td') ?? [])].map((cell) => cell.textContent);
    expect(first[0]).toBe('Xếp hạng chung');
    expect(Number(first[1])).toBe(Number(shown[1]?.replace(',', '.')));
    expect(shown[1]).toMatch(/^0,\d{4}$/);
    expect(`${String(first[2])}/${String(first[3])}`).toBe('52/63');
    expect(shown[2]).toBe('52/63');
    expect(first[4]).toBe(shown[3]);
    // The overall row, then the 3 groups and their 6 sub-groups.
    expect(read.value.rows).toHaveLength(10);
  });
});

describe('IctIndexProvinces what-if settings', () => {
  const weightSlider = () => screen.getByRole('slider', { name: 'Ứng dụng CNTT' });
  const indicatorSliders = () => screen.getAllByRole('slider').filter((slider) => slider.getAttribute('data-indicator') !== null);

  it('hands the settings on once the sliders rest, and shows them again when the view opens with them', async () => {
    const onSave = vi.fn<(settings: WhatIfSettings | undefined) => void>();
    const { unmount } = render(<IctIndexProvinces data={data()} onSave={onSave} />);
    const before = rankOf('Lào Cai');
    fireEvent.change(screen.getByRole('combobox', { name: 'Nhóm chỉ số con' }), { target: { value: 'online-services' } });
    const slider = indicatorSliders()[0];
    if (slider === undefined) throw new Error('no indicator slider');
    const indicator = slider.getAttribute('data-indicator') ?? '';
    const max = Number(slider.getAttribute('max'));
    fireEvent.change(slider, { target: { value: String(max) } });
    fireEvent.change(weightSlider(), { target: { value: '2.5' } });
    await waitFor(() => {
      expect(onSave).toHaveBeenCalled();
    });
    // One call for both moves: the pause comes after the last.
    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = onSave.mock.calls[0]?.[0];
    expect(saved).toEqual({ weights: { 'it-application': 2.5 }, values: { unit: 'Lào Cai', year: 2018, values: { [indicator]: max } } });
    const after = rankOf('Lào Cai');
    unmount();
    expect(onSave).toHaveBeenCalledTimes(1);

    render(<IctIndexProvinces data={data()} saved={saved} onSave={onSave} />);
    expect((weightSlider() as HTMLInputElement).value).toBe('2.5');
    expect(screen.getByRole('combobox', { name: 'Nhóm chỉ số con' })).toHaveProperty('value', 'online-services');
    expect(indicatorSliders().find((candidate) => candidate.getAttribute('data-indicator') === indicator)).toHaveProperty('value', String(max));
    expect(rankOf('Lào Cai')).toBe(after);
    expect(after).toBeLessThan(before);
    // The profile's change column speaks of the rank it shows, the what-if one.
    const profile = screen.getByRole('table', { name: /Hồ sơ chỉ số: Lào Cai \(2018\)/ });
    const overall = within(profile).getByRole('rowheader', { name: 'Xếp hạng chung' }).closest('tr');
    expect(overall?.textContent).toContain(`${String(after)}/63`);
    expect(overall?.textContent).toMatch(new RegExp(`(lên|xuống) thứ ${String(after)} \\(năm 2018\\)|Giữ nguyên thứ ${String(after)} so với năm 2017`));
    // The move is shown from the rank under the restored weights to the rank with the restored values too.
    expect(screen.getByTestId('whatif-rank').textContent).toMatch(new RegExp(`^Xếp hạng chung của Lào Cai: thứ \\d+ → thứ ${String(after)} \\(tăng \\d+ bậc\\)$`));
    expect(screen.getByTestId('whatif-restored').textContent).toBe('Đã khôi phục giả định lưu lần trước (lưu trên máy này cùng không gian làm việc).');
    expect(screen.getByTestId('ict-ranking').querySelector('caption')?.textContent).toContain('đã áp dụng giả định');
    // Opening is not a change: nothing is handed on.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('reset clears restored settings and hands on "none"', async () => {
    const onSave = vi.fn<(settings: WhatIfSettings | undefined) => void>();
    render(<IctIndexProvinces data={data()} />);
    const original = rankOf('Lào Cai');
    cleanup();
    render(<IctIndexProvinces data={data()} saved={{ weights: { 'it-application': 3, 'human-resources': 0 } }} onSave={onSave} />);
    expect(rankOf('Lào Cai')).not.toBe(original);
    const reset = screen.getByRole('button', { name: 'Bỏ giả định' });
    expect(reset).toHaveProperty('disabled', false);
    fireEvent.click(reset);
    expect(rankOf('Lào Cai')).toBe(original);
    expect((weightSlider() as HTMLInputElement).value).toBe('1');
    expect(screen.queryByTestId('whatif-restored')).toBeNull();
    expect(reset).toHaveProperty('disabled', true);
    await waitFor(() => {
      expect(onSave).toHaveBeenCalledWith(undefined);
    });
  });

  it('hands on a change not yet passed on when the view closes', () => {
    const onSave = vi.fn<(settings: WhatIfSettings | undefined) => void>();
    const { unmount } = render(<IctIndexProvinces data={data()} onSave={onSave} />);
    fireEvent.change(weightSlider(), { target: { value: '0.5' } });
    expect(onSave).not.toHaveBeenCalled();
    act(() => {
      unmount();
    });
    expect(onSave).toHaveBeenCalledExactlyOnceWith({ weights: { 'it-application': 0.5 } });
  });

  it('opens without values tried for a province or year the file no longer has, keeping the weights', () => {
    render(<IctIndexProvinces data={data()} saved={{ weights: { 'it-application': 2 }, values: { unit: 'Tỉnh Không Có', year: 2018, values: { 'online-services-level-3': 1 } } }} />);
    expect(screen.getByRole('combobox', { name: 'Tỉnh' })).toHaveProperty('value', 'Lào Cai');
    expect(screen.getByRole('combobox', { name: 'Năm' })).toHaveProperty('value', '2');
    expect((weightSlider() as HTMLInputElement).value).toBe('2');
  });
});

