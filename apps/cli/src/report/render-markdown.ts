import { formatReportCell } from './format-report-cell';
import type { Report, ReportTable } from './report-model';

/** A cell of a Markdown table: pipes escaped, line breaks as spaces, so one cell stays one cell. */
function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function markdownTable(table: ReportTable, lang: Report['lang']): string {
  const header = `| ${table.columns.map((column) => markdownCell(column.header)).join(' | ')} |`;
  const rule = `|${table.columns.map((column) => (column.format === 'text' ? ' --- ' : ' ---: ')).join('|')}|`;
  const rows = table.rows.map(
    (row) => `| ${table.columns.map((column, index) => markdownCell(formatReportCell(row[index] ?? null, column.format, lang))).join(' | ')} |`,
  );
  return [`**${markdownCell(table.title)}**`, '', header, rule, ...rows].join('\n');
}

/**
 * Renders a report as Markdown a code host shows well: a title, the summary, one `##` heading per
 * section, its paragraphs and GitHub-flavoured tables (charts are HTML only; their tables are here).
 *
 * @param report - The report.
 * @returns The Markdown text, ending with a newline.
 * @example
 * ```ts
 * await writeFile('report.md', renderMarkdown(buildReport(data, 'vi')));
 * ```
 */
export function renderMarkdown(report: Report): string {
  const parts = [`# ${report.title}`, '', `_${report.subtitle}_`, '', report.summary];
  for (const section of report.sections) {
    parts.push('', `## ${section.title}`);
    for (const paragraph of section.paragraphs) parts.push('', paragraph);
    for (const table of section.tables) parts.push('', markdownTable(table, report.lang));
  }
  return parts.join('\n') + '\n';
}
