// Phase timer for the validation of a large synthetic roadmap: bundle it as `pnpm bench` bundles
// validate.bench.ts and run the bundle with node (README, "Benchmark"). Times each phase alone, median of 5.
import { buildServiceIndex } from '../src/identity/service-index';
import { safeParseRoadmap } from '../src/model/parse-roadmap';
import { roadmapSchema } from '../src/model/roadmap-schema';
import { builtinRules, validateRoadmap } from '../src/index';
import { syntheticRoadmap } from './synthetic';

const size = Number(process.env.BENCH_SIZE ?? '100000');
const runs = 5;

function median(run: () => unknown): string {
  run();
  const samples = Array.from({ length: runs }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  const [min, mid, max] = [samples[0] ?? 0, samples[Math.floor(runs / 2)] ?? 0, samples[runs - 1] ?? 0];
  return `${mid.toFixed(0)} ms (${min.toFixed(0)} – ${max.toFixed(0)})`;
}

const input = syntheticRoadmap(size);
const parsed = safeParseRoadmap(input);
if (!parsed.ok) throw new Error('synthetic roadmap does not parse');
const roadmap = parsed.value;
const allOff = Object.fromEntries(builtinRules.map((rule) => [rule.id, 'off' as const]));
console.log(`${size.toLocaleString('en')} entries, median of ${String(runs)} (min – max):`);
console.log(`  zod alone (roadmapSchema.safeParse): ${median(() => roadmapSchema.safeParse(input))}`);
console.log(`  schema check (safeParseRoadmap):     ${median(() => safeParseRoadmap(input))}`);
console.log(`  service identity:                    ${median(() => buildServiceIndex(roadmap))}`);
console.log(`  validateRoadmap, all rules off:      ${median(() => validateRoadmap(input, { rules: allOff }))}`);
console.log(`  validateRoadmap:                     ${median(() => validateRoadmap(input))}`);
