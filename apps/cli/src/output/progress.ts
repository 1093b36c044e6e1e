import type { Language } from '@egov/core';
import type { CliIo } from './cli-io';

/** A progress line on stderr: rows read, rate and, when the total size is known, a bar and an ETA. */
export interface ProgressBar {
  /** Reports progress; redraws at most every `interval` milliseconds. */
  readonly update: (progress: { readonly rows: number; readonly bytes: number; readonly totalBytes: number | undefined }) => void;
  /** Clears the line. */
  readonly done: () => void;
}

const group = (value: number): string => Math.round(value).toLocaleString('en-US').replaceAll(',', ' ');

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${String(h)}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

/**
 * A progress bar for long reads, drawn on stderr only when stderr is a terminal (`io.stderrIsTTY`): never
 * in tests, pipes or CI logs, where it would be noise. Otherwise every method is a no-op.
 *
 * @param io - The CLI's streams.
 * @param lang - Language of the labels.
 * @param now - Clock in milliseconds (rate and ETA only).
 * @param interval - Minimum time between redraws, in milliseconds.
 * @returns The progress bar.
 * @example
 * ```ts
 * const bar = createProgressBar(io, 'vi', () => performance.now());
 * bar.update({ rows: 120000, bytes: 9e6, totalBytes: 9e7 }); // "[███…   ] 10% · 120 000 dòng · 400 000 dòng/s · còn 00:02"
 * bar.done();
 * ```
 */
export function createProgressBar(io: CliIo, lang: Language, now: () => number, interval = 200): ProgressBar {
  if (io.stderrIsTTY !== true) return { update: () => undefined, done: () => undefined };
  const start = now();
  let last = -Infinity;
  let drawn = false;
  return {
    update: ({ rows, bytes, totalBytes }) => {
      const time = now();
      if (time - last < interval) return;
      last = time;
      const seconds = Math.max((time - start) / 1000, 1e-3);
      const rate = rows / seconds;
      const parts = [`${group(rows)} ${lang === 'vi' ? 'dòng' : 'rows'}`, `${group(rate)} ${lang === 'vi' ? 'dòng/s' : 'rows/s'}`];
      let bar = '';
      if (totalBytes !== undefined && totalBytes > 0) {
        const fraction = Math.min(1, bytes / totalBytes);
        const width = 24;
        const filled = Math.round(fraction * width);
        bar = `[${'█'.repeat(filled)}${' '.repeat(width - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}% · `;
        if (fraction > 0) parts.push(`${lang === 'vi' ? 'còn' : 'ETA'} ${duration((seconds * (1 - fraction)) / fraction)}`);
      }
      io.stderr(`\r${bar}${parts.join(' · ')}\u001b[K`);
      drawn = true;
    },
    done: () => {
      if (drawn) io.stderr('\r\u001b[K');
    },
  };
}
