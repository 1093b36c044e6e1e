import { defineConfig } from 'tsup';

// The CLI is ESM only: a command has no CommonJS consumers. `index` is the programmatic entry (runCli).
export default defineConfig({
  entry: ['src/index.ts', 'src/bin.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
  target: 'node20',
});
