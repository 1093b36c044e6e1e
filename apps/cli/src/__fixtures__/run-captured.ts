import type { CliIo } from '../output/cli-io';
import { runCli } from '../run-cli';

/**
 * Runs the CLI in-process with captured output, for tests.
 *
 * @param args - Arguments after `egov`.
 * @param env - Environment (none by default: no colours).
 * @param stdin - Standard input as text chunks, for commands reading `-`.
 * @returns The exit code and what was written to stdout and stderr.
 * @example
 * ```ts
 * const { code, stdout } = await runCaptured(['budget', 'words', '6000000000']);
 * ```
 */
export async function runCaptured(
  args: readonly string[],
  env: Record<string, string> = {},
  stdin: readonly string[] = [],
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env, isTTY: false, stdin: chunks(stdin) };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

async function* chunks(texts: readonly string[]): AsyncIterable<Uint8Array> {
  await Promise.resolve();
  for (const text of texts) yield new TextEncoder().encode(text);
}
