import type { Language } from '@egov/core';
import type { CliIo } from './output/cli-io';
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
 * @throws {UsageError} for an unknown language or format.
 * @example
 * ```ts
 * const context = commandContext(io, { lang: 'en', format: 'text', json: false, quiet: false });
 * ```
 */
export function commandContext(
  io: CliIo,
  options: { lang?: string; format?: string; json?: boolean; quiet?: boolean },
): CommandContext {
  const lang = options.lang ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang must be vi or en, found "${lang}"`);
  const format = options.json === true ? 'json' : (options.format ?? 'text');
  if (format !== 'text' && format !== 'json' && format !== 'sarif') {
    throw new UsageError(`--format must be text, json or sarif, found "${format}"`);
  }
  const quiet = options.quiet === true;
  return {
    io,
    lang,
    format,
    quiet,
    style: createStyle(io),
    say: (text) => {
      if (!quiet) io.stdout(text.endsWith('\n') ? text : `${text}\n`);
    },
  };
}
