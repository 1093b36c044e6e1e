import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import budgetCsv from '../../../examples/hagiang-2013-roadmap/budget.csv?raw';
import roadmapYaml from '../../../examples/hagiang-2013-roadmap/roadmap.yaml?raw';
import syntheticCsv from '../../../examples/synthetic-ictindex-63/synthetic-ictindex-63.csv?raw';
import thaibinhYaml from '../../../examples/thaibinh-2013-roadmap/roadmap.yaml?raw';
import { App } from './app';
import { groupExamples } from './domain/examples';
import { inlineAnalyser, type FolderAnalyser } from './domain/folder-analyser';
import { emptyHistory, parseHistory } from './workspace/edit-history';
import { emptyWorkspace, exportWorkspace, parseWorkspace, putFile, type Workspace } from './workspace/workspace';
import { memoryStore, type WorkspaceStore } from './workspace/workspace-store';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const examples = groupExamples({
  '../../../examples/hagiang-2013-roadmap/budget.csv': () => Promise.resolve(budgetCsv),
  '../../../examples/hagiang-2013-roadmap/roadmap.yaml': () => Promise.resolve(roadmapYaml),
  '../../../examples/thaibinh-2013-roadmap/roadmap.yaml': () => Promise.resolve(thaibinhYaml),
  '../../../examples/synthetic-ictindex-63/synthetic-ictindex-63.csv': () => Promise.resolve(syntheticCsv),
});

/** A store that keeps the workspace as JSON text and reads it back as IndexedDB does (through parseWorkspace). */
function jsonStore(initial?: unknown): WorkspaceStore & { text: () => string | undefined } {
  let saved = initial === undefined ? undefined : JSON.stringify(initial);
  let history = JSON.stringify(emptyHistory());
  return {
    text: () => saved,
    load: () => Promise.resolve(saved === undefined ? undefined : parseWorkspace(JSON.parse(saved))),
    save: (workspace: Workspace) => {
      saved = exportWorkspace(workspace);
      return Promise.resolve();
    },
    loadHistory: () => Promise.resolve(parseHistory(JSON.parse(history))),
    saveHistory: (next) => {
      history = JSON.stringify(next);
      return Promise.resolve();
    },
  };
}

describe('App', () => {
  it('opens on the Hà Giang example in Vietnamese with its findings counted', async () => {
    render(<App examples={examples} store={memoryStore()} defaultFolder="hagiang-2013-roadmap" />);
    await screen.findByRole('heading', { name: 'Số liệu chính' });
    expect(screen.getByText('1653/QĐ-UBND')).toBeDefined();
    expect(screen.getByText('15.200.000.000 đồng')).toBeDefined();
    expect(Number(screen.getByTestId('count-error').textContent)).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Tổng quan' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('combobox', { name: 'Bộ hồ sơ' })).toHaveProperty('value', 'hagiang-2013-roadmap');
    // Each file's kind, in the language of the page.
    expect([...document.querySelectorAll('tbody .tag')].map((tag) => tag.textContent)).toEqual(['bảng kinh phí', 'lộ trình']);
  });

  it('links a roadmap finding to the entry it concerns (Thái Bình, entry 27)', async () => {
    window.location.hash = '#/roadmap';
    render(<App examples={examples} store={memoryStore()} defaultFolder="thaibinh-2013-roadmap" />);
    const pointer = await screen.findByText('/entries/27/target_level');
    expect(document.getElementById('entry-27')?.className).toContain('has-warning');
    const item = pointer.closest('li');
    const button = item?.querySelector('button');
    if (button == null) throw new Error('the finding has no button');
    expect(button.textContent).toBe('Xem dòng liên quan');
    fireEvent.click(button);
    expect(document.getElementById('entry-27')?.className).toContain('selected');
    expect(document.getElementById('entry-27')?.textContent).toContain('Xác nhận hợp đồng văn bản về bất động sản');
  });

  it('switches to English and saves the choice with the workspace', async () => {
    const store = memoryStore();
    render(<App examples={examples} store={store} defaultFolder="hagiang-2013-roadmap" />);
    await screen.findByRole('heading', { name: 'Số liệu chính' });
    fireEvent.click(screen.getByRole('button', { name: /English/ }));
    await screen.findByRole('heading', { name: 'Key figures' });
    expect(document.documentElement.lang).toBe('en');
    expect([...document.querySelectorAll('tbody .tag')].map((tag) => tag.textContent)).toEqual(['budget table', 'roadmap']);
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

  describe('what-if settings of the ICT-Index view', () => {
    const weightSlider = () => screen.findByRole('slider', { name: 'Ứng dụng CNTT' });
    const laoCaiRank = () => screen.getByTestId('whatif-rank').textContent;

    it('are saved with the workspace, come back after a reload, and reset clears them', async () => {
      const store = jsonStore();
      const analyse = vi.fn<FolderAnalyser>(inlineAnalyser());
      window.location.hash = '#/ictindex';
      const first = render(<App examples={examples} store={store} defaultFolder="synthetic-ictindex-63" analyse={analyse} />);
      fireEvent.change(await weightSlider(), { target: { value: '2.5' } });
      const moved = laoCaiRank();
      await waitFor(async () => {
        expect((await store.load())?.whatIf).toEqual({ 'synthetic-ictindex-63/synthetic-ictindex-63.csv': { weights: { 'it-application': 2.5 } } });
      });
      // Keeping a view setting does not check the folder again (the 63 × 3 × 30 values are read once).
      expect(analyse).toHaveBeenCalledTimes(1);
      // A view setting is not an edit: nothing to undo.
      expect(screen.getByRole('button', { name: 'Hoàn tác' })).toHaveProperty('disabled', true);
      first.unmount();

      render(<App examples={examples} store={store} />);
      expect(await weightSlider()).toHaveProperty('value', '2.5');
      expect(laoCaiRank()).toBe(moved);
      expect(screen.getByTestId('whatif-restored')).toBeDefined();
      fireEvent.click(screen.getByRole('button', { name: 'Bỏ giả định' }));
      expect(await weightSlider()).toHaveProperty('value', '1');
      await waitFor(async () => {
        expect(await store.load()).not.toHaveProperty('whatIf');
      });
      expect(store.text()).not.toContain('whatIf');
    });

    it('a workspace saved before them opens with none', async () => {
      // As the previous version saved it: no whatIf field.
      const store = jsonStore({ format: 'egov-workspace', version: 1, folder: 'synthetic-ictindex-63', language: 'vi', files: [] });
      window.location.hash = '#/ictindex';
      render(<App examples={examples} store={store} />);
      expect(await weightSlider()).toHaveProperty('value', '1');
      expect(screen.getByRole('button', { name: 'Bỏ giả định' })).toHaveProperty('disabled', true);
      expect(laoCaiRank()).toMatch(/^Xếp hạng chung của Lào Cai: giữ nguyên thứ \d+$/);
      expect(screen.queryByTestId('whatif-restored')).toBeNull();
    });
  });
});

