import { createFinding, type SourceLocation } from '@egov/core';
import { describe, expect, it } from 'vitest';
import { findingPlace, isLinePlace } from './finding-place';

const at = (path: string, location?: SourceLocation) =>
  createFinding({ ruleId: 'x/y', severity: 'error', message: { vi: 'x', en: 'x' }, path, ...(location === undefined ? {} : { location }) });

describe('findingPlace', () => {
  it.each([
    ['a YAML line and column', at('/entries/4/target_level', { file: 'roadmap.yaml', row: 104, column: '9' }), '104:9', true],
    ['a cell', at('', { file: 'budget.csv', row: 5, column: 'C' }), 'C5', false],
    ['a cell of a named sheet', at('', { file: 'b.xlsx', sheet: 'Kinh phí', row: 5, column: 'C' }), 'Kinh phí!C5', false],
    ['a row', at('', { file: 'budget.csv', row: 7 }), '7', false],
    ['a pointer only', at('/stated_totals/2'), '/stated_totals/2', false],
    ['the whole document', at(''), '/', false],
  ])('%s', (_label, finding, place, line) => {
    expect(findingPlace(finding)).toBe(place);
    expect(isLinePlace(finding)).toBe(line);
  });
});
