import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Budget from '@egov/budget';
import { describe, expect, it, vi } from 'vitest';
import { runCaptured as run } from '../__fixtures__/run-captured';

// Count the sums `budget reconcile` asks for: one per distinct period, phase and source, not one per
// stated total (issue 23 fuzz: an 83 000-row table with a repeated total row ran past 120 s).
const calls = vi.hoisted(() => ({ planTotal: 0 }));
vi.mock('@egov/budget', async (importOriginal) => {
  const actual = await importOriginal<typeof Budget>();
  return {
    ...actual,
    planTotal: (...args: Parameters<typeof actual.planTotal>) => {
      calls.planTotal++;
      return actual.planTotal(...args);
    },
  };
});

const broken = fileURLToPath(new URL('../__fixtures__/broken-budget.csv', import.meta.url));

describe('egov budget reconcile on a table whose total row repeats', () => {
  it('sums once per distinct period, phase and source, not once per stated total', async () => {
    const [header = '', ...body] = (await readFile(broken, 'utf8')).trimEnd().split('\n');
    const dir = await mkdtemp(join(tmpdir(), 'egov-reconcile-'));
    try {
      const file = join(dir, 'budget.csv');
      // 300 copies of the fixture's rows: 300 grand-total rows, each with per-year totals.
      await writeFile(file, [header, ...Array.from({ length: 300 }, () => body).flat()].join('\n') + '\n');
      calls.planTotal = 0;
      const { code, stdout } = await run(['budget', 'reconcile', file, '--json']);
      expect(code).toBe(1);
      const result = JSON.parse(stdout) as { statedTotals: { computed: string }[] };
      expect(result.statedTotals.length).toBeGreaterThanOrEqual(300);
      // The whole plan once, then one sum per distinct column (2020, 2021, all years).
      expect(calls.planTotal).toBeLessThanOrEqual(10);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
