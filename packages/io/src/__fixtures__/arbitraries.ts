import fc from 'fast-check';

// Characters that stress writers and readers: Vietnamese letters (NFC), ASCII, every detected
// delimiter, quotes, line breaks, and the characters that start a spreadsheet formula.
const characters = [
  ...Array.from('aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ0123456789'),
  ...Array.from('àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ'),
  ...Array.from(' ,;|\t"\'\n\r=+-@()%.:/'),
];

/** Any text from the stressing alphabet (may be empty). */
export const cellText = fc.string({ unit: fc.constantFrom(...characters), maxLength: 12 });

/** Text that looks like a formula or a long number. */
export const trickyText = fc.oneof(
  cellText,
  fc.constantFrom('=SUM(A1:A9)', '+84 912 345 678', '-5', '@cmd', '\t=1', "'=1", '001234567890123456789', '1.409', '15,2', '_x000D_', 'a\u0001b'),
  fc.bigInt({ min: 10n ** 15n, max: 10n ** 25n }).map(String),
);

/** Real headers from the source documents plus generated ones, unique after trimming. */
export const headers = fc
  .uniqueArray(
    fc.oneof(
      fc.constantFrom('STT', 'Tên thủ tục hành chính', 'Cơ quan chủ trì', 'Kinh phí (triệu đồng)', 'Năm 2014', 'Mức DVCTT'),
      cellText.map((text) => text.trim()),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .filter((list) => list.every((text) => text !== ''));

/** A rectangular table of text with the given cell arbitrary. */
export function textTable<T>(cell: fc.Arbitrary<T>): fc.Arbitrary<{ headers: string[]; rows: T[][] }> {
  return headers.chain((list) =>
    fc.record({
      headers: fc.constant(list),
      rows: fc.array(fc.array(cell, { minLength: list.length, maxLength: list.length }), { maxLength: 8 }),
    }),
  );
}

/** Rows with trailing all-empty rows removed (readers drop them, as spreadsheets have no end marker). */
export function withoutTrailingEmptyRows<T>(rows: T[][], isEmpty: (value: T) => boolean): T[][] {
  const copy = [...rows];
  while (copy.length > 0 && (copy[copy.length - 1] ?? []).every(isEmpty)) copy.pop();
  return copy;
}
