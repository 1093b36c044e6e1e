/** Options of {@link writeJson}. */
export interface WriteJsonOptions {
  /** Spaces of indentation (default 2; 0 for one line). */
  readonly indent?: number;
}

/**
 * Writes a value as JSON text with a final newline (the format developers exchange and diff).
 *
 * @param value - Any JSON-serialisable value (dates become ISO strings).
 * @param options - Indentation.
 * @returns The JSON text.
 * @throws {TypeError} from `JSON.stringify` for a circular value or a bigint (programmer errors).
 * @example
 * ```ts
 * writeJson({ tinh: 'Hà Giang', tongKinhPhi: 15.2 }); // '{\n  "tinh": "Hà Giang",\n  "tongKinhPhi": 15.2\n}\n'
 * ```
 */
export function writeJson(value: unknown, options: WriteJsonOptions = {}): string {
  const indent = options.indent ?? 2;
  // JSON.stringify returns undefined for undefined and functions, despite its declared type.
  const text = JSON.stringify(value, null, indent === 0 ? undefined : indent) as string | undefined;
  return `${text ?? 'null'}\n`;
}
