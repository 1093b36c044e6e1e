import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import budgetCsv from '../../../../examples/hagiang-2013-roadmap/budget.csv?raw';
import roadmapYaml from '../../../../examples/hagiang-2013-roadmap/roadmap.yaml?raw';
import ranksCsv from '../../../../examples/laocai-2018-ictindex-plan/ictindex-ranks.csv?raw';
import { analyseFolder } from '../domain/analyse-folder';
import { ReportView } from './report-view';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const hagiang = [
  { name: 'budget.csv', text: budgetCsv },
  { name: 'roadmap.yaml', text: roadmapYaml },
];

describe('ReportView', () => {
  it('prints Hà Giang\'s key figures, findings, projection, budget totals in words and progress', () => {
    const analysis = analyseFolder(hagiang, () => 'ty');
    render(<ReportView analysis={analysis} title="Hà Giang" files={hagiang} />);
    const headings = screen.getAllByRole('heading').map((heading) => heading.textContent);
    expect(headings).toEqual([
      'Báo cáo tổng hợp',
      'Số liệu chính',
      'Phát hiện theo mức',
      'Dự báo số dịch vụ theo mức độ',
      'Tổng kinh phí',
      'Tiến độ so với mục tiêu',
    ]);
    expect(screen.getByText('1653/QĐ-UBND')).toBeDefined();
    const budget = screen.getByRole('table', { name: 'budget.csv' });
    expect(within(budget).getAllByRole('row').at(-1)?.textContent).toBe('Tổng cộng15,215.200.000.000 đồngMười lăm tỷ hai trăm triệu đồng');
    // The projection's data table is printed beside the chart (readable without colour).
    expect(screen.getAllByRole('table', { name: 'Dự báo số dịch vụ theo mức độ' })[0]?.className).toContain('chart-table');
    expect(screen.getByRole('table', { name: /^roadmap\.yaml/ })).toBeDefined();
    expect(Number(screen.getByTestId('count-error').textContent) + Number(screen.getByTestId('count-warning').textContent)).toBe(analysis.findings.filter((finding) => finding.severity !== 'info').length);
    expect(screen.getByTestId('progress-unreachable').textContent).toBe('1');
  });

  it('calls window.print from the print button', () => {
    // happy-dom has no window.print: give it one for the test.
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true, writable: true });
    render(<ReportView analysis={analyseFolder(hagiang, () => 'ty')} title="Hà Giang" files={hagiang} />);
    fireEvent.click(screen.getByRole('button', { name: 'In báo cáo' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('adds Lào Cai\'s ICT-Index rank changes when the set has a ranks table', () => {
    const files = [{ name: 'ictindex-ranks.csv', text: ranksCsv }];
    render(<ReportView analysis={analyseFolder(files)} title="Lào Cai" files={files} />);
    const heading = screen.getByRole('heading', { name: /^Thay đổi thứ hạng 2016→2017/ });
    const table = heading.parentElement?.querySelector('table');
    if (table == null) throw new Error('no rank table');
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(2);
    expect(screen.queryByRole('heading', { name: 'Tiến độ so với mục tiêu' })).toBeNull();
  });
});
