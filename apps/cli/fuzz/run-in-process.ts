import { runCli } from '../src/run-cli';
import type { ChildRun } from './run-child';

/**
 * Runs the CLI in this process (`runCli` with captured streams, not a terminal) with a time limit on
 * its promise: many times faster than a child process, and it sees every exception `runCli` turns into
 * an exit code. An out-of-memory abort or a synchronous hang it cannot see (the child process mode can).
 *
 * @param args - Arguments after `egov`.
 * @param timeoutMs - How long to wait for the exit code.
 * @returns How it ended, in the shape of a child run (`signal` always null).
 * @example
 * ```ts
 * const run = await runInProcess(['check', file, '--json'], 30_000);
 * ```
 */
export async function runInProcess(args: readonly string[], timeoutMs: number): Promise<ChildRun> {
  let stdout = '';
  let stderr = '';
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => {
      resolve('timeout');
    }, timeoutMs);
  });
  const code = await Promise.race([runCli(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: {}, isTTY: false }), timeout]);
  clearTimeout(timer);
  return { code: code === 'timeout' ? null : code, signal: null, timedOut: code === 'timeout', stdout, stderr, milliseconds: performance.now() - started };
}
