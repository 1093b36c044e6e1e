import { CommanderError } from 'commander';
import { UsageError } from '../context';

/**
 * Why a command could not finish: `usage` (an unknown option, kind or unit, a table that is not what the
 * command reads), `input` (a file or folder the system refused: missing, not permitted, not a folder), or
 * `internal` (a bug in egov: anything else thrown).
 */
export type FailureKind = 'usage' | 'input' | 'internal';

/** A command that could not finish, as every output format reports it. */
export interface CliFailure {
  readonly kind: FailureKind;
  /** 2 for usage and input, 70 (EX_SOFTWARE) for a bug. */
  readonly exitCode: 2 | 70;
  /** One line for the user: what went wrong and, for a bug, what to do. */
  readonly message: string;
  /** The file the failure is about, when one is known. */
  readonly file?: string;
  /** The stack of an internal error, for the report the user is asked to send (stderr and JSON only). */
  readonly stack?: string;
}

/** Where a user reports a bug; printed with every internal error. */
export const bugReportHint =
  'This is a bug in egov, not a problem with your files: please report it (the command you ran, the file if you can share it, and this message) on the issue tracker of @egov/cli.';

/** A Node system error (`ENOENT`, `EACCES`, `EISDIR`…): the file system refused a path the user gave. */
function systemError(error: unknown): (Error & { code: string; path?: string }) | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, syscall } = error as { code?: unknown; syscall?: unknown };
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) && typeof syscall === 'string' ? (error as Error & { code: string; path?: string }) : undefined;
}

/**
 * Turns anything a command threw into the failure the user sees, whatever the output format: a usage error
 * (exit 2), a file system refusal (exit 2, naming the path), or an internal error (exit 70, asking for a
 * bug report). This is the one place that decides the exit code of a failure.
 *
 * @param error - What was thrown.
 * @returns The failure.
 * @example
 * ```ts
 * classifyFailure(new UsageError('unknown --kind "poem"')); // { kind: 'usage', exitCode: 2, … }
 * classifyFailure(new TypeError('x is undefined')).exitCode; // 70
 * ```
 */
export function classifyFailure(error: unknown): CliFailure {
  if (error instanceof UsageError) return { kind: 'usage', exitCode: 2, message: error.message, ...(error.file === undefined ? {} : { file: error.file }) };
  if (error instanceof CommanderError) return { kind: 'usage', exitCode: 2, message: error.message.replace(/^error: /, '') };
  const system = systemError(error);
  if (system !== undefined) {
    return { kind: 'input', exitCode: 2, message: `cannot use ${system.path ?? 'a path'}: ${system.message}`, ...(system.path === undefined ? {} : { file: system.path }) };
  }
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    kind: 'internal',
    exitCode: 70,
    message: `internal error: ${text}. ${bugReportHint}`,
    ...(error instanceof Error && error.stack !== undefined ? { stack: error.stack } : {}),
  };
}
