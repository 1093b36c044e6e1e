import { parseJsonPointer, type Finding } from '@egov/core';
import { isCollection, isNode, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/**
 * Adds the line and column of the user's YAML (or JSON, which YAML 1.2 reads too) to findings that point at
 * a JSON pointer, so a validation finding such as `/entries/12/target_level` reads `roadmap.yaml:57:19` in
 * a terminal or a code host. A pointer to a missing key is placed at its nearest existing parent; findings
 * that already have a row, or whose location names another file, are returned unchanged. Never throws: a
 * text that does not parse leaves the lines out (the file name is still recorded).
 *
 * @param findings - Findings whose `path` is a JSON pointer into the parsed document.
 * @param text - The document's text, as read.
 * @param file - The file name to record in each finding that names no file.
 * @returns New findings, in the same order, with `location.row` (1-based line) and `location.column`
 *   (1-based column as a decimal string) where the path could be found.
 * @example
 * ```ts
 * const finding = createFinding({ ruleId: 'x', severity: 'error', message: { vi: 'x', en: 'x' }, path: '/entries/1/level' });
 * locateYamlFindings([finding], 'entries:\n  - level: 3\n  - level: 2\n', 'roadmap.yaml')[0]?.location;
 * // { file: 'roadmap.yaml', row: 3, column: '12' }
 * ```
 */
export function locateYamlFindings(findings: readonly Finding[], text: string, file?: string): Finding[] {
  if (findings.every((finding) => !needsLocation(finding, file))) return [...findings];
  const lineCounter = new LineCounter();
  let document: Document.Parsed | undefined;
  try {
    document = parseDocument(text, { lineCounter, keepSourceTokens: false });
  } catch {
    document = undefined;
  }
  const parsed = document?.errors.length === 0 ? document : undefined;
  return findings.map((finding) => {
    if (!needsLocation(finding, file)) return finding;
    const offset = parsed === undefined ? undefined : deepestNode(parsed, parseJsonPointer(finding.path))?.range?.[0];
    if (offset === undefined) {
      return file === undefined || finding.location?.file !== undefined ? finding : { ...finding, location: { ...finding.location, file } };
    }
    const { line, col } = lineCounter.linePos(offset);
    return {
      ...finding,
      location: {
        ...finding.location,
        ...(file === undefined ? {} : { file }),
        row: line,
        column: String(col),
      },
    };
  });
}

function needsLocation(finding: Finding, file: string | undefined): boolean {
  const location = finding.location;
  if (location?.row !== undefined) return false;
  return location?.file === undefined || file === undefined || location.file === file;
}

/** The node at the pointer, or at its deepest existing ancestor (the document's root for ''). */
function deepestNode(document: Document.Parsed, segments: readonly string[]): Node | undefined {
  let node: unknown = document.contents;
  let found: Node | undefined = isNode(node) ? node : undefined;
  for (const segment of segments) {
    if (!isCollection(node)) break;
    const key = isSeq(node) ? Number(segment) : segment;
    const child: unknown = node.get(key, true);
    if (!isNode(child)) break;
    node = child;
    found = child;
  }
  return found;
}
