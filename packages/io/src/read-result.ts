import type { Finding } from '@egov/core';

/**
 * What a reader returns: a value with the findings met on the way (warnings, information), or a
 * failure whose `error` is the first error finding. It is a `Result<T, Finding>` of `@egov/core`
 * (so `unwrap` works) that also carries every finding. Readers never throw on bad input.
 *
 * One exception to "errors mean failure": a table whose reader set rows aside (`Table.setAsideRows`)
 * is still `ok`, and its findings hold the errors that name those rows. Always show `findings`.
 */
export type ReadResult<T> =
  | { readonly ok: true; readonly value: T; readonly findings: readonly Finding[] }
  | { readonly ok: false; readonly error: Finding; readonly findings: readonly Finding[] };

/**
 * Builds a {@link ReadResult}: a failure when `findings` holds an error, a success otherwise.
 *
 * @param value - The value read (ignored when there is an error finding).
 * @param findings - Findings collected while reading.
 * @returns The result.
 * @example
 * ```ts
 * toReadResult('text', []); // { ok: true, value: 'text', findings: [] }
 * ```
 */
export function toReadResult<T>(value: T, findings: readonly Finding[]): ReadResult<T> {
  const error = findings.find((finding) => finding.severity === 'error');
  if (error !== undefined) return { ok: false, error, findings };
  return { ok: true, value, findings };
}

/**
 * A failed {@link ReadResult} from an error finding and any findings before it.
 *
 * @param error - The error finding.
 * @param before - Findings met earlier.
 * @returns The failure.
 * @example
 * ```ts
 * failRead(finding).ok; // false
 * ```
 */
export function failRead<T>(error: Finding, before: readonly Finding[] = []): ReadResult<T> {
  return { ok: false, error, findings: [...before, error] };
}
