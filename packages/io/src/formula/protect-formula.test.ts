import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectFormula, unprotectFormula } from './protect-formula';

describe('protectFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+84 912 345 678', "'+84 912 345 678"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ["'=1", "''=1"],
    ["'abc", "'abc"],
    ['Sở Y tế', 'Sở Y tế'],
    ['1.409', '1.409'],
    ['', ''],
  ])('%j → %j', (text, written) => {
    expect(protectFormula(text)).toBe(written);
    expect(unprotectFormula(written)).toBe(text);
  });

  it('never leaves a dangerous first character and is reversed by unprotectFormula', () => {
    const text = fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', 'ă', ' ') });
    fc.assert(
      fc.property(text, (value) => {
        const written = protectFormula(value);
        expect(/^[=+\-@\t\r]/.test(written)).toBe(false);
        expect(unprotectFormula(written)).toBe(value);
      }),
    );
  });
});
