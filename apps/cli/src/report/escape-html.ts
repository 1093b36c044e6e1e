const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML content and attribute values (`&`, `<`, `>`, `"`, `'`), so names and messages
 * from user files can never open a tag or an attribute.
 *
 * @param text - Any text.
 * @returns The escaped text.
 * @example
 * ```ts
 * escapeHtml('Sở <b> & "TT"'); // "Sở &lt;b&gt; &amp; &quot;TT&quot;"
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}
