const dangerous = /^'*[=+\-@\t\r]/;
const protectedText = /^'+[=+\-@\t\r]/;

/**
 * Protects a text cell against spreadsheet formula injection (OWASP "CSV Injection"): text that starts
 * with `=`, `+`, `-`, `@`, a tab or a carriage return, possibly after single quotes, is prefixed with a
 * single quote `'`, so Excel and LibreOffice show it as text instead of evaluating it. Prefixing text
 * that already starts with quotes keeps the transformation reversible by {@link unprotectFormula}. Only
 * text is protected: numbers are written as numbers.
 *
 * @param text - A text cell value.
 * @returns The text, prefixed with `'` when it could be read as a formula.
 * @example
 * ```ts
 * protectFormula('=HYPERLINK("http://x","Bấm")'); // "'=HYPERLINK(\"http://x\",\"Bấm\")"
 * protectFormula('-5'); // "'-5"
 * protectFormula('Sở Y tế'); // "Sở Y tế"
 * ```
 */
export function protectFormula(text: string): string {
  return dangerous.test(text) ? `'${text}` : text;
}

/**
 * Reverses {@link protectFormula}: removes one leading single quote from text that starts with quotes
 * followed by `=`, `+`, `-`, `@`, a tab or a carriage return. The readers of `@egov/io` apply it by
 * default, so a table written and read back is unchanged.
 *
 * @param text - A text cell value as read from a file.
 * @returns The original text.
 * @example
 * ```ts
 * unprotectFormula("'=1+1"); // "=1+1"
 * unprotectFormula("'abc"); // "'abc"
 * ```
 */
export function unprotectFormula(text: string): string {
  return protectedText.test(text) ? text.slice(1) : text;
}
