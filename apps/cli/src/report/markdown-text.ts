// Characters that make Markdown (CommonMark, GitHub-flavoured) syntax inside a line: emphasis, code,
// links and images (without "[" and "]" there is no link, so "(" and "!" can stay), tables,
// strikethrough, escapes. `<` and `&` become entities (no raw HTML, no entity that spells "javascript:");
// `>` too (a quote at the start of a line).
const inline: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '`': '\\`',
  '*': '\\*',
  _: '\\_',
  '[': '\\[',
  ']': '\\]',
  '|': '\\|',
  '~': '\\~',
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
};

/**
 * Makes any text (a name, a cell, a message from a user's file) plain text in Markdown: it can open no
 * HTML tag, entity, link, image, emphasis, code span or table cell, and it stays on one line, so it cannot
 * start a heading, list, quote or code block either. A URL scheme that runs code (`javascript:`,
 * `vbscript:`, `data:`) is broken with an entity, so not even an autolinking renderer makes a link of it.
 * What a reader sees is the text as it was.
 *
 * @param text - Text from the report model.
 * @param at - `cell` for a table cell (where a line-start mark means nothing: "2013.1" stays), `block` for
 *   a heading or paragraph, where a leading "#", "-", "+", "=" or "1." is escaped and leading spaces go.
 * @returns The Markdown for it, on one line.
 * @example
 * ```ts
 * markdownText('[Bấm](javascript:alert(1)) <img src=x onerror=alert(1)>', 'cell');
 * // "\\[Bấm\\](javascript&#58;alert(1)) &lt;img src=x onerror=alert(1)&gt;"
 * markdownText('# 1', 'block'); // "\\# 1"
 * ```
 */
export function markdownText(text: string, at: 'cell' | 'block'): string {
  const escaped = text
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .replace(/[\\`*_[\]|~<>&]/g, (char) => inline[char] ?? char)
    .replace(/(javascript|vbscript|data):/gi, '$1&#58;');
  if (at === 'cell') return escaped;
  // At the start of a line: "#" (heading), "-", "+" (list), "1." / "1)" (ordered list), "=" (setext).
  return escaped.trimStart().replace(/^(\s*)([#+=-]|\d+(?=[.)]))/, (_match, space: string, mark: string) => `${space}${/^\d/.test(mark) ? `${mark}\\` : `\\${mark}`}`);
}
