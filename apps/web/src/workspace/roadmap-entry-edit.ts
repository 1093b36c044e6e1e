import { isMap, isScalar, parseDocument } from 'yaml';
import type { EntryField } from './entry-value';

/** A scalar written as YAML source text in the style of the one it replaces. */
function scalarSource(value: string | number, quoted: boolean): string {
  if (typeof value === 'number') return String(value);
  // JSON strings are valid double-quoted YAML scalars; a plain scalar stays plain only when it reads back
  // as the same string (no number, no YAML indicator).
  if (!quoted && /^[\p{L}][\p{L}\p{N} .,()/-]*$/u.test(value) && !/^(true|false|null|yes|no|on|off)$/i.test(value)) return value;
  return JSON.stringify(value);
}

/**
 * Changes one field of one roadmap entry in the YAML text, keeping everything else of the file as the
 * user wrote it (comments, flow or block style, quoting, alignment): the `yaml` Document API finds the
 * value's exact place in the text and only those characters are replaced. A due time written as a month
 * or day ("2015-06") keeps its month when its year changes. A field the entry does not have yet is added
 * through the Document API (`setIn`).
 *
 * @param text - The roadmap's YAML (or JSON) text.
 * @param index - Index of the entry in `entries`.
 * @param field - The field to change.
 * @param value - A value checked with `checkEntryValue`.
 * @returns The new text, or `undefined` when the text has no such entry (or does not parse).
 * @example
 * ```ts
 * editRoadmapEntry('entries:\n  - { service: "A", target_level: 4, due: 2014 } # note\n', 0, 'target_level', 3);
 * // 'entries:\n  - { service: "A", target_level: 3, due: 2014 } # note\n'
 * ```
 */
export function editRoadmapEntry(text: string, index: number, field: EntryField, value: string | number): string | undefined {
  const document = parseDocument(text);
  if (document.errors.length > 0) return undefined;
  const entry = document.getIn(['entries', index], true);
  if (!isMap(entry)) return undefined;
  const node = entry.get(field, true);
  let next = value;
  if (field === 'due' && typeof value === 'number' && isScalar(node) && typeof node.value === 'string') {
    next = node.value.replace(/^\d{4}/, String(value));
  }
  if (isScalar(node) && node.range !== undefined && node.range !== null) {
    const [start, end] = node.range;
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    // In a JSON file every string must stay double-quoted.
    const json = /^\s*[{[]/.test(text);
    return text.slice(0, start) + scalarSource(next, quoted || json) + text.slice(end);
  }
  // A field the entry lacks: add it (the Document API keeps comments; layout of the rest may be re-flowed).
  document.setIn(['entries', index, field], next);
  return document.toString({ lineWidth: 0 });
}
