import { describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeVni, encodeWindows1258 } from '../__fixtures__/legacy-encoders';
import { detectLegacyEncoding } from './detect-legacy-encoding';

// Lines from the source documents (Thái Bình 818/QĐ-UBND, Hà Giang 1653/QĐ-UBND).
const texts = [
  'tên thủ tục hành chính,cơ quan chủ trì,kinh phí (triệu đồng)\n1,cấp phép hoạt động ngành in,sở thông tin và truyền thông\n',
  'đăng ký kinh doanh;cấp giấy phép đầu tư;cấp giấy phép xây dựng;mười lăm tỷ hai trăm triệu đồng',
  'xác minh giải quyết đơn khiếu nại lần 1,thanh tra tỉnh',
];

describe('detectLegacyEncoding', () => {
  it.each(texts)('recognises TCVN3, VNI and Windows-1258 encodings of %s', (text) => {
    expect(detectLegacyEncoding(encodeTcvn3(text))?.encoding).toBe('tcvn3');
    expect(detectLegacyEncoding(encodeVni(text))?.encoding).toBe('vni');
    expect(detectLegacyEncoding(encodeWindows1258(text))?.encoding).toBe('windows-1258');
  });

  it('produces the classic mojibake the detector looks for', () => {
    const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);
    expect(latin1(encodeTcvn3('việt nam đồng'))).toBe('viÖt nam ®ång');
    expect(latin1(encodeVni('việt nam được'))).toBe('vieät nam ñöôïc');
  });

  it('finds nothing in ASCII, in UTF-8 Vietnamese or with too little evidence', () => {
    expect(detectLegacyEncoding(new TextEncoder().encode('STT,Ten,Nam 2014'))).toBeUndefined();
    expect(detectLegacyEncoding(new TextEncoder().encode(texts[0] ?? ''))).toBeUndefined();
    expect(detectLegacyEncoding(encodeTcvn3('thủ'))).toBeUndefined();
  });
});
