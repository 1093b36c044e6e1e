// Phase timer for the validation of a large synthetic roadmap: bundle it as `pnpm bench` bundles
// validate.bench.ts and run the bundle with node (README, "Benchmark"). Times each phase alone, median of 5.
import { buildServiceIndex } from '../src/identity/service-index';
import { safeParseRoadmap } from '../src/model/parse-roadmap';
import { roadmapSchema } from '../src/model/roadmap-schema';
import { builtinRules, validateRoadmap, type AnyRoadmapRule } from '../src/index';
import { syntheticRoadmap } from './synthetic';

const size = Number(process.env.BENCH_SIZE ?? '100000');
const runs = 5;

function median(run: () => unknown): string {
  return medianOf(() => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
}

/** The median (min – max) of `runs` samples after a warm-up; `sample` returns the milliseconds to count. */
function medianOf(sample: () => number): string {
  sample();
  const samples = Array.from({ length: runs }, sample).sort((a, b) => a - b);
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
console.log(`  rules, findings and sorting alone:   ${medianOf(() => rulesInPlace(input))}`);

/**
 * The time from the start of the first built-in rule to the return of `validateRoadmap` (every rule, the
 * creation and the sorting of the findings), measured inside one call: the difference of two noisy
 * medians above can be far off on a loaded machine. A plugin rule with the first rule's id takes its
 * place, so it runs first (and adds one `roadmap/config` finding: a rule id defined twice).
 */
function rulesInPlace(roadmapInput: unknown): number {
  const [first] = builtinRules;
  if (first === undefined) return 0;
  let start = 0;
  const timedFirst: AnyRoadmapRule = {
    ...first,
    check: (context) => {
      start = performance.now();
      first.check(context);
    },
  };
  validateRoadmap(roadmapInput, { plugins: [{ name: 'bench', rules: [timedFirst] }] });
  return performance.now() - start;
}
