import { readCsv } from '@egov/io';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import budgetCsv from '../../../../examples/hagiang-2013-roadmap/budget.csv?raw';
import roadmapYaml from '../../../../examples/hagiang-2013-roadmap/roadmap.yaml?raw';
import ranksCsv from '../../../../examples/laocai-2018-ictindex-plan/ictindex-ranks.csv?raw';
import { DocumentSetContext } from '../components/document-set-context';
import { analyseFolder } from '../domain/analyse-folder';
import { download } from '../workspace/download';
import { ReportView } from './report-view';

vi.mock('../workspace/download', () => ({ download: vi.fn() }));
const downloaded = vi.mocked(download);

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  downloaded.mockClear();
});

/** Presses "Tải CSV" of the export group with this label and reads the CSV back (BOM checked). */
function exportCsv(label: string): { name: string; headers: readonly string[]; rows: readonly (readonly unknown[])[]; text: string } {
  fireEvent.click(within(screen.getByRole('group', { name: `Xuất bảng: ${label}` })).getByRole('button', { name: 'Tải CSV' }));
  const [name, content] = downloaded.mock.calls.at(-1) ?? [];
  if (name === undefined || typeof content !== 'string') throw new Error('no CSV downloaded');
  expect(content.startsWith('\uFEFF')).toBe(true);
  const read = readCsv(content);
  if (!read.ok) throw new Error(read.error.message.en);
  return { name, headers: read.value.headers, rows: read.value.rows.map((row) => row.values), text: content };
}

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

  describe('export controls (not printed: class "actions")', () => {
    const renderReport = (files: { name: string; text: string }[], folder: string, unit?: 'ty') =>
      render(
        <DocumentSetContext value={folder}>
          <ReportView analysis={analyseFolder(files, unit === undefined ? undefined : () => unit)} title={folder} files={files} />
        </DocumentSetContext>,
      );

    it("exports Hà Giang's budget totals as numbers and its roadmap findings as shown", () => {
      renderReport(hagiang, 'hagiang-2013-roadmap', 'ty');
      const totals = exportCsv('Tổng kinh phí: budget.csv');
      expect(totals.name).toBe('hagiang-2013-roadmap-budget-totals.csv');
      expect(totals.text.split('\r\n').slice(0, 2)).toEqual(['\uFEFFNăm,Theo đơn vị của bảng,Bằng đồng,Bằng chữ', '2014,8,8000000000,Tám tỷ đồng']);
      const findings = exportCsv(`roadmap.yaml (${String(analyseFolder(hagiang, () => 'ty').files.find((file) => file.name === 'roadmap.yaml')?.findings.length)})`);
      expect(findings.name).toBe('hagiang-2013-roadmap-roadmap-yaml-findings.csv');
      expect(findings.headers).toEqual(['Mức', 'Nội dung', 'Vị trí']);
      const firstShown = [...(screen.getAllByRole('table', { name: /^roadmap\.yaml/ })[0]?.querySelectorAll('tbody tr:first-child td') ?? [])].map((cell) => cell.textContent);
      expect(findings.rows[0]).toEqual(firstShown);
      for (const group of screen.getAllByRole('group', { name: /^Xuất bảng: / })) expect(group.classList.contains('actions')).toBe(true);
    });

    it("exports Lào Cai's rank changes (Plan 332/KH-UBND) with ranks as numbers and the change in words", () => {
      const files = [{ name: 'ictindex-ranks.csv', text: ranksCsv }];
      renderReport(files, 'laocai-2018-ictindex-plan');
      const ranks = exportCsv('Thay đổi thứ hạng 2016→2017');
      expect(ranks.name).toBe('laocai-2018-ictindex-plan-report-rank-changes-2016-2017.csv');
      expect(ranks.headers).toEqual(['Đơn vị · chỉ số / nhóm', '2016', '2017', 'Thay đổi']);
      expect(ranks.text.split('\r\n')[1]).toBe('Lào Cai · Xếp hạng chung,7,7,Giữ nguyên thứ 7 so với năm 2016');
      expect(ranks.rows).toContainEqual(['Lào Cai · Hạ tầng kỹ thuật', '12', '7', 'Tăng 05 bậc, từ thứ 12 (năm 2016) lên thứ 7 (năm 2017)']);
    });
  });
});

