import { describe, expect, it } from 'vitest';
import { emptyWorkspace, exportWorkspace, folderFiles, parseWorkspace, putFile } from './workspace';

const budget = 'STT,Tên dịch vụ công triển khai,2014,2015,Tổng kinh phí\n1,Đăng ký kinh doanh,1.4,0,1.4\n';

describe('workspace', () => {
  it('round-trips through its JSON export without loss', () => {
    const workspace = putFile(
      { ...emptyWorkspace('imported'), language: 'en', units: { 'imported/budget.csv': 'ty' } },
      { folder: 'imported', name: 'budget.csv', text: budget },
    );
    expect(parseWorkspace(JSON.parse(exportWorkspace(workspace)))).toEqual(workspace);
  });

  it('lays edited copies over the bundled files of a folder', () => {
    const workspace = putFile(emptyWorkspace('hagiang-2013-roadmap'), { folder: 'hagiang-2013-roadmap', name: 'budget.csv', text: budget });
    const files = folderFiles(workspace, 'hagiang-2013-roadmap', [
      { name: 'roadmap.yaml', text: 'period: {}' },
      { name: 'budget.csv', text: 'old' },
    ]);
    expect(files.map((file) => [file.name, file.text])).toEqual([
      ['budget.csv', budget],
      ['roadmap.yaml', 'period: {}'],
    ]);
  });

  it('replaces a file of the same folder and name', () => {
    const once = putFile(emptyWorkspace('imported'), { folder: 'imported', name: 'a.csv', text: '1' });
    const twice = putFile(once, { folder: 'imported', name: 'a.csv', text: '2' });
    expect(twice.files).toEqual([{ folder: 'imported', name: 'a.csv', text: '2' }]);
  });

  it.each([
    ['null', null],
    ['another format', { format: 'other', version: 1, folder: 'x', language: 'vi', files: [] }],
    ['a bad language', { format: 'egov-workspace', version: 1, folder: 'x', language: 'fr', files: [] }],
    ['a file without text', { format: 'egov-workspace', version: 1, folder: 'x', language: 'vi', files: [{ folder: 'x', name: 'a.csv' }] }],
    ['an unknown unit', { format: 'egov-workspace', version: 1, folder: 'x', language: 'vi', files: [], units: { 'x/a.csv': 'usd' } }],
  ])('rejects %s', (_, value) => {
    expect(parseWorkspace(value)).toBeUndefined();
  });
});
