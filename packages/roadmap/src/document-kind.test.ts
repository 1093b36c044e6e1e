import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { documentKind } from './document-kind';

const example = (path: string): unknown => parse(readFileSync(new URL(`../../../examples/${path}`, import.meta.url), 'utf8'));

describe('documentKind', () => {
  it('recognises the bundled roadmaps and plans', () => {
    expect(documentKind(example('thaibinh-2013-roadmap/roadmap.yaml'))).toBe('roadmap');
    expect(documentKind(example('hagiang-2013-roadmap/roadmap.yaml'))).toBe('roadmap');
    expect(documentKind(example('langson-2019-it-plan/plan.yaml'))).toBe('plan');
    expect(documentKind(example('bacgiang-2015-action-plan/plan.yaml'))).toBe('plan');
    expect(documentKind(example('laocai-2018-ictindex-plan/plan.yaml'))).toBe('plan');
  });

  it('keeps a broken roadmap a roadmap, and leaves other documents alone', () => {
    expect(documentKind({ entries: 'not a list' })).toBe('roadmap');
    expect(documentKind({ document: {}, notes: [] })).toBeUndefined();
    expect(documentKind({ rules: { 'roadmap/level-down': 'off' } })).toBeUndefined();
    expect(documentKind([{ entries: [] }])).toBeUndefined();
    expect(documentKind(null)).toBeUndefined();
  });
});
