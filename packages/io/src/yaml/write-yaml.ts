import { stringify } from 'yaml';

/**
 * Writes a value as a YAML document (YAML 1.2, block style, long lines not folded so Vietnamese text
 * stays greppable). Strings that would read back as another type (`"yes"`, `"1.409"`, `"null"`) are
 * quoted, so {@link readYaml} returns the same value.
 *
 * @param value - Any JSON-like value.
 * @returns The YAML text.
 * @example
 * ```ts
 * writeYaml({ tinh: 'Lạng Sơn', ma: '001' }); // "tinh: Lạng Sơn\nma: \"001\"\n"
 * ```
 */
export function writeYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0, minContentWidth: 0 });
}
