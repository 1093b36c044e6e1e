import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import budgetCsv from '../../../examples/hagiang-2013-roadmap/budget.csv?raw';
import roadmapYaml from '../../../examples/hagiang-2013-roadmap/roadmap.yaml?raw';
import thaibinhYaml from '../../../examples/thaibinh-2013-roadmap/roadmap.yaml?raw';
import { App } from './app';
import { groupExamples } from './domain/examples';
import { emptyWorkspace, putFile } from './workspace/workspace';
import { memoryStore } from './workspace/workspace-store';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const examples = groupExamples({
  '../../../../examples/hagiang-2013-roadmap/budget.csv': () => Promise.resolve(budgetCsv),
  '../../../../examples/hagiang-2013-roadmap/roadmap.yaml': () => Promise.resolve(roadmapYaml),
  '../../../../examples/thaibinh-2013-roadmap/roadmap.yaml': () => Promise.resolve(thaibinhYaml),
});

describe('App', () => {
  it('opens on the Hà Giang example in Vietnamese with its findings counted', async () => {
    render(<App examples={examples} store={memoryStore()} defaultFolder="hagiang-2013-roadmap" />);
    await screen.findByRole('heading', { name: 'Số liệu chính' });
    expect(screen.getByText('1653/QĐ-UBND')).toBeDefined();
    expect(screen.getByText('15.200.000.000 đồng')).toBeDefined();
    expect(Number(screen.getByTestId('count-error').textContent)).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Tổng quan' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('combobox', { name: 'Bộ hồ sơ' })).toHaveProperty('value', 'hagiang-2013-roadmap');
  });

  it('links a roadmap finding to the entry it concerns (Thái Bình, entry 4)', async () => {
    window.location.hash = '#/roadmap';
    render(<App examples={examples} store={memoryStore()} defaultFolder="thaibinh-2013-roadmap" />);
    const pointer = await screen.findByText('/entries/4/target_level');
    expect(document.getElementById('entry-4')?.className).toContain('has-warning');
    const item = pointer.closest('li');
    const button = item?.querySelector('button');
    if (button == null) throw new Error('the finding has no button');
    expect(button.textContent).toBe('Xem dòng liên quan');
    fireEvent.click(button);
    expect(document.getElementById('entry-4')?.className).toContain('selected');
    expect(document.getElementById('entry-4')?.textContent).toContain('Cấp phép hợp báo');
  });

  it('switches to English and saves the choice with the workspace', async () => {
    const store = memoryStore();
    render(<App examples={examples} store={store} defaultFolder="hagiang-2013-roadmap" />);
    await screen.findByRole('heading', { name: 'Số liệu chính' });
    fireEvent.click(screen.getByRole('button', { name: /English/ }));
    await screen.findByRole('heading', { name: 'Key figures' });
    expect(document.documentElement.lang).toBe('en');
    await waitFor(async () => {
      expect((await store.load())?.language).toBe('en');
    });
  });

  it('reopens a saved workspace with its imported file', async () => {
    const saved = putFile(
      { ...emptyWorkspace('imported'), units: { 'imported/ngan-sach.csv': 'ty' } },
      { folder: 'imported', name: 'ngan-sach.csv', text: budgetCsv.replace('0.8,0,0.8', 'abc,0,0.8') },
    );
    window.location.hash = '#/budget';
    render(<App examples={examples} store={memoryStore(saved)} />);
    const message = await screen.findByText('Không đọc được số tiền "abc": không có chữ số');
    expect(message.closest('li')?.textContent).toContain('Dòng 5, cột C');
    expect(document.getElementById('budget-row-5')?.className).toContain('has-error');
    expect(screen.getByRole('combobox', { name: 'Bộ hồ sơ' })).toHaveProperty('value', 'imported');
  });

  it('re-checks a budget cell edited in place and undoes the edit', async () => {
    const store = memoryStore();
    window.location.hash = '#/budget';
    render(<App examples={examples} store={store} defaultFolder="hagiang-2013-roadmap" />);
    const cell = await screen.findByRole('textbox', { name: 'Dòng 5, cột C (2014)' });
    fireEvent.change(cell, { target: { value: 'abc' } });
    fireEvent.blur(cell);
    const message = await screen.findByText('Không đọc được số tiền "abc": không có chữ số');
    expect(message.closest('li')?.textContent).toContain('Dòng 5, cột C');
    await waitFor(async () => {
      expect((await store.load())?.files.map((file) => file.name)).toEqual(['budget.csv']);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    await screen.findByText('Không có phát hiện nào.');
    expect(screen.getByRole('textbox', { name: 'Dòng 5, cột C (2014)' })).toHaveProperty('value', '0.8');
  });
});
