import { decodeText } from '../encoding/decode-text';
import { ioFinding, locationOf } from '../io-finding';
import { ioRules } from '../io-rules';
import { findJsonError } from './find-json-error';
import { scanJsonDepth } from './scan-json-depth';
import { tooDeepFinding } from './too-deep-finding';
import { resolveLimits, type IoLimits } from '../limits';
import { failRead, type ReadResult } from '../read-result';

/** Options of {@link readJson}. */
export interface ReadJsonOptions {
  /** File name for findings. */
  readonly file?: string;
  /** Limits over {@link defaultLimits} (`maxBytes` and `maxDepth` apply). */
  readonly limits?: Partial<IoLimits>;
}

/**
 * Reads a JSON document (UTF-8 bytes with or without BOM, or text). A syntax error becomes an
 * `io/json-syntax` finding with the line and column of the first error (found by a small scanner, so
 * every JavaScript engine gives the same position); legacy encodings are reported as by {@link decodeText}.
 *
 * @param input - Bytes or text.
 * @param options - File name, size limit.
 * @returns The parsed value (not validated: use the domain's zod schema next), or a failure.
 * @throws {EgovError} `invalid-argument` for an invalid limit.
 * @example
 * ```ts
 * const result = readJson('{"tinh": "Lào Cai", "nam": 2018}');
 * result.ok && result.value; // { tinh: 'Lào Cai', nam: 2018 }
 * readJson('{"tinh": }'); // { ok: false, error: { ruleId: 'io/json-syntax', location: { row: 1, column: '10' }, … } }
 * ```
 */
export function readJson(input: Uint8Array | string, options: ReadJsonOptions = {}): ReadResult<unknown> {
  const { file } = options;
  const limits = resolveLimits(options.limits);
  const decoded = decodeText(input, { ...(file === undefined ? {} : { file }), maxBytes: limits.maxBytes });
  if (!decoded.ok) return decoded;
  const text = decoded.value;
  const deep = scanJsonDepth(text, limits.maxDepth);
  if (deep !== undefined) return failRead(tooDeepFinding(deep, limits.maxDepth, file), decoded.findings);
  try {
    return { ok: true, value: JSON.parse(text) as unknown, findings: decoded.findings };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = syntaxErrorPosition(message, text);
    return failRead(
      ioFinding({
        ruleId: ioRules.jsonSyntax,
        severity: 'error',
        vi: `JSON không hợp lệ${position === undefined ? '' : ` ở dòng ${position.line}, cột ${position.column}`}: ${message}`,
        en: `Invalid JSON${position === undefined ? '' : ` at line ${position.line}, column ${position.column}`}: ${message}`,
        location: locationOf(file, undefined, position?.line, position === undefined ? undefined : String(position.column)),
        data: position === undefined ? { message } : { message, line: position.line, column: position.column },
      }),
      decoded.findings,
    );
  }
}

function syntaxErrorPosition(message: string, text: string): { line: number; column: number } | undefined {
  let offset = findJsonError(text);
  if (offset < 0) {
    // The scanner accepted what the engine refused (e.g. nesting too deep): trust the engine's position.
    const position = /position (\d+)/.exec(message);
    if (position === null) return undefined;
    offset = Number(position[1]);
  }
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
