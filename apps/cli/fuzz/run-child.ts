import { spawn } from 'node:child_process';

/** How a run of the built binary ended. */
export interface ChildRun {
  /** The exit code; null when killed (timeout) or ended by a signal (an out-of-memory abort). */
  readonly code: number | null;
  readonly signal: string | null;
  readonly timedOut: boolean;
  readonly stdout: string;
  readonly stderr: string;
  readonly milliseconds: number;
}

/**
 * Runs `node --max-old-space-size=<heapMb> dist/bin.js <args>` with pipes (not a terminal: no colour may
 * appear) and a time limit. An out-of-memory abort, a hang or a crash shows only in a child process, so
 * the fuzz runs the binary, not the in-process runner.
 *
 * @param bin - The built `dist/bin.js`.
 * @param args - Arguments after `egov`.
 * @param options - Working directory, time limit and heap limit.
 * @returns How it ended and what it wrote.
 * @example
 * ```ts
 * const run = await runChild(binPath, ['check', file, '--json'], { cwd, timeoutMs: 30_000, heapMb: 512 });
 * ```
 */
export function runChild(bin: string, args: readonly string[], options: { readonly cwd: string; readonly timeoutMs: number; readonly heapMb: number }): Promise<ChildRun> {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${String(options.heapMb)}`, bin, ...args], { cwd: options.cwd, env, stdio: 'pipe' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, timedOut, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), milliseconds: performance.now() - started });
    });
    child.stdin.end();
  });
}
