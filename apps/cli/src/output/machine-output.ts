import type { OutputFormat } from '../context';

/**
 * The output format an argument list asks for, read before commander parses it: a usage error found while
 * parsing must still be answered in that format. It mirrors `commandContext`: `--json` wins over
 * `--format`, the last `--format` counts, and nothing after `--` is an option.
 *
 * @param argv - Arguments after `egov`.
 * @returns `json`, `sarif` or `text` (also for an unknown `--format` value, which commander refuses).
 * @example
 * ```ts
 * requestedFormat(['check', 'x.csv', '--format=sarif']); // "sarif"
 * requestedFormat(['check', '--', '--json']); // "text"
 * ```
 */
export function requestedFormat(argv: readonly string[]): OutputFormat {
  let format: OutputFormat = 'text';
  let json = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--') break;
    if (arg === '--json') json = true;
    const value = arg === '--format' ? argv[++index] : arg.startsWith('--format=') ? arg.slice('--format='.length) : undefined;
    if (value === 'json' || value === 'sarif' || value === 'text') format = value;
  }
  return json ? 'json' : format;
}

// Above this size, parsing the output again would double the memory of a command whose result is already
// large (150 000 findings): one write of an object or array is then what is checked (commands write their
// document with one JSON.stringify, whose output is always valid JSON).
const parseLimit = 4 * 1024 * 1024;

/**
 * Whether machine-readable output is exactly one JSON document (SARIF is JSON too): what a pipeline
 * parsing `egov … --json` relies on. Empty output, two documents one after the other, or text before the
 * document all fail.
 *
 * @param text - Everything a command wrote to stdout.
 * @param writes - How many writes it came in.
 * @returns Whether `JSON.parse` reads it whole as one value (for output over 4 MB: whether it came in one
 *   write that is an object or an array).
 * @example
 * ```ts
 * isOneJsonDocument('{"files":[]}\n', 1); // true
 * isOneJsonDocument('{}\n{}\n', 2); // false
 * ```
 */
export function isOneJsonDocument(text: string, writes: number): boolean {
  if (text.length > parseLimit) return writes === 1 && /^\s*[{[]/.test(text.slice(0, 64)) && /[}\]]\s*$/.test(text.slice(-64));
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
