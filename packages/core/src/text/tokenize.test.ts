import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey } from './fold-key';
import { tokenize } from './tokenize';

describe('tokenize', () => {
  it.each([
    ['Cấp, đổi giấy phép lái xe', ['cap', 'doi', 'giay', 'phep', 'lai', 'xe']],
    ['Đăng ký tạm trú, tạm vắng', ['dang', 'ky', 'tam', 'tru', 'tam', 'vang']],
    ['Quyết định 818/QĐ-UBND', ['quyet', 'dinh', '818', 'qd', 'ubnd']],
    ['Sở Thông tin và Truyền thông'.normalize('NFD'), ['so', 'thong', 'tin', 'va', 'truyen', 'thong']],
    [' – ', []],
    ['', []],
  ])('tokenises %j', (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });

  it('returns non-empty tokens that join back into the folded key', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const tokens = tokenize(text);
        expect(tokens.join(' ')).toBe(foldKey(text));
        for (const token of tokens) expect(token).toMatch(/^\S+$/u);
      }),
    );
  });
});
