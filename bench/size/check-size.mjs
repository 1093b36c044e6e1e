#!/usr/bin/env node
// Size budgets: what a consumer pays, gzipped, for importing one function from a published @egov package.
// Each entry imports one name from the package's built ESM output (`dist/`, through its `exports` map, the way
// a consumer's bundler sees the packed package), bundles it with esbuild and with Rollup (node-resolve, which
// honours `sideEffects`), minifies (Rollup's output by esbuild's minifier, as Rollup has none), and gzips at
// level 9. Fails when a budget is exceeded. Run after `turbo run build`; `--json` prints the measurements.
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { build, transform } from 'esbuild';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';

const benchDir = fileURLToPath(new URL('..', import.meta.url));
const root = join(benchDir, '..');

/**
 * Budgets in kB (1024 bytes) gzipped, for each bundler: `kb` is enforced (the check fails above it); `targetKb`
 * is the budget of issue 20 where it is not met yet (then `kb` is a ceiling just above today's size, so that
 * the size cannot grow while the target is worked on). See bench/RESULTS.md for the measurements.
 */
export const budgets = [
  { name: 'numberToWords', from: '@egov/budget', kb: 6, targetKb: 6 },
  // Today zod's classic API (about 27 kB of it) and decimal.js (about 12 kB) are most of it: the target needs
  // the schemas on zod/mini or behind a subpath. The ceiling went from 70 to 80 kB when stated figures (core's
  // figures, 8 kB minified) and the 2025-reform rule (the administrative units it names successors from) joined
  // validation: 77.3 kB with esbuild, 75.6 kB with Rollup (bench/RESULTS.md).
  { name: 'validateRoadmap', from: '@egov/roadmap', kb: 80, targetKb: 45 },
];

const entryId = '\0size-entry';

function entryCode(budget) {
  return `import { ${budget.name} } from '${budget.from}';\nexport const used = ${budget.name};\n`;
}

function gzipKb(code) {
  return gzipSync(Buffer.from(code), { level: 9 }).length / 1024;
}

async function withEsbuild(budget) {
  const result = await build({
    stdin: { contents: entryCode(budget), resolveDir: benchDir, sourcefile: 'size-entry.mjs', loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

async function withRollup(budget) {
  const warnings = [];
  const bundle = await rollup({
    input: entryId,
    plugins: [
      {
        name: 'size-entry',
        resolveId: (id) => (id === entryId ? id : null),
        load: (id) => (id === entryId ? entryCode(budget) : null),
      },
      nodeResolve({ browser: true, rootDir: benchDir, exportConditions: ['import', 'module', 'default'] }),
    ],
    onwarn: (warning) => warnings.push(warning.message),
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const code = output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n');
  const unresolved = warnings.filter((message) => /could not be resolved|Unresolved/i.test(message));
  if (unresolved.length > 0) throw new Error(`Rollup left imports unresolved: ${unresolved.join('; ')}`);
  return (await transform(code, { minify: true, format: 'esm', loader: 'js' })).code;
}

export async function measure() {
  const rows = [];
  for (const budget of budgets) {
    const pkgDir = join(root, 'packages', budget.from.replace('@egov/', ''));
    if (!existsSync(join(pkgDir, 'dist'))) throw new Error(`${budget.from} is not built (run \`pnpm build\` first)`);
    for (const [bundler, bundleWith] of [['esbuild', withEsbuild], ['rollup', withRollup]]) {
      const code = await bundleWith(budget);
      rows.push({
        name: budget.name,
        from: budget.from,
        bundler,
        minifiedKb: code.length / 1024,
        gzipKb: gzipKb(code),
        budgetKb: budget.kb,
        targetKb: budget.targetKb,
      });
    }
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await measure();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(rows, null, 2));
  } else {
    console.log('| import | bundler | minified | gzipped | enforced budget | target |');
    console.log('|---|---|---|---|---|---|');
    for (const row of rows) {
      const target = row.gzipKb <= row.targetKb ? `${row.targetKb} kB, met` : `${row.targetKb} kB, **not met**`;
      console.log(`| \`${row.name}\` from ${row.from} | ${row.bundler} | ${row.minifiedKb.toFixed(1)} kB | ${row.gzipKb.toFixed(1)} kB | ${row.budgetKb} kB | ${target} |`);
    }
  }
  const over = rows.filter((row) => row.gzipKb > row.budgetKb);
  for (const row of over) {
    console.error(`size: ${row.name} from ${row.from} costs ${row.gzipKb.toFixed(1)} kB gzipped with ${row.bundler}, over its budget of ${row.budgetKb} kB.`);
  }
  process.exit(over.length === 0 ? 0 : 1);
}
