import type { DepthExcess } from '../json/scan-json-depth';

/**
 * Private: finds where a YAML text first nests collections deeper than `maxDepth`, without parsing it,
 * so a hostile file (thousands of `[` or `{`, or of indentation levels) is refused before the parser,
 * `toJS` or any later walk can overflow the stack or exhaust memory. One pass, linear, memory bounded
 * by `maxDepth`.
 *
 * The count is an upper bound of the real nesting, never lower: the indentation levels of block
 * collections still open, plus compact `- ` / `? ` entries on the line, plus flow brackets (`[`, `{`)
 * still open. Quoted scalars, comments and the contents of block scalars (`|`, `>`) are skipped.
 *
 * @param text - The YAML text.
 * @param maxDepth - The deepest nesting accepted.
 * @returns Where the limit is first passed, or `undefined`.
 * @example
 * ```ts
 * scanYamlDepth('a:\n  b:\n    c: [[1]]\n', 3)?.line; // 3
 * scanYamlDepth('a: "[[[["\n', 3); // undefined
 * ```
 */
export function scanYamlDepth(text: string, maxDepth: number): DepthExcess | undefined {
  const indents: number[] = [];
  let flow = 0;
  let line = 0;
  let pos = 0;
  const len = text.length;
  let blockScalarIndent = -1;
  while (pos < len) {
    line++;
    let end = text.indexOf('\n', pos);
    if (end === -1) end = len;
    let i = pos;
    while (i < end && text.charCodeAt(i) === 0x20) i++;
    const indent = i - pos;
    const first = text.charCodeAt(i);
    const blank = i >= end || first === 0x0d || (first === 0x23 && flow === 0);
    if (blockScalarIndent >= 0 && (blank || indent > blockScalarIndent)) {
      pos = end + 1;
      continue;
    }
    blockScalarIndent = -1;
    if (blank) {
      pos = end + 1;
      continue;
    }
    if (flow === 0) {
      while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= indent) indents.pop();
      indents.push(indent);
      // Compact nested entries on one line: "- - - x", "? - x".
      let compact = 0;
      while (i + 1 < end && (text.charCodeAt(i) === 0x2d || text.charCodeAt(i) === 0x3f) && text.charCodeAt(i + 1) === 0x20) {
        compact++;
        i += 2;
        while (i < end && text.charCodeAt(i) === 0x20) i++;
      }
      if (indents.length + compact > maxDepth) return { offset: i, line };
    }
    let previous = 0x20;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      const startsToken = previous === 0x20 || previous === 0x09 || previous === 0x5b || previous === 0x7b || previous === 0x2c || previous === 0x3a || previous === 0x2d;
      if ((c === 0x22 || c === 0x27) && startsToken) {
        // A quoted scalar (it may span lines; line numbers are counted on the way).
        for (i++; i < len; i++) {
          const s = text.charCodeAt(i);
          if (s === 0x0a) line++;
          if (c === 0x22 && s === 0x5c) i++;
          else if (s === c) {
            if (c === 0x27 && text.charCodeAt(i + 1) === 0x27) i++;
            else break;
          }
        }
        if (i >= end) {
          end = text.indexOf('\n', i);
          if (end === -1) end = len;
        }
      } else if (c === 0x23 && (previous === 0x20 || previous === 0x09)) {
        break;
      } else if (c === 0x5b || c === 0x7b) {
        flow++;
        if (indents.length + flow > maxDepth) return { offset: i, line };
      } else if (c === 0x5d || c === 0x7d) {
        if (flow > 0) flow--;
      } else if ((c === 0x7c || c === 0x3e) && startsToken && flow === 0 && /^[|>][-+0-9]*\s*(#.*)?\r?$/.test(text.slice(i, end))) {
        blockScalarIndent = indent;
        break;
      }
      previous = c;
    }
    pos = end + 1;
  }
  return undefined;
}
