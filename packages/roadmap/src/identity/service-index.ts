import { keySimilarity } from '@egov/core';
import type { Roadmap } from '../model/roadmap-schema';
import { serviceKey } from './service-key';
import { histogramBins as bins, keyProfile, similarityUpperBound, tokenBound, type KeyProfile } from './similarity-bound';
import { tokensAlign } from './tokens-align';

/** How a name was matched to a service. */
export type MatchMethod = 'code' | 'name' | 'near';

/** A service of a roadmap: the names and codes under which it appears. */
export interface ServiceIdentity {
  /** Index of the service in {@link ServiceIndex.services}. */
  readonly id: number;
  /** The first name it was listed under. */
  readonly name: string;
  readonly code?: string;
  /** Its {@link serviceKey}. */
  readonly key: string;
}

/** The service a name was resolved to, how, and how sure (1 for code and exact name matches). */
export interface ServiceMatch {
  readonly service: ServiceIdentity;
  readonly method: MatchMethod;
  readonly score: number;
  /** The name as it was written where it was matched. */
  readonly name: string;
}

/** Options of {@link buildServiceIndex}. */
export interface ServiceIndexOptions {
  /**
   * Smallest name similarity (see `nameSimilarity` in `@egov/core`) at which two differently written names
   * are taken as the same service. Default 0.9: a one-letter typo in a four-word name scores about 0.93;
   * two different procedures that share most words ("… đầu tư nước ngoài …" / "… đầu tư trong nước …")
   * score lower.
   */
  readonly nearMatchThreshold?: number;
}

/** Services of a roadmap, with a resolver for more names (steps, budget lines). */
export interface ServiceIndex {
  readonly services: readonly ServiceIdentity[];
  /** Match of each baseline service, by index. */
  readonly baseline: readonly ServiceMatch[];
  /** Match of each entry, by index. */
  readonly entries: readonly ServiceMatch[];
  /** Resolves a name (and optional code) to a known service, or `undefined` when none is close enough. */
  readonly resolve: (name: string, code?: string) => ServiceMatch | undefined;
  /**
   * The most similar known service to a name, however low the similarity (for messages such as "did you
   * mean …?"); `undefined` only when the roadmap has no services. Scans every service: use it for names
   * that did not resolve, not in a loop over all names.
   */
  readonly closest: (name: string) => { readonly service: ServiceIdentity; readonly score: number } | undefined;
}

/** How many of a name's rarest tokens are used to find near-match candidates. */
const blockingTokens = 3;
/** The most candidates compared per name, to keep resolution near-linear on huge roadmaps. */
const maxCandidates = 64;

/**
 * Identifies the services of a roadmap: baseline services and entries that name the same service are
 * grouped, by procedure code first, then by {@link serviceKey}, then by near match (typos, word order,
 * tone placement) at or above the threshold, provided the names differ only by typos and by words on one
 * side (see {@link tokensAlign}): "… đầu tư nước ngoài …" and "… đầu tư trong nước …" stay apart. Near-match candidates come from a token index (a name's
 * rarest tokens), so the cost stays near-linear in the number of entries.
 *
 * @param roadmap - A parsed roadmap.
 * @param options - Near-match threshold.
 * @returns The services and the match of every baseline service and entry.
 * @example
 * ```ts
 * const index = buildServiceIndex(roadmap);
 * index.resolve('Gấp phép và khai thác nguồn nước')?.method; // "near" when the roadmap lists "Cấp phép và khai thác nguồn nước"
 * ```
 */
export function buildServiceIndex(roadmap: Roadmap, options: ServiceIndexOptions = {}): ServiceIndex {
  const threshold = options.nearMatchThreshold ?? 0.9;
  const services: ServiceIdentity[] = [];
  const byCode = new Map<string, ServiceIdentity>();
  const byKey = new Map<string, ServiceIdentity>();
  /** Token → ids of the services whose key has it, in the order they were added. */
  const byToken = new Map<string, number[]>();
  const tokenFrequency = new Map<string, number>();
  /** Profile of each service's key, by service id. */
  const profiles: KeyProfile[] = [];
  /**
   * The same profiles' lengths, token counts and character histograms in flat arrays (histogram of
   * service `id` at `id * bins`): the candidate scan reads them for every candidate, most of which it skips.
   */
  const lengths: number[] = [];
  const tokenCounts: number[] = [];
  let histograms = new Uint16Array(bins * 256);
  const longestTokens: number[] = [];
  /** Token → a number, so that shared tokens are counted on sorted numbers rather than strings. */
  const tokenIds = new Map<string, number>();
  /** Each service's token numbers, sorted (with repeats), at `tokenStarts[id]` up to `tokenStarts[id + 1]`. */
  let tokenList = new Int32Array(1024);
  const tokenStarts: number[] = [0];
  const tokenNumbers = (tokens: readonly string[], intern: boolean): number[] => {
    const numbers: number[] = [];
    for (const token of tokens) {
      let number = tokenIds.get(token);
      if (number === undefined && intern) {
        number = tokenIds.size;
        tokenIds.set(token, number);
      }
      // A token no service has cannot be shared: it is left out (the token count still counts it).
      if (number !== undefined) numbers.push(number);
    }
    return numbers.sort((a, b) => a - b);
  };
  /** Per service id, the number of the last {@link nearest} call that saw it (a reusable "seen" set). */
  const seenIn: number[] = [];
  let call = 0;
  /**
   * Keys linked by near match while the index was built. Later look-ups of the same name return the same
   * service: candidate lists grow as services are added, and the capped scan could otherwise miss a
   * match it found before (and report the name of a listed entry as unknown).
   */
  const nearByKey = new Map<string, { service: ServiceIdentity; score: number }>();
  /** Names and keys are folded once: the same names come back in steps, budget lines and totals. */
  const keys = new Map<string, string>();
  const keyOf = (name: string): string => {
    let key = keys.get(name);
    if (key === undefined) {
      key = serviceKey(name);
      keys.set(name, key);
    }
    return key;
  };

  const names = [...(roadmap.baseline?.services ?? []), ...roadmap.entries].map((item) => keyOf(item.service));
  for (const key of names) {
    for (const token of new Set(key.split(' '))) tokenFrequency.set(token, (tokenFrequency.get(token) ?? 0) + 1);
  }
  const byRarity = (a: string, b: string): number => (tokenFrequency.get(a) ?? 0) - (tokenFrequency.get(b) ?? 0) || a.localeCompare(b);
  /**
   * Each known token's place in the {@link byRarity} order, tokens that compare equal sharing one: sorting
   * a key's tokens by rank gives the same order as sorting them with the comparator (the sort is stable),
   * without a `localeCompare` per comparison.
   */
  const rank = new Map<string, number>();
  {
    const sorted = [...tokenFrequency.keys()].sort(byRarity);
    let previous: string | undefined;
    let place = 0;
    for (const token of sorted) {
      if (previous !== undefined && byRarity(previous, token) !== 0) place += 1;
      rank.set(token, place);
      previous = token;
    }
  }

  const rarestTokens = (key: string): string[] => {
    const tokens = [...new Set(key.split(' '))];
    const known = tokens.every((token) => rank.has(token));
    return (known ? tokens.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)) : tokens.sort(byRarity)).slice(0, blockingTokens);
  };

  const nearest = (key: string, profile: KeyProfile): { service: ServiceIdentity; score: number } | undefined => {
    call += 1;
    let seen = 0;
    const numbers = tokenNumbers(profile.tokens, false);
    let best: { service: ServiceIdentity; score: number } | undefined;
    for (const token of rarestTokens(key)) {
      for (const id of byToken.get(token) ?? []) {
        if (seen >= maxCandidates) break;
        if (seenIn[id] === call) continue;
        seenIn[id] = call;
        seen += 1;
        const candidateProfile = profiles[id];
        const candidate = services[id];
        if (candidateProfile === undefined || candidate === undefined) continue;
        // A sound upper bound of the similarity skips most candidates without computing an edit distance.
        // It is `similarityUpperBound` computed in steps, each skipping only what the full bound would skip
        // (the larger slack keeps rounding on the safe side): the bag distance is at least the length
        // difference, and the token similarity at most 2·min / (|A| + |B|); the histograms come from flat
        // arrays, and their comparison stops once the distance is already too large.
        const length = lengths[id] ?? 0;
        const longest = length > profile.length ? length : profile.length;
        if (longest === 0) {
          if (similarityUpperBound(profile, candidateProfile) < threshold - 1e-9) continue;
        } else {
          const tokenCount = tokenCounts[id] ?? 0;
          const tokenPart = (0.6 * 2 * (tokenCount < profile.tokens.length ? tokenCount : profile.tokens.length)) / (tokenCount + profile.tokens.length);
          const floor = threshold - 2e-9;
          const lengthDifference = length > profile.length ? length - profile.length : profile.length - length;
          if (0.4 * (1 - lengthDifference / longest) + tokenPart < floor) continue;
          const allowed = (1 - (floor - tokenPart) / 0.4) * longest + 1;
          let plus = 0;
          let minus = 0;
          let bin = 0;
          const at = id * bins;
          while (bin < bins) {
            const difference = (profile.histogram[bin] ?? 0) - (histograms[at + bin] ?? 0);
            if (difference > 0) plus += difference;
            else minus -= difference;
            bin += 1;
            if (plus > allowed || minus > allowed) break;
          }
          if (0.4 * (1 - (plus > minus ? plus : minus) / longest) + tokenPart < floor) continue;
          for (; bin < bins; bin += 1) {
            const difference = (profile.histogram[bin] ?? 0) - (histograms[at + bin] ?? 0);
            if (difference > 0) plus += difference;
            else minus -= difference;
          }
          if (0.4 * (1 - (plus > minus ? plus : minus) / longest) + tokenPart < floor) continue;
          // The full bound, with the same operations as `similarityUpperBound`.
          let shared = 0;
          for (let i = 0, j = tokenStarts[id] ?? 0, end = tokenStarts[id + 1] ?? 0; i < numbers.length && j < end; ) {
            const x = numbers[i] ?? 0;
            const y = tokenList[j] ?? 0;
            if (x === y) {
              shared += 1;
              i += 1;
              j += 1;
            } else if (x < y) i += 1;
            else j += 1;
          }
          const candidateLongest = longestTokens[id] ?? 1;
          const tokenUpper = tokenBound(shared, profile.tokens.length, tokenCount, Math.max(profile.longestToken, candidateLongest));
          if (0.4 * (1 - Math.max(plus, minus) / longest) + 0.6 * tokenUpper < threshold - 1e-9) continue;
        }
        const score = keySimilarity(key, candidate.key, { minScore: threshold });
        if (score < threshold || (best !== undefined && score <= best.score)) continue;
        if (tokensAlign(key, candidate.key)) best = { service: candidate, score };
      }
    }
    return best;
  };

  /** Once the index is built it no longer changes, so near matches of new names can be remembered. */
  let built = false;
  const lateNear = new Map<string, { service: ServiceIdentity; score: number } | null>();
  const nearOf = (key: string, profile: KeyProfile | undefined): { service: ServiceIdentity; score: number } | undefined => {
    const linked = nearByKey.get(key);
    if (linked !== undefined) return linked;
    if (!built) return nearest(key, profile ?? keyProfile(key));
    const known = lateNear.get(key);
    if (known !== undefined) return known ?? undefined;
    const found = nearest(key, profile ?? keyProfile(key));
    lateNear.set(key, found ?? null);
    return found;
  };

  const resolveKey = (name: string, key: string, code: string | undefined, profile?: KeyProfile): ServiceMatch | undefined => {
    if (code !== undefined) {
      const service = byCode.get(code);
      if (service !== undefined) return { service, method: 'code', score: 1, name };
    }
    const exact = byKey.get(key);
    if (exact !== undefined) return { service: exact, method: 'name', score: 1, name };
    const near = nearOf(key, profile);
    return near === undefined ? undefined : { service: near.service, method: 'near', score: near.score, name };
  };

  const resolve = (name: string, code?: string): ServiceMatch | undefined => resolveKey(name, keyOf(name), code);

  const add = (name: string, code: string | undefined): ServiceMatch => {
    const key = keyOf(name);
    // The profile serves both the near-match scan and, when the name is a new service, the service.
    const profile = code !== undefined && byCode.has(code) ? undefined : byKey.has(key) || nearByKey.has(key) ? undefined : keyProfile(key);
    const found = resolveKey(name, key, code, profile);
    if (found !== undefined) {
      if (found.method === 'near' && !nearByKey.has(key)) nearByKey.set(key, { service: found.service, score: found.score });
      if (code !== undefined && !byCode.has(code)) byCode.set(code, found.service);
      return found;
    }
    const service: ServiceIdentity = { id: services.length, name, key, ...(code === undefined ? {} : { code }) };
    services.push(service);
    const serviceProfile = profile ?? keyProfile(key);
    profiles.push(serviceProfile);
    lengths.push(serviceProfile.length);
    tokenCounts.push(serviceProfile.tokens.length);
    if ((service.id + 1) * bins > histograms.length) {
      const grown = new Uint16Array(histograms.length * 2);
      grown.set(histograms);
      histograms = grown;
    }
    histograms.set(serviceProfile.histogram, service.id * bins);
    longestTokens.push(serviceProfile.longestToken);
    const numbers = tokenNumbers(serviceProfile.tokens, true);
    const start = tokenStarts[service.id] ?? 0;
    if (start + numbers.length > tokenList.length) {
      const grown = new Int32Array(Math.max(tokenList.length * 2, start + numbers.length));
      grown.set(tokenList);
      tokenList = grown;
    }
    tokenList.set(numbers, start);
    tokenStarts.push(start + numbers.length);
    seenIn.push(0);
    byKey.set(key, service);
    if (code !== undefined) byCode.set(code, service);
    for (const token of new Set(key.split(' '))) {
      const list = byToken.get(token);
      if (list === undefined) byToken.set(token, [service.id]);
      else list.push(service.id);
    }
    return { service, method: code === undefined ? 'name' : 'code', score: 1, name };
  };

  const closestByKey = new Map<string, { service: ServiceIdentity; score: number } | null>();
  const closest = (name: string): { service: ServiceIdentity; score: number } | undefined => {
    const key = keyOf(name);
    const known = closestByKey.get(key);
    if (known !== undefined) return known ?? undefined;
    const profile = keyProfile(key);
    let best: { service: ServiceIdentity; score: number } | undefined;
    for (const service of services) {
      // Only a strictly higher score replaces the best, so a service whose bound is below it cannot.
      const serviceProfile = profiles[service.id];
      if (best !== undefined && serviceProfile !== undefined && similarityUpperBound(profile, serviceProfile) < best.score - 1e-9) continue;
      const score = keySimilarity(key, service.key);
      if (best === undefined || score > best.score) best = { service, score };
    }
    closestByKey.set(key, best ?? null);
    return best;
  };

  const baseline = (roadmap.baseline?.services ?? []).map((item) => add(item.service, item.code));
  const entries = roadmap.entries.map((entry) => add(entry.service, entry.code));
  built = true;
  return { services, baseline, entries, resolve, closest };
}
