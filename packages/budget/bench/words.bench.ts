/**
 * Benchmarks: amounts in words (both ways) and reconciliation of a 100 000-line plan.
 * Run from packages/budget with `pnpm vitest bench --run`; `pnpm test` does not pick this file up.
 * Throughput in amounts per second = reported hz × BATCH.
 */
import { bench, describe } from 'vitest';
import { Amount, amountToWords, numberToWords, reconcilePlan, safeWordsToNumber, type BudgetPlan } from '../src/index';

const BATCH = 1000;

/** Deterministic pseudo-random bigints up to 10^21 (xorshift), so runs are comparable. */
function amounts(count: number): bigint[] {
  let state = 0x2545f491;
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
  const out: bigint[] = [];
  for (let i = 0; i < count; i++) {
    const digits = 1 + Math.floor(next() * 21);
    let text = String(1 + Math.floor(next() * 9));
    for (let d = 1; d < digits; d++) text += String(Math.floor(next() * 10));
    out.push(BigInt(text));
  }
  return out;
}

const numbers = amounts(BATCH);
const words = numbers.map((n) => numberToWords(n));
const amountValues = numbers.map((n) => Amount.fromDong(n));

function bigPlan(lines: number): BudgetPlan {
  const planLines: BudgetPlan['lines'][number][] = [];
  let y2024 = 0n;
  let y2025 = 0n;
  for (let i = 0; i < lines; i++) {
    const a = BigInt(((i * 7919) % 997) + 1) * 1_000_000n;
    const b = BigInt(((i * 104_729) % 991) + 1) * 100_000n;
    y2024 += a;
    y2025 += b;
    planLines.push({
      number: String(i + 1),
      name: `Nhiệm vụ ${i + 1}`,
      amounts: [
        { period: { start: 2024, end: 2024 }, dong: a.toString(), precision: '100000' },
        { period: { start: 2025, end: 2025 }, dong: b.toString(), precision: '100000' },
      ],
      statedTotal: { dong: (a + b).toString(), precision: '100000' },
    });
  }
  const grand = y2024 + y2025;
  return {
    unit: 'trieu',
    phase: 'proposed',
    lines: planLines,
    statedTotals: [
      { kind: 'column', period: { start: 2024, end: 2024 }, amount: { dong: y2024.toString() } },
      { kind: 'column', period: { start: 2025, end: 2025 }, amount: { dong: y2025.toString() } },
      { kind: 'grand', amount: { dong: grand.toString(), words: amountToWords(grand) } },
    ],
  };
}

const plan = bigPlan(100_000);

describe(`amounts in words (${BATCH} amounts per iteration, up to 10^21)`, () => {
  bench('numberToWords (bigint → words)', () => {
    for (const n of numbers) numberToWords(n);
  });
  bench('amountToWords (Amount → "… đồng")', () => {
    for (const a of amountValues) amountToWords(a);
  });
  bench('safeWordsToNumber (words → bigint)', () => {
    for (const w of words) safeWordsToNumber(w);
  });
});

describe('reconciliation', () => {
  bench(
    'reconcilePlan, 100 000 lines × 2 years, row/column/grand totals and words',
    () => {
      const findings = reconcilePlan(plan);
      if (findings.length > 0) throw new Error(`unexpected findings: ${String(findings.length)}`);
    },
    { iterations: 10, time: 0 },
  );
});
