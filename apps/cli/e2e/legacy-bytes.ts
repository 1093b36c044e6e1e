// Test-only encoders to craft files the way old Vietnamese software wrote them: Node's TextDecoder can
// read these encodings but nothing in Node writes them.

const tcvn3Rows: readonly (readonly [string, readonly number[]])[] = [
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
];
const tcvn3 = new Map<string, number>(tcvn3Rows.flatMap(([letters, bytes]) => Array.from(letters).map((letter, i): [string, number] => [letter, bytes[i] ?? 0x3f])));

/**
 * Encodes text in TCVN3 (ABC), lower-case toned letters only (its capitals live in a separate font).
 *
 * @param text - Text whose capitals have no diacritics.
 * @returns The TCVN3 bytes.
 * @throws {Error} for a character TCVN3 (as encoded here) has no byte for.
 * @example
 * ```ts
 * encodeTcvn3('tên'); // [0x74, 0xd5, 0x6e]
 * ```
 */
export function encodeTcvn3(text: string): Uint8Array {
  return Uint8Array.from(
    Array.from(text.normalize('NFC')).map((char) => {
      const code = char.charCodeAt(0);
      if (code < 0x80) return code;
      const byte = tcvn3.get(char);
      if (byte === undefined) throw new Error(`no TCVN3 byte for "${char}"`);
      return byte;
    }),
  );
}

/**
 * A records table in Windows-1258 (CP1258), as Vietnamese Windows wrote it: letters with circumflex,
 * breve or horn precomposed, tone marks as combining bytes (0xCC grave, 0xEC acute, 0xD2 hook, 0xDE
 * tilde, 0xF2 dot below). The text is "Mã hồ sơ,Mã thủ tục,Cơ quan,Ngày tiếp nhận,Kênh nộp" and one row
 * "HS001,1.001193,Ủy ban nhân dân phường Minh Xuân,02/01/2024,Trực tuyến" (encoded once with Python's
 * cp1258 codec).
 *
 * @example
 * ```ts
 * new TextDecoder('windows-1258').decode(windows1258Records).normalize('NFC').startsWith('Mã hồ sơ'); // true
 * ```
 */
export const windows1258Records: Uint8Array = Uint8Array.from(
  Buffer.from(
    '4d61de2068f4cc2073f52c4d61de20746875d2207475f2632c43f5207175616e2c4e6761cc79207469eaec70206e68e2f26e2c4bea6e68206ef4f2700d0a' +
      '48533030312c312e3030313139332c55d2792062616e206e68e26e2064e26e207068fdf5cc6e67204d696e68205875e26e2c30322f30312f323032342c5472fdf26320747579eaec6e0d0a',
    'hex',
  ),
);
