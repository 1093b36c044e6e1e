import type { Language } from '@egov/core';
import type { CliIo } from './output/cli-io';
import { printable } from './output/printable';
import { createStyle, type Style } from './output/style';

/** Output format chosen by the user. */
export type OutputFormat = 'text' | 'json' | 'sarif';

/** Global options every command reads. */
export interface GlobalOptions {
  readonly lang: Language;
  readonly format: OutputFormat;
  readonly quiet: boolean;
}

/** What a command runs with: streams, style and global options. */
export interface CommandContext extends GlobalOptions {
  readonly io: CliIo;
  readonly style: Style;
  /** Prints a line of text output unless `--quiet`. */
  readonly say: (text: string) => void;
}

/** Thrown for usage and input errors: exit code 2 with the message on stderr. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Builds a command's context from the parsed global options.
 *
 * @param io - Streams and environment.
 * @param options - The global options as commander parsed them.
 * @param noFindings - For a command that reports no findings (`roadmap schema`, `budget words`…): its
 *   name, so `--format sarif` is refused with a message that says why instead of printing an empty log.
 * @returns The context.
 * @throws {UsageError} for an unknown language or format, or `--format sarif` on a command without findings.
 * @example
 * ```ts
 * const context = commandContext(io, { lang: 'en', format: 'text', json: false, quiet: false });
 * commandContext(io, { format: 'sarif' }, 'roadmap schema'); // throws UsageError
 * ```
 */
export function commandContext(
  io: CliIo,
  options: { lang?: string; format?: string; json?: boolean; quiet?: boolean },
  noFindings?: string,
): CommandContext {
  const lang = options.lang ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang must be vi or en, found "${lang}"`);
  const format = options.json === true ? 'json' : (options.format ?? 'text');
  if (format !== 'text' && format !== 'json' && format !== 'sarif') {
    throw new UsageError(`--format must be text, json or sarif, found "${format}"`);
  }
  if (format === 'sarif' && noFindings !== undefined) {
    throw new UsageError(`--format sarif is for findings about files; "egov ${noFindings}" reports none (use --json or text)`);
  }
  const quiet = options.quiet === true;
  // Text output shows user data (cells, names) on a terminal: control characters in it are made visible
  // instead of obeyed. JSON and SARIF escape them already, and must keep the data exact.
  const safeStdout = (text: string): void => {
    io.stdout(printable(text));
  };
  const out: CliIo = format === 'text' ? { ...io, stdout: safeStdout } : io;
  return {
    io: out,
    lang,
    format,
    quiet,
    style: createStyle(io),
    say: (text) => {
      if (!quiet) out.stdout(text.endsWith('\n') ? text : `${text}\n`);
    },
  };
}
