import { createFinding, type Finding } from '@egov/core';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCsv } from '@egov/io';
import { LanguageContext } from '../i18n/messages';
import { download } from '../workspace/download';
import { DocumentSetContext } from './document-set-context';
import { FindingsList } from './findings-list';

vi.mock('../workspace/download', () => ({ download: vi.fn() }));

afterEach(cleanup);

// Real findings of the examples: an unreadable amount in Hà Giang's budget table, and the stated-total
// mismatch of its roadmap ("30 dịch vụ … đến 2020" against 26 listed).
const amountInvalid = createFinding({
  ruleId: 'budget/amount-invalid',
  severity: 'error',
  message: { vi: 'Không đọc được số tiền "abc": không có chữ số', en: 'Cannot read the amount "abc": no digits found' },
  path: '/3/2014',
  location: { file: 'budget.csv', row: 5, column: 'C' },
});
const statedTotal = createFinding({
  ruleId: 'roadmap/stated-total-mismatch',
  severity: 'warning',
  message: {
    vi: 'Văn bản nêu 30 dịch vụ ở mức độ 3 trở lên đến 2020, nhưng các danh mục cộng lại được 26 (chênh lệch 4)',
    en: 'The document states 30 services at level 3 or higher by 2020, but the lists add up to 26 (difference 4)',
  },
  path: '/stated_totals/1/value',
});

describe('FindingsList', () => {
  it('shows severity, the Vietnamese message, the row and column, and the JSON pointer', () => {
    render(<FindingsList title="Phát hiện" findings={[amountInvalid, statedTotal]} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain('Lỗi');
    expect(items[0]?.textContent).toContain('Không đọc được số tiền "abc"');
    expect(items[0]?.textContent).toContain('Dòng 5, cột C');
    expect(items[0]?.textContent).toContain('/3/2014');
    expect(items[1]?.textContent).toContain('Cảnh báo');
    expect(items[1]?.textContent).toContain('/stated_totals/1/value');
    expect(items[1]?.textContent).not.toContain('Dòng');
    expect(screen.getByRole('heading').textContent).toBe('Phát hiện (2)');
  });

  it('shows the English message when English is chosen', () => {
    render(
      <LanguageContext value="en">
        <FindingsList title="Findings" findings={[amountInvalid]} />
      </LanguageContext>,
    );
    const item = screen.getByRole('listitem');
    expect(item.textContent).toContain('Cannot read the amount "abc": no digits found');
    expect(item.textContent).toContain('Row 5, column C');
    expect(item.textContent).toContain('Error');
  });

  it('offers a button to show the row only for findings that concern a row on screen', () => {
    const onShow = vi.fn<(finding: Finding) => void>();
    render(
      <FindingsList
        title="Phát hiện"
        findings={[amountInvalid, statedTotal]}
        canShow={(finding) => finding.location?.row !== undefined}
        onShow={onShow}
      />,
    );
    const buttons = screen.getAllByRole('button', { name: 'Xem dòng liên quan' });
    const [button] = buttons;
    if (buttons.length !== 1 || button === undefined) throw new Error('expected one button');
    fireEvent.click(button);
    expect(onShow).toHaveBeenCalledWith(amountInvalid);
  });

  it('exports the findings to CSV through findingsTable (with exportName), and only then', () => {
    const { rerender } = render(<FindingsList title="Phát hiện" findings={[amountInvalid, statedTotal]} />);
    expect(screen.queryByRole('group')).toBeNull();
    rerender(
      <DocumentSetContext value="hagiang-2013-roadmap">
        <FindingsList title="Phát hiện" findings={[amountInvalid, statedTotal]} exportName="budget-findings" />
      </DocumentSetContext>,
    );
    const group = screen.getByRole('group', { name: 'Xuất bảng: Phát hiện' });
    expect(group.textContent).toBe('Tải CSV');
    fireEvent.click(screen.getByRole('button', { name: 'Tải CSV' }));
    const call = vi.mocked(download).mock.calls.at(-1);
    if (call === undefined) throw new Error('nothing was downloaded');
    expect(call[0]).toBe('hagiang-2013-roadmap-budget-findings.csv');
    const read = readCsv(call[1]);
    if (!read.ok) throw new Error(read.error.message.en);
    expect(read.value.headers).toEqual(['Mức', 'Luật', 'Nội dung', 'Tệp', 'Dòng', 'Cột', 'Đường dẫn']);
    expect(read.value.rows.map((row) => row.values)).toEqual([
      ['error', 'budget/amount-invalid', 'Không đọc được số tiền "abc": không có chữ số', 'budget.csv', '5', 'C', '/3/2014'],
      ['warning', 'roadmap/stated-total-mismatch', statedTotal.message.vi, '', '', '', '/stated_totals/1/value'],
    ]);
  });

  it('says so when there is nothing to report', () => {
    render(<FindingsList title="Phát hiện" findings={[]} />);
    expect(screen.getByText('Không có phát hiện nào.')).toBeDefined();
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });
});
