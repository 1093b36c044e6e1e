/** A CSV field delimiter that `@egov/io` detects: comma, semicolon (Excel in locales with decimal commas, as in Vietnam), tab, pipe. */
export type CsvDelimiter = ',' | ';' | '\t' | '|';

/**
 * The delimiters {@link detectDelimiter} considers, in order of preference on a tie.
 *
 * @example
 * ```ts
 * csvDelimiters.includes(';'); // true
 * ```
 */
export const csvDelimiters: readonly CsvDelimiter[] = [',', ';', '\t', '|'];

/**
 * Detects the delimiter of CSV text from its first lines (at most 20): the candidate that appears
 * outside quotes on the first line and with the same count on the most following lines wins; a tie
 * goes to the earlier of `, ; tab |`. Text without any candidate is taken as comma-separated.
 *
 * @param sample - The start of the file (complete lines; a partial last line is ignored if there are others).
 * @returns The delimiter.
 * @example
 * ```ts
 * detectDelimiter('STT;Tên thủ tục;Mức độ\n1;Cấp phép hoạt động ngành in;3\n'); // ";"
 * ```
 */
export function detectDelimiter(sample: string): CsvDelimiter {
  const counts = countPerLine(sample, 20);
  let best: CsvDelimiter = ',';
  let bestScore = 0;
  for (const delimiter of csvDelimiters) {
    const perLine = counts.map((line) => line[delimiter]);
    const first = perLine[0] ?? 0;
    if (first === 0) continue;
    const consistent = perLine.filter((count) => count === first).length;
    // Consistency across lines dominates; the number of fields breaks ties.
    const score = consistent * 10_000 + Math.min(first, 9_999);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

type Counts = Record<CsvDelimiter, number>;

function countPerLine(sample: string, maxLines: number): Counts[] {
  const lines: Counts[] = [];
  let current: Counts = { ',': 0, ';': 0, '\t': 0, '|': 0 };
  let inQuotes = false;
  let lineHasContent = false;
  for (let i = 0; i < sample.length && lines.length < maxLines; i++) {
    const c = sample[i];
    if (c === '"') {
      inQuotes = !inQuotes;
      lineHasContent = true;
    } else if (inQuotes) {
      continue;
    } else if (c === '\n') {
      if (lineHasContent) lines.push(current);
      current = { ',': 0, ';': 0, '\t': 0, '|': 0 };
      lineHasContent = false;
    } else if (c === ',' || c === ';' || c === '\t' || c === '|') {
      current[c]++;
      lineHasContent = true;
    } else if (c !== '\r') {
      lineHasContent = true;
    }
  }
  if (lineHasContent && lines.length === 0) lines.push(current);
  return lines;
}
