import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

describe('lazy loading', () => {
  it('run-cli imports no domain package or command module statically', async () => {
    // `egov --version` must start fast: commands (and @egov/budget, @egov/ictindex, @egov/roadmap, @egov/io)
    // load inside the actions with `await import()`.
    const source = await readFile(new URL('./run-cli.ts', import.meta.url), 'utf8');
    const staticImports = [...source.matchAll(/^import (?!type )[^;]*? from '([^']+)';/gm)].map((match) => match[1]);
    // `./files/table-reading` defines the shared --columns/--notation options; it imports only `./context`.
    expect(staticImports).toEqual(['commander', './context', './output/cli-failure', './output/cli-io', './output/machine-output', './output/printable', './version', './files/table-reading']);
    expect(source).toContain("await import('./commands/budget')");
    expect(source).toContain("await import('./commands/ictindex')");
    expect(source).toContain("await import('./commands/procedures')");
    expect(source).toContain("await import('./commands/records')");
    expect(source).toContain("await import('./commands/init')");
  });
  it('bin answers --version before loading run-cli (and with it commander)', async () => {
    const source = await readFile(new URL('./bin.ts', import.meta.url), 'utf8');
    const staticImports = [...source.matchAll(/^import (?!type )[^;]*? from '([^']+)';/gm)].map((match) => match[1]);
    expect(staticImports).toEqual(['./version']);
    expect(source).toContain("import('./run-cli')");
  });
});
