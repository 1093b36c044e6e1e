// SGR (colour and weight) sequences, the only escapes the CLI itself writes: "\u001b[31m", "\u001b[1;22m".
// eslint-disable-next-line no-control-regex -- SGR sequences are what this function lets through
const sgr = /^\u001b\[[0-9;]*m/;

/**
 * Makes text safe to print on a terminal: control characters that come from user data (a catalogue cell
 * with "\u001b]8;;http://…" as a hyperlink, "\u001b[2J" to clear the screen, a bare carriage return that
 * rewrites the line, C1 controls such as U+009B) are shown as visible symbols (␛, ␍, …) instead of being
 * obeyed. Colour sequences (SGR) stay, so the CLI's own styling survives; a cell can at worst change a
 * colour. Line feeds, tabs and CRLF line ends are kept.
 *
 * @param text - Text about to be written to stdout in text format.
 * @returns The text with every other control character replaced by its Unicode control picture (C0,
 *   DEL) or U+FFFD (C1).
 * @example
 * ```ts
 * printable('Tên \u001b]0;pwned\u0007'); // "Tên ␛]0;pwned␇"
 * ```
 */
export function printable(text: string): string {
  // Fast path: most output has no control characters besides line feeds.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    const code = char.charCodeAt(0);
    if (char === '\u001b') {
      const match = sgr.exec(text.slice(i, i + 32));
      if (match !== null) {
        out += match[0];
        i += match[0].length - 1;
        continue;
      }
    }
    if (char === '\r' && text.charAt(i + 1) === '\n') out += char;
    else if (code === 0x09 || code === 0x0a) out += char;
    else if (code < 0x20) out += String.fromCharCode(0x2400 + code);
    else if (code === 0x7f) out += '\u2421';
    else if (code >= 0x80 && code <= 0x9f) out += '\ufffd';
    else out += char;
  }
  return out;
}
