import { describe, expect, it } from 'vitest';
import { computeIndex } from '../engine/compute-index';
import { classifyBand } from '../engine/classify-band';
import { frameworkSchema } from '../framework/framework';
import { egdi } from './egdi';

describe('egdi', () => {
  it('is valid data with OSI, TII and HCI', () => {
    expect(frameworkSchema.parse(egdi)).toEqual(egdi);
    expect(egdi.root.children?.map((node) => node.id)).toEqual(['osi', 'tii', 'hci']);
  });

  it.each([
    [1, 'very-high'],
    [0.75, 'very-high'],
    [0.7499, 'high'],
    [0.5, 'high'],
    [0.4999, 'middle'],
    [0.25, 'middle'],
    [0.2499, 'low'],
    [0, 'low'],
  ])('classifies %d as %s (inclusive lower bounds)', (score, band) => {
    expect(classifyBand(egdi, score)?.id).toBe(band);
  });

  it('has no band below 0 or without bands', () => {
    expect(classifyBand(egdi, -0.1)).toBeUndefined();
    expect(classifyBand({ ...egdi, bands: undefined }, 0.9)).toBeUndefined();
  });

  it('z-scores indicators, rescales components min–max and caps TII values at 120', () => {
    const row = (osi: number, tii: number, hci: number) => ({
      osi,
      'internet-users': tii,
      'mobile-subscriptions': tii,
      'mobile-broadband': tii,
      'fixed-broadband': tii,
      'adult-literacy': hci,
      'gross-enrolment': hci,
      'expected-schooling': hci,
      'mean-schooling': hci,
    });
    const result = computeIndex(egdi, {
      year: 2024,
      values: { a: row(0.2, 40, 50), b: row(0.6, 120, 100), c: row(1, 150, 70) },
    });
    // TII: b and c are both capped at 120, so they tie at the top.
    expect(result.score('tii', 'a')).toBe(0);
    expect(result.score('tii', 'b')).toBe(1);
    expect(result.score('tii', 'c')).toBe(1);
    expect(result.score('osi', 'b')).toBeCloseTo(0.5, 12);
    // HCI: 50, 100, 70 → z-scores are affine in x, so min–max gives 0, 1, 0.4
    expect(result.score('hci', 'c')).toBeCloseTo(0.4, 12);
    expect(result.score('egdi', 'b')).toBeCloseTo((0.5 + 1 + 1) / 3, 12);
    expect(result.score('egdi', 'c')).toBeCloseTo((1 + 1 + 0.4) / 3, 12);
    expect(classifyBand(egdi, result.score('egdi', 'c') ?? 0)?.id).toBe('very-high');
    expect(result.rank('tii', 'b')).toBe(1);
    expect(result.rank('tii', 'c')).toBe(1);
    expect(result.rank('egdi', 'a')).toBe(3);
  });
});
