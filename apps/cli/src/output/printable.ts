// An SGR (colour and weight) sequence: "\u001b[31m", "\u001b[1;22m". Only the exact ones the CLI's style
// writes are let through, and only when colours are on.
// eslint-disable-next-line no-control-regex -- matching escape sequences is the point
const sgr = /^\u001b\[[0-9;]*m/;

const noEscapes: ReadonlySet<string> = new Set();

/**
 * Makes text safe to print on a terminal: control characters that come from user data (a catalogue cell
 * with "\u001b]8;;http://…" as a hyperlink, "\u001b[2J" to clear the screen, "\u001b[8m" to hide the
 * rest of a CI log, a bare carriage return that rewrites the line, C1 controls such as U+009B) are shown
 * as visible symbols (␛, ␍, …) instead of being obeyed. The only escape sequences written as such are
 * those in `keep`, the exact colour sequences the CLI's own style writes (`Style.escapes`, empty when
 * colours are off: then no escape at all reaches a pipe or a CI log). Line feeds, tabs and CRLF line ends
 * are kept.
 *
 * Every line the CLI prints passes through here once, on its way out (stdout in text format, stderr
 * always), so no message has to remember to do it.
 *
 * @param text - Text about to be written to a terminal, a pipe or a log.
 * @param keep - Escape sequences to write as they are (the CLI's own colours); none by default.
 * @returns The text with every other control character replaced by its Unicode control picture (C0,
 *   DEL) or U+FFFD (C1).
 * @example
 * ```ts
 * printable('Tên \u001b]0;pwned\u0007'); // "Tên ␛]0;pwned␇"
 * printable('\u001b[31mlỗi\u001b[39m \u001b[8mẩn', new Set(['\u001b[31m', '\u001b[39m'])); // "\u001b[31mlỗi\u001b[39m ␛[8mẩn"
 * ```
 */
export function printable(text: string, keep: ReadonlySet<string> = noEscapes): string {
  // Fast path: most output has no control characters besides line feeds.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    const code = char.charCodeAt(0);
    if (char === '\u001b' && keep.size > 0) {
      const match = sgr.exec(text.slice(i, i + 32));
      if (match !== null && keep.has(match[0])) {
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
