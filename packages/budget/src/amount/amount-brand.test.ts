import { describe, expect, it } from 'vitest';
import { Amount } from './amount';
import { amountBrand, isAmount } from './amount-brand';

describe('isAmount', () => {
  it('recognises amounts, including one made by another copy of the package, and nothing else', () => {
    expect(isAmount(Amount.fromDong(5))).toBe(true);
    // Another copy (the CommonJS build, another version) has another class with the same mark.
    class OtherCopyAmount {
      // eslint-disable-next-line @typescript-eslint/class-literal-property-style -- on the prototype, as Amount has it
      get [Symbol.for('@egov/budget.Amount')](): true {
        return true;
      }
    }
    expect(isAmount(new OtherCopyAmount())).toBe(true);
    expect(amountBrand).toBe(Symbol.for('@egov/budget.Amount'));
    for (const value of [null, undefined, 5, '5', 5n, {}, { toString: () => '5' }]) expect(isAmount(value)).toBe(false);
  });

  it('keeps the mark off the instance (no own property to compare or serialise)', () => {
    const amount = Amount.fromDong(5);
    expect(Object.getOwnPropertySymbols(amount)).toEqual([]);
    expect(Object.isFrozen(amount)).toBe(true);
  });
});
