import { validateRoadmap, type ValidationResult } from '@egov/roadmap';

/** Results by parsed document: the same document is checked (`egov check`) and then reported on. */
const results = new WeakMap<object, ValidationResult>();

/**
 * `validateRoadmap` with the default configuration, once per parsed document: `egov report` checks every
 * file and then projects each roadmap, and a 100 000-entry roadmap takes seconds to validate.
 *
 * @param data - A parsed YAML or JSON document (never modified by the CLI once read).
 * @returns The validation result, the same object for the same document.
 * @example
 * ```ts
 * validatedRoadmap(input.data) === validatedRoadmap(input.data); // true for an object document
 * ```
 */
export function validatedRoadmap(data: unknown): ValidationResult {
  if (typeof data !== 'object' || data === null) return validateRoadmap(data);
  let result = results.get(data);
  if (result === undefined) {
    result = validateRoadmap(data);
    results.set(data, result);
  }
  return result;
}
