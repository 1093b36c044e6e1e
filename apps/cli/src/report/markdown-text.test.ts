import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownText } from './markdown-text';

describe('markdownText', () => {
  // [text, as a table cell, as a heading or paragraph]
  it.each([
    ['[Bấm](javascript:alert(1))', '\\[Bấm\\](javascript&#58;alert(1))', '\\[Bấm\\](javascript&#58;alert(1))'],
    ['![x](http://evil.example/a.png)', '!\\[x\\](http://evil.example/a.png)', '!\\[x\\](http://evil.example/a.png)'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;', '&lt;img src=x onerror=alert(1)&gt;'],
    ['<javascript:alert(1)>', '&lt;javascript&#58;alert(1)&gt;', '&lt;javascript&#58;alert(1)&gt;'],
    ['&#106;avascript&colon;', '&amp;#106;avascript&amp;colon;', '&amp;#106;avascript&amp;colon;'],
    ['JavaScript:void(0) data:text/html,x', 'JavaScript&#58;void(0) data&#58;text/html,x', 'JavaScript&#58;void(0) data&#58;text/html,x'],
    ['**đậm** _nghiêng_ `mã` ~~gạch~~', '\\*\\*đậm\\*\\* \\_nghiêng\\_ \\`mã\\` \\~\\~gạch\\~\\~', '\\*\\*đậm\\*\\* \\_nghiêng\\_ \\`mã\\` \\~\\~gạch\\~\\~'],
    ['a | b \\ c', 'a \\| b \\\\ c', 'a \\| b \\\\ c'],
    ['dòng 1\n# dòng 2\r\n- dòng 3', 'dòng 1 # dòng 2 - dòng 3', 'dòng 1 # dòng 2 - dòng 3'],
    ['# Tiêu đề', '# Tiêu đề', '\\# Tiêu đề'],
    ['    - mục', '    - mục', '\\- mục'],
    ['2013.1', '2013.1', '2013\\.1'],
    ['> trích', '&gt; trích', '&gt; trích'],
    ['Sở KH&CN (15,2 tỷ)', 'Sở KH&amp;CN (15,2 tỷ)', 'Sở KH&amp;CN (15,2 tỷ)'],
  ])('%j → cell %j, block %j', (input, cell, block) => {
    expect(markdownText(input, 'cell')).toBe(cell);
    expect(markdownText(input, 'block')).toBe(block);
  });
  it('never lets a tag, a link bracket, a line break or a code-running scheme through', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), fc.constantFrom('', 'javascript:', 'DATA:', '<a href=', ']('), (text, hostile) => {
        const out = markdownText(hostile + text + hostile, 'block');
        expect(out).not.toMatch(/[<>\r\n]/);
        // Every bracket, backtick, star and underscore is escaped (preceded by an odd run of backslashes).
        for (const match of out.matchAll(/(\\*)[[\]`*_|~]/g)) expect((match[1] ?? '').length % 2).toBe(1);
        expect(out).not.toMatch(/(javascript|vbscript|data):/i);
      }),
    );
  });
});
