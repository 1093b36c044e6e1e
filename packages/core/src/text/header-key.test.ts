import { describe, expect, it } from 'vitest';
import { headerKey } from './header-key';
import { matchHeader } from './match-header';
import { parseTotalLabel } from './total-label';

describe('headerKey', () => {
  it.each([
    ['Tên TTHC', 'ten thu tuc hanh chinh'],
    ['TÊN THỦ TỤC HÀNH CHÍNH', 'ten thu tuc hanh chinh'],
    ['Tên thủ tục hành chính (TTHC)', 'ten thu tuc hanh chinh'],
    ['Mức độ DVCTT', 'muc do dich vu cong truc tuyen'],
    ['Mức độ DVC', 'muc do dich vu cong'],
    ['Kinh phí (triệu đồng)', 'kinh phi'],
    ['ĐVT', 'don vi tinh'],
    ['(1)', '1'],
    ['', ''],
  ])('%j → %j', (header, key) => {
    expect(headerKey(header)).toBe(key);
  });
});

describe('matchHeader', () => {
  const aliases = new Map<string, string>([
    [headerKey('Mức độ'), 'level'],
    [headerKey('Mức độ cung cấp'), 'class'],
    [headerKey('Tên'), 'name'],
    [headerKey('Tên thủ tục'), 'name'],
  ]);
  it.each([
    ['Mức độ DVCTT', 'level'],
    ['Mức độ dịch vụ công trực tuyến năm 2020', 'level'],
    ['Mức độ cung cấp DVC', 'class'],
    ['TÊN', 'name'],
    ['Tên thủ tục hành chính', 'name'],
    ['Tên cơ quan', undefined],
    ['Mức', undefined],
    ['', undefined],
  ])('%j → %j', (header, column) => {
    expect(matchHeader(header, aliases)).toBe(column);
  });
});

describe('parseTotalLabel', () => {
  it.each([
    ['Tổng cộng', { kind: 'grand' }],
    ['TỔNG CỘNG:', { kind: 'grand' }],
    ['Tổng số', { kind: 'grand' }],
    ['Tổng', { kind: 'grand' }],
    ['Tổng kinh phí', { kind: 'grand' }],
    ['Tổng cộng: 10 thủ tục', { kind: 'grand', count: 10 }],
    ['Tổng số: 1.234 hồ sơ', { kind: 'grand', count: 1234 }],
    ['Cộng', { kind: 'subtotal' }],
    ['Cộng I', { kind: 'subtotal' }],
    ['Total', { kind: 'grand' }],
    ['Cộng đồng dân cư', undefined],
    ['Tổng hợp số liệu', undefined],
    ['Tổng cục Thuế', undefined],
    ['Cấp phép hợp báo', undefined],
    ['', undefined],
  ])('%j → %j', (label, expected) => {
    expect(parseTotalLabel(label)).toEqual(expected);
  });
});
