// Phase timer for the validation of a large synthetic roadmap: bundle it as `pnpm bench` bundles
// validate.bench.ts and run the bundle with node (README, "Benchmark"). Times each phase alone, median of 5.
import { buildServiceIndex } from '../src/identity/service-index';
import { serviceKey } from '../src/identity/service-key';
import { TokenTable } from '../src/identity/token-table';
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
console.log(`  per-name work alone (a floor):       ${median(() => perNameFloor(roadmap.entries, roadmap.steps ?? []))}`);
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

/**
 * The least work any grouping of entries by folded name does, whatever its data structures: each distinct
 * name folded once (`serviceKey`), a map from names and one from keys, and the words of each new key
 * numbered (`TokenTable`, the fastest numbering here), for the entries and the names the steps repeat. No
 * near-match search, no service records, no matches. Its time is a lower bound for service identity in
 * this design, measured rather than estimated.
 */
function perNameFloor(
  entries: readonly { readonly service: string }[],
  steps: readonly { readonly services?: readonly string[] | undefined }[],
): number {
  const nameIds = new Map<string, number>();
  const keyIds = new Map<string, number>();
  const words = new TokenTable();
  let wordCount = 0;
  const visit = (name: string): void => {
    if (nameIds.has(name)) return;
    const key = serviceKey(name);
    if (!keyIds.has(key)) {
      keyIds.set(key, keyIds.size);
      wordCount += words.analyse(key).sorted.length;
    }
    nameIds.set(name, nameIds.size);
  };
  for (const entry of entries) visit(entry.service);
  for (const step of steps) for (const name of step.services ?? []) visit(name);
  return wordCount;
}
