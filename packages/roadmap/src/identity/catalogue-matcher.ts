import { keySimilarity } from '@egov/core';
import { serviceKey } from './service-key';
import { tokensAlign } from './tokens-align';

/** A procedure of a catalogue, as far as matching needs it. */
export interface CatalogueName {
  readonly code?: string | undefined;
  readonly name: string;
}

/** How a name was found in a catalogue: by code, by folded name, by near match, or not at all. */
export type CatalogueMatch =
  | { readonly method: 'code' | 'name'; readonly index: number; readonly score: 1 }
  | { readonly method: 'near'; readonly index: number; readonly score: number }
  | {
      readonly method: 'none';
      /** The most similar catalogue name among the candidates sharing a rare word, for "did you mean …?". */
      readonly closest?: { readonly index: number; readonly score: number };
    };

/** How many of a name's rarest tokens select near-match candidates (as in the service index). */
const blockingTokens = 3;
/** The most candidates compared per name, so matching stays linear in the catalogue size. */
const maxCandidates = 64;

/**
 * Builds a matcher of names (and codes) against a catalogue: code first, then the folded name
 * ({@link serviceKey}), then the most similar name at or above the threshold among candidates that share
 * one of the name's rarest words, provided the names differ only by typos and words on one side
 * ({@link tokensAlign}), as in the service index: "… đầu tư trong nước …" is not "… đầu tư nước ngoài …". When several procedures share a code or a key, `prefer` picks one (the
 * first wins ties), so that a caller can prefer, say, the highest level.
 *
 * @param catalogue - The catalogue.
 * @param threshold - Smallest similarity of a near match, in [0, 1].
 * @param prefer - Whether procedure `a` should replace `b` as the match of a shared code or key.
 * @returns A function matching one name (and optional code).
 * @example
 * ```ts
 * const match = catalogueMatcher([{ name: 'Cấp phép và khai thác nguồn nước' }], 0.9);
 * match('Gấp phép và khai thác nguồn nước').method; // "near"
 * ```
 */
export function catalogueMatcher<T extends CatalogueName>(
  catalogue: readonly T[],
  threshold: number,
  prefer: (a: T, b: T) => boolean = () => false,
): (name: string, code?: string) => CatalogueMatch {
  const byCode = new Map<string, number>();
  const byKey = new Map<string, number>();
  const byToken = new Map<string, number[]>();
  const keys = catalogue.map((procedure) => serviceKey(procedure.name));
  const keep = (map: Map<string, number>, key: string, index: number): void => {
    const current = map.get(key);
    const candidate = catalogue[index];
    const held = current === undefined ? undefined : catalogue[current];
    if (held === undefined || (candidate !== undefined && prefer(candidate, held))) map.set(key, index);
  };
  catalogue.forEach((procedure, index) => {
    if (procedure.code !== undefined) keep(byCode, procedure.code, index);
    const key = keys[index] ?? '';
    keep(byKey, key, index);
    for (const token of new Set(key.split(' '))) {
      const list = byToken.get(token);
      if (list === undefined) byToken.set(token, [index]);
      else list.push(index);
    }
  });

  return (name, code) => {
    if (code !== undefined) {
      const index = byCode.get(code);
      if (index !== undefined) return { method: 'code', index, score: 1 };
    }
    const key = serviceKey(name);
    const exact = byKey.get(key);
    if (exact !== undefined) return { method: 'name', index: exact, score: 1 };
    const rarest = [...new Set(key.split(' '))]
      .sort((a, b) => (byToken.get(a)?.length ?? 0) - (byToken.get(b)?.length ?? 0) || a.localeCompare(b))
      .slice(0, blockingTokens);
    const seen = new Set<number>();
    let best: { index: number; score: number } | undefined;
    let aligned: { index: number; score: number } | undefined;
    for (const token of rarest) {
      for (const index of byToken.get(token) ?? []) {
        if (seen.size >= maxCandidates) break;
        if (seen.has(index)) continue;
        seen.add(index);
        const score = keySimilarity(key, keys[index] ?? '');
        if (best === undefined || score > best.score) best = { index, score };
        if (score >= threshold && (aligned === undefined || score > aligned.score) && tokensAlign(key, keys[index] ?? '')) {
          aligned = { index, score };
        }
      }
    }
    if (aligned !== undefined) return { method: 'near', index: aligned.index, score: aligned.score };
    return best === undefined ? { method: 'none' } : { method: 'none', closest: best };
  };
}
