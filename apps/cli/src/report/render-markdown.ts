import { formatReportCell } from './format-report-cell';
import { markdownText } from './markdown-text';
import type { Report, ReportTable } from './report-model';

// Every text of the report model is plain text (names, cells and messages come from the user's files):
// it goes through markdownText once here, and only this renderer adds Markdown syntax around it.
const markdownCell = (text: string): string => markdownText(text, 'cell');
const markdownBlock = (text: string): string => markdownText(text, 'block');

function markdownTable(table: ReportTable, lang: Report['lang']): string {
  const header = `| ${table.columns.map((column) => markdownCell(column.header)).join(' | ')} |`;
  const rule = `|${table.columns.map((column) => (column.format === 'text' ? ' --- ' : ' ---: ')).join('|')}|`;
  const rows = table.rows.map(
    (row) => `| ${table.columns.map((column, index) => markdownCell(formatReportCell(row[index] ?? null, column.format, lang))).join(' | ')} |`,
  );
  return [`**${markdownBlock(table.title)}**`, '', header, rule, ...rows].join('\n');
}

/**
 * Renders a report as Markdown a code host shows well: a title, the summary, one `##` heading per
 * section, its paragraphs and GitHub-flavoured tables (charts are HTML only; their tables are here). Every
 * text is escaped: HTML, links, images and emphasis from the user's files are shown as text, never rendered.
 *
 * @param report - The report.
 * @returns The Markdown text, ending with a newline.
 * @example
 * ```ts
 * await writeFile('report.md', renderMarkdown(buildReport(data, 'vi')));
 * ```
 */
export function renderMarkdown(report: Report): string {
  const parts = [`# ${markdownBlock(report.title)}`, '', `_${markdownBlock(report.subtitle)}_`, '', markdownBlock(report.summary)];
  for (const section of report.sections) {
    parts.push('', `## ${markdownBlock(section.title)}`);
    for (const paragraph of section.paragraphs) parts.push('', markdownBlock(paragraph));
    for (const table of section.tables) parts.push('', markdownTable(table, report.lang));
  }
  return parts.join('\n') + '\n';
}
