import { describe, expect, it } from 'vitest';
import { detectNotation } from './detect-notation';

describe('detectNotation', () => {
  it('decides from the cells that read only one way', () => {
    expect(detectNotation(['0.7531', '0.8654', '1']).notation).toBe('en');
    expect(detectNotation(['0,7531', '1']).notation).toBe('vi');
    expect(detectNotation(['1.234,5', '1.234']).notation).toBe('vi');
    expect(detectNotation(['1,234.5', '1,234']).notation).toBe('en');
    expect(detectNotation(['1.234.567']).notation).toBe('vi');
  });

  it('says when the column cannot decide, or contradicts itself', () => {
    const ambiguous = detectNotation(['1.234', '8', '15.200']);
    expect(ambiguous).toEqual({ status: 'ambiguous', ambiguous: [0, 2], evidence: {} });
    expect(detectNotation(['8', '12']).status).toBe('either');
    expect(detectNotation(['15,2', '0.7531'])).toMatchObject({ status: 'mixed', evidence: { vi: 0, en: 1 } });
    expect(detectNotation([]).status).toBe('either');
  });
});
