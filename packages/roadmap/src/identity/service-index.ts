import { keyHistogramBins, keySimilarity, keySimilarityBound, levenshteinDistance, sharedSortedCount } from '@egov/core';
import type { Roadmap } from '../model/roadmap-schema';
import { bitCount, fillHistogram, ServiceColumns, tokenSignature, type TokenSignature } from './service-columns';
import { serviceKey } from './service-key';
import { TokenTable } from './token-table';
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
  readonly signature: TokenSignature;
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
 * list position), so a name reads only the candidates whose length can reach the threshold, from
 * contiguous memory.
 */
interface CandidateGroup {
  readonly columns: ServiceColumns;
  /** Place of each candidate in the token's list (ties of score go to the earlier, as in a scan in list order). */
  readonly positions: Int32Array;
}

/** A name as written: the info of its key, and its match once resolved without a code (`null`: none). */
interface NameInfo {
  readonly info: KeyInfo;
  match: ServiceMatch | null | undefined;
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
  const tokens = new TokenTable();
  const infoByKey = new Map<string, KeyInfo>();
  /** Per name as written: its key's info, and its match once resolved without a code after the build. */
  const byName = new Map<string, NameInfo>();
  const infoOfKey = (key: string): KeyInfo => {
    let info = infoByKey.get(key);
    if (info === undefined) {
      const { unique, sorted, longestToken } = tokens.analyse(key);
      info = { key, unique, sorted, longestToken, signature: tokenSignature(sorted), service: undefined, near: undefined, late: undefined, closest: undefined };
      infoByKey.set(key, info);
    }
    return info;
  };
  /** Names are folded once: the same names come back in steps, budget lines and totals. */
  const nameInfo = (name: string): NameInfo => {
    let found = byName.get(name);
    if (found === undefined) {
      found = { info: infoOfKey(serviceKey(name)), match: undefined };
      byName.set(name, found);
    }
    return found;
  };
  const infoOf = (name: string): KeyInfo => nameInfo(name).info;

  // Rarity of tokens: how many baseline services and entries have each (1 per name that has it).
  // `concat`, not spread: this body runs once per roadmap, unoptimised, and spreading 100 000 entries
  // allocated an iterator result per entry.
  const items: readonly { readonly service: string; readonly code?: string | undefined }[] = (roadmap.baseline?.services ?? []).concat(roadmap.entries);
  const itemInfos = items.map((item) => infoOf(item.service));
  const frequency: number[] = [];
  for (const info of itemInfos) for (const id of info.unique) frequency[id] = (frequency[id] ?? 0) + 1;
  /**
   * Each counted token's place in the rarity order (fewer names first, then `localeCompare` of the
   * texts), tokens that compare equal sharing one; -1 for tokens no item has (they come first, in
   * `localeCompare` order, as tokens of frequency 0).
   */
  const rank = new Int32Array(tokens.count).fill(-1);
  {
    const byRarity = (a: number, b: number): number =>
      (frequency[a] ?? 0) - (frequency[b] ?? 0) || tokens.text(a).localeCompare(tokens.text(b));
    const counted = Array.from({ length: tokens.count }, (_, id) => id).filter((id) => (frequency[id] ?? 0) > 0).sort(byRarity);
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
    if (ra < 0 && rb < 0) return tokens.text(a).localeCompare(tokens.text(b));
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

  /** The first of {@link rarestTokens}, without building the list (-1 for a key without tokens). */
  const rarestToken = (info: KeyInfo): number => {
    let chosen = -1;
    for (const id of info.unique) if (chosen < 0 || rarer(chosen, id) > 0) chosen = id;
    return chosen;
  };

  /** Every service, by id (row `id` is service `id`). */
  const all = new ServiceColumns();
  /** Token number → ids of the services whose key has it, in the order they were added. */
  const postings: (number[] | undefined)[] = [];
  /** Per service id, the number of the last {@link nearest} call that saw it (a reusable "seen" set). */
  let seenIn = new Int32Array(1024);
  let call = 0;

  /** Groups of full lists, by token number, built on first use. */
  const groups: (CandidateGroup | undefined)[] = [];
  const groupOf = (token: number, list: readonly number[]): CandidateGroup => {
    const existing = groups[token];
    if (existing !== undefined) return existing;
    const order = list.slice(0, maxCandidates).map((id, position) => ({ id, position }));
    order.sort((a, b) => (all.lengths[a.id] ?? 0) - (all.lengths[b.id] ?? 0) || a.position - b.position);
    const group: CandidateGroup = {
      columns: ServiceColumns.gather(all, order.map((item) => item.id)),
      positions: Int32Array.from(order, (item) => item.position),
    };
    groups[token] = group;
    return group;
  };
  /**
   * Longest relative length difference a candidate may have: the character part of the score is at most
   * 1 − difference / longest, and the token part at most 0.6.
   */
  const maxLengthRatio = 1 - (threshold - 2e-9 - 0.6) / 0.4;
  const floor = threshold - 2e-9;

  // The name being matched, set by {@link nearest} for {@link consider}.
  let queryKey = '';
  let querySorted: readonly number[] = [];
  let queryLength = 0;
  let queryTokens = 0;
  let queryLongestToken = 1;
  let querySignatureLow = 0;
  let querySignatureHigh = 0;
  let queryOverlaps = 0;
  const queryHistogram = new Uint8Array(keyHistogramBins);
  let querySortedKey: string | undefined;
  let best: Near | undefined;
  let bestPosition = 0;
  const startQuery = (info: KeyInfo): void => {
    const { signature } = info;
    queryKey = info.key;
    querySorted = info.sorted;
    queryLength = info.key.length;
    queryTokens = info.sorted.length;
    queryLongestToken = info.longestToken;
    querySignatureLow = signature.low;
    querySignatureHigh = signature.high;
    queryOverlaps = signature.overlaps;
    queryHistogram.fill(0);
    fillHistogram(queryHistogram, 0, info.key);
    querySortedKey = undefined;
    best = undefined;
    bestPosition = 0;
  };

  /**
   * Whether the cheapest step of the bound can reach the threshold for a candidate of this key length and
   * token count: the bag distance is at least the length difference, and the token similarity at most
   * 2·min / (|A| + |B|).
   */
  const mayReach = (candidateLength: number, candidateTokens: number): boolean => {
    const longest = candidateLength > queryLength ? candidateLength : queryLength;
    if (longest === 0) return true;
    const lengthDifference = candidateLength > queryLength ? candidateLength - queryLength : queryLength - candidateLength;
    const fewest = candidateTokens < queryTokens ? candidateTokens : queryTokens;
    return 0.4 * (1 - lengthDifference / longest) + (1.2 * fewest) / (candidateTokens + queryTokens) >= floor;
  };

  /**
   * Scores row `row` of `columns` (at `position` in scan order) against the query, which
   * {@link mayReach} let through, unless a further step of `keySimilarityUpperBound` rules it out,
   * cheapest first: the shared tokens, bounded by the tokens' signatures before they are counted; the
   * character histograms, compared until too far apart; the full bound; then the edit distances limited
   * to what the score can afford. Each step skips only what the full score would reject (the larger
   * slack keeps rounding on the safe side).
   */
  const consider = (columns: ServiceColumns, row: number, position: number): void => {
    const id = columns.ids[row] ?? 0;
    const candidate = services[id];
    if (candidate === undefined) return;
    const candidateLength = columns.lengths[row] ?? 0;
    const longest = candidateLength > queryLength ? candidateLength : queryLength;
    if (longest > 0) {
      const lengthDifference = candidateLength > queryLength ? candidateLength - queryLength : queryLength - candidateLength;
      const charUpper = 0.4 * (1 - lengthDifference / longest);
      const candidateTokens = columns.tokenCounts[row] ?? 0;
      const fewest = candidateTokens < queryTokens ? candidateTokens : queryTokens;
      const tokenTotal = candidateTokens + queryTokens;
      const candidateLongestToken = columns.longestTokens[row] ?? 1;
      const longestToken = candidateLongestToken > queryLongestToken ? candidateLongestToken : queryLongestToken;
      const partial = 1 - 1 / longestToken;
      // At most one shared token per signature bit both keys set, plus the keys' tokens that share a bit.
      const candidateOverlaps = columns.overlaps[row] ?? 0;
      const sharedBound =
        bitCount(querySignatureLow & (columns.signatures[2 * row] ?? 0)) +
        bitCount(querySignatureHigh & (columns.signatures[2 * row + 1] ?? 0)) +
        (candidateOverlaps < queryOverlaps ? candidateOverlaps : queryOverlaps);
      const sharedAtMost = sharedBound < fewest ? sharedBound : fewest;
      if (charUpper + (1.2 * (sharedAtMost + (fewest - sharedAtMost) * partial)) / tokenTotal < floor) return;
      const start = columns.tokenStarts[row] ?? 0;
      const shared = sharedSortedCount(querySorted, 0, querySorted.length, columns.tokens, start, start + candidateTokens);
      const tokenUpper = (1.2 * (shared + (fewest - shared) * partial)) / tokenTotal;
      if (charUpper + tokenUpper < floor) return;
      // The character distance (as written or with sorted tokens) the score can afford, given the token part.
      const affordable = Math.floor((1 - (floor - tokenUpper) / 0.4) * longest) + 1;
      const histograms = columns.histograms;
      let plus = 0;
      let minus = 0;
      let bin = 0;
      for (let at = row * keyHistogramBins; bin < keyHistogramBins; bin += 1) {
        const difference = (queryHistogram[bin] ?? 0) - (histograms[at + bin] ?? 0);
        if (difference > 0) plus += difference;
        else minus -= difference;
        if (plus > affordable || minus > affordable) break;
      }
      if (bin < keyHistogramBins) return;
      const bound = keySimilarityBound({
        longest,
        bagDistance: plus > minus ? plus : minus,
        sharedTokens: shared,
        tokensA: queryTokens,
        tokensB: candidateTokens,
        longestToken,
      });
      if (bound < threshold - 1e-9) return;
      if (
        levenshteinDistance(queryKey, candidate.key, affordable) > affordable &&
        levenshteinDistance((querySortedKey ??= sortedTokensKey(queryKey)), sortedKeyOf(id), affordable) > affordable
      ) {
        return;
      }
    }
    const score = keySimilarity(queryKey, candidate.key, { minScore: threshold });
    if (score < threshold) return;
    if (best !== undefined && (score < best.score || (score === best.score && position > bestPosition))) return;
    if (tokensAlign(queryKey, candidate.key)) {
      best = { service: candidate, score };
      bestPosition = position;
    }
  };
  /** The key of each service with its tokens sorted (as `keySimilarity` compares them), made on first use. */
  const sortedKeys: (string | undefined)[] = [];
  const sortedKeyOf = (id: number): string => {
    let sorted = sortedKeys[id];
    if (sorted === undefined) {
      sorted = sortedTokensKey(services[id]?.key ?? '');
      sortedKeys[id] = sorted;
    }
    return sorted;
  };

  const nearest = (info: KeyInfo): Near | undefined => {
    call += 1;
    startQuery(info);
    const length = info.key.length;
    const rarest = rarestToken(info);
    const first = postings[rarest];
    if (first !== undefined && first.length >= maxCandidates && maxLengthRatio < 1) {
      // The usual case on large roadmaps: the candidates are the fixed group of the rarest token.
      const { columns, positions } = groupOf(rarest, first);
      const { lengths, tokenCounts } = columns;
      const low = Math.floor(length * (1 - maxLengthRatio)) - 1;
      const high = Math.ceil(length / (1 - maxLengthRatio)) + 1;
      let from = 0;
      let to = columns.count;
      while (from < to) {
        const middle = (from + to) >>> 1;
        if ((lengths[middle] ?? 0) < low) from = middle + 1;
        else to = middle;
      }
      for (let k = from; k < columns.count && (lengths[k] ?? 0) <= high; k += 1) {
        if (mayReach(lengths[k] ?? 0, tokenCounts[k] ?? 0)) consider(columns, k, positions[k] ?? 0);
      }
      return best;
    }
    let seen = 0;
    const blocking = rarestTokens(info);
    for (let r = 0; r < blocking.length && seen < maxCandidates; r += 1) {
      const list = postings[blocking[r] ?? -1];
      if (list === undefined) continue;
      // A list holds each service once, so the first needs no "seen" check; its services are marked only
      // when a later list will be read (when it has fewer than the cap).
      const check = r > 0;
      const mark = r < blocking.length - 1 && (r > 0 || list.length < maxCandidates);
      for (let k = 0; k < list.length && seen < maxCandidates; k += 1) {
        const id = list[k] ?? 0;
        if (check && seenIn[id] === call) continue;
        if (mark) seenIn[id] = call;
        if (mayReach(all.lengths[id] ?? 0, all.tokenCounts[id] ?? 0)) consider(all, id, seen);
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

  // A name resolved without a code gets one match object, kept: steps and budget lines repeat names.
  const resolve = (name: string, code?: string): ServiceMatch | undefined => {
    const found = nameInfo(name);
    if (code !== undefined) return resolveInfo(name, found.info, code);
    found.match ??= resolveInfo(name, found.info, undefined) ?? null;
    return found.match ?? undefined;
  };

  const add = (name: string, info: KeyInfo, code: string | undefined): ServiceMatch => {
    const key = info.key;
    const found = resolveInfo(name, info, code);
    if (found !== undefined) {
      if (found.method === 'near' && info.near === undefined) info.near = { service: found.service, score: found.score };
      if (code !== undefined && !byCode.has(code)) byCode.set(code, found.service);
      return found;
    }
    const id = services.length;
    const service: ServiceIdentity = code === undefined ? { id, name, key } : { id, name, key, code };
    services.push(service);
    all.push(id, info);
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

  /** `keySimilarityUpperBound` of the key of `info` (its histogram in `histogram`) and service `id`. */
  const upperBound = (info: KeyInfo, histogram: Uint8Array, id: number): number => {
    const longest = Math.max(all.lengths[id] ?? 0, info.key.length);
    if (longest === 0) return 1;
    let plus = 0;
    let minus = 0;
    for (let bin = 0, at = id * keyHistogramBins; bin < keyHistogramBins; bin += 1) {
      const difference = (histogram[bin] ?? 0) - (all.histograms[at + bin] ?? 0);
      if (difference > 0) plus += difference;
      else minus -= difference;
    }
    const start = all.tokenStarts[id] ?? 0;
    const tokenCount = all.tokenCounts[id] ?? 0;
    return keySimilarityBound({
      longest,
      bagDistance: Math.max(plus, minus),
      sharedTokens: sharedSortedCount(info.sorted, 0, info.sorted.length, all.tokens, start, start + tokenCount),
      tokensA: info.sorted.length,
      tokensB: tokenCount,
      longestToken: Math.max(info.longestToken, all.longestTokens[id] ?? 1),
    });
  };
  const closestHistogram = new Uint8Array(keyHistogramBins);
  const closest = (name: string): Near | undefined => {
    const info = infoOf(name);
    if (info.closest !== undefined) return info.closest ?? undefined;
    closestHistogram.fill(0);
    fillHistogram(closestHistogram, 0, info.key);
    let found: Near | undefined;
    for (const service of services) {
      // Only a strictly higher score replaces the best, so a service whose bound is below it cannot.
      if (found !== undefined && upperBound(info, closestHistogram, service.id) < found.score - 1e-9) continue;
      const score = keySimilarity(info.key, service.key);
      if (found === undefined || score > found.score) found = { service, score };
    }
    info.closest = found ?? null;
    return found;
  };

  const matches = items.map((item, index) => add(item.service, itemInfos[index] ?? infoOf(item.service), item.code));
  const baselineCount = roadmap.baseline?.services?.length ?? 0;
  built = true;
  return { services, baseline: matches.slice(0, baselineCount), entries: matches.slice(baselineCount), resolve, closest };
}

/** A key with its tokens sorted, as `keySimilarity` of `@egov/core` compares keys a second time. */
function sortedTokensKey(key: string): string {
  return key.includes(' ') ? key.split(' ').sort().join(' ') : key;
}
