import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Options } from 'tsup';

/**
 * Relative imports stay imports: each source file is built into its own ESM file, and `./x` becomes `./x.js`
 * (or `./x/index.js`), so a consumer's bundler sees the package module by module and, with
 * `sideEffects: false`, keeps only the modules the imported names reach (a consumer of `numberToWords` does not
 * get the zod schemas of the budget plan).
 */
const relativeImportsAsFiles: EsbuildPlugin = {
  name: 'egov-relative-imports-as-files',
  setup(build) {
    build.onResolve({ filter: /^\.\.?(?:\/|$)/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const base = resolve(args.resolveDir, args.path);
      if (existsSync(`${base}.ts`)) return { path: `${args.path}.js`, external: true };
      if (existsSync(join(base, 'index.ts'))) return { path: `${args.path}/index.js`, external: true };
      return undefined;
    });
  },
};

/** Every source file but tests, type tests and fixtures. */
const sources = ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts', '!src/__fixtures__/**'];

/**
 * The build every published @egov package shares (its `tsup.config.ts` is `export default egovTsupConfig;`):
 * ESM unbundled, one file per source file (tree-shakeable), with `dist/index.d.ts`; CommonJS as one bundle
 * `dist/index.cjs` with `dist/index.d.cts` (CommonJS consumers do not tree-shake).
 *
 * @example
 * A package's `tsup.config.ts` imports `egovTsupConfig` from this file (two folders up from the package) and
 * exports `defineConfig(egovTsupConfig)`; every package under `packages/` does so.
 */
export const egovTsupConfig: Options[] = [
  {
    entry: sources,
    format: ['esm'],
    bundle: true,
    esbuildPlugins: [relativeImportsAsFiles],
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: true,
    clean: true,
    target: 'node20',
  },
  {
    entry: ['src/index.ts'],
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'node20',
    treeshake: true,
  },
];
