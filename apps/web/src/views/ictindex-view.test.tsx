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

  it("carries what the text says against its own table: \"Xếp thứ 15 (tăng 02 bậc)\" where the table says 13", () => {
    const ranks = rankRows(ranksCsv);
    const checked = ranks?.rows.filter((row) => row.findings.length > 0).map((row) => [row.node, row.findings.map((finding) => [finding.ruleId, finding.severity])]);
    expect(checked).toEqual([
      ['Hạ tầng kỹ thuật xã hội', [['ictindex/rank-statement-mismatch', 'error']]],
      ['Dịch vụ công trực tuyến', [['ictindex/rank-change-unchecked', 'info']]],
    ]);
    expect(ranks?.findings).toEqual([]);
  });

  it('reads Vietnamese headers too', () => {
    const ranks = rankRows('Tỉnh,Năm,Chỉ số,Xếp hạng,Thay đổi\nLào Cai,2016,Ứng dụng CNTT,10,\nLào Cai,2017,Ứng dụng CNTT,6,Tăng 04 bậc\n');
    expect(ranks?.rows.map((row) => [row.node, row.previous, row.current, row.printed, row.findings])).toEqual([['Ứng dụng CNTT', 10, 6, 'Tăng 04 bậc', []]]);
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

  it('shows the contradiction under the change as printed, and marks its row', () => {
    render(<IctIndexView files={[{ name: 'ictindex-ranks.csv', text: ranksCsv }]} />);
    const message = screen.getByText(/nhưng bảng xếp hạng ghi thứ 13/);
    expect(message.className).toBe('field-note error');
    expect(message.closest('tr')?.className).toContain('has-error');
    expect(message.closest('tr')?.querySelector('th')?.textContent).toBe('Hạ tầng kỹ thuật xã hội');
  });
});
