import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OnlineClass } from '../model/online-class';
import type { OnlineLevel } from '../model/online-level';
import { classToLevels } from './class-to-levels';
import { classifyService } from './classify-service';
import { combineClasses } from './combine-classes';
import { effectiveClass } from './effective-class';
import { levelFromFacts } from './level-from-facts';
import { levelToClass } from './level-to-class';
import type { ServiceFacts } from './service-facts';

const factsArbitrary: fc.Arbitrary<ServiceFacts> = fc.record({
  onlineSubmission: fc.boolean(),
  formsDownloadable: fc.boolean(),
  feeApplies: fc.boolean(),
  onlinePayment: fc.boolean(),
  resultReturn: fc.constantFrom('online' as const, 'post' as const, 'in-person' as const),
  presenceRequired: fc.boolean(),
});

describe('levelToClass (Decree 43/2011 → Decree 42/2022)', () => {
  it.each<[OnlineLevel, Parameters<typeof levelToClass>[1], OnlineClass]>([
    [1, {}, 'none'],
    [2, {}, 'none'],
    [3, {}, 'partial'],
    [3, { resultReturn: 'online' }, 'partial'],
    [4, {}, 'full'],
    [4, { level4Default: 'partial' }, 'partial'],
    [4, { resultReturn: 'online' }, 'full'],
    [4, { resultReturn: 'post' }, 'full'],
    [4, { resultReturn: 'in-person' }, 'partial'],
  ])('level %i with %j is %s', (level, options, expected) => {
    expect(levelToClass(level, options)).toBe(expected);
  });

  it('converts back to the compatible levels', () => {
    expect(classToLevels('full')).toEqual([4]);
    expect(classToLevels('partial')).toEqual([3, 4]);
    expect(classToLevels('none')).toEqual([1, 2]);
    for (const level of [1, 2, 3, 4] as const) {
      for (const resultReturn of ['online', 'post', 'in-person'] as const) {
        expect(classToLevels(levelToClass(level, { resultReturn }))).toContain(level);
      }
    }
  });
});

describe('classifyService (Decree 42/2022 Art. 11, Circular 01/2023 Art. 13)', () => {
  const base: ServiceFacts = {
    onlineSubmission: true,
    feeApplies: true,
    onlinePayment: true,
    resultReturn: 'online',
    presenceRequired: false,
  };

  it.each<[string, Partial<ServiceFacts>, OnlineClass, OnlineLevel]>([
    ['everything online', {}, 'full', 4],
    ['result by public post', { resultReturn: 'post' }, 'full', 4],
    ['result handed over in person', { resultReturn: 'in-person' }, 'partial', 4],
    ['fee paid at the counter', { onlinePayment: false }, 'partial', 3],
    ['no fee, no online payment', { feeApplies: false, onlinePayment: false }, 'full', 4],
    ['presence required', { presenceRequired: true }, 'partial', 3],
    ['forms only downloadable', { onlineSubmission: false, formsDownloadable: true }, 'none', 2],
    ['information only', { onlineSubmission: false }, 'none', 1],
  ])('%s: %j → %s, level %i', (_label, change, expectedClass, expectedLevel) => {
    const facts = { ...base, ...change };
    expect(classifyService(facts)).toBe(expectedClass);
    expect(levelFromFacts(facts)).toBe(expectedLevel);
  });

  it('is consistent with the level conversion for every combination of facts', () => {
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        const level = levelFromFacts(facts);
        const onlineClass = classifyService(facts);
        expect(levelToClass(level, { resultReturn: facts.resultReturn })).toBe(onlineClass);
        expect(classToLevels(onlineClass)).toContain(level);
      }),
    );
  });

  it('never classifies a service as full without online payment of an applicable fee', () => {
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        if (facts.feeApplies && !facts.onlinePayment) expect(classifyService(facts)).not.toBe('full');
      }),
    );
  });
});

describe('combineClasses and effectiveClass', () => {
  it('counts a procedure offered both partially and fully as full', () => {
    expect(combineClasses(['partial', 'full'])).toBe('full');
    expect(combineClasses(['full', 'partial', 'none'])).toBe('full');
    expect(combineClasses(['none', 'partial'])).toBe('partial');
    expect(combineClasses([])).toBe('none');
  });

  it('prefers the stated class over the derived one', () => {
    expect(effectiveClass({ onlineLevel: 4, onlineClass: 'partial' })).toBe('partial');
    expect(effectiveClass({ onlineLevel: 3 })).toBe('partial');
    expect(effectiveClass({ onlineLevel: 4 }, { level4Default: 'partial' })).toBe('partial');
    expect(effectiveClass({})).toBeUndefined();
  });
});
