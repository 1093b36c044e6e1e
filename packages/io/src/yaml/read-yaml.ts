import type { Finding } from '@egov/core';
import { parseDocument, type YAMLError, type YAMLWarning } from 'yaml';
import { decodeText } from '../encoding/decode-text';
import { ioFinding, locationOf } from '../io-finding';
import { ioRules } from '../io-rules';
import { resolveLimits, type IoLimits } from '../limits';
import { failRead, toReadResult, type ReadResult } from '../read-result';
import { tooDeepFinding } from '../json/too-deep-finding';
import { scanYamlDepth } from './scan-yaml-depth';

/** Options of {@link readYaml}. */
export interface ReadYamlOptions {
  /** File name for findings. */
  readonly file?: string;
  /** Limits over {@link defaultLimits} (`maxBytes` and `maxDepth` apply). */
  readonly limits?: Partial<IoLimits>;
  /** Largest number of alias expansions, against "billion laughs" documents (default 100). */
  readonly maxAliasCount?: number;
}

/**
 * Reads a YAML document (YAML 1.2 core schema, so `yes`/`no` stay strings and dates stay strings) with
 * the `yaml` package. Syntax errors and duplicate keys become `io/yaml-syntax` error findings with the
 * line and column (column in `location.column` as a number string), warnings `io/yaml-warning`.
 *
 * @param input - Bytes or text.
 * @param options - File name, size limit, alias limit.
 * @returns The parsed value (not validated: use the domain's zod schema next), or a failure.
 * @throws {EgovError} `invalid-argument` for an invalid limit.
 * @example
 * ```ts
 * const result = readYaml('tinh: Thái Bình\nkinhPhi:\n  - nam: 2014\n    ty: 2.2\n');
 * result.ok && result.value; // { tinh: 'Thái Bình', kinhPhi: [{ nam: 2014, ty: 2.2 }] }
 * ```
 */
export function readYaml(input: Uint8Array | string, options: ReadYamlOptions = {}): ReadResult<unknown> {
  const { file } = options;
  const limits = resolveLimits(options.limits);
  const decoded = decodeText(input, { ...(file === undefined ? {} : { file }), maxBytes: limits.maxBytes });
  if (!decoded.ok) return decoded;
  // Nesting is bounded before the parser sees the text: the parser, `toJS` and every later walk recurse.
  const scanned = !decoded.value.includes('\n') && decoded.value.includes('\r') ? decoded.value.replace(/\r/g, '\n') : decoded.value;
  const deep = scanYamlDepth(scanned, limits.maxDepth);
  if (deep !== undefined) return failRead(tooDeepFinding(deep, limits.maxDepth, file), decoded.findings);
  const document = parseDocument(decoded.value, { prettyErrors: true, uniqueKeys: true });
  const findings: Finding[] = [...decoded.findings];
  for (const error of document.errors) findings.push(yamlFinding(error, 'error', file));
  for (const warning of document.warnings) findings.push(yamlFinding(warning, 'warning', file));
  if (document.errors.length > 0) return toReadResult(undefined, findings);
  try {
    return toReadResult(document.toJS({ maxAliasCount: options.maxAliasCount ?? 100 }) as unknown, findings);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failRead(
      ioFinding({
        ruleId: ioRules.yamlSyntax,
        severity: 'error',
        vi: `YAML không đọc được: ${message}`,
        en: `YAML cannot be read: ${message}`,
        location: locationOf(file),
        data: { message },
      }),
      findings,
    );
  }
}

function yamlFinding(problem: YAMLError | YAMLWarning, severity: 'error' | 'warning', file: string | undefined): Finding {
  const start = problem.linePos?.[0];
  const message = problem.message.split('\n')[0] ?? problem.message;
  const where = start === undefined ? '' : ` (dòng ${start.line}, cột ${start.col})`;
  const whereEn = start === undefined ? '' : ` (line ${start.line}, column ${start.col})`;
  return ioFinding({
    ruleId: severity === 'error' ? ioRules.yamlSyntax : ioRules.yamlWarning,
    severity,
    vi: `YAML ${severity === 'error' ? 'không hợp lệ' : 'cần xem lại'}${where}: ${message}`,
    en: `YAML ${severity === 'error' ? 'error' : 'warning'}${whereEn}: ${message}`,
    location: locationOf(file, undefined, start?.line, start === undefined ? undefined : String(start.col)),
    data: { code: problem.code, message, ...(start === undefined ? {} : { line: start.line, column: start.col }) },
  });
}
