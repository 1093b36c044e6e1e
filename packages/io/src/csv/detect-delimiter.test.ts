import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './detect-delimiter';

describe('detectDelimiter', () => {
  it.each([
    ['STT,Tên thủ tục hành chính,Cơ quan chủ trì\n1,Cấp phép hợp báo,Sở Thông tin và Truyền thông\n', ','],
    ['STT;Kinh phí (triệu đồng);Ghi chú\n1;35,5;x\n2;15,2;y\n', ';'],
    ['STT\tHạ tầng\tTổng số\n1\tMáy tính\t43/56\n', '\t'],
    ['a|b|c\n1|2|3\n', '|'],
    ['"Tên; có dấu chấm phẩy",Năm 2014\n"x;y",8\n', ','],
    ['STT\n1\n', ','],
    ['', ','],
  ])('detects the delimiter of %j', (sample, delimiter) => {
    expect(detectDelimiter(sample)).toBe(delimiter);
  });
});
