/** A key's tokens as numbers (see {@link TokenTable.analyse}). */
export interface KeyTokens {
  /** Token numbers in order of first occurrence, without repeats. */
  readonly unique: number[];
  /** Token numbers sorted, with repeats. */
  readonly sorted: number[];
  /** Length of the longest token, at least 1. */
  readonly longestToken: number;
}

const empty = -1;

/**
 * Numbers the tokens (space-separated words) of folded keys: the first token seen is 0, the next new one
 * 1, and so on. Keys are read character by character and tokens are found in an open-addressing hash
 * table, so analysing a key creates no substring for a token already numbered (`split` and a `Map` look-up
 * did, for every token of every key: the largest cost of service identity on large roadmaps after the
 * near-match scan).
 */
export class TokenTable {
  private readonly texts: string[] = [];
  private readonly hashes: number[] = [];
  private slots = new Int32Array(1024).fill(empty);

  /** Number of distinct tokens seen. */
  get count(): number {
    return this.texts.length;
  }

  /**
   * The text of a token number.
   *
   * @param id - A token number below {@link count}.
   * @returns Its text (`''` for an unknown number).
   */
  text(id: number): string {
    return this.texts[id] ?? '';
  }

  /**
   * The tokens of a key, as `key.split(' ')` gives them (an empty key has one empty token).
   *
   * @param key - A folded key.
   * @returns Its token numbers, unique in order and sorted with repeats, and its longest token's length.
   */
  analyse(key: string): KeyTokens {
    const unique: number[] = [];
    const sorted: number[] = [];
    let longestToken = 1;
    let from = 0;
    let hash = 0x811c9dc5;
    for (let index = 0; index <= key.length; index += 1) {
      const code = index < key.length ? key.charCodeAt(index) : 0x20;
      if (code !== 0x20) {
        hash = Math.imul(hash ^ code, 0x01000193);
        continue;
      }
      const id = this.numberOf(key, from, index, hash);
      if (!unique.includes(id)) unique.push(id);
      // Insertion into the sorted list: keys have a handful of tokens.
      let at = sorted.length;
      sorted.push(id);
      while (at > 0 && (sorted[at - 1] ?? 0) > id) {
        sorted[at] = sorted[at - 1] ?? 0;
        at -= 1;
      }
      sorted[at] = id;
      if (index - from > longestToken) longestToken = index - from;
      from = index + 1;
      hash = 0x811c9dc5;
    }
    return { unique, sorted, longestToken };
  }

  /** The number of `key.slice(from, to)`, whose hash is `hash`, numbering it if it is new. */
  private numberOf(key: string, from: number, to: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot] ?? empty;
      if (id === empty) {
        const added = this.texts.length;
        this.texts.push(key.slice(from, to));
        this.hashes.push(hash);
        this.slots[slot] = added;
        if (2 * this.texts.length > this.slots.length) this.rehash();
        return added;
      }
      if (this.hashes[id] === hash && sameText(this.texts[id] ?? '', key, from, to)) return id;
    }
  }

  private rehash(): void {
    const slots = new Int32Array(2 * this.slots.length).fill(empty);
    const mask = slots.length - 1;
    this.hashes.forEach((hash, id) => {
      let slot = hash & mask;
      while ((slots[slot] ?? empty) !== empty) slot = (slot + 1) & mask;
      slots[slot] = id;
    });
    this.slots = slots;
  }
}

function sameText(text: string, key: string, from: number, to: number): boolean {
  if (text.length !== to - from) return false;
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) !== key.charCodeAt(from + i)) return false;
  return true;
}
