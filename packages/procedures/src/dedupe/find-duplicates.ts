import { minOf, createFinding, foldKey, keyHistogramBin, keyHistogramBins, keySimilarity, keySimilarityBound, sharedSortedCount, type Finding } from '@egov/core';
import type { Procedure } from '../model/procedure';

/** Why two procedures are duplicates. */
export type DuplicateReason = 'same-code' | 'same-name-and-agency' | 'same-name' | 'similar-name';

/** How each reason reads in a message. */
const duplicateReasonLabels: Readonly<Record<DuplicateReason, { readonly vi: string; readonly en: string }>> = {
  'same-code': { vi: 'cùng mã', en: 'same code' },
  'same-name-and-agency': { vi: 'cùng tên và cơ quan', en: 'same name and agency' },
  'same-name': { vi: 'cùng tên', en: 'same name' },
  'similar-name': { vi: 'tên gần giống', en: 'similar name' },
};

/** Two procedures (indexes into the input) found to be duplicates, with the reason and a similarity in [0, 1]. */
export interface DuplicatePair {
  readonly a: number;
  readonly b: number;
  readonly reason: DuplicateReason;
  readonly score: number;
}

/** A group of procedures that duplicate one another (connected by pairs). */
export interface DuplicateCluster {
  /** Indexes into the input, ascending. */
  readonly members: readonly number[];
  /** `exact` when any pair is a same-code or same-name pair, else `near`. */
  readonly kind: 'exact' | 'near';
  /** The reasons of its pairs, strongest first. */
  readonly reasons: readonly DuplicateReason[];
  /** Lowest pair score: how alike the least alike linked pair is. */
  readonly score: number;
  readonly pairs: readonly DuplicatePair[];
}

/** Options of {@link findDuplicates}. */
export interface FindDuplicatesOptions {
  /** Minimum name similarity (core `keySimilarity`) for a near-duplicate. Default 0.85. */
  readonly minScore?: number;
  /**
   * `agency` (default): names are compared within the same lead agency only (the same procedure settled by
   * two agencies is not a duplicate); `catalogue`: across the whole catalogue.
   */
  readonly scope?: 'agency' | 'catalogue';
  /** Blocks larger than this are compared in a sliding window of sorted names instead of all pairs. Default 256. */
  readonly maxBlockSize?: number;
  /** Window of the sliding comparison in oversized blocks. Default 32. */
  readonly window?: number;
  /** JSON-pointer segments of the procedure list in the input, for findings. Default `['procedures']`. */
  readonly path?: readonly (string | number)[];
}

/** Result of {@link findDuplicates}. */
export interface DuplicateReport {
  readonly clusters: readonly DuplicateCluster[];
  readonly findings: readonly Finding[];
  /** Work done: names compared pairwise and blocks handled by the sliding window. */
  readonly stats: { readonly comparisons: number; readonly blocks: number; readonly oversizedBlocks: number };
}

type Named = Pick<Procedure, 'name'> & Partial<Pick<Procedure, 'code' | 'leadAgency'>>;

const reasonRank: Readonly<Record<DuplicateReason, number>> = {
  'same-code': 0,
  'same-name-and-agency': 1,
  'same-name': 2,
  'similar-name': 3,
};

// foldKey builds its key character by character; V8 keeps such a string as a deep chain of pieces until
// it is first read. Reading a character flattens it at once, so 120 000 retained keys stay cheap for the
// garbage collector (measured: 0.7 s instead of 2.4 s for 120 000 names).
function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}

// Character histograms of the folded keys, as in `keySimilarityProfile` of `@egov/core`, kept in one flat
// array (one profile object per name would cost the garbage collector).
const histogramBins = keyHistogramBins;

function fillHistogram(histograms: Uint16Array, offset: number, key: string): void {
  for (let i = 0; i < key.length; i += 1) {
    const bin = offset + keyHistogramBin(key.charCodeAt(i));
    histograms[bin] = (histograms[bin] ?? 0) + 1;
  }
}

// max(|A \\ B|, |B \\ A|) over character multisets: a lower bound of the Levenshtein distance (each edit
// changes at most one character of each side), also of the distance between token-sorted keys.
function bagDistance(histograms: Uint16Array, p: number, q: number): number {
  let plus = 0;
  let minus = 0;
  for (let i = 0; i < histogramBins; i += 1) {
    const d = (histograms[p + i] ?? 0) - (histograms[q + i] ?? 0);
    if (d > 0) plus += d;
    else minus -= d;
  }
  return plus > minus ? plus : minus;
}

// Rarest first: lower document frequency, then lower id.
function rarity(frequency: readonly number[], x: number, y: number): number {
  return (frequency[x] ?? 0) - (frequency[y] ?? 0) || x - y;
}

class UnionFind {
  readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i += 1) this.parent[i] = i;
  }
  find(x: number): number {
    let root = x;
    while ((this.parent[root] ?? root) !== root) root = this.parent[root] ?? root;
    let node = x;
    while (node !== root) {
      const next = this.parent[node] ?? root;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Finds duplicate and near-duplicate procedures in a catalogue and groups them into clusters:
 * - exact: the same code; or the same folded name (diacritics, case, Unicode form, tone placement and
 *   punctuation ignored) and the same lead agency;
 * - near: names whose similarity (`keySimilarity` of `@egov/core`: edit distance with word order
 *   tolerated, plus a soft word overlap) is at least `minScore` — typos ("Gấp phép" for "Cấp phép", source
 *   003), swapped words, missing letters. A name that is another plus whole words ("Đăng ký lại khai
 *   sinh", "Cấp lại giấy phép xây dựng") is a distinct procedure, never a near-duplicate.
 *
 * Not quadratic: names are blocked by pairs of their four rarest words (a typo changes one word, a
 * swap none, so near-duplicates still share a pair), and only names in the same block are compared;
 * oversized blocks fall back to a sliding window over sorted names; a candidate pair is scored only
 * when a cheap upper bound of its score reaches `minScore`. 120 000 names take about 2 s on one core.
 * Source 004 asks provinces to remove such duplicates from the national database.
 *
 * @param procedures - The procedures (only name, code and lead agency are read).
 * @param options - Threshold, scope, block limits, path for findings.
 * @returns Clusters (ordered by first member), one finding per cluster, and work statistics.
 * @example
 * ```ts
 * const { clusters } = findDuplicates([
 *   { name: 'Cấp phép và khai thác nguồn nước', leadAgency: 'Sở Tài nguyên và Môi trường' },
 *   { name: 'Gấp phép và khai thác nguồn nước', leadAgency: 'Sở Tài nguyên và Môi trường' },
 * ]);
 * clusters[0]?.reasons; // ["similar-name"]
 * ```
 */
export function findDuplicates(procedures: readonly Named[], options: FindDuplicatesOptions = {}): DuplicateReport {
  const minScore = options.minScore ?? 0.85;
  const scopeByAgency = (options.scope ?? 'agency') === 'agency';
  const maxBlockSize = options.maxBlockSize ?? 256;
  const window = options.window ?? 32;
  const count = procedures.length;
  // Four rarest tokens, so that names differing in up to two tokens still share a pair of them.
  const prefixSize = 4;
  const pairs: DuplicatePair[] = [];
  const union = new UnionFind(count);
  const link = (a: number, b: number, reason: DuplicateReason, score: number): void => {
    pairs.push(a < b ? { a, b, reason, score } : { a: b, b: a, reason, score });
    union.union(a, b);
  };

  // Exact: same code.
  const byCode = new Map<string, number>();
  procedures.forEach((procedure, index) => {
    const code = procedure.code?.trim();
    if (code === undefined || code === '') return;
    const first = byCode.get(code);
    if (first === undefined) byCode.set(code, index);
    else link(first, index, 'same-code', 1);
  });

  // Exact: same folded name (and agency). One representative per distinct (scope, name) key. Agencies
  // are folded once per distinct text.
  const nameKeys: string[] = new Array<string>(count);
  const agencyOf = new Int32Array(count);
  const agencyByText = new Map<string, number>();
  const agencyByKey = new Map<string, number>();
  const representatives: number[] = [];
  const byName = new Map<number, Map<string, number>>();
  for (let index = 0; index < count; index += 1) {
    const procedure = procedures[index];
    if (procedure === undefined) continue;
    const nameKey = flat(foldKey(procedure.name));
    const agencyText = procedure.leadAgency ?? '';
    let agency = agencyByText.get(agencyText);
    if (agency === undefined) {
      const agencyKey = foldKey(agencyText);
      agency = agencyByKey.get(agencyKey);
      if (agency === undefined) {
        agency = agencyByKey.size;
        agencyByKey.set(agencyKey, agency);
      }
      agencyByText.set(agencyText, agency);
    }
    nameKeys[index] = nameKey;
    agencyOf[index] = agency;
    const scope = scopeByAgency ? agency : 0;
    let names = byName.get(scope);
    if (names === undefined) {
      names = new Map();
      byName.set(scope, names);
    }
    const first = names.get(nameKey);
    if (first === undefined) {
      names.set(nameKey, index);
      representatives.push(index);
    } else {
      link(first, index, agencyOf[first] === agency ? 'same-name-and-agency' : 'same-name', 1);
    }
  }

  // Near. Each representative's tokens become integer ids, kept sorted (as a multiset) in one flat array.
  const n = representatives.length;
  const tokenIds = new Map<string, number>();
  const documentFrequency: number[] = [];
  const tokenStart = new Int32Array(n + 1);
  const tokens: number[] = [];
  const longestToken = new Int32Array(n);
  const histograms = new Uint16Array(n * histogramBins);
  for (let r = 0; r < n; r += 1) {
    const key = nameKeys[representatives[r] ?? 0] ?? '';
    const start = tokens.length;
    tokenStart[r] = start;
    fillHistogram(histograms, r * histogramBins, key);
    if (key === '') continue;
    let longest = 0;
    for (const token of key.split(' ')) {
      let id = tokenIds.get(token);
      if (id === undefined) {
        id = documentFrequency.length;
        tokenIds.set(token, id);
        documentFrequency.push(0);
      }
      if (token.length > longest) longest = token.length;
      // Insertion into the sorted run of this representative.
      let at = tokens.length;
      tokens.push(id);
      while (at > start && (tokens[at - 1] ?? 0) > id) {
        tokens[at] = tokens[at - 1] ?? 0;
        at -= 1;
      }
      tokens[at] = id;
    }
    longestToken[r] = longest;
    for (let i = start; i < tokens.length; i += 1) {
      const id = tokens[i] ?? 0;
      if (i === start || tokens[i - 1] !== id) documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
    }
  }
  tokenStart[n] = tokens.length;
  // Block keys: a token id alone, or tokenTotal + a pair of ids; small integers for realistic vocabularies.
  const tokenTotal = Math.max(1, documentFrequency.length);

  // `keySimilarityUpperBound` of `@egov/core` (a sound upper bound of keySimilarity) from the flat arrays:
  // the character multisets (Levenshtein ≥ bag distance) and the exactly shared tokens.
  const upperBound = (p: number, q: number, keyP: string, keyQ: string): number => {
    const longest = Math.max(keyP.length, keyQ.length);
    const distance = bagDistance(histograms, p * histogramBins, q * histogramBins);
    const startP = tokenStart[p] ?? 0;
    const startQ = tokenStart[q] ?? 0;
    const endP = tokenStart[p + 1] ?? 0;
    const endQ = tokenStart[q + 1] ?? 0;
    const sizeP = endP - startP;
    const sizeQ = endQ - startQ;
    const shared = sharedSortedCount(tokens, startP, endP, tokens, startQ, endQ);
    return keySimilarityBound({
      longest,
      bagDistance: distance,
      sharedTokens: shared,
      tokensA: sizeP,
      tokensB: sizeQ,
      longestToken: Math.max(1, longestToken[p] ?? 1, longestToken[q] ?? 1),
    });
  };

  // Whether the token multiset of one representative is a proper subset of the other's.
  const addsWords = (p: number, q: number): boolean => {
    const startP = tokenStart[p] ?? 0;
    const startQ = tokenStart[q] ?? 0;
    const endP = tokenStart[p + 1] ?? 0;
    const endQ = tokenStart[q + 1] ?? 0;
    const sizeP = endP - startP;
    const sizeQ = endQ - startQ;
    if (sizeP === sizeQ) return false;
    return sharedSortedCount(tokens, startP, endP, tokens, startQ, endQ) === Math.min(sizeP, sizeQ);
  };

  let comparisons = 0;
  let blockCount = 0;
  let oversizedBlocks = 0;
  const seen = new Set<number>();
  const compare = (p: number, q: number): void => {
    if (p === q) return;
    const low = p < q ? p : q;
    const high = p < q ? q : p;
    const a = representatives[low] ?? 0;
    const b = representatives[high] ?? 0;
    const keyA = nameKeys[a] ?? '';
    const keyB = nameKeys[b] ?? '';
    if (keyA === '' || keyB === '' || upperBound(low, high, keyA, keyB) < minScore - 1e-9) return;
    // One name is the other plus whole words ("Đăng ký lại khai sinh", "Cấp lại giấy phép", "… có yếu tố
    // nước ngoài"): a qualifier that makes a distinct procedure, not a typo or a swap.
    if (addsWords(low, high)) return;
    // Pairs sharing several blocks are scored once.
    const id = low * n + high;
    if (seen.has(id)) return;
    seen.add(id);
    comparisons += 1;
    const score = keySimilarity(keyA, keyB, { minScore });
    if (score >= minScore && score > 0) link(a, b, 'similar-name', score);
  };

  // Blocks: pairs of the four rarest tokens, within the scope. Entries are chained in flat arrays
  // (block head → last entry → previous entry …) to avoid one array per block.
  const scopeOrder = [...Array(n).keys()];
  if (scopeByAgency) scopeOrder.sort((x, y) => (agencyOf[representatives[x] ?? 0] ?? 0) - (agencyOf[representatives[y] ?? 0] ?? 0) || x - y);
  const rarest: number[] = [];
  const blockMembers: number[] = [];
  let from = 0;
  while (from < n) {
    const scope = scopeByAgency ? (agencyOf[representatives[scopeOrder[from] ?? 0] ?? 0] ?? 0) : 0;
    let to = from;
    while (to < n && (!scopeByAgency || agencyOf[representatives[scopeOrder[to] ?? 0] ?? 0] === scope)) to += 1;
    if (to - from >= 2) {
      const heads = new Map<number, number>();
      const entryRep: number[] = [];
      const entryPrevious: number[] = [];
      const add = (key: number, r: number): void => {
        entryRep.push(r);
        entryPrevious.push(heads.get(key) ?? -1);
        heads.set(key, entryRep.length - 1);
      };
      for (let k = from; k < to; k += 1) {
        const r = scopeOrder[k] ?? 0;
        rarest.length = 0;
        const end = tokenStart[r + 1] ?? 0;
        for (let i = tokenStart[r] ?? 0; i < end; i += 1) {
          const id = tokens[i] ?? 0;
          if (i > (tokenStart[r] ?? 0) && tokens[i - 1] === id) continue;
          // Keep the `prefixSize` rarest, ordered by frequency then id.
          let at = rarest.length;
          rarest.push(id);
          while (at > 0 && rarity(documentFrequency, rarest[at - 1] ?? 0, id) > 0) {
            rarest[at] = rarest[at - 1] ?? 0;
            at -= 1;
          }
          rarest[at] = id;
          if (rarest.length > prefixSize) rarest.length = prefixSize;
        }
        if (rarest.length === 1) add(rarest[0] ?? 0, r);
        for (let i = 0; i < rarest.length; i += 1) {
          for (let j = i + 1; j < rarest.length; j += 1) {
            const x = rarest[i] ?? 0;
            const y = rarest[j] ?? 0;
            add(tokenTotal + (x < y ? x * tokenTotal + y : y * tokenTotal + x), r);
          }
        }
      }
      blockCount += heads.size;
      for (const head of heads.values()) {
        if ((entryPrevious[head] ?? -1) < 0) continue; // a block of one
        blockMembers.length = 0;
        for (let e = head; e >= 0; e = entryPrevious[e] ?? -1) blockMembers.push(entryRep[e] ?? 0);
        if (blockMembers.length < 2) continue;
        if (blockMembers.length <= maxBlockSize) {
          for (let i = 0; i < blockMembers.length; i += 1) for (let j = i + 1; j < blockMembers.length; j += 1) compare(blockMembers[i] ?? 0, blockMembers[j] ?? 0);
        } else {
          oversizedBlocks += 1;
          const sorted = [...blockMembers].sort((x, y) => {
            const kx = nameKeys[representatives[x] ?? 0] ?? '';
            const ky = nameKeys[representatives[y] ?? 0] ?? '';
            return kx < ky ? -1 : kx > ky ? 1 : 0;
          });
          for (let i = 0; i < sorted.length; i += 1) {
            for (let j = i + 1; j < Math.min(sorted.length, i + 1 + window); j += 1) compare(sorted[i] ?? 0, sorted[j] ?? 0);
          }
        }
      }
    }
    from = to;
  }

  // Clusters.
  const members = new Map<number, number[]>();
  for (let index = 0; index < count; index += 1) {
    const root = union.find(index);
    const list = members.get(root);
    if (list === undefined) members.set(root, [index]);
    else list.push(index);
  }
  const pairsByRoot = new Map<number, DuplicatePair[]>();
  for (const pair of pairs) {
    const root = union.find(pair.a);
    const list = pairsByRoot.get(root);
    if (list === undefined) pairsByRoot.set(root, [pair]);
    else list.push(pair);
  }
  const clusters: DuplicateCluster[] = [];
  for (const [root, clusterPairs] of pairsByRoot) {
    const reasons = [...new Set(clusterPairs.map((p) => p.reason))].sort((x, y) => reasonRank[x] - reasonRank[y]);
    clusters.push({
      members: members.get(root) ?? [],
      kind: reasons.some((r) => r !== 'similar-name') ? 'exact' : 'near',
      reasons,
      score: minOf(clusterPairs.map((p) => p.score)),
      pairs: clusterPairs.sort((x, y) => x.a - y.a || x.b - y.b),
    });
  }
  clusters.sort((x, y) => (x.members[0] ?? 0) - (y.members[0] ?? 0));

  const basePath = options.path ?? ['procedures'];
  const reasonText = (reasons: readonly DuplicateReason[], lang: 'vi' | 'en'): string =>
    reasons.map((reason) => duplicateReasonLabels[reason][lang]).join('; ');
  const findings = clusters.map((cluster) => {
    const first = cluster.members[0] ?? 0;
    const names = cluster.members.map((index) => procedures[index]?.name ?? '');
    const list = names.map((name) => `"${name}"`).join(', ');
    const exact = cluster.kind === 'exact';
    return createFinding({
      ruleId: exact ? 'procedures/duplicate-procedure' : 'procedures/near-duplicate-procedure',
      severity: exact ? 'warning' : 'info',
      path: [...basePath, first],
      data: { members: cluster.members, names, reasons: cluster.reasons, score: cluster.score },
      message: exact
        ? { vi: `Thủ tục trùng lặp (${reasonText(cluster.reasons, 'vi')}): ${list}.`, en: `Duplicate procedures (${reasonText(cluster.reasons, 'en')}): ${list}.` }
        : {
            vi: `Tên thủ tục gần giống nhau (độ giống ${cluster.score.toFixed(2).replace('.', ',')}), có thể trùng lặp: ${list}.`,
            en: `Near-duplicate procedure names (similarity ${cluster.score.toFixed(2)}): ${list}.`,
          },
    });
  });

  return { clusters, findings, stats: { comparisons, blocks: blockCount, oversizedBlocks } };
}
