/** The fields of a roadmap entry the app lets the user change. */
export type EntryField = 'service' | 'target_level' | 'target_class' | 'due' | 'lead_agency';

/** A checked new value of a field, or why it is refused (both languages, for a provincial officer). */
export type EntryValue =
  | { readonly ok: true; readonly value: string | number }
  | { readonly ok: false; readonly message: { readonly vi: string; readonly en: string } };

/**
 * Checks what the user typed for a field of an entry: a level is a whole number 1–4 (Decree 43/2011
 * Art. 3), a class is `partial` or `full` (Decree 42/2022 Art. 11), a due year is a whole year
 * 2000–2100, a name or agency is not empty.
 *
 * @param field - The field.
 * @param input - The text typed or chosen.
 * @returns The value to write, or a message.
 * @example
 * ```ts
 * checkEntryValue('target_level', '3'); // { ok: true, value: 3 }
 * checkEntryValue('due', '20155').ok; // false
 * ```
 */
export function checkEntryValue(field: EntryField, input: string): EntryValue {
  const text = input.trim();
  switch (field) {
    case 'target_level':
      return /^[1-4]$/.test(text)
        ? { ok: true, value: Number(text) }
        : { ok: false, message: { vi: 'Mức độ phải là số nguyên từ 1 đến 4.', en: 'The level must be a whole number from 1 to 4.' } };
    case 'target_class':
      return text === 'partial' || text === 'full'
        ? { ok: true, value: text }
        : { ok: false, message: { vi: 'Chọn "một phần" hoặc "toàn trình".', en: 'Choose "partial" or "full".' } };
    case 'due': {
      const year = Number(text);
      return /^\d{4}$/.test(text) && year >= 2000 && year <= 2100
        ? { ok: true, value: year }
        : { ok: false, message: { vi: 'Năm phải có 4 chữ số, từ 2000 đến 2100.', en: 'The year must have 4 digits, from 2000 to 2100.' } };
    }
    case 'service':
    case 'lead_agency':
      return text === ''
        ? { ok: false, message: { vi: 'Không được để trống.', en: 'Must not be empty.' } }
        : { ok: true, value: text };
  }
}
