import type { Command } from 'commander';
import { UsageError } from '../context';

/** How the user says to read tables: a column mapping (`--columns`) and a number notation (`--notation`). */
export interface TableReading {
  /** Column (a reader's key such as `onlineLevel`, `name`, `unit`, or an alias such as `level`) → header. */
  readonly columns?: Readonly<Record<string, string>>;
  /** Decimal notation of numbers written as text; absent: detected per column. */
  readonly notation?: 'vi' | 'en';
}

/** The raw values of {@link tableReadingOptions}, as commander gives them. */
export interface TableReadingOptions {
  /** `--columns`, each `key=header`. */
  readonly columns?: readonly string[];
  /** `--notation`. */
  readonly notation?: string;
}

const collect = (value: string, previous: readonly string[] | undefined): string[] => [...(previous ?? []), value];

/**
 * Adds the table-reading options every command that reads tables shares: `--columns key="header"`
 * (repeatable) and `--notation vi|en`. One definition, so the options read the same on every command.
 *
 * @param command - A commander command.
 * @param withNotation - Whether to add `--notation` too (default `true`).
 * @returns The command.
 * @example
 * ```ts
 * tableReadingOptions(program.command('check'));
 * ```
 */
export function tableReadingOptions(command: Command, withNotation = true): Command {
  command.option(
    '--columns <key=header>',
    'cột nào là cột nào khi tiêu đề khác thường, lặp lại được, vd. --columns level="Mức độ" / map a column to a header (repeatable)',
    collect,
  );
  if (withNotation) command.option('--notation <notation>', 'cách ghi số: vi ("1.234,5") hoặc en ("1,234.5"); mặc định: tự nhận theo cột / number notation (default: detected per column)');
  return command;
}

/**
 * Reads the values of {@link tableReadingOptions}.
 *
 * @param options - `columns` (each `key=header`, the header optionally quoted) and `notation`.
 * @returns The reading settings.
 * @throws {UsageError} for a `--columns` value without `=`, or a notation other than vi, en or auto.
 * @example
 * ```ts
 * tableReading({ columns: ['level=Mức độ'], notation: 'en' }); // { columns: { level: 'Mức độ' }, notation: 'en' }
 * ```
 */
export function tableReading(options: { readonly columns?: readonly string[]; readonly notation?: string }): TableReading {
  const columns: Record<string, string> = {};
  for (const entry of options.columns ?? []) {
    const at = entry.indexOf('=');
    const key = at < 0 ? '' : entry.slice(0, at).trim();
    const header = at < 0 ? '' : entry.slice(at + 1).trim().replace(/^"(.*)"$/s, '$1').replace(/^'(.*)'$/s, '$1');
    if (key === '' || header === '') throw new UsageError(`--columns needs key="header", e.g. --columns level="Mức độ"; found "${entry}"`);
    columns[key] = header;
  }
  const notation = options.notation;
  if (notation !== undefined && notation !== 'vi' && notation !== 'en' && notation !== 'auto') {
    throw new UsageError(`--notation must be vi or en, found "${notation}"`);
  }
  return {
    ...(Object.keys(columns).length === 0 ? {} : { columns }),
    ...(notation === 'vi' || notation === 'en' ? { notation } : {}),
  };
}
