import { describe, expect, it } from 'vitest';
import { serviceKey } from './service-key';
import { tokensAlign } from './tokens-align';

const align = (a: string, b: string) => tokensAlign(serviceKey(a), serviceKey(b));

describe('tokensAlign', () => {
  it('accepts typos, added words and abbreviations (sources 002 and 003)', () => {
    expect(align('Gấp phép và khai thác nguồn nước', 'Cấp phép và khai thác nguồn nước')).toBe(true);
    expect(align('Cấp giấy phép hành nghề y, dược', 'Cấp giấy phép đăng ký hành nghề y, dược')).toBe(true);
    expect(align('kế hoạch vốn đầu tư thuộc nguồn vốn NSNN', 'kế hoạch vốn đầu từ thuộc nguồn vốn ngân sách nhà nước')).toBe(true);
  });
  it('rejects a substituted word that is not a typo', () => {
    expect(align('Cấp Giấy chứng nhận đầu tư nước ngoài vốn dưới 300 tỷ đồng', 'Cấp Giấy chứng nhận đầu tư trong nước vốn dưới 300 tỷ đồng')).toBe(false);
    expect(align('Cung cấp thông tin đất đai (Trích lục bản đồ địa chính)', 'Cung cấp thông tin đất đai (Trích sao hồ sơ địa chính)')).toBe(false);
  });
});
