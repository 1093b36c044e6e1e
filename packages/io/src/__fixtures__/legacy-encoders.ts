// Test-only encoders from Unicode to the legacy Vietnamese encodings, to craft files the way old
// Vietnamese software wrote them. Lower-case toned letters only for TCVN3 (its capitals live in a
// separate font), which is how the texts below are chosen.

const tcvn3Table: Record<string, number> = {};
const tcvn3Rows: [string, number[]][] = [
  ['àảãáạ', [0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ['ằẳẵắặ', [0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ['ầẩẫấậ', [0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ['èẻẽéẹ', [0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ['ềểễếệ', [0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ['ìỉĩíị', [0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ['òỏõóọ', [0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ['ồổỗốộ', [0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ['ờởỡớợ', [0xea, 0xeb, 0xec, 0xed, 0xee]],
  ['ùủũúụ', [0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ['ừửữứự', [0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ['ỳỷỹýỵ', [0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
  ['ăâêôơưđ', [0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae]],
  ['ĂÂÊÔƠƯĐ', [0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7]],
];
for (const [letters, bytes] of tcvn3Rows) {
  Array.from(letters).forEach((letter, i) => (tcvn3Table[letter] = bytes[i] ?? 0x3f));
}

/** Encodes text in TCVN3 (ABC). */
export function encodeTcvn3(text: string): Uint8Array {
  return Uint8Array.from(Array.from(text.normalize('NFC')).map((c) => tcvn3Table[c] ?? ascii(c)));
}

// VNI: base letter followed by a mark byte.
const vniTone: Record<string, number> = { '\u0301': 0xf9, '\u0300': 0xf8, '\u0309': 0xfb, '\u0303': 0xf5, '\u0323': 0xef };
const vniCircumflexTone: Record<string, number> = { '': 0xe2, '\u0301': 0xe1, '\u0300': 0xe0, '\u0309': 0xe5, '\u0303': 0xe3, '\u0323': 0xe4 };
const vniBreveTone: Record<string, number> = { '': 0xea, '\u0301': 0xe9, '\u0300': 0xe8, '\u0309': 0xfa, '\u0303': 0xfc, '\u0323': 0xeb };
const vniI: Record<string, number> = { '\u0301': 0xed, '\u0300': 0xec, '\u0309': 0xe6, '\u0303': 0xf3, '\u0323': 0xf2 };

/** Encodes lower-case Vietnamese text (capitals without diacritics) in VNI-Windows. */
export function encodeVni(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text.normalize('NFC')) {
    if (char === 'đ') {
      out.push(0xf1);
      continue;
    }
    if (char === 'Đ') {
      out.push(0xd1);
      continue;
    }
    const nfd = char.normalize('NFD');
    const base = nfd[0] ?? '?';
    const marks = nfd.slice(1);
    const tone = Array.from(marks).find((m) => m in vniTone) ?? '';
    if (marks === '') {
      out.push(ascii(char));
    } else if (base === 'i' && marks === tone) {
      out.push(vniI[tone] ?? 0x3f);
    } else if (marks.includes('\u0302') && (base === 'a' || base === 'e' || base === 'o')) {
      out.push(ascii(base), vniCircumflexTone[tone] ?? 0x3f);
    } else if (marks.includes('\u0306')) {
      out.push(ascii(base), vniBreveTone[tone] ?? 0x3f);
    } else if (marks.includes('\u031b')) {
      out.push(base === 'o' ? 0xf4 : 0xf6);
      if (tone !== '') out.push(vniTone[tone] ?? 0x3f);
    } else {
      out.push(ascii(base));
      if (tone !== '') out.push(vniTone[tone] ?? 0x3f);
    }
  }
  return Uint8Array.from(out);
}

/** Encodes text in Windows-1258 with tones as combining marks, built from the platform's decoder. */
export function encodeWindows1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const inverse = new Map<string, number>();
  for (let b = 0; b < 256; b++) inverse.set(decoder.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  for (const char of text.normalize('NFC')) {
    const nfd = char.normalize('NFD');
    const tone = Array.from(nfd).find((m) => '\u0300\u0301\u0303\u0309\u0323'.includes(m));
    const base = (tone === undefined ? nfd : nfd.replace(tone, '')).normalize('NFC');
    out.push(inverse.get(base) ?? 0x3f);
    if (tone !== undefined) out.push(inverse.get(tone) ?? 0x3f);
  }
  return Uint8Array.from(out);
}

function ascii(char: string): number {
  const code = char.charCodeAt(0);
  return code < 0x80 ? code : 0x3f;
}
