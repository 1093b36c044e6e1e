/** The part of the WHATWG `TextDecoder` that `@egov/io` uses. */
export interface TextDecoderLike {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

type TextDecoderConstructor = new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;

/**
 * Private: creates a WHATWG `TextDecoder`, a global in Node and in browsers. Reached through
 * `globalThis` because the package compiles without the DOM and Node type libraries.
 *
 * @param label - Encoding label, e.g. `"utf-8"`, `"utf-16le"`.
 * @param fatal - Throw on malformed input instead of inserting U+FFFD.
 * @returns The decoder.
 * @example
 * ```ts
 * createTextDecoder('utf-8', true).decode(Uint8Array.of(0xc3, 0xa1)); // "á"
 * ```
 */
export function createTextDecoder(label = 'utf-8', fatal = false): TextDecoderLike {
  const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder;
  return new Decoder(label, { fatal });
}
