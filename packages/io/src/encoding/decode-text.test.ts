import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeVni } from '../__fixtures__/legacy-encoders';
import { decodeText } from './decode-text';
import { findInvalidUtf8 } from './find-invalid-utf8';

describe('decodeText', () => {
  it('strips a UTF-8 BOM and normalises to NFC', () => {
    const bytes = new TextEncoder().encode('\uFEFFCơ quan chủ trì'.normalize('NFD'));
    expect(decodeText(bytes)).toEqual({ ok: true, value: 'Cơ quan chủ trì', findings: [] });
    expect(decodeText('\uFEFFNăm 2014')).toEqual({ ok: true, value: 'Năm 2014', findings: [] });
  });

  it('decodes UTF-16 big-endian with BOM', () => {
    const text = 'Tỉnh Lào Cai';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) >> 8;
      bytes[3 + 2 * i] = text.charCodeAt(i) & 0xff;
    }
    expect(decodeText(bytes)).toMatchObject({ ok: true, value: text });
  });

  it('names the legacy encoding and points at the file', () => {
    const result = decodeText(encodeVni('thủ tục hành chính được cung cấp trực tuyến'), { file: 'vni.txt' });
    expect(!result.ok && result.error).toMatchObject({
      ruleId: 'io/legacy-encoding',
      location: { file: 'vni.txt' },
      data: { encoding: 'vni' },
    });
    expect(!result.ok && result.error.message.vi).toContain('VNI (VNI-Windows)');
  });

  it('does not flag French or English text as Vietnamese mojibake', () => {
    expect(decodeText('Café, Hà Nội, naïve').findings).toEqual([]);
    expect(decodeText('résumé').findings).toEqual([]);
  });

  it('refuses input over the size limit', () => {
    expect(decodeText('abcd', { maxBytes: 3 })).toMatchObject({ ok: false, error: { ruleId: 'io/too-large', data: { size: 4 } } });
  });

  it('never throws on random bytes, and succeeds exactly on valid UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const result = decodeText(bytes);
        const utf16Bom = bytes[0] === 0xff && bytes[1] === 0xfe;
        const utf16BeBom = bytes[0] === 0xfe && bytes[1] === 0xff;
        if (!utf16Bom && !utf16BeBom) expect(result.ok).toBe(findInvalidUtf8(bytes) === -1);
      }),
    );
  });
});

describe('findInvalidUtf8', () => {
  it.each([
    [[0x41, 0xc3, 0xa1], -1],
    [[0x41, 0xc3], 1],
    [[0xc0, 0x80], 0],
    [[0xed, 0xa0, 0x80], 0],
    [[0xf4, 0x90, 0x80, 0x80], 0],
    [[0xe1, 0xbb, 0x87, 0xff], 3],
  ])('%j → %i', (bytes, offset) => {
    expect(findInvalidUtf8(Uint8Array.from(bytes))).toBe(offset);
  });

  it('agrees with the platform decoder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 50 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
        } catch {
          valid = false;
        }
        expect(findInvalidUtf8(bytes) === -1).toBe(valid);
      }),
    );
  });
});
