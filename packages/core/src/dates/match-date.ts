// Internal: recognising a single calendar day in folded text (see fold-date-text.ts).

/** A recognised day; `date` is undefined when the day does not exist (31/02/2013). */
export interface DateMatch {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const longPattern = /^(?:ngay )?(\d{1,2}) thang (\d{1,2}),? nam (\d{4})$/;
const numericPattern = /^(?:ngay )?(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{4})$/;
const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Recognises "ngày 04 tháng 5 năm 2013", "04/5/2013", "4-5-2013", "04.05.2013", "2013-05-04" (folded). */
export function matchDate(folded: string): DateMatch | undefined {
  const long = longPattern.exec(folded);
  if (long !== null) return { day: Number(long[1]), month: Number(long[2]), year: Number(long[3]) };
  const numeric = numericPattern.exec(folded);
  if (numeric !== null) return { day: Number(numeric[1]), month: Number(numeric[3]), year: Number(numeric[4]) };
  const iso = isoPattern.exec(folded);
  if (iso !== null) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  return undefined;
}
