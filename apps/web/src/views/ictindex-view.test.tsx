import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import ranksCsv from '../../../../examples/laocai-2018-ictindex-plan/ictindex-ranks.csv?raw';
import { IctIndexView, rankRows } from './ictindex-view';

afterEach(cleanup);

describe('rankRows', () => {
  it("reads Lào Cai's ranks 2016 and 2017 from Plan 332/KH-UBND, the rank table winning over the text", () => {
    const ranks = rankRows(ranksCsv);
    expect(ranks?.years).toEqual([2016, 2017]);
    const byNode = new Map(ranks?.rows.map((row) => [row.node, [row.previous, row.current, row.printed]]));
    expect(byNode.get('Xếp hạng chung')).toEqual([7, 7, '']);
    expect(byNode.get('Hạ tầng kỹ thuật')).toEqual([12, 7, 'Tăng 05 bậc']);
    expect(byNode.get('Hạ tầng nhân lực xã hội')).toEqual([13, 27, 'giảm sâu tới 14 bậc']);
    expect(byNode.get('Dịch vụ công trực tuyến')).toEqual([undefined, 4, 'tăng 16 bậc so với năm 2016']);
  });

  it('returns undefined for a table that is not a ranks table', () => {
    expect(rankRows('STT,Tên\n1,A\n')).toBeUndefined();
  });
});

describe('IctIndexView', () => {
  it('writes each change in the words of the plan', () => {
    render(<IctIndexView files={[{ name: 'ictindex-ranks.csv', text: ranksCsv }]} />);
    expect(screen.getByText('Tăng 05 bậc, từ thứ 12 (năm 2016) lên thứ 7 (năm 2017)')).toBeDefined();
    expect(screen.getByText('Giảm 14 bậc, từ thứ 13 (năm 2016) xuống thứ 27 (năm 2017)')).toBeDefined();
    expect(screen.getByText('Giữ nguyên thứ 7 so với năm 2016')).toBeDefined();
  });
});
