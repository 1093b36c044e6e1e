import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { egdi } from '../frameworks/egdi';
import { ictIndex2016 } from '../frameworks/ict-index-2016';
import { looksLikeIndexTable } from './from-rows';

const headersOf = (path: string): string[] =>
  (readFileSync(new URL(`../../../../examples/${path}`, import.meta.url), 'utf8').split('\n')[0] ?? '').split(',');

describe('looksLikeIndexTable', () => {
  it('recognises the long layout of Lào Cai and the wide layout of the synthetic 63 provinces', () => {
    expect(looksLikeIndexTable(headersOf('laocai-2018-ictindex-plan/indicators.csv'), ictIndex2016)).toBe(true);
    expect(looksLikeIndexTable(headersOf('synthetic-ictindex-63/synthetic-ictindex-63.csv'), ictIndex2016)).toBe(true);
    expect(looksLikeIndexTable(['Tỉnh', 'Năm', 'Tỷ lệ điện thoại cố định/100 dân'], ictIndex2016)).toBe(true);
  });

  it('leaves budget, catalogue, rank and target tables alone, and needs a unit column', () => {
    expect(looksLikeIndexTable(headersOf('hagiang-2013-roadmap/budget.csv'), ictIndex2016)).toBe(false);
    expect(looksLikeIndexTable(headersOf('today-2026-catalogue/catalogue.csv'), ictIndex2016)).toBe(false);
    expect(looksLikeIndexTable(headersOf('laocai-2018-ictindex-plan/ictindex-ranks.csv'), ictIndex2016)).toBe(false);
    expect(looksLikeIndexTable(['indicator', 'value'], ictIndex2016)).toBe(false);
    expect(looksLikeIndexTable(['Tỉnh', 'Năm', 'fixed-telephones'], egdi)).toBe(false);
  });
});
