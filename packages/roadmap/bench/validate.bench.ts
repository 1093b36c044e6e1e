// validateRoadmap on large synthetic roadmaps: `pnpm bench` (target < 500 ms at 100 000 entries, and 10×
// the entries in ≤ 12× the time). BENCH_RULES=1 also times each built-in rule alone, to find a rule that
// grows faster than the input.
import { builtinRules, validateRoadmap, type ValidationConfig } from '../src/index';
import { syntheticRoadmap } from './synthetic';

const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const runs = 5;

function time(input: unknown, config: ValidationConfig = {}): { ms: number; findings: number } {
  const start = performance.now();
  const { findings } = validateRoadmap(input, config);
  return { ms: performance.now() - start, findings: findings.length };
}

function measure(input: unknown, config: ValidationConfig = {}): { median: number; min: number; max: number; findings: number } {
  time(input, config); // warm-up
  const samples = Array.from({ length: runs }, () => time(input, config));
  const ms = samples.map((sample) => sample.ms).sort((a, b) => a - b);
  return { median: ms[Math.floor(runs / 2)] ?? 0, min: ms[0] ?? 0, max: ms[runs - 1] ?? 0, findings: samples[0]?.findings ?? 0 };
}

const medians: number[] = [];
for (const size of sizes) {
  const input = syntheticRoadmap(size);
  const result = measure(input);
  medians.push(result.median);
  console.log(
    `validateRoadmap, ${size.toLocaleString('en')} entries: median of ${String(runs)} ${result.median.toFixed(0)} ms ` +
      `(min ${result.min.toFixed(0)}, max ${result.max.toFixed(0)}); ${result.findings.toLocaleString('en')} findings`,
  );
}
const [small, large] = medians;
if (small !== undefined && large !== undefined && sizes.length === 2) {
  console.log(`scaling ×${String((sizes[1] ?? 0) / (sizes[0] ?? 1))} entries: ×${(large / small).toFixed(2)} time`);
}

if (process.env.BENCH_RULES === '1') {
  const allOff = Object.fromEntries(builtinRules.map((rule) => [rule.id, 'off' as const]));
  const inputs = sizes.map((size) => syntheticRoadmap(size));
  const base = inputs.map((input) => measure(input, { rules: allOff }).median);
  console.log(`schema + service index only: ${base.map((ms) => `${ms.toFixed(0)} ms`).join(' / ')}`);
  for (const rule of builtinRules) {
    const alone = inputs.map((input, index) => measure(input, { rules: { ...allOff, [rule.id]: rule.defaultSeverity } }).median - (base[index] ?? 0));
    console.log(`  ${rule.id}: ${alone.map((ms) => `${ms.toFixed(0)} ms`).join(' / ')}`);
  }
}
