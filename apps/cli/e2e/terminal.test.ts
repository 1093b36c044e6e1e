import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { binPath, repoRoot, runBin } from './run-bin';

const hagiang = 'examples/hagiang-2013-roadmap/roadmap.yaml';

/** Runs the binary on a real pseudo-terminal through util-linux `script`, with the given environment. */
function runOnTty(args: readonly string[], env: Readonly<Record<string, string>>): Promise<string> {
  const inherited: Record<string, string | undefined> = { ...process.env };
  delete inherited.FORCE_COLOR;
  delete inherited.NO_COLOR;
  const command = [process.execPath, binPath, ...args].map((part) => `'${part.replaceAll("'", "'\\''")}'`).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: repoRoot, env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.on('error', reject);
    child.on('close', () => {
      resolve(Buffer.concat(out).toString('utf8'));
    });
  });
}

describe('colours (built binary)', () => {
  it('writes no ANSI escape when stdout is not a terminal (pipes, CI logs)', async () => {
    const { code, stdout } = await runBin(['check', hagiang]);
    expect(code).toBe(1);
    expect(stdout).toContain('lỗi');
    expect(stdout).not.toContain('\u001b');
  });
  it('writes none with NO_COLOR either, and no progress bar on a non-terminal stderr', async () => {
    const { stdout, stderr } = await runBin(['records', 'stats', 'apps/cli/src/__fixtures__/synthetic-records.csv'], { env: { NO_COLOR: '1' } });
    expect(stdout).not.toContain('\u001b');
    expect(stderr).toBe('');
  });
  it.skipIf(!existsSync('/usr/bin/script'))('colours on a real terminal, none there with NO_COLOR', async () => {
    const coloured = await runOnTty(['check', hagiang], {});
    expect(coloured).toContain('\u001b[31m');
    const plain = await runOnTty(['check', hagiang], { NO_COLOR: '1' });
    expect(plain).toContain('lỗi');
    expect(plain).not.toContain('\u001b');
  });
});
