import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printable } from './printable';

describe('printable', () => {
  it.each([
    ['Tên \u001b]0;pwned\u0007', 'Tên ␛]0;pwned␇'],
    ['\u001b[2Jxoá màn hình', '␛[2Jxoá màn hình'],
    ['\u001b]8;;http://evil.example\u001b\\Bấm\u001b]8;;\u001b\\', '␛]8;;http://evil.example␛\\Bấm␛]8;;␛\\'],
    ['Sở A\rSở B', 'Sở A␍Sở B'],
    ['csi \u009b2J', 'csi \ufffd2J'],
    ['\u001b[31mlỗi\u001b[39m\r\ndòng 2\tcột', '\u001b[31mlỗi\u001b[39m\r\ndòng 2\tcột'],
    ['=HYPERLINK("http://x","y") +1 @SUM(A1)', '=HYPERLINK("http://x","y") +1 @SUM(A1)'],
  ])('%j → %j', (input, expected) => {
    expect(printable(input)).toBe(expected);
  });
  it('leaves no control character but SGR escapes, tabs, line feeds and CRLF', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        // eslint-disable-next-line no-control-regex -- removing the SGR sequences printable keeps
        const safe = printable(text).replace(/\u001b\[[0-9;]*m/g, '').replace(/\r\n/g, '\n');
        // eslint-disable-next-line no-control-regex -- finding control characters is the point
        expect(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(safe)).toBe(false);
      }),
    );
  });
});
