import packageJson from '../package.json' with { type: 'json' };

/**
 * The version of `@egov/cli`.
 *
 * @example
 * ```ts
 * cliVersion; // "0.1.0"
 * ```
 */
export const cliVersion: string = packageJson.version;
