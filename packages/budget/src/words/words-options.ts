/**
 * Spelling choices for amounts in words. The defaults are the formal northern style of official
 * documents; the alternatives are regional variants that are equally correct and always accepted when
 * reading words back.
 */
export interface WordsOptions {
  /** Word for a zero tens digit after hundreds: `linh` (default, "một trăm linh năm") or `lẻ`. */
  readonly zeroTens?: 'linh' | 'lẻ';
  /** Word for 10^3: `nghìn` (default) or `ngàn`. */
  readonly thousand?: 'nghìn' | 'ngàn';
  /** Word for 10^9: `tỷ` (default) or `tỉ`. */
  readonly billion?: 'tỷ' | 'tỉ';
  /** 4 after "mươi": `tư` (default, formal, "hai mươi tư") or `bốn`. */
  readonly fourAfterTens?: 'tư' | 'bốn';
  /** Append "đồng" (as documents print amounts). */
  readonly currency?: boolean;
  /** Append "chẵn" ("a round amount"), as some documents do after "đồng". */
  readonly even?: boolean;
  /** Capitalise the first letter only ("Mười lăm tỷ hai trăm triệu đồng"). */
  readonly capitalize?: boolean;
}
