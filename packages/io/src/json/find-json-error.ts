const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Offset of the first JSON syntax error in `text` (RFC 8259), or `-1` when it is valid. Used to give
 * line and column for a syntax error the same way in every JavaScript engine (V8 in Node 20 does not
 * always say where). Iterative, so deep nesting cannot overflow the stack.
 *
 * @param text - JSON text.
 * @returns The 0-based offset of the first error (the text length for a truncated document), or `-1`.
 * @example
 * ```ts
 * findJsonError('{"a": }'); // 6
 * findJsonError('[1, 2'); // 5
 * ```
 */
export function findJsonError(text: string): number {
  const len = text.length;
  const stack: number[] = [];
  let state: 'value' | 'key' | 'colon' | 'after' = 'value';
  let justOpened = false;
  let i = 0;
  for (;;) {
    while (i < len) {
      const w = text.charCodeAt(i);
      if (w === 32 || w === 9 || w === 10 || w === 13) i++;
      else break;
    }
    if (i >= len) return stack.length === 0 && state === 'after' ? -1 : len;
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (state === 'value') {
      if (c === 123 || c === 91) {
        stack.push(c);
        i++;
        state = c === 123 ? 'key' : 'value';
        justOpened = true;
      } else if (c === 93 && justOpened && top === 91) {
        stack.pop();
        i++;
        state = 'after';
      } else if (c === 34) {
        const end = scanString(text, i);
        if (end < 0) return -end - 1;
        i = end;
        state = 'after';
      } else {
        numberPattern.lastIndex = i;
        const number = numberPattern.exec(text);
        if (number !== null) i += number[0].length;
        else if (text.startsWith('true', i)) i += 4;
        else if (text.startsWith('false', i) || text.startsWith('null', i)) i += text.startsWith('null', i) ? 4 : 5;
        else return i;
        state = 'after';
      }
      if (state === 'after') justOpened = false;
    } else if (state === 'key') {
      if (c === 125 && justOpened) {
        stack.pop();
        i++;
        state = 'after';
      } else if (c === 34) {
        const end = scanString(text, i);
        if (end < 0) return -end - 1;
        i = end;
        state = 'colon';
      } else return i;
      justOpened = false;
    } else if (state === 'colon') {
      if (c !== 58) return i;
      i++;
      state = 'value';
    } else {
      if (top === undefined) return i;
      if (c === 44) {
        i++;
        state = top === 123 ? 'key' : 'value';
      } else if ((c === 125 && top === 123) || (c === 93 && top === 91)) {
        stack.pop();
        i++;
      } else return i;
    }
  }
}

/** End offset (exclusive) of the string starting at `start`, or `-(errorOffset + 1)`. */
function scanString(text: string, start: number): number {
  const len = text.length;
  let j = start + 1;
  while (j < len) {
    const c = text.charCodeAt(j);
    if (c === 34) return j + 1;
    if (c === 92) {
      const e = text[j + 1];
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return -(j + 1);
        j += 6;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j += 2;
      else return -(Math.min(j + 1, len) + 1);
      continue;
    }
    if (c < 0x20) return -(j + 1);
    j++;
  }
  return -(len + 1);
}
