import { describe, expect, it } from 'vitest';
import { lineParents } from './line-parents';

describe('lineParents', () => {
  it('nests I / 1 / 1.1 / a / - numbering', () => {
    const numbers = ['I', '1', '1.1', '1.2', 'a', '-', 'b', '2', 'II', '1', 'A', 'I'];
    expect(lineParents(numbers.map((number) => ({ number })))).toEqual([
      undefined, 0, 1, 1, 3, 4, 3, 0, undefined, 8, undefined, 10,
    ]);
  });

  it('keeps a flat numbered table flat (source 000, 003)', () => {
    expect(lineParents(['1', '2', '3', '4'].map((number) => ({ number })))).toEqual([undefined, undefined, undefined, undefined]);
  });
});
