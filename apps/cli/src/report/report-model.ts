import type { Language } from '@egov/core';

/**
 * How a column's numbers are shown: `dong` amounts with thousands separators (and the `#,##0` number
 * format in XLSX), `integer` counts, `decimal` scores; text columns need no format.
 */
export type ReportColumnFormat = 'text' | 'integer' | 'dong' | 'decimal';

/** A cell: text, a number (shown with its column's format), or empty. */
export type ReportCell = string | number | null;

/** One column of a report table. */
export interface ReportColumn {
  readonly header: string;
  readonly format: ReportColumnFormat;
}

/** A table of the report: rendered in Markdown and HTML, and written as one XLSX sheet. */
export interface ReportTable {
  /** Stable id (`budget-by-year`), used for HTML anchors. */
  readonly id: string;
  /** Caption, in the report's language; also the XLSX sheet name (shortened). */
  readonly title: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly (readonly ReportCell[])[];
}

/**
 * A horizontal stacked bar chart: one bar per category, one segment per series. The table it draws is
 * named by `tableId`, so the HTML can point screen readers to it.
 */
export interface ReportChart {
  readonly id: string;
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
  /** Unit of the values, shown on the axis ("tỷ đồng", "dịch vụ"). */
  readonly unit: string;
  /** Id of the table with the same figures. */
  readonly tableId: string;
}

/** A finding line as the report shows it. */
export interface ReportFindingLine {
  readonly severity: 'error' | 'warning' | 'info';
  readonly place: string;
  readonly message: string;
  readonly ruleId: string;
}

/** A section of the report; it exists only when its data does. */
export interface ReportSection {
  readonly id: string;
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly charts: readonly ReportChart[];
  readonly tables: readonly ReportTable[];
}

/** A report ready to render, every text in its language. */
export interface Report {
  readonly lang: Language;
  readonly title: string;
  /** One line under the title (documents, province). */
  readonly subtitle: string;
  /** One-line summary of files and findings, also printed by the command. */
  readonly summary: string;
  readonly sections: readonly ReportSection[];
}
