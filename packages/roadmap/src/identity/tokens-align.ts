import { levenshteinDistance } from '@egov/core';

/**
 * Whether two folded keys differ only by typos and by words present on one side only. Two keys that
 * each have a word the other lacks, and those words are not typos of each other ("đầu tư nước ngoài" /
 * "đầu tư trong nước", "Trích lục" / "Trích sao"), name different services however similar the rest is.
 *
 * A word is a typo of another when their edit distance is at most a third of the longer (at least 1):
 * "gap"/"cap", "tu"/"tư" folded.
 *
 * @param keyA - A folded key.
 * @param keyB - Another folded key.
 * @returns `true` when the keys can be the same name written differently.
 * @example
 * ```ts
 * tokensAlign('gap phep khai thac nuoc', 'cap phep khai thac nuoc'); // true
 * tokensAlign('cap giay phep hanh nghe', 'cap giay phep dang ky hanh nghe'); // true (words added)
 * tokensAlign('dau tu nuoc ngoai', 'dau tu trong nuoc'); // false
 * ```
 */
export function tokensAlign(keyA: string, keyB: string): boolean {
  const onlyA = multisetDifference(keyA.split(' '), keyB.split(' '));
  const onlyB = multisetDifference(keyB.split(' '), keyA.split(' '));
  const unpairedB = [...onlyB];
  let unpairedA = 0;
  for (const token of onlyA) {
    const partner = unpairedB.findIndex((other) => isTypo(token, other));
    if (partner === -1) unpairedA++;
    else unpairedB.splice(partner, 1);
  }
  return unpairedA === 0 || unpairedB.length === 0;
}

function isTypo(a: string, b: string): boolean {
  const allowed = Math.max(1, Math.floor(Math.max(a.length, b.length) / 3));
  return levenshteinDistance(a, b, allowed) <= allowed;
}

function multisetDifference(left: readonly string[], right: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const token of right) counts.set(token, (counts.get(token) ?? 0) + 1);
  const rest: string[] = [];
  for (const token of left) {
    const count = counts.get(token) ?? 0;
    if (count > 0) counts.set(token, count - 1);
    else rest.push(token);
  }
  return rest;
}
