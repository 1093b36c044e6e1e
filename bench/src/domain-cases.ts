// Issue 23's size targets for the domain libraries, measured side by side: a 100 000-row budget reconciled
// (a plain table, and one with a "Cộng" row after every line, the shape that was quadratic), and 50 000
// catalogue rows searched for duplicates with and without a cluster of 4 000 near-identical names (it
// overflowed the stack). Run alone with `pnpm --filter @egov/bench bench:domain`; `pnpm bench` runs it too.
import { fromRows, reconcilePlan } from '@egov/budget';
import { findDuplicates } from '@egov/procedures';
import { syntheticNames } from '../../packages/procedures/bench/synthetic';
import { formatSummary, summarise, type Summary } from './summary';

function time(runs: number, run: () => void): Summary {
  run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

/** A budget table of `count` rows in tỷ đồng with year columns and a grand total; `subtotals` adds a "Cộng" row after every line. */
export function budgetRows(count: number, subtotals: boolean): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  let first = 0;
  let second = 0;
  for (let i = 1; rows.length < count - 1; i += 1) {
    first += i % 7;
    second += i % 5;
    rows.push({ STT: String(i), 'Tên dịch vụ công triển khai': `Dịch vụ ${String(i)}`, '2014': String((i % 7) / 10), '2015': String((i % 5) / 10), 'Tổng kinh phí': String(((i % 7) + (i % 5)) / 10) });
    if (subtotals && rows.length < count - 1) rows.push({ STT: '', 'Tên dịch vụ công triển khai': 'Cộng', '2014': String((i % 7) / 10), '2015': String((i % 5) / 10), 'Tổng kinh phí': String(((i % 7) + (i % 5)) / 10) });
  }
  rows.push({ STT: '', 'Tên dịch vụ công triển khai': 'Tổng cộng', '2014': String(first / 10), '2015': String(second / 10), 'Tổng kinh phí': String((first + second) / 10) });
  return rows;
}

/** `total` catalogue rows, the last `cluster` of them one name with a varying two-character suffix. */
export function catalogueWithCluster(total: number, cluster: number): { name: string; leadAgency: string; code: string }[] {
  const stem = 'Cấp giấy phép hoạt động dịch vụ kiểm định kỹ thuật an toàn lao động';
  const letters = 'abcdefghij';
  const similar = Array.from({ length: cluster }, (_, i) => ({
    name: `${stem} ${String(i % 10)}${letters[Math.floor(i / 10) % 10] ?? ''}${'klmnopqrst'[Math.floor(i / 100) % 10] ?? ''}`,
    leadAgency: 'Sở Lao động',
    code: `C.${String(i)}`,
  }));
  return [...syntheticNames(total - cluster), ...similar];
}

/** Runs the cases, printing one line each with `say`, and records them in `json`. */
export function domainCases(say: (line: string) => void, json: Record<string, unknown>): void {
  for (const subtotals of [false, true]) {
    const rows = budgetRows(100_000, subtotals);
    const started = performance.now();
    const { plan } = fromRows(rows, { unit: 'ty' });
    const readMs = performance.now() - started;
    let findings = 0;
    const ms = time(3, () => {
      findings = reconcilePlan(plan).length;
    });
    const shape = subtotals ? 'a "Cộng" row after every line' : 'plain lines and a grand total';
    say(
      `- Budget reconciliation, 100 000 rows, ${shape} (\`reconcilePlan\`; ${plan.statedTotals.length.toLocaleString('en')} stated totals, ${findings.toLocaleString('en')} findings): ${formatSummary(ms, 'ms')} (target ≤ 2 000 ms); reading the rows first (\`fromRows\`, once): ${Math.round(readMs).toLocaleString('en')} ms`,
    );
    json[subtotals ? 'reconcile100kSubtotalsMs' : 'reconcile100kMs'] = ms;
  }
  for (const cluster of [0, 4_000]) {
    const names = catalogueWithCluster(50_000, cluster);
    let largest = 0;
    const ms = time(2, () => {
      largest = 0;
      for (const found of findDuplicates(names, { scope: 'catalogue' }).clusters) largest = Math.max(largest, found.members.length);
    });
    say(`- Catalogue dedupe, 50 000 rows, catalogue scope, ${cluster === 0 ? 'no planted cluster' : 'a cluster of 4 000 near-identical names'} (\`findDuplicates\`): ${formatSummary(ms, 'ms')}; largest cluster ${largest.toLocaleString('en')} names (target ≤ 3 000 ms)`);
    json[cluster === 0 ? 'dedupe50kMs' : 'dedupe50kClusterMs'] = ms;
  }
}
