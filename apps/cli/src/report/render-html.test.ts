import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report';
import type { ReportData } from './report-data';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';

const hostile = '<script>alert("x")</script> & <img src=x onerror=1>';

/** A small report whose user texts try to break out of HTML and Markdown. */
const data: ReportData = {
  folder: 'tinh-<b>',
  province: 'Tỉnh <i>Thử</i>',
  documents: [{ file: 'plan.yaml', kind: 'Kế hoạch', number: '1/KH-UBND', title: hostile, issuer: 'UBND | tỉnh' }],
  files: [],
  skipped: [],
  attached: [],
  roadmaps: [
    {
      file: 'roadmap.yaml',
      decision: '818/QĐ-UBND',
      province: 'Thái Bình',
      projection: { years: [2013, 2014], services: [], distribution: [[0, 1, 2, 3], [0, 0, 3, 4]], atLeastLevelThree: [5, 7] },
      entries: [{ service: hostile, due: '2014', targetLevel: 4, fromLevel: 3, id: '2013.1' }],
    },
  ],
  budgets: [],
  procedures: [],
  ranks: [],
};

describe('renderHtml', () => {
  const html = renderHtml(buildReport(data, 'vi'));

  it('is one self-contained file: no URL, no script, inline style, the report language', () => {
    expect(html).not.toMatch(/https?:/);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link|<img|<iframe|url\(/i);
    expect(html.startsWith('<!doctype html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).toContain('@media print');
    expect(renderHtml(buildReport(data, 'en'))).toContain('<html lang="en">');
  });

  it('escapes every user text', () => {
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=1&gt;');
    expect(html).toContain('Tỉnh &lt;i&gt;Thử&lt;/i&gt;');
    expect(html).not.toContain('<i>Thử');
  });

  it('draws each chart as inline SVG with a title and points to the table of the same figures', () => {
    const svgs = html.match(/<svg [^>]*role="img"/g) ?? [];
    expect(svgs).toHaveLength(1);
    expect(html).toContain('<title id="chart-roadmap-title">Dịch vụ theo mức độ, từng năm</title>');
    expect(html).toContain('href="#roadmap-projection"');
    expect(html).toContain('<table id="roadmap-projection">');
    // 2014: 3 services at level 3 and 4 at level 4; the table says it too.
    expect(html).toContain('<td>2014</td><td class="num">0</td><td class="num">0</td><td class="num">3</td><td class="num">4</td><td class="num">7</td>');
  });
});

describe('renderMarkdown', () => {
  const markdown = renderMarkdown(buildReport(data, 'vi'));

  it('keeps one cell per cell: pipes escaped', () => {
    expect(markdown).toContain('| Kế hoạch 1/KH-UBND |  | UBND \\| tỉnh |');
    expect(markdown).toContain('| 2013.1 |');
    expect(markdown).toContain('| 3 → 4 | 2014 |');
  });

  it('has a heading per section and the summary', () => {
    expect(markdown.split('\n').filter((line) => line.startsWith('## '))).toEqual(['## Văn bản', '## Kiểm tra', '## Lộ trình 818/QĐ-UBND']);
    expect(markdown).toContain('Không có tệp thuộc loại egov kiểm tra được (lộ trình, kinh phí, danh mục thủ tục, hồ sơ); đã đọc 0 tệp khác');
  });
});

describe('hostile text in the user files (links, images, HTML)', () => {
  const link = '[Bấm vào đây](javascript:alert(1)) ![](http://evil.example/x.png) <a href="javascript:alert(2)">x</a>';
  const hostileData: ReportData = { ...data, province: link, documents: data.documents.map((document) => ({ ...document, title: link })) };
  it('report.md renders no HTML, no link and no image from data', () => {
    const markdown = renderMarkdown(buildReport(hostileData, 'vi'));
    expect(markdown).not.toMatch(/<(a|img|script|i|b)\b/i);
    expect(markdown).not.toMatch(/javascript:/i);
    expect(markdown).not.toMatch(/(^|[^\\])\]\(/m);
    expect(markdown).toContain('\\[Bấm vào đây\\](javascript&#58;alert(1))');
  });
  it('report.html escapes it and links nowhere', () => {
    const html = renderHtml(buildReport(hostileData, 'vi'));
    expect(html).not.toMatch(/<a [^>]*href="(?!#)/i);
    expect(html).not.toMatch(/<img|<script/i);
    expect(html).toContain('&lt;a href=&quot;javascript:alert(2)&quot;&gt;');
  });
});

describe('renderHtml ids', () => {
  it('gives every element a unique id (sections, tables, charts)', () => {
    const html = renderHtml(buildReport({ ...data, roadmaps: [...data.roadmaps, ...data.roadmaps] }, 'vi'));
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('roadmap-projection-2');
  });
});
