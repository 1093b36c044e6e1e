/** Attributes of an XML start tag, by local name (namespace prefixes dropped). */
export type XmlAttributes = Readonly<Record<string, string>>;

/** What a {@link createXmlScanner} reports. */
export interface XmlHandlers {
  /** A start tag (or an empty-element tag, then `selfClosing`), by local name. */
  open(name: string, attributes: XmlAttributes, selfClosing: boolean): void;
  /** An end tag, by local name (also sent after an empty-element tag). */
  close(name: string): void;
  /** Character data between tags, entities decoded (CDATA included); never empty. */
  text(value: string): void;
}

/** A streaming XML scanner: push text, get events. */
export interface XmlScanner {
  /** Scans a chunk of text. @returns `false` once the input is found not to be XML the scanner can read. */
  write(chunk: string): boolean;
  /** Ends the input. @returns `false` when it ends inside a tag. */
  end(): boolean;
}

const entities: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Private: decodes XML character references and the five predefined entities; any other entity is kept
 * as written (no DTD is ever read, so no entity can expand: XML bombs cannot work).
 *
 * @param text - Raw character data or attribute value.
 * @returns The decoded text.
 * @example
 * ```ts
 * decodeXmlText('a &amp; b &#273;'); // "a & b đ"
 * ```
 */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (match, body: string) => {
    if (body.charCodeAt(0) === 35) {
      const code = body.charCodeAt(1) === 120 ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return entities[body] ?? match;
  });
}

const attributePattern = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Private: a small streaming XML scanner for the machine-written parts of an XLSX package (sheets,
 * shared strings, workbook, styles). It keeps only the unfinished tag or text between chunks, so memory
 * stays flat whatever the part's size, and it is linear in the input. Comments, processing
 * instructions and DOCTYPE declarations are skipped (entities are never declared or expanded); CDATA
 * is reported as text. It does not check well-formedness beyond what it needs.
 *
 * @param handlers - Event callbacks.
 * @param maxPending - Largest unfinished tag or text kept between chunks, in characters.
 * @returns The scanner.
 * @example
 * ```ts
 * const names: string[] = [];
 * const scanner = createXmlScanner({ open: (name) => names.push(name), close: () => {}, text: () => {} }, 1 << 20);
 * scanner.write('<x:row r="1"><c/></x:row>');
 * names; // ['row', 'c']
 * ```
 */
export function createXmlScanner(handlers: XmlHandlers, maxPending: number): XmlScanner {
  let buffer = '';
  let broken = false;

  function scan(final: boolean): boolean {
    const text = buffer;
    const len = text.length;
    let pos = 0;
    while (pos < len) {
      const lt = text.indexOf('<', pos);
      if (lt === -1) {
        if (!final) break;
        const rest = text.slice(pos);
        if (rest.trim() !== '') handlers.text(decodeXmlText(rest));
        pos = len;
        break;
      }
      if (lt > pos) {
        const raw = text.slice(pos, lt);
        handlers.text(decodeXmlText(raw));
        pos = lt;
      }
      const next = text.charCodeAt(lt + 1);
      if (next === 33 /* ! */) {
        let end: number;
        let skip: number;
        if (text.startsWith('<!--', lt)) {
          end = text.indexOf('-->', lt + 4);
          skip = 3;
        } else if (text.startsWith('<![CDATA[', lt)) {
          end = text.indexOf(']]>', lt + 9);
          skip = 3;
          if (end !== -1 && end > lt + 9) handlers.text(text.slice(lt + 9, end));
        } else {
          end = text.indexOf('>', lt + 2);
          skip = 1;
        }
        if (end === -1) break;
        pos = end + skip;
        continue;
      }
      if (next === 63 /* ? */) {
        const end = text.indexOf('?>', lt + 2);
        if (end === -1) break;
        pos = end + 2;
        continue;
      }
      // A tag: find its '>' outside attribute quotes.
      let i = lt + 1;
      let quote = 0;
      for (; i < len; i++) {
        const c = text.charCodeAt(i);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === 34 || c === 39) quote = c;
        else if (c === 62) break;
      }
      if (i >= len) break;
      const body = text.slice(lt + 1, i);
      pos = i + 1;
      if (body.charCodeAt(0) === 47 /* / */) {
        handlers.close(localName(body.slice(1).trim()));
        continue;
      }
      const selfClosing = body.charCodeAt(body.length - 1) === 47;
      const inner = selfClosing ? body.slice(0, -1) : body;
      let nameEnd = 0;
      while (nameEnd < inner.length && !isSpace(inner.charCodeAt(nameEnd))) nameEnd++;
      const name = localName(inner.slice(0, nameEnd));
      if (name === '') return false;
      const attributes: Record<string, string> = {};
      if (nameEnd < inner.length) {
        attributePattern.lastIndex = nameEnd;
        for (let m = attributePattern.exec(inner); m !== null; m = attributePattern.exec(inner)) {
          attributes[localName(m[1] ?? '')] = decodeXmlText(m[2] ?? m[3] ?? '');
        }
      }
      handlers.open(name, attributes, selfClosing);
      if (selfClosing) handlers.close(name);
    }
    buffer = pos >= len ? '' : text.slice(pos);
    return buffer.length <= maxPending;
  }

  return {
    write(chunk) {
      if (broken) return false;
      buffer += chunk;
      if (!scan(false)) broken = true;
      return !broken;
    },
    end() {
      if (broken) return false;
      if (!scan(true)) broken = true;
      return !broken && buffer === '';
    },
  };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}
