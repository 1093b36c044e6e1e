/** Where the CLI writes and what it knows about its terminal; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colours and progress only then). */
  readonly isTTY: boolean;
  /** Whether stderr is a terminal (the progress bar of `records stats` only then). Default `false`. */
  readonly stderrIsTTY?: boolean;
  /** Standard input, read by commands given `-` as a file (`records stats -`). */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
}

/**
 * The process's own streams and environment.
 *
 * @returns A {@link CliIo} on `process.stdout`, `process.stderr` and `process.env`.
 * @example
 * ```ts
 * const io = processIo();
 * io.stdout('xin chào\n');
 * ```
 */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    isTTY: process.stdout.isTTY,
    stderrIsTTY: process.stderr.isTTY,
    stdin: process.stdin,
  };
}
