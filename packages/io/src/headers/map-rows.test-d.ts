import { describe, expectTypeOf, it } from 'vitest';
import type { CellValue } from '../cell-value';
import type { Table } from '../table';
import { defineColumns, type ColumnSchema } from './define-columns';
import { mapRows } from './map-rows';

describe('mapRows types', () => {
  it('infers the column keys from defineColumns', () => {
    const columns = defineColumns([
      { key: 'name', aliases: ['Tên thủ tục hành chính'], required: true },
      { key: 'level', aliases: ['Mức DVCTT'] },
    ]);
    expectTypeOf(columns).toEqualTypeOf<ColumnSchema<'name' | 'level'>>();
    const result = mapRows({} as Table, columns);
    if (result.ok) {
      const row = result.value.rows[0];
      expectTypeOf(row?.values.name).toEqualTypeOf<CellValue | undefined>();
      expectTypeOf(result.value.locate).parameter(1).toEqualTypeOf<'name' | 'level'>();
    }
  });
});
