import { formatAmount, planTotal, totalsBy, type BudgetPlan } from '@egov/budget';
import { createFinding, type Finding, pushAll } from '@egov/core';
import { locateYamlFindings } from '@egov/io';
import { roadmapBudget, type ValidationResult } from '@egov/roadmap';
import type { DocumentLink } from '../analysis/document-set-analysis';
import type { CrossCheck } from './cross-check';
import { linkedDocuments } from './linked-documents';

/**
 * A roadmap's budget lines (`budgets`) against the budget table linked to it: the total of each year, and the
 * grand total. A roadmap retyping its table's amounts with one slip is caught here
 * (`documents/budget-total-mismatch`, an error on the roadmap's `budgets`).
 *
 * @example
 * ```ts
 * budgetAgainstTable.run(documents).findings; // [] when every year's total agrees
 * ```
 */
export const budgetAgainstTable: CrossCheck = {
  id: 'budget-against-table',
  run: (documents) => {
    const findings: Finding[] = [];
    const links: DocumentLink[] = [];
    for (const document of documents) {
      if (document.kind !== 'roadmap' || document.input.format !== 'document') continue;
      const roadmap = (document.value as ValidationResult).roadmap;
      if (roadmap === undefined) continue;
      const stated = roadmapBudget(roadmap);
      if (stated.lines === 0) continue;
      for (const { document: table, source } of linkedDocuments(document, documents, 'budget')) {
        links.push({ from: document.path, to: table.path, relation: 'budget', source });
        const plan = table.value as BudgetPlan;
        const years = new Map(totalsBy(plan, 'year').map((group) => [group.key, group.total]));
        const compared = [
          ...stated.groups.flatMap((group) => {
            const inTable = years.get(group.label);
            return inTable === undefined ? [] : [{ label: group.label, inDocument: group.amount, inTable }];
          }),
          { label: '', inDocument: stated.total, inTable: planTotal(plan) },
        ];
        const found = compared
          .filter((pair) => pair.inDocument.compare(pair.inTable) !== 0)
          .map((pair) => {
            const what = pair.label === '' ? { vi: 'Tổng kinh phí', en: 'The budget total' } : { vi: `Kinh phí năm ${pair.label}`, en: `The budget of ${pair.label}` };
            return createFinding({
              ruleId: 'documents/budget-total-mismatch',
              severity: 'error',
              message: {
                vi: `${what.vi} trong văn bản (${formatAmount(pair.inDocument)}) khác bảng ${table.path} (${formatAmount(pair.inTable)}); sửa cho khớp (liên kết ${source === 'declared' ? 'được khai báo' : 'suy ra trong thư mục'})`,
                en: `${what.en} in the document (${formatAmount(pair.inDocument, { notation: 'en' })}) differs from the table ${table.path} (${formatAmount(pair.inTable, { notation: 'en' })}); make them agree (link ${source})`,
              },
              path: '/budgets',
              data: { table: table.path, link: source, period: pair.label, inDocument: pair.inDocument.toString(), inTable: pair.inTable.toString() },
            });
          });
        pushAll(findings, locateYamlFindings(found, document.input.text, document.path));
      }
    }
    return { findings, links };
  },
};
