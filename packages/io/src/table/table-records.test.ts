import { createFinding, unwrap } from '@egov/core';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../csv/read-csv';
import { locateFindings, tableRecords } from './table-records';

const csv = 'STT,Tên dịch vụ công triển khai,2014,2015,Tổng kinh phí,\n1,Đăng ký kinh doanh,1.4,0,1.4,\n2,,,,,x\n';

describe('tableRecords', () => {
  it('gives cells by header with the row number and file, leaving out unnamed columns', () => {
    const table = unwrap(readCsv(csv, { file: 'budget.csv' }));
    const records = tableRecords(table);
    expect(records[0]).toEqual({
      cells: { STT: '1', 'Tên dịch vụ công triển khai': 'Đăng ký kinh doanh', '2014': '1.4', '2015': '0', 'Tổng kinh phí': '1.4' },
      position: { file: 'budget.csv', row: 2 },
    });
    expect(records[1]?.cells['2014']).toBeNull();
  });
});

describe('locateFindings', () => {
  it('turns a header into its column letter and adds the file', () => {
    const table = unwrap(readCsv(csv, { file: 'budget.csv' }));
    const finding = createFinding({
      ruleId: 'budget/total-mismatch',
      severity: 'error',
      message: { vi: 'x', en: 'x' },
      location: { row: 2, column: 'Tổng kinh phí' },
    });
    expect(locateFindings([finding], table)[0]?.location).toEqual({ file: 'budget.csv', row: 2, column: 'E' });
    const elsewhere = { ...finding, location: { file: 'other.csv', row: 3, column: 'Z' } };
    expect(locateFindings([elsewhere], table)[0]?.location).toEqual({ file: 'other.csv', row: 3, column: 'Z' });
  });
});
