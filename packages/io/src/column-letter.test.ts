import { describe, expect, it } from 'vitest';
import { cellLocation } from './cell-location';
import { columnLetter } from './column-letter';
import { defaultLimits, resolveLimits } from './limits';

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16_383, 'XFD'],
  ])('%i → %s', (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
  });

  it('refuses negative and fractional indexes', () => {
    expect(() => columnLetter(-1)).toThrow('non-negative integer');
    expect(() => columnLetter(1.5)).toThrow('non-negative integer');
  });
});

describe('cellLocation', () => {
  it('gives file, sheet, row and letter', () => {
    const table = { file: 'a.xlsx', sheet: 'Kinh phí', headerRow: 3, headers: [], columns: [], rows: [] };
    expect(cellLocation(table, 7, 27)).toEqual({ file: 'a.xlsx', sheet: 'Kinh phí', row: 7, column: 'AB' });
    expect(cellLocation({ ...table, file: undefined, sheet: undefined } as never, { row: 2, values: [] }, 0)).toEqual({ row: 2, column: 'A' });
  });
});

describe('resolveLimits', () => {
  it('merges over the defaults and rejects non-positive limits', () => {
    expect(resolveLimits({ maxRows: 10 })).toEqual({ ...defaultLimits, maxRows: 10 });
    expect(resolveLimits({ maxBytes: Infinity }).maxBytes).toBe(Infinity);
    expect(() => resolveLimits({ maxCellLength: 0 })).toThrow('maxCellLength must be a positive number');
    expect(() => resolveLimits({ maxColumns: Number.NaN })).toThrow('maxColumns');
  });
});
