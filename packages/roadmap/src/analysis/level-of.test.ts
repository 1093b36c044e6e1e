import { describe, expect, it } from 'vitest';
import { levelOf } from './level-of';

describe('levelOf', () => {
  it.each([
    { level: 2, onlineClass: undefined, expected: 2 },
    { level: 3, onlineClass: 'full' as const, expected: 3 },
    { level: undefined, onlineClass: 'partial' as const, expected: 3 },
    { level: undefined, onlineClass: 'full' as const, expected: 4 },
    { level: undefined, onlineClass: undefined, expected: undefined },
  ])('level $level, class $onlineClass → $expected (Decree 42/2022 Art. 11)', ({ level, onlineClass, expected }) => {
    expect(levelOf(level, onlineClass)).toBe(expected);
  });
});
