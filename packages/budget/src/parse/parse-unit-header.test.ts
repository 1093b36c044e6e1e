import { describe, expect, it } from 'vitest';
import { parseUnitHeader } from './parse-unit-header';

describe('parseUnitHeader', () => {
  it.each([
    ['Đơn vị tính: triệu đồng', 'trieu'],
    ['Đơn vị: tỷ đồng', 'ty'], // source 003
    ['Dự kiến kinh phí năm 2019 (Đơn vị tính: Đồng)', 'dong'], // source 000
    ['ĐVT: đồng', 'dong'],
    ['ĐVT: nghìn đồng', 'nghin'],
    ['(Đơn vị tính: Triệu đồng)', 'trieu'],
    ['Kinh phí (triệu đồng)', 'trieu'],
    ['Tổng kinh phí (tỷ đồng)', 'ty'],
    ['Đơn vị tính: VNĐ', 'dong'],
    ['Đơn vị tính: 1.000 đồng', 'nghin'],
    ['Đơn vị tính: 1.000.000 đồng', 'trieu'],
    ['Đơn vị tính: 100 đồng', undefined],
    ['Tên dự án, nhiệm vụ', undefined],
    ['Năm 2014', undefined],
  ] as const)('%j → %s', (text, unit) => {
    expect(parseUnitHeader(text)).toBe(unit);
  });
});
