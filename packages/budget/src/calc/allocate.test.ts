import { EgovError } from '@egov/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Amount } from '../amount/amount';
import { allocate } from './allocate';

const strings = (parts: readonly Amount[]) => parts.map((p) => p.toString());

describe('allocate (largest remainder)', () => {
  it('splits evenly with the leftover đồng going to the earliest of equal remainders', () => {
    expect(strings(allocate(Amount.fromDong(100), [1, 1, 1]))).toEqual(['34', '33', '33']);
    expect(strings(allocate(Amount.fromDong(-100), [1, 1, 1]))).toEqual(['-34', '-33', '-33']);
    expect(strings(allocate(Amount.zero, [1, 2]))).toEqual(['0', '0']);
  });

  it('gives leftovers to the largest remainders', () => {
    // quotas 14.2857, 28.5714, 57.1428 → floors 14, 28, 57 (99); the remainder goes to 28.57
    expect(strings(allocate(Amount.fromDong(100), [1, 2, 4]))).toEqual(['14', '29', '57']);
    expect(strings(allocate(Amount.fromDong(10), ['0.5', '0.25', '0.25']))).toEqual(['5', '3', '2']);
    expect(strings(allocate(Amount.fromDong(7), [0, 1, 0]))).toEqual(['0', '7', '0']);
  });

  it('splits a phase budget of source 002 over its 15 services in whole triệu', () => {
    const parts = allocate(Amount.fromUnit('2.2', 'ty'), Array<number>(15).fill(1), { step: Amount.fromUnit(1, 'trieu') });
    expect(Amount.sum(parts).toString()).toBe('2200000000');
    expect(strings(parts).filter((p) => p === '147000000')).toHaveLength(10);
    expect(strings(parts).filter((p) => p === '146000000')).toHaveLength(5);
  });

  it('splits the 003 total over years in the proportion of the columns (8 : 7,2)', () => {
    expect(strings(allocate(Amount.fromUnit('15.2', 'ty'), ['8', '7.2']))).toEqual(['8000000000', '7200000000']);
  });

  it('refuses invalid weights and steps', () => {
    expect(() => allocate(Amount.fromDong(1), [0, 0])).toThrow(/all zero/);
    expect(() => allocate(Amount.fromDong(1), [-1, 2])).toThrow(EgovError);
    expect(() => allocate(Amount.fromDong(1), ['abc'])).toThrow(/non-negative/);
    expect(() => allocate(Amount.fromDong(1500), [1], { step: Amount.fromDong(1000) })).toThrow(/multiple/);
    expect(() => allocate(Amount.fromDong(1000), [1], { step: Amount.zero })).toThrow(/positive/);
  });

  it('always adds up exactly and stays within one step of the exact quota (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 21n), max: 10n ** 21n }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 30 }).filter((w) => w.some((x) => x > 0)),
        (total, weights) => {
          const parts = allocate(Amount.fromDong(total), weights);
          expect(parts).toHaveLength(weights.length);
          expect(Amount.sum(parts).toBigInt()).toBe(total);
          const sum = BigInt(weights.reduce((a, b) => a + b, 0));
          parts.forEach((part, i) => {
            // |part × W − total × w| < W  ⇔  the part is within one đồng of its exact quota
            const error = part.toBigInt() * sum - total * BigInt(weights[i] ?? 0);
            expect(error < 0n ? -error : error).toBeLessThan(sum);
          });
        },
      ),
    );
  });
});

describe('allocate over many parts', () => {
  it('splits over 160 000 parts (spreading their decimal places into Math.max overflowed the stack)', () => {
    const weights = Array.from({ length: 160_000 }, (_, i) => (i % 2 === 0 ? '1' : '1.5'));
    const parts = allocate(Amount.fromDong(400_000), weights);
    expect(parts).toHaveLength(160_000);
    expect(parts.reduce((sum, part) => sum + part.toBigInt(), 0n)).toBe(400_000n);
    expect([parts[0]?.toString(), parts[1]?.toString()]).toEqual(['2', '3']);
  });
});
