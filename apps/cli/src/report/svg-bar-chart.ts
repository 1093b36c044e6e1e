import type { Language } from '@egov/core';
import { escapeHtml } from './escape-html';
import { formatReportCell } from './format-report-cell';
import type { ReportChart } from './report-model';

/** Colours that stay apart for colour-blind readers and in greyscale print (Okabe–Ito). */
const palette = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'] as const;

const width = 760;
const labelWidth = 230;
const rightMargin = 70;
const barHeight = 18;
const rowHeight = 28;
const legendHeight = 28;
const axisHeight = 26;

/** A round axis end at or above the largest total (1, 2, 2.5 or 5 times a power of ten, in 5 steps). */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const step = value / 5;
  const power = 10 ** Math.floor(Math.log10(step));
  const nice = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= step) ?? 10;
  return nice * power * 5;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const number = (value: number, lang: Language): string => formatReportCell(Math.round(value * 100) / 100, 'decimal', lang);

/**
 * Draws a horizontal stacked bar chart as inline SVG: one bar per category (labels on the left,
 * shortened with the full text in a tooltip), one coloured segment per series with a legend, the total
 * at the end of each bar and a value axis. The SVG has `role="img"`, a title and a description pointing
 * to the table with the same figures; all text is escaped. No script, no external resource.
 *
 * @param chart - Categories, series and unit.
 * @param lang - Language of the numbers.
 * @returns The `<svg>` element as text.
 * @example
 * ```ts
 * stackedBarChart({ id: 'c', title: 'Kinh phí', categories: ['2014', '2015'], series: [{ name: 'Kinh phí', values: [8, 7.2] }], unit: 'tỷ đồng', tableId: 't' }, 'vi');
 * ```
 */
export function stackedBarChart(chart: ReportChart, lang: Language): string {
  const totals = chart.categories.map((_, index) => chart.series.reduce((sum, series) => sum + (series.values[index] ?? 0), 0));
  const max = niceMax(totals.reduce((largest, total) => Math.max(largest, total), 0));
  const plotWidth = width - labelWidth - rightMargin;
  const scale = (value: number) => (value / max) * plotWidth;
  const height = legendHeight + chart.categories.length * rowHeight + axisHeight;
  const parts: string[] = [];
  const titleId = `${chart.id}-title`;
  const descId = `${chart.id}-desc`;
  parts.push(
    `<svg class="chart" viewBox="0 0 ${String(width)} ${String(height)}" width="${String(width)}" height="${String(height)}" role="img" aria-labelledby="${titleId} ${descId}">`,
    `<title id="${titleId}">${escapeHtml(chart.title)}</title>`,
    `<desc id="${descId}">${escapeHtml(lang === 'vi' ? `Đơn vị: ${chart.unit}. Số liệu có trong bảng ngay dưới biểu đồ.` : `Unit: ${chart.unit}. The figures are in the table below the chart.`)}</desc>`,
  );
  const axisY = legendHeight + chart.categories.length * rowHeight + 2;
  parts.push(`<line x1="${String(labelWidth)}" y1="${String(axisY)}" x2="${String(labelWidth + plotWidth)}" y2="${String(axisY)}" class="axis"/>`);
  for (let tick = 0; tick <= 5; tick++) {
    const value = (max / 5) * tick;
    const tx = labelWidth + scale(value);
    parts.push(
      `<line x1="${tx.toFixed(1)}" y1="${String(legendHeight - 4)}" x2="${tx.toFixed(1)}" y2="${String(axisY + 4)}" class="grid"/>`,
      `<text x="${tx.toFixed(1)}" y="${String(axisY + 18)}" text-anchor="middle" class="tick">${escapeHtml(number(value, lang))}</text>`,
    );
  }
  let x = labelWidth;
  // A series with nothing to draw (no service at level 1 in any year) would only crowd the legend.
  chart.series.forEach((series, index) => {
    if (series.values.every((value) => value <= 0)) return;
    const colour = palette[index % palette.length] ?? palette[0];
    parts.push(`<rect x="${String(x)}" y="6" width="12" height="12" fill="${colour}"/>`, `<text x="${String(x + 16)}" y="16" class="legend">${escapeHtml(shorten(series.name, 28))}</text>`);
    x += 28 + Math.min(series.name.length, 28) * 7;
  });
  chart.categories.forEach((category, row) => {
    const y = legendHeight + row * rowHeight;
    parts.push(`<text x="${String(labelWidth - 8)}" y="${String(y + 14)}" text-anchor="end" class="label"><title>${escapeHtml(category)}</title>${escapeHtml(shorten(category, 32))}</text>`);
    let offset = labelWidth;
    chart.series.forEach((series, index) => {
      const value = series.values[row] ?? 0;
      if (value <= 0) return;
      const w = scale(value);
      const colour = palette[index % palette.length] ?? palette[0];
      parts.push(
        `<rect x="${offset.toFixed(1)}" y="${String(y + 1)}" width="${w.toFixed(1)}" height="${String(barHeight)}" fill="${colour}"><title>${escapeHtml(`${category} · ${series.name}: ${number(value, lang)} ${chart.unit}`)}</title></rect>`,
      );
      offset += w;
    });
    parts.push(`<text x="${(offset + 6).toFixed(1)}" y="${String(y + 14)}" class="value">${escapeHtml(number(totals[row] ?? 0, lang))}</text>`);
  });
  parts.push(`<text x="${String(labelWidth - 8)}" y="${String(axisY + 18)}" text-anchor="end" class="tick">${escapeHtml(chart.unit)}</text>`, '</svg>');
  return parts.join('\n');
}
