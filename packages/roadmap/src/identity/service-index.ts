import { keyHistogramBin, keyHistogramBins, keySimilarity, keySimilarityBound } from '@egov/core';
import type { Roadmap } from '../model/roadmap-schema';
import { serviceKey } from './service-key';
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
 * Bytes per service in the flat array of character histograms: {@link keyHistogramBins} counts (saturated
 * at 255, which only loosens the bound) padded to one 64-byte cache line, since the candidate scan reads
 * the histograms of services in no particular order.
 */
const histogramStride = 64;

/**
 * A folded key analysed once: its tokens as numbers, for the candidate scan and the similarity bound; and
 * what the key resolved to, so that a name already seen costs one look-up.
 */
interface KeyInfo {
  readonly key: string;
  /** Token numbers in order of first occurrence, without repeats (candidate selection). */
  readonly unique: readonly number[];
  /** Token numbers sorted, with repeats (shared tokens, as multisets). */
  readonly sorted: readonly number[];
  /** Length of the longest token, at least 1. */
  readonly longestToken: number;
  /** The service whose key this is. */
  service: ServiceIdentity | undefined;
  /**
   * The near match found while the index was built. Later look-ups of the same name return the same
   * service: candidate lists grow as services are added, and the capped scan could otherwise miss a
   * match it found before (and report the name of a listed entry as unknown).
   */
  near: Near | undefined;
  /** The near match of a key first seen once the index was built (`null`: none). */
  late: Near | null | undefined;
  /** The closest service, for "did you mean" (`null`: the roadmap has no services). */
  closest: Near | null | undefined;
}

/**
 * The first {@link maxCandidates} services listed under a token, which never change once the list is that
 * long: every name whose rarest token it is has exactly these candidates. Kept sorted by key length (then
 * list position) with their sizes and histograms side by side, so a name reads only the candidates whose
 * length can reach the threshold, from contiguous memory.
 */
interface CandidateGroup {
  readonly ids: Int32Array;
  /** Place of each candidate in the token's list (ties of score go to the earlier, as in a scan in list order). */
  readonly positions: Int32Array;
  readonly lengths: Int32Array;
  readonly tokenCounts: Int32Array;
  readonly histograms: Uint8Array;
  /** Sorted token numbers of candidate `k` from `tokenStarts[k]`, `tokenCounts[k]` of them. */
  readonly tokens: Int32Array;
  readonly tokenStarts: Int32Array;
  readonly longestTokens: Int32Array;
}

/** A near match found by the candidate scan. */
interface Near {
  readonly service: ServiceIdentity;
  readonly score: number;
}

/**
 * Identifies the services of a roadmap: baseline services and entries that name the same service are
 * grouped, by procedure code first, then by {@link serviceKey}, then by near match (typos, word order,
 * tone placement) at or above the threshold, provided the names differ only by typos and by words on one
 * side (see {@link tokensAlign}): "… đầu tư nước ngoài …" and "… đầu tư trong nước …" stay apart.
 * Near-match candidates come from a token index (the first services listed under the name's rarest
 * tokens), and a candidate is scored only when `keySimilarityUpperBound` (from `@egov/core`) reaches the
 * threshold, so the cost stays near-linear in the number of entries.
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

  // Tokens are numbered once; every key is split and analysed once ({@link KeyInfo}), whether it is an
  // entry's name or a name that steps and budget lines repeat.
  const tokenIds = new Map<string, number>();
  const tokenTexts: string[] = [];
  /** Per token number, the number of the last key that counted it (a reusable "seen" set). */
  let tokenMark = new Int32Array(1024);
  let keyCount = 0;
  const infoByKey = new Map<string, KeyInfo>();
  const infoByName = new Map<string, KeyInfo>();
  const analyse = (key: string): KeyInfo => {
    const unique: number[] = [];
    const all: number[] = [];
    let longestToken = 1;
    keyCount += 1;
    for (const token of key.split(' ')) {
      let id = tokenIds.get(token);
      if (id === undefined) {
        id = tokenTexts.length;
        tokenIds.set(token, id);
        tokenTexts.push(token);
        if (id >= tokenMark.length) {
          const grown = new Int32Array(tokenMark.length * 2);
          grown.set(tokenMark);
          tokenMark = grown;
        }
      }
      all.push(id);
      if (tokenMark[id] !== keyCount) {
        tokenMark[id] = keyCount;
        unique.push(id);
      }
      if (token.length > longestToken) longestToken = token.length;
    }
    return { key, unique, sorted: all.sort((a, b) => a - b), longestToken, service: undefined, near: undefined, late: undefined, closest: undefined };
  };
  const infoOfKey = (key: string): KeyInfo => {
    let info = infoByKey.get(key);
    if (info === undefined) {
      info = analyse(key);
      infoByKey.set(key, info);
    }
    return info;
  };
  /** Names are folded once: the same names come back in steps, budget lines and totals. */
  const infoOf = (name: string): KeyInfo => {
    let info = infoByName.get(name);
    if (info === undefined) {
      info = infoOfKey(serviceKey(name));
      infoByName.set(name, info);
    }
    return info;
  };

  // Rarity of tokens: how many baseline services and entries have each (1 per name that has it).
  const items = [...(roadmap.baseline?.services ?? []), ...roadmap.entries];
  const itemInfos = items.map((item) => infoOf(item.service));
  const frequency: number[] = [];
  for (const info of itemInfos) for (const id of info.unique) frequency[id] = (frequency[id] ?? 0) + 1;
  /**
   * Each counted token's place in the rarity order (fewer names first, then `localeCompare` of the
   * texts), tokens that compare equal sharing one; -1 for tokens no item has (they come first, in
   * `localeCompare` order, as tokens of frequency 0).
   */
  const rank = new Int32Array(tokenTexts.length).fill(-1);
  {
    const byRarity = (a: number, b: number): number =>
      (frequency[a] ?? 0) - (frequency[b] ?? 0) || (tokenTexts[a] ?? '').localeCompare(tokenTexts[b] ?? '');
    const counted = [...tokenTexts.keys()].filter((id) => (frequency[id] ?? 0) > 0).sort(byRarity);
    let place = 0;
    counted.forEach((id, index) => {
      const previous = counted[index - 1];
      if (previous !== undefined && byRarity(previous, id) !== 0) place += 1;
      rank[id] = place;
    });
  }
  const rankOf = (id: number): number => (id < rank.length ? (rank[id] ?? -1) : -1);
  const rarer = (a: number, b: number): number => {
    const ra = rankOf(a);
    const rb = rankOf(b);
    if (ra >= 0 && rb >= 0) return ra - rb;
    if (ra < 0 && rb < 0) return (tokenTexts[a] ?? '').localeCompare(tokenTexts[b] ?? '');
    return ra < 0 ? -1 : 1;
  };
  /** The {@link blockingTokens} rarest tokens of a key, ties in order of first occurrence (a stable sort). */
  const rarestTokens = (info: KeyInfo): number[] => {
    const chosen: number[] = [];
    for (const id of info.unique) {
      let at = chosen.length;
      chosen.push(id);
      while (at > 0 && rarer(chosen[at - 1] ?? 0, id) > 0) {
        chosen[at] = chosen[at - 1] ?? 0;
        at -= 1;
      }
      chosen[at] = id;
    }
    return chosen.slice(0, blockingTokens);
  };

  // Services in flat arrays: the candidate scan reads these for every candidate, most of which it skips.
  /** Token number → ids of the services whose key has it, in the order they were added. */
  const postings: (number[] | undefined)[] = [];
  /** Key length and token count of service `id` at `2 * id` and `2 * id + 1`. */
  let sizes = new Int32Array(2048);
  let histograms = new Uint8Array(1024 * histogramStride);
  /** Sorted token numbers of service `id` from `tokenStarts[id]`, `sizes[2 * id + 1]` of them. */
  let serviceTokens = new Int32Array(4096);
  let tokenStarts = new Int32Array(1025);
  let longestTokens = new Int32Array(1024);
  /** Per service id, the number of the last {@link nearest} call that saw it (a reusable "seen" set). */
  let seenIn = new Int32Array(1024);
  let call = 0;
  const queryHistogram = new Uint8Array(histogramStride);
  const fillHistogram = (target: Uint8Array, at: number, key: string): void => {
    for (let i = 0; i < key.length; i += 1) {
      const bin = at + keyHistogramBin(key.charCodeAt(i));
      const count = target[bin] ?? 0;
      if (count < 255) target[bin] = count + 1;
    }
  };

  /** `keySimilarityUpperBound` of a key (its info and histogram) and service `id`. */
  const upperBound = (info: KeyInfo, histogram: Uint8Array, id: number): number => {
    const length = sizes[2 * id] ?? 0;
    const longest = Math.max(length, info.key.length);
    if (longest === 0) return 1;
    let plus = 0;
    let minus = 0;
    for (let bin = 0, at = id * histogramStride; bin < keyHistogramBins; bin += 1) {
      const difference = (histogram[bin] ?? 0) - (histograms[at + bin] ?? 0);
      if (difference > 0) plus += difference;
      else minus -= difference;
    }
    return boundFrom(info, id, plus, minus);
  };
  /** The bound, given the two sides of the histograms' difference. */
  const boundFrom = (info: KeyInfo, id: number, plus: number, minus: number): number => {
    const longest = Math.max(sizes[2 * id] ?? 0, info.key.length);
    const start = tokenStarts[id] ?? 0;
    const tokenCount = sizes[2 * id + 1] ?? 0;
    return keySimilarityBound({
      longest,
      bagDistance: Math.max(plus, minus),
      sharedTokens: sharedTokens(info.sorted, serviceTokens, start, start + tokenCount),
      tokensA: info.sorted.length,
      tokensB: tokenCount,
      longestToken: Math.max(info.longestToken, longestTokens[id] ?? 1),
    });
  };

  /** Groups of full lists, by token number, built on first use. */
  const groups: (CandidateGroup | undefined)[] = [];
  const groupOf = (token: number, list: readonly number[]): CandidateGroup => {
    const existing = groups[token];
    if (existing !== undefined) return existing;
    const order = list.slice(0, maxCandidates).map((id, position) => ({ id, position, length: sizes[2 * id] ?? 0 }));
    order.sort((a, b) => a.length - b.length || a.position - b.position);
    const group: CandidateGroup = {
      ids: Int32Array.from(order, (item) => item.id),
      positions: Int32Array.from(order, (item) => item.position),
      lengths: Int32Array.from(order, (item) => item.length),
      tokenCounts: Int32Array.from(order, (item) => sizes[2 * item.id + 1] ?? 0),
      histograms: new Uint8Array(order.length * keyHistogramBins),
      tokens: new Int32Array(order.reduce((sum, item) => sum + (sizes[2 * item.id + 1] ?? 0), 0)),
      tokenStarts: new Int32Array(order.length),
      longestTokens: Int32Array.from(order, (item) => longestTokens[item.id] ?? 1),
    };
    let tokenAt = 0;
    order.forEach((item, k) => {
      group.histograms.set(histograms.subarray(item.id * histogramStride, item.id * histogramStride + keyHistogramBins), k * keyHistogramBins);
      const start = tokenStarts[item.id] ?? 0;
      const count = sizes[2 * item.id + 1] ?? 0;
      group.tokens.set(serviceTokens.subarray(start, start + count), tokenAt);
      group.tokenStarts[k] = tokenAt;
      tokenAt += count;
    });
    groups[token] = group;
    return group;
  };
  /**
   * Longest relative length difference a candidate may have: the character part of the score is at most
   * 1 − difference / longest, and the token part at most 0.6.
   */
  const maxLengthRatio = 1 - (threshold - 2e-9 - 0.6) / 0.4;

  const nearest = (info: KeyInfo): Near | undefined => {
    call += 1;
    const key = info.key;
    const length = key.length;
    const tokenCount = info.sorted.length;
    queryHistogram.fill(0);
    fillHistogram(queryHistogram, 0, key);
    const floor = threshold - 2e-9;
    const rarest = rarestTokens(info);
    let seen = 0;
    let best: Near | undefined;
    let bestPosition = 0;
    /**
     * Scores candidate `id` (at `position` in scan order) unless a step of the bound rules it out, cheapest
     * first: the bag distance is at least the length difference, and the token similarity at most
     * 2·min / (|A| + |B|); then the shared tokens; then the character histograms, compared until too far
     * apart. Each step skips only what the full bound skips (the larger slack keeps rounding on the safe
     * side); the last is the full bound.
     */
    const consider = (
      id: number,
      position: number,
      candidateLength: number,
      candidateTokens: number,
      hist: Uint8Array,
      at: number,
      tokens: Int32Array,
      tokensAt: number,
      candidateLongestToken: number,
    ): void => {
      const longest = candidateLength > length ? candidateLength : length;
      if (longest > 0) {
        const lengthDifference = candidateLength > length ? candidateLength - length : length - candidateLength;
        const charUpper = 0.4 * (1 - lengthDifference / longest);
        const fewest = candidateTokens < tokenCount ? candidateTokens : tokenCount;
        if (charUpper + (0.6 * 2 * fewest) / (candidateTokens + tokenCount) < floor) return;
        const shared = sharedTokens(info.sorted, tokens, tokensAt, tokensAt + candidateTokens);
        const longestToken = candidateLongestToken > info.longestToken ? candidateLongestToken : info.longestToken;
        const tokenUpper = (0.6 * 2 * (shared + (fewest - shared) * (1 - 1 / longestToken))) / (candidateTokens + tokenCount);
        if (charUpper + tokenUpper < floor) return;
        const allowed = (1 - (floor - tokenUpper) / 0.4) * longest + 1;
        let plus = 0;
        let minus = 0;
        let bin = 0;
        for (; bin < keyHistogramBins; bin += 1) {
          const difference = (queryHistogram[bin] ?? 0) - (hist[at + bin] ?? 0);
          if (difference > 0) plus += difference;
          else minus -= difference;
          if (plus > allowed || minus > allowed) break;
        }
        if (bin < keyHistogramBins) return;
        const bound = keySimilarityBound({
          longest,
          bagDistance: plus > minus ? plus : minus,
          sharedTokens: shared,
          tokensA: tokenCount,
          tokensB: candidateTokens,
          longestToken,
        });
        if (bound < threshold - 1e-9) return;
      }
      const candidate = services[id];
      if (candidate === undefined) return;
      const score = keySimilarity(key, candidate.key, { minScore: threshold });
      if (score < threshold) return;
      if (best !== undefined && (score < best.score || (score === best.score && position > bestPosition))) return;
      if (tokensAlign(key, candidate.key)) {
        best = { service: candidate, score };
        bestPosition = position;
      }
    };

    const first = postings[rarest[0] ?? -1];
    if (first !== undefined && first.length >= maxCandidates && maxLengthRatio < 1) {
      // The usual case on large roadmaps: the candidates are the fixed group of the rarest token.
      const group = groupOf(rarest[0] ?? 0, first);
      const low = Math.floor(length * (1 - maxLengthRatio)) - 1;
      const high = Math.ceil(length / (1 - maxLengthRatio)) + 1;
      let from = 0;
      let to = group.lengths.length;
      while (from < to) {
        const middle = (from + to) >>> 1;
        if ((group.lengths[middle] ?? 0) < low) from = middle + 1;
        else to = middle;
      }
      for (let k = from; k < group.lengths.length && (group.lengths[k] ?? 0) <= high; k += 1) {
        consider(
          group.ids[k] ?? 0,
          group.positions[k] ?? 0,
          group.lengths[k] ?? 0,
          group.tokenCounts[k] ?? 0,
          group.histograms,
          k * keyHistogramBins,
          group.tokens,
          group.tokenStarts[k] ?? 0,
          group.longestTokens[k] ?? 1,
        );
      }
      return best;
    }
    for (let r = 0; r < rarest.length && seen < maxCandidates; r += 1) {
      const list = postings[rarest[r] ?? -1];
      if (list === undefined) continue;
      // A list holds each service once, so the first needs no "seen" check; its services are marked only
      // when a later list will be read (when it has fewer than the cap).
      const check = r > 0;
      const mark = r < rarest.length - 1 && (r > 0 || list.length < maxCandidates);
      for (let k = 0; k < list.length && seen < maxCandidates; k += 1) {
        const id = list[k] ?? 0;
        if (check && seenIn[id] === call) continue;
        if (mark) seenIn[id] = call;
        const size = sizes[2 * id + 1] ?? 0;
        consider(id, seen, sizes[2 * id] ?? 0, size, histograms, id * histogramStride, serviceTokens, tokenStarts[id] ?? 0, longestTokens[id] ?? 1);
        seen += 1;
      }
    }
    return best;
  };

  /** Once the index is built it no longer changes, so near matches of new names can be remembered. */
  let built = false;
  const nearOf = (info: KeyInfo): Near | undefined => {
    if (info.near !== undefined) return info.near;
    if (!built) return nearest(info);
    if (info.late !== undefined) return info.late ?? undefined;
    const found = nearest(info);
    info.late = found ?? null;
    return found;
  };

  const resolveInfo = (name: string, info: KeyInfo, code: string | undefined): ServiceMatch | undefined => {
    if (code !== undefined) {
      const service = byCode.get(code);
      if (service !== undefined) return { service, method: 'code', score: 1, name };
    }
    const exact = info.service;
    if (exact !== undefined) return { service: exact, method: 'name', score: 1, name };
    const near = nearOf(info);
    return near === undefined ? undefined : { service: near.service, method: 'near', score: near.score, name };
  };

  const resolve = (name: string, code?: string): ServiceMatch | undefined => resolveInfo(name, infoOf(name), code);

  const add = (name: string, info: KeyInfo, code: string | undefined): ServiceMatch => {
    const key = info.key;
    const found = resolveInfo(name, info, code);
    if (found !== undefined) {
      if (found.method === 'near' && info.near === undefined) info.near = { service: found.service, score: found.score };
      if (code !== undefined && !byCode.has(code)) byCode.set(code, found.service);
      return found;
    }
    const service: ServiceIdentity = { id: services.length, name, key, ...(code === undefined ? {} : { code }) };
    const id = service.id;
    services.push(service);
    const tokenCount = info.sorted.length;
    const start = tokenStarts[id] ?? 0;
    if (id + 2 > tokenStarts.length) {
      const grown = new Int32Array(tokenStarts.length * 2);
      grown.set(tokenStarts);
      tokenStarts = grown;
    }
    if (id >= longestTokens.length) {
      const grown = new Int32Array(longestTokens.length * 2);
      grown.set(longestTokens);
      longestTokens = grown;
    }
    if (start + tokenCount > serviceTokens.length) {
      const grown = new Int32Array(Math.max(serviceTokens.length * 2, start + tokenCount));
      grown.set(serviceTokens);
      serviceTokens = grown;
    }
    serviceTokens.set(info.sorted, start);
    tokenStarts[id + 1] = start + tokenCount;
    longestTokens[id] = info.longestToken;
    if (2 * id + 2 > sizes.length) {
      const grown = new Int32Array(sizes.length * 2);
      grown.set(sizes);
      sizes = grown;
    }
    sizes[2 * id] = key.length;
    sizes[2 * id + 1] = info.sorted.length;
    if ((id + 1) * histogramStride > histograms.length) {
      const grown = new Uint8Array(histograms.length * 2);
      grown.set(histograms);
      histograms = grown;
    }
    fillHistogram(histograms, id * histogramStride, key);
    if (id >= seenIn.length) {
      const grown = new Int32Array(seenIn.length * 2);
      grown.set(seenIn);
      seenIn = grown;
    }
    info.service = service;
    if (code !== undefined) byCode.set(code, service);
    for (const token of info.unique) {
      const list = postings[token];
      if (list === undefined) postings[token] = [id];
      else list.push(id);
    }
    return { service, method: code === undefined ? 'name' : 'code', score: 1, name };
  };

  const closestHistogram = new Uint8Array(histogramStride);
  const closest = (name: string): Near | undefined => {
    const info = infoOf(name);
    if (info.closest !== undefined) return info.closest ?? undefined;
    closestHistogram.fill(0);
    fillHistogram(closestHistogram, 0, info.key);
    let best: Near | undefined;
    for (const service of services) {
      // Only a strictly higher score replaces the best, so a service whose bound is below it cannot.
      if (best !== undefined && upperBound(info, closestHistogram, service.id) < best.score - 1e-9) continue;
      const score = keySimilarity(info.key, service.key);
      if (best === undefined || score > best.score) best = { service, score };
    }
    info.closest = best ?? null;
    return best;
  };

  const matches = items.map((item, index) => add(item.service, itemInfos[index] ?? infoOf(item.service), item.code));
  const baselineCount = roadmap.baseline?.services?.length ?? 0;
  built = true;
  return { services, baseline: matches.slice(0, baselineCount), entries: matches.slice(baselineCount), resolve, closest };
}

/** Number of tokens two sorted lists of token numbers share, as multisets. */
function sharedTokens(a: readonly number[], b: Int32Array, from: number, to: number): number {
  let shared = 0;
  for (let i = 0, j = from; i < a.length && j < to; ) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared;
}
