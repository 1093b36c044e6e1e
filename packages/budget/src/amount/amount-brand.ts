import type { Amount } from './amount';

/**
 * The mark every {@link Amount} carries on its prototype. `Symbol.for` gives one symbol per realm, so an
 * `Amount` made by another copy of the package (its CommonJS build, another version) is recognised too, and
 * code that only needs to recognise an amount does not load the class (nor decimal.js).
 */
export const amountBrand: unique symbol = Symbol.for('@egov/budget.Amount');

/** Whether `value` is an {@link Amount} of any copy of the package. */
export function isAmount(value: unknown): value is Amount {
  return typeof value === 'object' && value !== null && (value as { [amountBrand]?: unknown })[amountBrand] === true;
}
