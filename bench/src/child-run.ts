import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** One run of a child process, with its peak memory and CPU time. */
export interface ChildRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly wallSeconds: number;
  /** User + system CPU seconds, from `/usr/bin/time -v` (or NaN without it). */
  readonly cpuSeconds: number;
  /** Peak resident set size in MB, from `/usr/bin/time -v` (or NaN without it). */
  readonly peakMb: number;
}

const gnuTime = '/usr/bin/time';

/**
 * Runs a command to completion, under GNU `time -v` when it is installed, and reads its peak RSS and CPU time.
 *
 * @param command - Executable.
 * @param args - Arguments.
 * @returns The run.
 */
export function runChild(command: string, args: readonly string[]): ChildRun {
  const timed = existsSync(gnuTime);
  const start = performance.now();
  const result = spawnSync(timed ? gnuTime : command, timed ? ['-v', command, ...args] : [...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const wallSeconds = (performance.now() - start) / 1000;
  const stderr = result.stderr;
  const read = (label: string): number => {
    const match = new RegExp(`${label}:\\s*([\\d.]+)`).exec(stderr);
    return match === null ? Number.NaN : Number(match[1]);
  };
  return {
    status: result.status,
    stdout: result.stdout,
    stderr,
    wallSeconds,
    cpuSeconds: read('User time \\(seconds\\)') + read('System time \\(seconds\\)'),
    peakMb: read('Maximum resident set size \\(kbytes\\)') / 1024,
  };
}
