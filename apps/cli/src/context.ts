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
  /** Streams for everything that may carry user data: control characters in it are shown, not obeyed. */
  readonly io: CliIo;
  /**
   * The streams as they are, for the progress bar only: it writes its own carriage returns and line
   * erases, and never any user data.
   */
  readonly terminal: CliIo;
  readonly style: Style;
  /** Prints a line of text output unless `--quiet`. */
  readonly say: (text: string) => void;
}

/**
 * Thrown for usage and input errors: exit code 2, the message on stderr, and in the format asked for on
 * stdout (a JSON `error`, a SARIF notification placed at `file`).
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** The file the error is about, when there is one (SARIF places the notification there). */
  readonly file: string | undefined;
  constructor(message: string, options: { readonly file?: string } = {}) {
    super(message);
    this.file = options.file;
  }
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
  const style = createStyle(io);
  // Text output and messages show user data (cells, names, file names): control characters in it are made
  // visible instead of obeyed, here on the way out, whatever message carries them. Only the style's own
  // colour sequences pass. JSON and SARIF escape them already, and must keep the data exact.
  const out: CliIo = {
    ...io,
    stdout:
      format === 'text'
        ? (text) => {
            io.stdout(printable(text, style.escapes));
          }
        : io.stdout,
    stderr: (text) => {
      io.stderr(printable(text));
    },
  };
  return {
    io: out,
    terminal: io,
    lang,
    format,
    quiet,
    style,
    say: (text) => {
      if (!quiet) out.stdout(text.endsWith('\n') ? text : `${text}\n`);
    },
  };
}
