import { EgovError } from '../errors/egov-error';
import type { Finding } from '../findings/finding';

/** A success carrying a value. */
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}

/** A failure carrying an error, by default a {@link Finding} that explains it. */
export interface Err<E> {
  readonly ok: false;
  readonly error: E;
}

/** The result of a `safeX()` function: a value or an explained failure, never an exception. */
export type Result<T, E = Finding> = Ok<T> | Err<E>;

/**
 * Wraps a value as a success.
 *
 * @example
 * ```ts
 * ok(42); // { ok: true, value: 42 }
 * ```
 */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/**
 * Wraps an error as a failure.
 *
 * @example
 * ```ts
 * err(finding); // { ok: false, error: finding }
 * ```
 */
export function err<E>(error: E): Err<E> {
  return { ok: false, error };
}

/**
 * Returns the value of a success, or throws an {@link EgovError} for a failure. When the failure is a
 * {@link Finding}, the error's code is the rule id and its message the English message (Vietnamese in
 * parentheses); the finding itself is the error's `cause`.
 *
 * @throws {EgovError} when `result` is a failure.
 * @example
 * ```ts
 * unwrap(ok(1)); // 1
 * ```
 */
export function unwrap<T, E>(result: Result<T, E>): T {
  if (result.ok) return result.value;
  const error = result.error;
  if (isFinding(error)) {
    throw new EgovError({
      code: error.ruleId,
      message: `${error.message.en} (${error.message.vi})`,
      cause: error,
    });
  }
  if (error instanceof Error) throw new EgovError({ code: 'failed', message: error.message, cause: error });
  throw new EgovError({ code: 'failed', message: String(error), cause: error });
}

function isFinding(value: unknown): value is Finding<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    'ruleId' in value &&
    'message' in value &&
    typeof (value as { ruleId: unknown }).ruleId === 'string'
  );
}
