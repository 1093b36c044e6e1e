import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import hagiangYaml from '../../../../examples/hagiang-2013-roadmap/roadmap.yaml?raw';
import thaibinhYaml from '../../../../examples/thaibinh-2013-roadmap/roadmap.yaml?raw';
import { analyseFolder } from '../domain/analyse-folder';
import { analyseRoadmap } from '../domain/analyse-roadmap';
import { catalogueOf } from '../domain/target-progress';
import { LanguageContext } from '../i18n/messages';
import { ProgressPanel } from './progress-panel';

afterEach(cleanup);

const roadmapOf = (text: string) => {
  const roadmap = analyseRoadmap('roadmap.yaml', text).roadmap;
  if (roadmap === undefined) throw new Error('no roadmap');
  return roadmap;
};
const count = (status: string): string | null => screen.getByTestId(`progress-${status}`).textContent;

describe('ProgressPanel', () => {
  it('Thái Bình at the end of its period (31/12/2020): the three stated totals are met', () => {
    render(<ProgressPanel roadmap={roadmapOf(thaibinhYaml)} detailed />);
    expect(screen.getByLabelText('Tính đến ngày')).toHaveProperty('value', '2020-12-31');
    expect([count('met'), count('on-track'), count('missed')]).toEqual(['3', '0', '0']);
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('Tổng số thủ tục hành chính dự kiến cung cấp ở mức độ 3 đến 2015');
    expect(rows[1]?.textContent).toContain('Đạt');
  });

  it('Thái Bình on 30/06/2014: the 2015 and 2020 totals are on track, the 06 of 2012 met', () => {
    render(<ProgressPanel roadmap={roadmapOf(thaibinhYaml)} detailed />);
    fireEvent.change(screen.getByLabelText('Tính đến ngày'), { target: { value: '2014-06-30' } });
    expect([count('met'), count('on-track')]).toEqual(['1', '2']);
    const cells = within(screen.getByRole('table')).getAllByRole('row')[1]?.querySelectorAll('td');
    // needed 33, by its date 33, by 30/06/2014 only 8 scheduled.
    expect([...(cells ?? [])].map((cell) => cell.textContent)).toEqual(['≥ 3', '2015', '33', '33', '8', 'Đúng tiến độ']);
  });

  it('Hà Giang in English: 15 by 2015 met, 30 by 2020 not reachable (26 services listed), the agency minimum not checked', () => {
    render(
      <LanguageContext value="en">
        <ProgressPanel roadmap={roadmapOf(hagiangYaml)} detailed />
      </LanguageContext>,
    );
    expect([count('met'), count('unreachable'), count('not-checked')]).toEqual(['1', '1', '1']);
    expect(screen.getByRole('heading', { name: 'Progress against targets' })).toBeDefined();
    const row = within(screen.getByRole('table')).getAllByRole('row')[2];
    expect(row?.textContent).toContain('Not reachable');
    expect(row?.textContent).toContain('30');
    expect(row?.textContent).toContain('26');
  });

  it('gives every Thái Bình entry its status against an actual catalogue in the same set (roadmapProgress)', () => {
    // Columns as in the 2026 catalogue example (codes left empty: matched by name); classes of Decree 42/2022 (full counts as level 4, partial as 3).
    const catalogueCsv = [
      'Mã thủ tục,Tên thủ tục,Lĩnh vực,Cấp,Cơ quan chủ trì,Mức độ',
      ',Cấp giấy phép xây dựng,Xây dựng,Cấp tỉnh,Sở Xây dựng,Toàn trình',
      ',Cấp phép hợp báo,Báo chí,Cấp tỉnh,Sở Thông tin và Truyền thông,Một phần',
    ].join('\n');
    const analysis = analyseFolder([
      { name: 'catalogue.csv', text: catalogueCsv },
      { name: 'roadmap.yaml', text: thaibinhYaml },
    ]);
    const catalogue = catalogueOf(analysis);
    expect(catalogue?.items).toHaveLength(2);
    const roadmap = analysis.roadmaps[0]?.roadmap;
    if (roadmap === undefined) throw new Error('no roadmap');
    render(<ProgressPanel roadmap={roadmap} detailed catalogue={catalogue} />);
    // By 31/12/2020: 1 done; the 10 entries due 2020 not yet overdue; the other 26 overdue (Cấp phép hợp báo is
    // only partial, i.e. level 3, and it asks for level 4).
    expect(['done', 'on-track', 'missed'].map((status) => screen.getByTestId(`entry-progress-${status}`).textContent)).toEqual(['1', '10', '26']);
    const table = screen.getByRole('table', { name: /^Dịch vụ so với danh mục thực tế/ });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]?.textContent).toBe('2013.1Cấp giấy phép xây dựngCấp giấy phép xây dựngĐã đạt');
    expect(rows[5]?.textContent).toBe('2014.3Cấp phép hợp báoCấp phép hợp báoQuá hạn, chưa đạt');
  });
});
