/** Where a document first nests deeper than allowed: the 0-based offset of the opening bracket. */
export interface DepthExcess {
  readonly offset: number;
  readonly line: number;
}

/**
 * Private: finds where JSON text first opens more than `maxDepth` arrays or objects inside each other,
 * without parsing it (one pass, constant memory; brackets inside strings are skipped), so a hostile
 * file of nested brackets is refused before any parser or later recursive walk can overflow the stack.
 *
 * @param text - The JSON text.
 * @param maxDepth - The deepest nesting accepted.
 * @returns Where the limit is first passed, or `undefined`.
 * @example
 * ```ts
 * scanJsonDepth('[[[1]]]', 2); // { offset: 2, line: 1 }
 * scanJsonDepth('{"a": "[[["}', 2); // undefined
 * ```
 */
export function scanJsonDepth(text: string, maxDepth: number): DepthExcess | undefined {
  let depth = 0;
  let line = 1;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip the string, honouring backslash escapes.
      for (i++; i < len; i++) {
        const s = text.charCodeAt(i);
        if (s === 0x5c) i++;
        else if (s === 0x22) break;
        else if (s === 0x0a) line++;
      }
    } else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > maxDepth) return { offset: i, line };
    } else if (c === 0x5d || c === 0x7d) {
      if (depth > 0) depth--;
    } else if (c === 0x0a) {
      line++;
    }
  }
  return undefined;
}
