import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import roadmapYaml from '../../../../examples/hagiang-2013-roadmap/roadmap.yaml?raw';
import { analyseFolder } from '../domain/analyse-folder';
import { download } from '../workspace/download';
import { DocumentSetContext } from './document-set-context';
import { ProjectionChart } from './projection-chart';

vi.mock('../workspace/download', () => ({ download: vi.fn() }));
const downloaded = vi.mocked(download);

beforeEach(() => {
  downloaded.mockClear();
});
afterEach(cleanup);

const projection = analyseFolder([{ name: 'roadmap.yaml', text: roadmapYaml }]).roadmaps[0]?.projection;

function renderChart(showTable: boolean) {
  if (projection === undefined) throw new Error('Hà Giang’s roadmap has no projection');
  return render(
    <DocumentSetContext value="hagiang-2013-roadmap">
      <ProjectionChart projection={projection} showTable={showTable} />
    </DocumentSetContext>,
  );
}

/** The last CSV downloaded, as lines (BOM checked and dropped). */
function lastCsvLines(expectedName: string): string[] {
  const [name, content] = downloaded.mock.calls.at(-1) ?? [];
  expect(name).toBe(expectedName);
  if (typeof content !== 'string') throw new Error('CSV must be text');
  expect(content.startsWith('\uFEFF')).toBe(true);
  return content.slice(1).split('\r\n');
}

describe('ProjectionChart export', () => {
  it("exports the data table of Hà Giang's projection: a year and its counts per level, as numbers", () => {
    renderChart(true);
    fireEvent.click(within(screen.getByRole('group', { name: 'Xuất bảng: Dự báo số dịch vụ theo mức độ' })).getByRole('button', { name: 'Tải CSV' }));
    const lines = lastCsvLines('hagiang-2013-roadmap-projection.csv');
    expect(lines[0]).toBe('Năm,Mức độ 1,Mức độ 2,Mức độ 3,Mức độ 4');
    const table = screen.getByRole('table', { name: 'Dự báo số dịch vụ theo mức độ' });
    const shown = within(table)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent).join(','));
    expect(lines[0]).toBe(shown[0]);
    // Decision 1653/QĐ-UBND: the period opens in 2013 with no service at level 3 yet; the 15 service groups
    // of II.2.2 b reach level 3 by 2015 and the roadmap's 26 entries by 2020 (the text states 30).
    expect(lines[1]).toBe('2013,0,0,0,0');
    expect(lines[3]).toBe('2015,0,0,15,0');
    expect(lines.at(-2)).toBe('2020,0,0,26,0');
    expect(lines.slice(1, -1)).toEqual(shown.slice(1));
    expect(lines[1]?.split(',').map(Number).every(Number.isInteger)).toBe(true);
  });

  it('is offered on the roadmap view too, where the table itself is for screen readers only', () => {
    renderChart(false);
    expect(screen.getByRole('table', { name: 'Dự báo số dịch vụ theo mức độ' }).className).toBe('sr-only');
    fireEvent.click(within(screen.getByRole('group', { name: 'Xuất bảng: Dự báo số dịch vụ theo mức độ' })).getByRole('button', { name: 'Tải CSV' }));
    expect(lastCsvLines('hagiang-2013-roadmap-projection.csv')).toHaveLength((projection?.years.length ?? 0) + 2);
  });
});
