import { escapeHtml } from './escape-html';
import { formatReportCell } from './format-report-cell';
import type { Report, ReportTable } from './report-model';
import { stackedBarChart } from './svg-bar-chart';

const css = `
:root { color-scheme: light; --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --head: #f0f4f8; --accent: #0b4f8a; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 24px 32px 48px; font: 15px/1.5 "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 26px; margin: 0 0 4px; color: var(--accent); }
h2 { font-size: 20px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--line); color: var(--accent); }
.subtitle { color: var(--muted); margin: 0 0 12px; }
.summary { font-weight: 600; padding: 8px 12px; background: var(--head); border-left: 4px solid var(--accent); }
nav ol { margin: 8px 0 0; padding-left: 20px; columns: 2; }
nav a { color: var(--accent); }
figure { margin: 16px 0; }
figcaption { font-weight: 600; margin-bottom: 4px; }
svg.chart { max-width: 100%; height: auto; font-size: 12px; }
svg .label, svg .legend { fill: var(--ink); }
svg .value, svg .tick { fill: var(--muted); }
svg .axis { stroke: var(--muted); }
svg .grid { stroke: var(--line); }
.table-wrap { overflow-x: auto; margin: 12px 0 20px; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { border: 1px solid var(--line); padding: 4px 8px; vertical-align: top; text-align: left; }
th { background: var(--head); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.indent { white-space: pre; }
#findings td:nth-child(2), #findings td:nth-child(3) { white-space: nowrap; }
tr.error td:nth-child(3) { color: #b42318; font-weight: 600; }
tr.warning td:nth-child(3) { color: #b54708; font-weight: 600; }
footer { margin-top: 40px; color: var(--muted); font-size: 12px; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav { display: none; }
  h2 { break-after: avoid; }
  figure, tr { break-inside: avoid; }
  .table-wrap { overflow: visible; }
}
`;

const severities = new Set(['lỗi', 'cảnh báo', 'error', 'warning']);

function htmlTable(table: ReportTable, lang: Report['lang']): string {
  const head = table.columns.map((column) => `<th scope="col"${column.format === 'text' ? '' : ' class="num"'}>${escapeHtml(column.header)}</th>`).join('');
  const body = table.rows
    .map((row) => {
      // Findings tables: colour the severity cell (the text says it too, so colour is never the only cue).
      const severity = typeof row[2] === 'string' && severities.has(row[2]) ? (row[2] === 'lỗi' || row[2] === 'error' ? ' class="error"' : ' class="warning"') : '';
      const cells = table.columns
        .map((column, index) => {
          const text = formatReportCell(row[index] ?? null, column.format, lang);
          const kind = column.format === 'text' ? (text.startsWith('  ') ? ' class="indent"' : '') : ' class="num"';
          return `<td${kind}>${escapeHtml(text)}</td>`;
        })
        .join('');
      return `<tr${severity}>${cells}</tr>`;
    })
    .join('\n');
  return `<div class="table-wrap"><table id="${escapeHtml(table.id)}">\n<caption>${escapeHtml(table.title)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`;
}

/**
 * Renders a report as ONE self-contained HTML file: inline CSS (print-friendly), inline SVG charts,
 * no script and no external resource, the `lang` attribute of the report's language, every chart
 * followed by a table of the same figures, and every text from the user's files escaped.
 *
 * @param report - The report.
 * @returns The HTML document.
 * @example
 * ```ts
 * await writeFile('report.html', renderHtml(buildReport(data, 'vi')));
 * ```
 */
export function renderHtml(report: Report): string {
  const vi = report.lang === 'vi';
  const parts = [
    '<!doctype html>',
    `<html lang="${report.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(report.title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(report.title)}</h1>`,
    `<p class="subtitle">${escapeHtml(report.subtitle)}</p>`,
    `<p class="summary">${escapeHtml(report.summary)}</p>`,
    `<nav aria-label="${vi ? 'Mục lục' : 'Contents'}"><ol>${report.sections.map((section) => `<li><a href="#section-${escapeHtml(section.id)}">${escapeHtml(section.title)}</a></li>`).join('')}</ol></nav>`,
    '</header>',
    '<main>',
  ];
  for (const section of report.sections) {
    parts.push(`<section id="section-${escapeHtml(section.id)}" aria-labelledby="section-${escapeHtml(section.id)}-h">`, `<h2 id="section-${escapeHtml(section.id)}-h">${escapeHtml(section.title)}</h2>`);
    for (const paragraph of section.paragraphs) parts.push(`<p>${escapeHtml(paragraph)}</p>`);
    for (const chart of section.charts) {
      parts.push(
        '<figure>',
        `<figcaption>${escapeHtml(chart.title)} <small>(${escapeHtml(chart.unit)}; ${vi ? 'số liệu ở bảng' : 'figures in table'} <a href="#${escapeHtml(chart.tableId)}">${vi ? 'dưới đây' : 'below'}</a>)</small></figcaption>`,
        stackedBarChart(chart, report.lang),
        '</figure>',
      );
    }
    for (const table of section.tables) parts.push(htmlTable(table, report.lang));
    parts.push('</section>');
  }
  parts.push('</main>', `<footer>${vi ? 'Tạo bởi' : 'Made by'} egov report (@egov/cli)</footer>`, '</body>', '</html>');
  return parts.join('\n') + '\n';
}
