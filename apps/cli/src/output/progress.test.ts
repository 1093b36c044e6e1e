import { describe, expect, it } from 'vitest';
import type { CliIo } from './cli-io';
import { createProgressBar } from './progress';

function io(stderrIsTTY: boolean): { io: CliIo; written: () => string } {
  let text = '';
  return { io: { stdout: () => undefined, stderr: (t) => (text += t), env: {}, isTTY: false, stderrIsTTY }, written: () => text };
}

describe('createProgressBar', () => {
  it('draws rows, rate, percentage and ETA on a terminal, at most once per interval, and clears the line', () => {
    const target = io(true);
    let now = 0;
    const bar = createProgressBar(target.io, 'vi', () => now, 200);
    now = 2000;
    bar.update({ rows: 500000, bytes: 25, totalBytes: 100 });
    // 500 000 rows in 2 s; a quarter of the bytes in 2 s leaves 6 s.
    expect(target.written()).toBe(`\r[${'█'.repeat(6)}${' '.repeat(18)}]  25% · 500 000 dòng · 250 000 dòng/s · còn 00:06\u001b[K`);
    now = 2100;
    bar.update({ rows: 600000, bytes: 30, totalBytes: 100 });
    expect(target.written()).not.toContain('600 000');
    bar.done();
    expect(target.written().endsWith('\r\u001b[K')).toBe(true);
  });
  it('has no ETA without a known size (stdin), in English', () => {
    const target = io(true);
    let now = 0;
    const bar = createProgressBar(target.io, 'en', () => now);
    now = 1000;
    bar.update({ rows: 1000, bytes: 10, totalBytes: undefined });
    expect(target.written()).toBe('\r1 000 rows · 1 000 rows/s\u001b[K');
  });
  it('writes nothing when stderr is not a terminal (tests, pipes, CI)', () => {
    const target = io(false);
    const bar = createProgressBar(target.io, 'vi', () => 5000);
    bar.update({ rows: 1, bytes: 1, totalBytes: 2 });
    bar.done();
    expect(target.written()).toBe('');
  });
});
