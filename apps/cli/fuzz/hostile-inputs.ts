import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

/**
 * The classes of hostile input the fuzz generates, each a way of damaging a real file (a seed): the ids
 * name them in failures and in `KNOWN_FAILURES`.
 */
export const inputClasses = [
  'as-is',
  'random-bytes',
  'truncated',
  'encoding',
  'line-ends',
  'ragged-rows',
  'deep-nesting',
  'huge-numbers',
  'huge-counts',
  'huge-cell',
  'many-columns',
  'many-rows',
  'control-chars',
] as const;

/** One class of hostile input. */
export type InputClass = (typeof inputClasses)[number];

/** A real file the fuzz damages, and the commands that read its kind. */
export interface Seed {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** What the file is: decides which commands get it most of the time. */
  readonly kind: 'budget' | 'catalogue' | 'levels' | 'records' | 'indicators' | 'ranks' | 'roadmap' | 'plan' | 'other';
}

/** How big the damage may get: the gate runs `small`, `pnpm fuzz` runs `large`. */
export interface Size {
  readonly maxNesting: number;
  readonly maxCell: number;
  readonly maxColumns: number;
  readonly maxRows: number;
  readonly maxRandomBytes: number;
}

/** Sizes per run mode. */
export const sizes: Readonly<Record<'small' | 'large', Size>> = {
  small: { maxNesting: 2_000, maxCell: 30_000, maxColumns: 500, maxRows: 1_000, maxRandomBytes: 4_096 },
  large: { maxNesting: 100_000, maxCell: 2_000_000, maxColumns: 20_000, maxRows: 100_000, maxRandomBytes: 65_536 },
};

function kindOf(name: string): Seed['kind'] {
  if (name.includes('budget')) return 'budget';
  if (name.includes('procedure-levels')) return 'levels';
  if (name.includes('catalogue')) return 'catalogue';
  if (name.includes('records')) return 'records';
  if (name.includes('ranks')) return 'ranks';
  if (/indicators|ictindex-63|ictindex-subgroups/.test(name)) return 'indicators';
  if (name.endsWith('roadmap.yaml')) return 'roadmap';
  if (name.endsWith('plan.yaml')) return 'plan';
  return 'other';
}

/**
 * The seeds: every CSV, YAML and JSON file of `examples/` and of the CLI's test fixtures, read once.
 *
 * @param repoRoot - The repository root.
 * @returns The seeds, in a stable order.
 * @example
 * ```ts
 * const seeds = loadSeeds(repoRoot); // [{ name: 'hagiang-2013-roadmap-budget.csv', kind: 'budget', … }, …]
 * ```
 */
export function loadSeeds(repoRoot: string): Seed[] {
  const folders = [
    ...readdirSync(join(repoRoot, 'examples'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(repoRoot, 'examples', entry.name)),
    join(repoRoot, 'apps/cli/src/__fixtures__'),
  ].sort();
  const seeds: Seed[] = [];
  for (const folder of folders) {
    for (const file of readdirSync(folder).sort()) {
      if (!['.csv', '.yaml', '.yml', '.json'].includes(extname(file))) continue;
      const name = `${basename(folder)}-${file}`;
      seeds.push({ name, bytes: readFileSync(join(folder, file)), kind: kindOf(name) });
    }
  }
  return seeds;
}

/** mulberry32: a small deterministic generator, so a case is reproduced from its salt alone. */
function random(salt: number): { next: () => number; int: (max: number) => number; pick: <T>(items: readonly T[]) => T } {
  let state = salt >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number): number => Math.floor(next() * (max + 1));
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(items.length - 1)] as T };
}

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const utf8 = (value: string): Uint8Array => new TextEncoder().encode(value);

function utf16(value: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + value.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    out[2 + i * 2] = bigEndian ? code >> 8 : code & 0xff;
    out[3 + i * 2] = bigEndian ? code & 0xff : code >> 8;
  }
  return out;
}

/** Splits CSV text into lines of cells (naively: good enough to damage it). */
function rowsOf(value: string): string[][] {
  return value.split(/\r?\n/).filter((line) => line !== '').map((line) => line.split(','));
}
const joinRows = (rows: readonly (readonly string[])[]): string => rows.map((row) => row.join(',')).join('\n') + '\n';

const hugeNumbers = ['1e309', '-1e309', '1e30', '99999999999999999999999999999', '9'.repeat(400), 'NaN', 'Infinity', '-0', '0x1F', '1,5e3', '0', '-1', '99999', '1.000.000.000.000.000.000'];
const controls = ['\u001b[8m', '\u001b[2J', '\u001b]8;;http://evil.example\u001b\\x\u001b]8;;\u001b\\', '\u001b]0;pwned\u0007', '\r', '\u0000', '\u009b31m', '\u007f', '\u2028', '\ufeff', '\ud800'];

/**
 * Damages a seed in one class of hostile input, deterministically from `salt`.
 *
 * @param seed - The real file.
 * @param klass - The class of damage.
 * @param salt - Drives every random choice: the same salt gives the same bytes.
 * @param size - How big the damage may get.
 * @returns The file's new name (its extension may change: deep nesting is YAML or JSON) and bytes.
 * @example
 * ```ts
 * const { name, bytes } = hostileInput(seeds[0], 'line-ends', 42, sizes.small);
 * ```
 */
export function hostileInput(seed: Seed, klass: InputClass, salt: number, size: Size): { name: string; bytes: Uint8Array } {
  const r = random(salt);
  const source = text(seed.bytes);
  const ext = extname(seed.name);
  const isTable = ext === '.csv';
  const same = (bytes: Uint8Array) => ({ name: seed.name, bytes });
  switch (klass) {
    case 'as-is':
      return same(seed.bytes);
    case 'random-bytes': {
      const bytes = new Uint8Array(r.int(size.maxRandomBytes));
      for (let i = 0; i < bytes.length; i++) bytes[i] = r.int(255);
      return same(bytes);
    }
    case 'truncated':
      return same(seed.bytes.subarray(0, r.int(seed.bytes.length)));
    case 'encoding': {
      const encoding = r.pick(['utf16le', 'utf16be', 'utf8-bom', 'latin1', 'utf16le-no-bom'] as const);
      if (encoding === 'utf16le') return same(utf16(source, false));
      if (encoding === 'utf16be') return same(utf16(source, true));
      if (encoding === 'utf16le-no-bom') return same(utf16(source, false).subarray(2));
      if (encoding === 'utf8-bom') return same(new Uint8Array([0xef, 0xbb, 0xbf, ...seed.bytes]));
      return same(Uint8Array.from(source, (char) => char.charCodeAt(0) & 0xff));
    }
    case 'line-ends': {
      const style = r.pick(['\r', '\r\n', '\n', 'mixed'] as const);
      return same(utf8(source.replace(/\r?\n/g, () => (style === 'mixed' ? r.pick(['\r', '\r\n', '\n']) : style))));
    }
    case 'ragged-rows': {
      if (!isTable) return same(utf8(source.replace(/\n/g, () => (r.next() < 0.2 ? '\n  ' : '\n'))));
      const rows = rowsOf(source).map((row, index) => {
        if (index === 0 || r.next() > 0.4) return row;
        const change = r.int(3);
        if (change === 0) return row.slice(0, r.int(row.length));
        if (change === 1) return [...row, ...Array.from({ length: 1 + r.int(5) }, () => String(r.int(100)))];
        return row.map((cell) => (r.next() < 0.2 ? `"${cell}` : cell));
      });
      return same(utf8(joinRows(rows)));
    }
    case 'deep-nesting': {
      const depth = 100 + r.int(size.maxNesting);
      const shape = r.pick(['yaml-flow', 'yaml-block', 'json-array', 'json-object', 'yaml-anchors'] as const);
      const base = seed.name.replace(/\.[a-z]+$/, '');
      if (shape === 'json-array') return { name: `${base}.json`, bytes: utf8('['.repeat(depth) + ']'.repeat(r.int(depth))) };
      if (shape === 'json-object') return { name: `${base}.json`, bytes: utf8('{"a":'.repeat(depth) + '1' + '}'.repeat(depth)) };
      if (shape === 'yaml-flow') return { name: `${base}.yaml`, bytes: utf8('['.repeat(depth)) };
      if (shape === 'yaml-block') {
        const lines = Array.from({ length: Math.min(depth, 2_000) }, (_, i) => `${' '.repeat(i)}- a`);
        return { name: `${base}.yaml`, bytes: utf8(lines.join('\n') + '\n') };
      }
      // A billion-laughs YAML: anchors referring to anchors.
      const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let i = 1; i < 10; i++) laughs.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array.from({ length: 9 }, () => `*${String.fromCharCode(96 + i)}`).join(',')}]`);
      return { name: `${base}.yaml`, bytes: utf8(laughs.join('\n') + '\n') };
    }
    case 'huge-numbers':
    case 'huge-counts': {
      const values = klass === 'huge-counts' ? ['50000000', '1e30', '4294967296', '9007199254740993', '-5', '1.5'] : hugeNumbers;
      if (!isTable) return same(utf8(source.replace(/\b\d+(\.\d+)?\b/g, (match) => (r.next() < 0.3 ? r.pick(values) : match))));
      const rows = rowsOf(source).map((row, index) => (index === 0 ? row : row.map((cell) => (/\d/.test(cell) && r.next() < 0.5 ? r.pick(values) : cell))));
      return same(utf8(joinRows(rows)));
    }
    case 'huge-cell': {
      const cell = r.pick(['x', 'Đăng ký khai sinh ', '"', ',', '\u0300']).repeat(1 + r.int(size.maxCell));
      if (!isTable) return same(utf8(source.replace(/: .*/, `: "${cell.replace(/["\\]/g, '')}"`)));
      const rows = rowsOf(source);
      const row = rows[1 + r.int(Math.max(0, rows.length - 2))];
      if (row !== undefined) row[r.int(row.length - 1)] = `"${cell.replace(/"/g, '""')}"`;
      return same(utf8(joinRows(rows)));
    }
    case 'many-columns': {
      const extra = 1 + r.int(size.maxColumns);
      const rows = isTable ? rowsOf(source) : [['a'], ['1']];
      const widened = rows.map((row, index) => [...row, ...Array.from({ length: extra }, (_, i) => (index === 0 ? `Cột ${String(i)}` : String(i)))]);
      return { name: isTable ? seed.name : `${seed.name}.csv`, bytes: utf8(joinRows(widened)) };
    }
    case 'many-rows': {
      if (!isTable) return same(seed.bytes);
      const rows = rowsOf(source);
      const body = rows.slice(1);
      const count = 1 + r.int(size.maxRows);
      const more = Array.from({ length: count }, (_, i) => body[i % Math.max(1, body.length)] ?? []);
      return same(utf8(joinRows([rows[0] ?? [], ...more])));
    }
    case 'control-chars': {
      const injected = source.replace(/[,:\n]/g, (match) => (r.next() < 0.15 ? `${match}${r.pick(controls)}` : match));
      // Sometimes the file name carries them too.
      const name = r.next() < 0.3 ? seed.name.replace(/(\.[a-z]+)$/, `${r.pick(['\u001b[8m', '\u0007', '\r', '\u009b'])}$1`) : seed.name;
      return { name, bytes: utf8(injected) };
    }
  }
}
