import { describe, expect, it } from 'vitest';
import { record, undo, emptyHistory } from './edit-history';
import { emptyWorkspace, exportWorkspace, folderFiles, parseWorkspace, putFile, putWhatIf, whatIfKey } from './workspace';

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

  describe('what-if settings', () => {
    const key = whatIfKey('synthetic-ictindex-63', 'synthetic-ictindex-63.csv');
    const settings = { weights: { 'it-application': 2.5 }, values: { unit: 'Lào Cai', year: 2018, values: { 'online-services-level-3': 0.9 } } };

    it('are kept by folder and file, round-trip through the JSON export, and reset to none', () => {
      const workspace = putWhatIf(emptyWorkspace('synthetic-ictindex-63'), key, settings);
      expect(workspace.whatIf).toEqual({ 'synthetic-ictindex-63/synthetic-ictindex-63.csv': settings });
      expect(parseWorkspace(JSON.parse(exportWorkspace(workspace)))).toEqual(workspace);
      expect(putWhatIf(workspace, key, undefined)).toEqual(emptyWorkspace('synthetic-ictindex-63'));
      expect(putWhatIf(workspace, key, { weights: { 'it-application': 1 } })).not.toHaveProperty('whatIf');
    });

    it('a workspace saved before what-if settings existed opens with none', () => {
      // Saved by the previous version of the app: no whatIf field.
      const old = { format: 'egov-workspace', version: 1, folder: 'hagiang-2013-roadmap', language: 'vi', files: [{ folder: 'imported', name: 'budget.csv', text: budget }] };
      const parsed = parseWorkspace(old);
      expect(parsed?.files).toHaveLength(1);
      expect(parsed).not.toHaveProperty('whatIf');
    });

    it('drops what-if settings it cannot read instead of refusing the workspace', () => {
      const parsed = parseWorkspace({
        ...emptyWorkspace('x'),
        whatIf: {
          'x/a.csv': { weights: { 'it-application': '2', 'online-services': -1, 'human-resources': 0.5 } },
          'x/b.csv': 'max',
          'x/c.csv': { weights: {}, values: { unit: 'Lào Cai', year: 2018.5, values: { a: 1 } } },
          'x/d.csv': { weights: {}, values: { unit: 'Lào Cai', year: 2018, values: { a: 0.25, b: null } } },
        },
      });
      expect(parsed?.whatIf).toEqual({
        'x/a.csv': { weights: { 'human-resources': 0.5 } },
        'x/d.csv': { weights: {}, values: { unit: 'Lào Cai', year: 2018, values: { a: 0.25 } } },
      });
      expect(parseWorkspace({ ...emptyWorkspace('x'), whatIf: [1] })).toEqual(emptyWorkspace('x'));
    });

    it('are not content: undo keeps them', () => {
      const before = emptyWorkspace('synthetic-ictindex-63');
      const after = putWhatIf(putFile(before, { folder: 'synthetic-ictindex-63', name: 'a.csv', text: '1' }), key, settings);
      const undone = undo(record(emptyHistory(), before), after);
      expect(undone?.workspace.files).toEqual([]);
      expect(undone?.workspace.whatIf).toEqual({ [key]: settings });
    });
  });
});

