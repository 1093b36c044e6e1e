import { describe, expect, it } from 'vitest';
import { stackedBarChart } from './svg-bar-chart';

const chart = {
  id: 'c',
  title: 'Kinh phí theo năm',
  categories: ['2014', '2015'],
  series: [{ name: 'Kinh phí', values: [8, 7.2] }],
  unit: 'tỷ đồng',
  tableId: 't',
};

describe('stackedBarChart', () => {
  it('draws bars in proportion on a round axis (0–10 for a largest total of 8)', () => {
    const svg = stackedBarChart(chart, 'vi');
    const widths = [...svg.matchAll(/<rect x="[\d.]+" y="\d+" width="([\d.]+)" height="18"/g)].map((match) => Number(match[1]));
    // Plot width 460 px: 8/10 and 7,2/10 of it.
    expect(widths).toEqual([368, 331.2]);
    expect(svg).toContain('>10</text>');
    expect(svg).toContain('>7,2</text>');
    expect(stackedBarChart(chart, 'en')).toContain('>7.2</text>');
  });

  it('stacks series and escapes names', () => {
    const svg = stackedBarChart({ ...chart, categories: ['<Sở>'], series: [{ name: 'A&B', values: [1] }, { name: 'C', values: [2] }] }, 'vi');
    const xs = [...svg.matchAll(/<rect x="([\d.]+)" y="29"/g)].map((match) => Number(match[1]));
    expect(xs).toHaveLength(2);
    expect(xs[1]).toBeGreaterThan(xs[0] ?? Infinity);
    expect(svg).toContain('&lt;Sở&gt;');
    expect(svg).toContain('A&amp;B');
    expect(svg).not.toContain('<Sở>');
  });

  it('survives an empty chart (all zero)', () => {
    const svg = stackedBarChart({ ...chart, series: [{ name: 'x', values: [0, 0] }] }, 'vi');
    expect(svg).not.toContain('NaN');
    expect(svg.match(/height="18"/g)).toBeNull();
  });
});
