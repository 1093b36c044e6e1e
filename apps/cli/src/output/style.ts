import type { Severity } from '@egov/core';
import type { CliIo } from './cli-io';

/** Terminal styling that is a no-op when colours are off. */
export interface Style {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly severity: (severity: Severity, text: string) => string;
  /**
   * The exact escape sequences this style writes (empty when colours are off): the only ones `printable`
   * lets through, so a sequence from user data ("\u001b[8m", hidden text) is shown, never obeyed.
   */
  readonly escapes: ReadonlySet<string>;
}

const sgr = (code: number): string => `\u001b[${String(code)}m`;
const wrap = (open: number, close: number) => (text: string) => `${sgr(open)}${text}${sgr(close)}`;
// Bold, dim and their reset; red, yellow, blue and the default colour: every code `wrap` is called with.
const codes = [1, 2, 22, 31, 33, 34, 39];

/**
 * Colours only on a terminal, never when `NO_COLOR` is set (https://no-color.org), always when
 * `FORCE_COLOR` is set to something other than `0`.
 *
 * @param io - The CLI's streams and environment.
 * @returns The style to print with.
 * @example
 * ```ts
 * createStyle({ stdout, stderr, env: { NO_COLOR: '1' }, isTTY: true }).bold('x'); // "x"
 * ```
 */
export function createStyle(io: CliIo): Style {
  const force = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0';
  const enabled = force || (io.isTTY && (io.env.NO_COLOR ?? '') === '');
  if (!enabled) return { bold: (t) => t, dim: (t) => t, severity: (_s, t) => t, escapes: new Set() };
  const red = wrap(31, 39);
  const yellow = wrap(33, 39);
  const blue = wrap(34, 39);
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    severity: (severity, text) => (severity === 'error' ? red(text) : severity === 'warning' ? yellow(text) : blue(text)),
    escapes: new Set(codes.map(sgr)),
  };
}
