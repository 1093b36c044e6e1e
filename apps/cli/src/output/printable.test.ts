import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printable } from './printable';
import { createStyle } from './style';

const colours = createStyle({ stdout: () => undefined, stderr: () => undefined, env: { FORCE_COLOR: '1' }, isTTY: true }).escapes;

describe('printable', () => {
  it.each([
    ['Tên \u001b]0;pwned\u0007', 'Tên ␛]0;pwned␇'],
    ['\u001b[2Jxoá màn hình', '␛[2Jxoá màn hình'],
    ['\u001b]8;;http://evil.example\u001b\\Bấm\u001b]8;;\u001b\\', '␛]8;;http://evil.example␛\\Bấm␛]8;;␛\\'],
    ['Sở A\rSở B', 'Sở A␍Sở B'],
    ['csi \u009b2J', 'csi \ufffd2J'],
    ['\u001b[31mlỗi\u001b[39m\r\ndòng 2\tcột', '␛[31mlỗi␛[39m\r\ndòng 2\tcột'],
    ['=HYPERLINK("http://x","y") +1 @SUM(A1)', '=HYPERLINK("http://x","y") +1 @SUM(A1)'],
  ])('%j → %j (no colours: no escape passes)', (input, expected) => {
    expect(printable(input)).toBe(expected);
  });
  it('keeps the colours the style writes, and no other SGR sequence (hidden text, black on black)', () => {
    expect(printable('\u001b[31mlỗi\u001b[39m \u001b[1mđậm\u001b[22m', colours)).toBe('\u001b[31mlỗi\u001b[39m \u001b[1mđậm\u001b[22m');
    expect(printable('\u001b[8mẩn\u001b[28m \u001b[30;40mđen\u001b[0m', colours)).toBe('␛[8mẩn␛[28m ␛[30;40mđen␛[0m');
  });
  it('leaves no control character but the kept colours, tabs, line feeds and CRLF', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.boolean(), (text, coloured) => {
        let safe = printable(text, coloured ? colours : undefined);
        if (coloured) for (const escape of colours) safe = safe.replaceAll(escape, '');
        safe = safe.replace(/\r\n/g, '\n');
        // eslint-disable-next-line no-control-regex -- finding control characters is the point
        expect(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(safe)).toBe(false);
      }),
    );
  });
});
