const marker = 'egov.error';
const symbol = Symbol.for(marker);

/** Options for constructing an {@link EgovError}. */
export interface EgovErrorOptions {
  /** Stable, machine-readable error code, kebab-case, e.g. `"invalid-input"`. */
  readonly code: string;
  /** Human-readable message: what was expected and what was found. */
  readonly message: string;
  /** The underlying error or value, if any. */
  readonly cause?: unknown;
}

/**
 * Base class of every error thrown by `@egov/*` packages.
 *
 * Errors are for programmer mistakes and unrecoverable input; expected problems in user data are
 * returned as {@link Finding}s instead. Use {@link EgovError.isInstance} rather than `instanceof`: it
 * works across realms and across duplicated copies of the package (it checks a `Symbol.for` marker).
 *
 * @example
 * ```ts
 * try {
 *   throw new EgovError({ code: 'invalid-input', message: 'Expected a date, found "abc"' });
 * } catch (error) {
 *   if (EgovError.isInstance(error)) console.log(error.code); // "invalid-input"
 * }
 * ```
 */
export class EgovError extends Error {
  private readonly [symbol] = true;

  /** Stable, machine-readable error code. */
  readonly code: string;

  constructor({ code, message, cause }: EgovErrorOptions) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'EgovError';
    this.code = code;
  }

  /**
   * Whether `error` is an {@link EgovError} (of any `@egov` package copy or realm).
   *
   * @param error - Any value, typically from a `catch` clause.
   * @returns `true` when the value carries the `@egov` error marker.
   * @example
   * ```ts
   * EgovError.isInstance(new EgovError({ code: 'x', message: 'y' })); // true
   * EgovError.isInstance(new Error('y')); // false
   * ```
   */
  static isInstance(error: unknown): error is EgovError {
    return EgovError.hasMarker(error, marker);
  }

  /**
   * Whether `error` carries the `Symbol.for(markerName)` marker; subclasses use this to implement
   * their own `isInstance`.
   *
   * @param error - Any value.
   * @param markerName - The marker name a subclass registers, e.g. `"egov.error.invalid-input"`.
   * @returns `true` when the marker property is present and `true`.
   * @example
   * ```ts
   * EgovError.hasMarker(new EgovError({ code: 'x', message: 'y' }), 'egov.error'); // true
   * ```
   */
  static hasMarker(error: unknown, markerName: string): boolean {
    const markerSymbol = Symbol.for(markerName);
    return (
      error != null &&
      typeof error === 'object' &&
      markerSymbol in error &&
      (error as Record<symbol, unknown>)[markerSymbol] === true
    );
  }
}
