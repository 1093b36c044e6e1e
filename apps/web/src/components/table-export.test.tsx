import { readCsv, readXlsx, type WritableTable } from '@egov/io';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LanguageContext } from '../i18n/messages';
import { download } from '../workspace/download';
import { DocumentSetContext } from './document-set-context';
import { TableExport } from './table-export';

vi.mock('../workspace/download', () => ({ download: vi.fn() }));
const downloaded = vi.mocked(download);

beforeEach(() => {
  downloaded.mockClear();
});
afterEach(cleanup);

// The first rows of examples/today-2026-catalogue/catalogue.csv as the procedures view shows them: the
// row number stays a number; a comma inside a name and an empty field must survive the round trip.
const procedures: WritableTable = {
  headers: ['Dòng', 'Mã', 'Tên thủ tục', 'Lĩnh vực', 'Cấp', 'Cơ quan chủ trì', 'Hình thức'],
  rows: [
    [2, '1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 'Cấp xã', 'Ủy ban nhân dân cấp xã', 'Toàn trình'],
    [3, '1.000894', 'Đăng ký kết hôn', 'Hộ tịch', 'Cấp xã', 'Ủy ban nhân dân cấp xã', 'Một phần'],
    [5, '1.004873', 'Cấp Giấy xác nhận tình trạng hôn nhân, "độc thân"', 'Hộ tịch', 'Cấp xã', '', 'Toàn trình'],
  ],
};

function renderExport(table: () => WritableTable, props: { formats?: readonly ('csv' | 'xlsx')[]; language?: 'vi' | 'en' } = {}) {
  return render(
    <LanguageContext value={props.language ?? 'vi'}>
      <DocumentSetContext value="today-2026-catalogue">
        <TableExport name="Thủ tục" table={table} {...(props.formats === undefined ? {} : { formats: props.formats })} />
      </DocumentSetContext>
    </LanguageContext>,
  );
}

const lastDownload = (): { name: string; content: string | Uint8Array; type: string } => {
  const call = downloaded.mock.calls.at(-1);
  if (call === undefined) throw new Error('nothing was downloaded');
  const [name, content, type] = call;
  return { name, content, type };
};

describe('TableExport', () => {
  it('builds the table only when a button is pressed', () => {
    const build = vi.fn(() => procedures);
    renderExport(build);
    expect(build).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Tải CSV' }));
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('writes CSV with a BOM, named after the document set and the table in ASCII', () => {
    renderExport(() => procedures);
    fireEvent.click(screen.getByRole('button', { name: 'Tải CSV' }));
    const { name, content, type } = lastDownload();
    expect(name).toBe('today-2026-catalogue-thu-tuc.csv');
    expect(type).toBe('text/csv;charset=utf-8');
    expect(content).toBe(
      '\uFEFFDòng,Mã,Tên thủ tục,Lĩnh vực,Cấp,Cơ quan chủ trì,Hình thức\r\n' +
        '2,1.001193,Đăng ký khai sinh,Hộ tịch,Cấp xã,Ủy ban nhân dân cấp xã,Toàn trình\r\n' +
        '3,1.000894,Đăng ký kết hôn,Hộ tịch,Cấp xã,Ủy ban nhân dân cấp xã,Một phần\r\n' +
        '5,1.004873,"Cấp Giấy xác nhận tình trạng hôn nhân, ""độc thân""",Hộ tịch,Cấp xã,,Toàn trình\r\n',
    );
  });

  it('the CSV reads back with @egov/io readCsv into the same cells', () => {
    renderExport(() => procedures);
    fireEvent.click(screen.getByRole('button', { name: 'Tải CSV' }));
    const { content } = lastDownload();
    const read = readCsv(content);
    if (!read.ok) throw new Error(read.error.message.en);
    expect(read.value.headers).toEqual(procedures.headers);
    expect(read.value.rows.map((row) => row.values)).toEqual(procedures.rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : String(cell)))));
  });

  it('writes XLSX that @egov/io reads back with numbers as numbers', async () => {
    renderExport(() => procedures);
    fireEvent.click(screen.getByRole('button', { name: 'Tải XLSX' }));
    await waitFor(() => {
      expect(downloaded).toHaveBeenCalledTimes(1);
    });
    const { name, content } = lastDownload();
    expect(name).toBe('today-2026-catalogue-thu-tuc.xlsx');
    if (typeof content === 'string') throw new Error('XLSX must be bytes');
    const read = await readXlsx(content);
    if (!read.ok) throw new Error(read.error.message.en);
    expect(read.value.headers).toEqual(procedures.headers);
    expect(read.value.rows.map((row) => row.values[0])).toEqual([2, 3, 5]);
    expect(read.value.rows[2]?.values[2]).toBe('Cấp Giấy xác nhận tình trạng hôn nhân, "độc thân"');
  });

  it('offers only the formats asked for, labelled in English when chosen', () => {
    renderExport(() => procedures, { formats: ['csv'], language: 'en' });
    expect(screen.getByRole('group', { name: 'Export: Thủ tục' })).toBeTruthy();
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Download CSV']);
  });
});
