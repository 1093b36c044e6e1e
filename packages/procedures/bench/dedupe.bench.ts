// Duplicate detection on a national-scale catalogue: `pnpm bench:dedupe` (target < 2 s for 120 000 names).
import { findDuplicates } from '../src/index';
import { syntheticNames } from './synthetic';

const count = Number(process.env.BENCH_NAMES ?? 120_000);
const names = syntheticNames(count);

for (const scope of ['agency', 'catalogue'] as const) {
  findDuplicates(names.slice(0, 5_000), { scope }); // warm-up
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const report = findDuplicates(names, { scope });
  const cpu = process.cpuUsage(cpuStart);
  const seconds = (performance.now() - start) / 1000;
  const exact = report.clusters.filter((c) => c.kind === 'exact').length;
  console.log(
    `dedupe (${scope} scope): ${count.toLocaleString('en')} names: wall ${seconds.toFixed(3)} s, CPU ${((cpu.user + cpu.system) / 1e6).toFixed(3)} s; ` +
      `${String(report.clusters.length)} clusters (${String(exact)} exact); ${report.stats.comparisons.toLocaleString('en')} comparisons; ` +
      `${report.stats.blocks.toLocaleString('en')} blocks (${String(report.stats.oversizedBlocks)} oversized)`,
  );
}
