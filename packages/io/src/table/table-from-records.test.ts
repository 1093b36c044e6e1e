import { describe, expect, it } from 'vitest';
import { defineColumns } from '../headers/define-columns';
import { mapRows } from '../headers/map-rows';
import { readYaml } from '../yaml/read-yaml';
import { tableFromRecords } from './table-from-records';

describe('tableFromRecords', () => {
  it('turns YAML records into a table that mapRows reads like a CSV', () => {
    const yaml = '- STT: 1\n  Tên DVCTT: Cấp phép hợp báo\n  Mức DVCTT: 4\n- STT: 2\n  Tên DVCTT: Đăng kí nội quy lao động\n  Ghi chú: null\n';
    const parsed = readYaml(yaml, { file: 'dvc.yaml' });
    if (!parsed.ok) throw new Error('fixture');
    const table = tableFromRecords(parsed.value, { file: 'dvc.yaml' });
    expect(table.ok).toBe(true);
    if (!table.ok) return;
    expect(table.value.headers).toEqual(['STT', 'Tên DVCTT', 'Mức DVCTT', 'Ghi chú']);
    expect(table.value.rows).toEqual([
      { row: 1, values: [1, 'Cấp phép hợp báo', 4, ''] },
      { row: 2, values: [2, 'Đăng kí nội quy lao động', '', ''] },
    ]);
    const columns = defineColumns([{ key: 'level', aliases: ['Mức DVCTT'], required: true }]);
    const mapped = mapRows(table.value, columns, { unknownColumns: 'ignore' });
    expect(mapped.ok && mapped.value.rows.map((r) => r.values.level)).toEqual([4, '']);
  });

  it('keeps nested values as JSON text with a warning pointing at them', () => {
    const table = tableFromRecords([{ 'a/b': { x: 1 } }], { path: '/rows' });
    expect(table.ok && table.value.rows[0]?.values).toEqual(['{"x":1}']);
    expect(table.findings[0]).toMatchObject({ ruleId: 'io/nested-value', path: '/rows/0/a~1b', location: { row: 1, column: 'A' } });
  });

  it('refuses anything but an array of objects', () => {
    for (const value of [null, 3, { a: 1 }, [1, 2], [[1]]]) {
      expect(tableFromRecords(value)).toMatchObject({ ok: false, error: { ruleId: 'io/not-records' } });
    }
  });
});
