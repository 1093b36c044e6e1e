import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './run-bin';

// examples/field/measure.mjs runs the built binary on every folder of the field corpus and compares what it
// finds with the findings each folder expects; the table it measures is committed in examples/field/README.md.
// When a change to the tool changes that table, this fails until the table is re-measured
// (`node examples/field/measure.mjs --write`) and committed with the change: the table stays honest.
describe('the field corpus (built binary)', () => {
  it('examples/field/README.md holds the table measure.mjs measures now', () => {
    const run = spawnSync(process.execPath, ['examples/field/measure.mjs', '--check'], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('the measured table is current');
    expect(run.status).toBe(0);
  }, 180_000);
});
