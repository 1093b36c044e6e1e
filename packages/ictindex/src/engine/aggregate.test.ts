import { describe, expect, it } from 'vitest';
import { aggregate } from './aggregate';

describe('aggregate', () => {
  it('weighted arithmetic mean: the published ICT-Index checks', () => {
    expect(aggregate([0.7925, 0.9538, 0.85], [1, 1, 1], { kind: 'arithmetic' })).toBeCloseTo(0.8654333333, 9);
    expect(aggregate([0.7908, 0.7892, 0.9655], [1, 1, 1], { kind: 'arithmetic' })).toBeCloseTo(0.8485, 9);
    // EGDI HCI weights 1/3, 2/9, 2/9, 2/9 given as 3:2:2:2
    expect(aggregate([0.9, 0.6, 0.3, 0.0], [3, 2, 2, 2], { kind: 'arithmetic' })).toBeCloseTo(0.3 + (2 / 9) * 0.9, 12);
  });

  it('weighted geometric mean', () => {
    expect(aggregate([1, 4], [1, 1], { kind: 'geometric' })).toBeCloseTo(2, 12);
    expect(aggregate([8, 1], [2, 1], { kind: 'geometric' })).toBeCloseTo(4, 12);
    expect(aggregate([0, 5], [1, 1], { kind: 'geometric' })).toBe(0);
  });

  it('weighted harmonic mean', () => {
    expect(aggregate([1, 4], [1, 1], { kind: 'harmonic' })).toBeCloseTo(1.6, 12);
    expect(aggregate([2, 6], [1, 3], { kind: 'harmonic' })).toBeCloseTo(1 / (0.25 / 2 + 0.75 / 6), 12);
    expect(aggregate([0, 5], [1, 1], { kind: 'harmonic' })).toBe(0);
  });

  it('generalised (power) mean', () => {
    // quadratic mean of 3 and 4: √((9 + 16)/2)
    expect(aggregate([3, 4], [1, 1], { kind: 'power-mean', power: 2 })).toBeCloseTo(Math.sqrt(12.5), 12);
    expect(aggregate([1, 4], [1, 1], { kind: 'power-mean', power: 0 })).toBeCloseTo(2, 12);
    expect(aggregate([1, 4], [1, 1], { kind: 'power-mean', power: -1 })).toBeCloseTo(1.6, 12);
    expect(aggregate([1, 4], [1, 1], { kind: 'power-mean', power: 1 })).toBeCloseTo(2.5, 12);
  });

  it('skips missing values and renormalises the weights', () => {
    expect(aggregate([1, null, 4], [1, 5, 1], { kind: 'harmonic' })).toBeCloseTo(1.6, 12);
    expect(aggregate([0.5, null], [1, 3], { kind: 'arithmetic' })).toBe(0.5);
    expect(aggregate([null, null], [1, 1], { kind: 'arithmetic' })).toBeNull();
  });

  it('returns null when the mean is undefined for the values', () => {
    expect(aggregate([-1, 4], [1, 1], { kind: 'geometric' })).toBeNull();
    expect(aggregate([-1, 4], [1, 1], { kind: 'arithmetic' })).toBe(1.5);
  });

  it('throws on mismatched lengths', () => {
    expect(() => aggregate([1, 2], [1], { kind: 'arithmetic' })).toThrow(/Expected 2 weights/);
  });
});
