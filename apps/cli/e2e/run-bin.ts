import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The built binary the tests run, `apps/cli/dist/bin.js`.
 *
 * @example
 * ```ts
 * existsSync(binPath);
 * ```
 */
export const binPath: string = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

/**
 * The repository root, the working directory of every run (so SARIF URIs read `examples/…`).
 *
 * @example
 * ```ts
 * join(repoRoot, 'examples');
 * ```
 */
export const repoRoot: string = fileURLToPath(new URL('../../../', import.meta.url));

/** What a run of the binary gave. */
export interface BinResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link runBin}. */
export interface RunBinOptions {
  /** Extra environment; `FORCE_COLOR` and `NO_COLOR` are removed from the inherited one first. */
  readonly env?: Readonly<Record<string, string>>;
  /** Bytes or text written to stdin, then closed. */
  readonly input?: string | Uint8Array;
  readonly cwd?: string;
}

/**
 * Spawns `node dist/bin.js <args>` with pipes (so stdout and stderr are not terminals) and collects its
 * exit code and output.
 *
 * @param args - Arguments after `egov`.
 * @param options - Environment, stdin, working directory (default: the repository root).
 * @returns The exit code and output as UTF-8 text.
 * @example
 * ```ts
 * const { code, stdout } = await runBin(['check', 'examples/thaibinh-2013-roadmap']);
 * ```
 */
export function runBin(args: readonly string[], options: RunBinOptions = {}): Promise<BinResult> {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], { cwd: options.cwd ?? repoRoot, env: { ...env, ...options.env }, stdio: 'pipe' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.end(options.input ?? '');
  });
}
