/** A seeded pseudo-random generator returning floats in [0, 1). */
export type Prng = () => number;

/**
 * Mulberry32: a small, fast, seeded 32-bit generator, so Monte-Carlo runs are reproducible from the
 * stored seed in Node and in the browser alike.
 *
 * @param seed - Any integer (taken modulo 2³²).
 * @returns A generator of floats in [0, 1).
 * @example
 * ```ts
 * const random = createPrng(42);
 * random(); // always the same first value for seed 42
 * ```
 */
export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
