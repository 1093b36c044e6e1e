import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import budgetCsv from '../../../../examples/hagiang-2013-roadmap/budget.csv?raw';
import roadmapYaml from '../../../../examples/hagiang-2013-roadmap/roadmap.yaml?raw';
import { analyseFolder } from '../domain/analyse-folder';
import { download } from '../workspace/download';
import { OverviewView } from '../views/overview-view';
import { ReportView } from '../views/report-view';
import { DocumentSetContext } from './document-set-context';
import { FileCountsTable } from './file-counts-table';

vi.mock('../workspace/download', () => ({ download: vi.fn() }));
const downloaded = vi.mocked(download);

beforeEach(() => {
  downloaded.mockClear();
});
afterEach(cleanup);

const hagiang = [
  { name: 'budget.csv', text: budgetCsv },
  { name: 'roadmap.yaml', text: roadmapYaml },
];
const analysis = analyseFolder(hagiang, () => 'ty');

/** The last CSV downloaded: its file name and lines (BOM checked and dropped). */
function lastCsv(): { name: string; lines: string[] } {
  const call = downloaded.mock.calls.at(-1);
  if (call === undefined) throw new Error('nothing was downloaded');
  const [name, content] = call;
  if (typeof content !== 'string') throw new Error('CSV must be text');
  expect(content.startsWith('\uFEFF')).toBe(true);
  return { name, lines: content.slice(1).split('\r\n') };
}

/** The cells of a table row as shown. */
const cellsOf = (row: HTMLElement | undefined): string[] => [...(row?.querySelectorAll('th, td') ?? [])].map((cell) => cell.textContent);

describe('FileCountsTable export', () => {
  it("exports Hà Giang's findings counted per file, counts as numbers, as the table shows them", () => {
    render(
      <DocumentSetContext value="hagiang-2013-roadmap">
        <FileCountsTable files={analysis.files} caption="Phát hiện theo tệp" />
      </DocumentSetContext>,
    );
    fireEvent.click(within(screen.getByRole('group', { name: 'Xuất bảng: Phát hiện theo tệp' })).getByRole('button', { name: 'Tải CSV' }));
    const { name, lines } = lastCsv();
    expect(name).toBe('hagiang-2013-roadmap-findings-by-file.csv');
    expect(lines[0]).toBe('Tệp,Lỗi,Cảnh báo,Thông tin');
    const shown = within(screen.getByRole('table', { name: 'Phát hiện theo tệp' })).getAllByRole('row');
    // Row 1 is budget.csv: the budget of Decision 1653/QĐ-UBND reconciles, no finding.
    expect(cellsOf(shown[1])).toEqual(['budget.csv', '0', '0', '0']);
    expect(lines[1]).toBe('budget.csv,0,0,0');
    expect(lines.slice(1, -1)).toEqual(shown.slice(1).map((row) => cellsOf(row).join(',')));
    expect(lines.at(-1)).toBe('');
  });

  it('exports the file names only on the overview, without the kind and edit marks shown beside them', () => {
    render(<OverviewView analysis={analysis} title="Hà Giang" edited={['roadmap.yaml']} />);
    const roadmapRow = screen.getByRole('rowheader', { name: /^roadmap\.yaml/ });
    expect(roadmapRow.textContent).toContain('Đã sửa');
    fireEvent.click(within(screen.getByRole('group', { name: 'Xuất bảng: Phát hiện theo tệp' })).getByRole('button', { name: 'Tải CSV' }));
    const { lines } = lastCsv();
    expect(lines[0]).toBe('Tệp,Lỗi,Cảnh báo,Thông tin');
    expect(lines[2]?.split(',')[0]).toBe('roadmap.yaml');
    expect(Number(lines[2]?.split(',')[1])).toBeGreaterThan(0);
  });

  it('sits on the print page in an element the print style sheet hides (class "actions")', () => {
    render(<ReportView analysis={analysis} title="Hà Giang" files={hagiang} />);
    const group = screen.getByRole('group', { name: 'Xuất bảng: Phát hiện theo tệp' });
    expect(group.classList.contains('actions')).toBe(true);
    expect(group.nextElementSibling?.tagName).toBe('TABLE');
  });
});
