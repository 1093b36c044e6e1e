/**
 * Byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and code points above
 * U+10FFFF are invalid, as in the WHATWG decoder), or `-1` when the bytes are valid UTF-8. A sequence
 * cut off by the end of the input counts as invalid.
 *
 * @param bytes - The bytes to check.
 * @returns The offset, or `-1`.
 * @example
 * ```ts
 * findInvalidUtf8(Uint8Array.from([0x41, 0xc3])); // 1
 * ```
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  const length = bytes.length;
  let i = 0;
  while (i < length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let needed: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) needed = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      needed = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      needed = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else return i;
    for (let k = 1; k <= needed; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lower || c > upper : c < 0x80 || c > 0xbf) return i;
    }
    i += needed + 1;
  }
  return -1;
}
