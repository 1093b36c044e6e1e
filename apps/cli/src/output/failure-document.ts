import type { CliFailure } from './cli-failure';
import { toSarif } from './sarif';

/**
 * The stdout document of a command that could not finish, in the machine format asked for: JSON
 * `{ "error": { kind, exitCode, message, file? } }`, or a SARIF log with no results whose run is
 * unsuccessful and carries the message as a tool notification (placed at the file when there is one), so a
 * CI job uploading the log still sees why.
 *
 * @param format - `json` or `sarif`.
 * @param failure - What went wrong.
 * @param version - The CLI's version (SARIF's tool driver).
 * @param cwd - The directory SARIF URIs are relative to.
 * @returns The document, ending with a newline.
 * @example
 * ```ts
 * failureDocument('json', { kind: 'usage', exitCode: 2, message: 'unknown --kind "poem"' }, '0.1.0', process.cwd());
 * // '{\n  "error": {\n    "kind": "usage", …'
 * ```
 */
export function failureDocument(format: 'json' | 'sarif', failure: CliFailure, version: string, cwd: string): string {
  const { kind, exitCode, message, file } = failure;
  if (format === 'json') return JSON.stringify({ error: { kind, exitCode, message, ...(file === undefined ? {} : { file }) } }, null, 2) + '\n';
  const sarif = toSarif([], 'en', version, cwd, {
    executionSuccessful: false,
    exitCode,
    notifications: [{ level: 'error', id: `egov/${kind}-error`, message, ...(file === undefined ? {} : { file }) }],
  });
  return JSON.stringify(sarif, null, 2) + '\n';
}

/**
 * The stdout document of `--help` or `--version` in a machine format: JSON `{ "help": text }` or
 * `{ "version": "0.1.0" }`, or a successful SARIF log with the text as a note.
 *
 * @param format - `json` or `sarif`.
 * @param what - `help` or `version`.
 * @param text - What commander printed.
 * @param version - The CLI's version.
 * @param cwd - The directory SARIF URIs are relative to.
 * @returns The document, ending with a newline.
 * @example
 * ```ts
 * infoDocument('json', 'version', '0.1.0\n', '0.1.0', process.cwd()); // '{\n  "version": "0.1.0"\n}\n'
 * ```
 */
export function infoDocument(format: 'json' | 'sarif', what: 'help' | 'version', text: string, version: string, cwd: string): string {
  const value = what === 'version' ? version : text;
  if (format === 'json') return JSON.stringify({ [what]: value }, null, 2) + '\n';
  const sarif = toSarif([], 'en', version, cwd, { executionSuccessful: true, exitCode: 0, notifications: [{ level: 'note', id: `egov/${what}`, message: value }] });
  return JSON.stringify(sarif, null, 2) + '\n';
}
