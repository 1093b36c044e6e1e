/**
 * Rank of a printed line number in the usual outline of Vietnamese plans: "A" parts, then "I" (Roman),
 * then "1", "1.1", "1.1.1", then "a", then "-", "+", "*" bullets. Lower ranks contain higher ones.
 */
function rank(number: string): number {
  // Fast path for the common "1", "12", "1.2.3" (plans of 100 000 lines): no regular expressions.
  let dots = 0;
  let digits = true;
  for (let i = 0; i < number.length; i++) {
    const c = number.charCodeAt(i);
    if (c === 46 && i > 0 && i < number.length - 1) dots++;
    else if (c < 48 || c > 57) {
      digits = false;
      break;
    }
  }
  if (digits && number.length > 0) return 2 + dots;
  const n = number.trim().replace(/[.)]+$/, '');
  if (n === '') return 100;
  if (/^[IVXL]+$/.test(n)) return 1;
  if (/^[A-Z]$/.test(n)) return 0;
  if (/^\d+(?:\.\d+)*$/.test(n)) return 1 + n.split('.').length;
  if (/^[a-zđ]$/.test(n)) return 20;
  if (n === '-' || n === '–') return 21;
  if (n === '+') return 22;
  if (n === '*') return 23;
  return 30;
}

const cache = new WeakMap<object, readonly (number | undefined)[]>();

/**
 * For each line, the index of the line that contains it, from the printed numbering: the nearest
 * previous line of a lower outline rank ("I" → "1" → "1.1" → "a" → "-").
 *
 * @param lines - Lines in printed order (anything with a `number`).
 * @returns Parent index per line, `undefined` for top-level lines.
 * @example
 * ```ts
 * lineParents([{ number: 'I' }, { number: '1' }, { number: '1.1' }, { number: '2' }, { number: 'II' }]);
 * // [undefined, 0, 1, 0, undefined]
 * ```
 */
export function lineParents(lines: readonly { readonly number: string }[]): readonly (number | undefined)[] {
  // Plans are immutable data: reconciliation and totals ask for the same lines' parents more than once.
  const cached = cache.get(lines);
  if (cached?.length === lines.length) return cached;
  const parents: (number | undefined)[] = [];
  const stack: { index: number; rank: number }[] = [];
  lines.forEach((line, index) => {
    const r = rank(line.number);
    while (stack.length > 0 && (stack.at(-1)?.rank ?? 0) >= r) stack.pop();
    parents.push(stack.at(-1)?.index);
    stack.push({ index, rank: r });
  });
  cache.set(lines, parents);
  return parents;
}
