import { expectTypeOf, it } from 'vitest';
import type { Finding } from '../findings/finding';
import { err, ok, type Result } from './result';

it('narrows a result on `ok`', () => {
  const result: Result<number> = Math.random() > 0.5 ? ok(1) : err({} as Finding);
  if (result.ok) expectTypeOf(result.value).toEqualTypeOf<number>();
  else expectTypeOf(result.error).toEqualTypeOf<Finding>();
});

it('keeps the error type of err()', () => {
  expectTypeOf(err('x')).toEqualTypeOf<{ readonly ok: false; readonly error: string }>();
  expectTypeOf(ok(1).value).toBeNumber();
});
