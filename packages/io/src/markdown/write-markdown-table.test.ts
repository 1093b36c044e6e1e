import { describe, expect, it } from 'vitest';
import { writeMarkdownTable } from './write-markdown-table';

describe('writeMarkdownTable', () => {
  it('writes the Thái Bình budget by phase with numbers right-aligned', () => {
    const markdown = writeMarkdownTable({
      headers: ['Giai đoạn', 'Kinh phí (tỷ đồng)'],
      rows: [
        ['Năm 2014', 2.2],
        ['Năm 2015', 1.8],
        ['2016 - 2020', 2],
      ],
    });
    expect(markdown).toBe(
      '| Giai đoạn | Kinh phí (tỷ đồng) |\n| --- | ---: |\n| Năm 2014 | 2.2 |\n| Năm 2015 | 1.8 |\n| 2016 - 2020 | 2 |\n',
    );
  });

  it('escapes pipes and backslashes, turns line breaks into <br>, pads short rows', () => {
    const markdown = writeMarkdownTable({ headers: ['A', 'B'], rows: [['401 | 402', 'a\\b\r\nc'], [null]] });
    expect(markdown.split('\n')).toEqual(['| A | B |', '| --- | --- |', '| 401 \\| 402 | a\\\\b<br>c |', '|  |  |', '']);
  });
});

describe('writeMarkdownTable on many rows', () => {
  it('writes 200 000 rows (the widest row was found with a spread that overflowed the stack)', () => {
    const markdown = writeMarkdownTable({ headers: ['STT'], rows: Array.from({ length: 200_000 }, (_, i) => [i]) });
    expect(markdown.trimEnd().split('\n')).toHaveLength(200_002);
  });
});
