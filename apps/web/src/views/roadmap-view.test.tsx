import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import thaibinhYaml from '../../../../examples/thaibinh-2013-roadmap/roadmap.yaml?raw';
import { App } from '../app';
import { groupExamples } from '../domain/examples';
import { memoryStore } from '../workspace/workspace-store';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const examples = groupExamples({ '../../../../examples/thaibinh-2013-roadmap/roadmap.yaml': () => Promise.resolve(thaibinhYaml) });
const pointer = '/entries/27/target_level';
// Re-validation runs after each edit; on a loaded 2-core machine it can take a few seconds.
const slow = { timeout: 15_000 };
const savedRoadmap = async (store: ReturnType<typeof memoryStore>) => (await store.load())?.files.find((file) => file.name === 'roadmap.yaml')?.text;

describe('RoadmapView editing (Thái Bình, Decision 818/QĐ-UBND)', () => {
  it('edits an entry\'s level, re-validates at once, saves, and undoes and redoes with buttons and keys', async () => {
    window.location.hash = '#/roadmap';
    const store = memoryStore();
    render(<App examples={examples} store={store} defaultFolder="thaibinh-2013-roadmap" />);
    // "Xác nhận hợp đồng văn bản về bất động sản" (2020.1) is upgraded "from level 3 to level 4" but was never
    // at level 3: a level-four-without-three warning.
    await screen.findByText(pointer, {}, slow);
    expect(screen.getByRole('button', { name: 'Hoàn tác' })).toHaveProperty('disabled', true);

    fireEvent.click(screen.getByRole('button', { name: 'Sửa 2020.1' }));
    const row = document.getElementById('entry-27');
    if (row === null) throw new Error('no row');
    expect(within(row).getByRole('textbox', { name: 'Tên dịch vụ' })).toHaveProperty('value', 'Xác nhận hợp đồng văn bản về bất động sản');
    fireEvent.change(within(row).getByRole('combobox', { name: 'Mức độ' }), { target: { value: '3' } });
    fireEvent.click(within(row).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => {
      expect(screen.queryByText(pointer)).toBeNull();
    }, slow);
    // Progress follows: 13 services at level 4 by 2020 is now missed (12).
    expect(screen.getByTestId('progress-missed').textContent).toBe('1');
    expect(screen.getByText('Đã sửa')).toBeDefined();
    await waitFor(async () => {
      expect(await savedRoadmap(store)).toContain('service: "Xác nhận hợp đồng văn bản về bất động sản", from_level: 3, target_level: 3, due: 2020');
    }, slow);
    expect(await savedRoadmap(store)).toContain('# Transcribed from Decision 818/QĐ-UBND of 04/5/2013, Thái Bình (source 002');

    fireEvent.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    await screen.findByText(pointer, {}, slow);
    expect(screen.getByTestId('progress-missed').textContent).toBe('0');

    fireEvent.click(screen.getByRole('button', { name: 'Làm lại' }));
    await waitFor(() => {
      expect(screen.queryByText(pointer)).toBeNull();
    }, slow);

    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await screen.findByText(pointer, {}, slow);
    fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    await waitFor(() => {
      expect(screen.queryByText(pointer)).toBeNull();
    }, slow);
  });

  it('refuses an invalid year, cancels with Escape, and reverts to the original', async () => {
    window.location.hash = '#/roadmap';
    const store = memoryStore();
    render(<App examples={examples} store={store} defaultFolder="thaibinh-2013-roadmap" />);
    await screen.findByText(pointer, {}, slow);

    fireEvent.click(screen.getByRole('button', { name: 'Sửa 2014.3' }));
    const year = screen.getByRole('textbox', { name: 'Năm' });
    fireEvent.change(year, { target: { value: '20155' } });
    fireEvent.keyDown(year, { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toBe('Năm phải có 4 chữ số, từ 2000 đến 2100.');
    expect(year.getAttribute('aria-invalid')).toBe('true');
    fireEvent.keyDown(year, { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: 'Năm' })).toBeNull();
    await waitFor(() => {
      expect(document.activeElement?.getAttribute('aria-label')).toBe('Sửa 2014.3');
    }, slow);
    expect(await savedRoadmap(store)).toBeUndefined();

    fireEvent.click(screen.getByRole('button', { name: 'Sửa 2014.3' }));
    const agency = screen.getByRole('textbox', { name: 'Cơ quan chủ trì' });
    fireEvent.change(agency, { target: { value: 'Sở Văn hóa, Thể thao và Du lịch' } });
    fireEvent.keyDown(agency, { key: 'Enter' });
    await waitFor(() => {
      expect(document.getElementById('entry-4')?.textContent).toContain('Sở Văn hóa, Thể thao và Du lịch');
    }, slow);
    fireEvent.click(screen.getByRole('button', { name: 'Khôi phục bản gốc' }));
    await waitFor(() => {
      expect(document.getElementById('entry-4')?.textContent).toContain('Sở Thông tin và Truyền thông');
    }, slow);
    await waitFor(async () => {
      expect(await savedRoadmap(store)).toBeUndefined();
    }, slow);
  });

  it('keeps the edit and its undo history across a reload', async () => {
    window.location.hash = '#/roadmap';
    const store = memoryStore();
    const first = render(<App examples={examples} store={store} defaultFolder="thaibinh-2013-roadmap" />);
    await screen.findByText(pointer, {}, slow);
    fireEvent.click(screen.getByRole('button', { name: 'Sửa 2020.1' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Mức độ' }), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(async () => {
      expect(await store.loadHistory?.()).toMatchObject({ past: [{ folder: 'thaibinh-2013-roadmap', files: [] }] });
    }, slow);
    first.unmount();

    render(<App examples={examples} store={store} defaultFolder="thaibinh-2013-roadmap" />);
    await screen.findByText('Đã sửa', {}, slow);
    expect(screen.queryByText(pointer)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    await screen.findByText(pointer, {}, slow);
  });
});

describe('RoadmapView budget (Thái Bình, Decision 818/QĐ-UBND, section III)', () => {
  it('shows the roadmap\'s own budget lines by heading with their total, 6 tỷ đồng in words', async () => {
    window.location.hash = '#/roadmap';
    render(<App examples={examples} store={memoryStore()} defaultFolder="thaibinh-2013-roadmap" />);
    const table = await screen.findByRole('table', { name: 'Kinh phí trong lộ trình' }, slow);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Array.from(row.children, (cell) => cell.textContent));
    expect(rows).toEqual([
      ['Giai đoạn 2013 - 2014', '2,2', '2.200.000.000 đồng', 'Hai tỷ hai trăm triệu đồng'],
      ['Trong năm 2015', '1,8', '1.800.000.000 đồng', 'Một tỷ tám trăm triệu đồng'],
      ['Giai đoạn 2016 - 2020', '2', '2.000.000.000 đồng', 'Hai tỷ đồng'],
      ['Tổng cộng', '6', '6.000.000.000 đồng', 'Sáu tỷ đồng'],
    ]);
    expect(within(table).getByRole('columnheader', { name: 'Khoản' })).toBeDefined();
  });
});

