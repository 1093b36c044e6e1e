import { createFinding, foldKey, type Finding, pushAll } from '@egov/core';
import { locateYamlFindings } from '@egov/io';
import { leastCount, type ValidationResult } from '@egov/roadmap';
import type { DocumentLink } from '../analysis/document-set-analysis';
import type { CatalogueTable } from '../tables/procedure-table';
import type { CrossCheck } from './cross-check';
import { linkedDocuments } from './linked-documents';

/**
 * A roadmap against the procedure catalogue linked to it: a service the catalogue does not list
 * (`documents/service-not-in-catalogue`, a warning: a renamed or mistyped service), a service the catalogue
 * already lists at or above the entry's target level (`documents/level-already-reached`, info), and a stated
 * number of services larger than the catalogue's number of procedures (`documents/target-exceeds-catalogue`,
 * an error: the target cannot be met).
 *
 * @example
 * ```ts
 * roadmapAgainstCatalogue.run(documents).findings.map((finding) => finding.ruleId);
 * ```
 */
export const roadmapAgainstCatalogue: CrossCheck = {
  id: 'roadmap-against-catalogue',
  run: (documents) => {
    const findings: Finding[] = [];
    const links: DocumentLink[] = [];
    for (const document of documents) {
      if (document.kind !== 'roadmap' || document.input.format !== 'document') continue;
      const roadmap = (document.value as ValidationResult).roadmap;
      if (roadmap === undefined) continue;
      for (const { document: table, source } of linkedDocuments(document, documents, 'catalogue')) {
        links.push({ from: document.path, to: table.path, relation: 'catalogue', source });
        const { procedures } = table.value as CatalogueTable;
        const byName = new Map(procedures.map((procedure) => [foldKey(procedure.name), procedure]));
        const link = source === 'declared' ? { vi: 'liên kết được khai báo', en: 'declared link' } : { vi: 'liên kết suy ra trong thư mục', en: 'link inferred within the folder' };
        const found: Finding[] = [];
        roadmap.entries.forEach((entry, index) => {
          const procedure = byName.get(foldKey(entry.service));
          if (procedure === undefined) {
            found.push(
              createFinding({
                ruleId: 'documents/service-not-in-catalogue',
                severity: 'warning',
                message: {
                  vi: `Dịch vụ "${entry.service}" không có trong danh mục ${table.path}; kiểm tra tên hoặc bổ sung vào danh mục (${link.vi})`,
                  en: `The service "${entry.service}" is not in the catalogue ${table.path}; check its name or add it to the catalogue (${link.en})`,
                },
                path: `/entries/${String(index)}/service`,
                data: { catalogue: table.path, link: source },
              }),
            );
          } else if (entry.target_level !== undefined && procedure.onlineLevel !== undefined && procedure.onlineLevel >= entry.target_level) {
            found.push(
              createFinding({
                ruleId: 'documents/level-already-reached',
                severity: 'info',
                message: {
                  vi: `Dịch vụ "${entry.service}" đã ở mức độ ${String(procedure.onlineLevel)} trong danh mục ${table.path}, không thấp hơn mục tiêu mức độ ${String(entry.target_level)} (${link.vi})`,
                  en: `The service "${entry.service}" is already at level ${String(procedure.onlineLevel)} in the catalogue ${table.path}, not below the target level ${String(entry.target_level)} (${link.en})`,
                },
                path: `/entries/${String(index)}/target_level`,
                data: { catalogue: table.path, link: source, level: procedure.onlineLevel },
              }),
            );
          }
        });
        (roadmap.stated_totals ?? []).forEach((stated, index) => {
          // A printed figure ("trên 120") asks for at least its least count.
          const least = stated.kind === 'services' ? leastCount(stated.value) : undefined;
          if (least === undefined || least <= procedures.length) return;
          found.push(
            createFinding({
              ruleId: 'documents/target-exceeds-catalogue',
              severity: 'error',
              message: {
                vi: `Mục tiêu ${String(stated.value)} dịch vụ lớn hơn số thủ tục trong danh mục ${table.path} (${String(procedures.length)}); không thể đạt, sửa mục tiêu hoặc danh mục (${link.vi})`,
                en: `The target of ${String(stated.value)} services exceeds the ${String(procedures.length)} procedures of the catalogue ${table.path}; it cannot be met, correct the target or the catalogue (${link.en})`,
              },
              path: `/stated_totals/${String(index)}/value`,
              data: { catalogue: table.path, link: source, target: stated.value, procedures: procedures.length },
            }),
          );
        });
        pushAll(findings, locateYamlFindings(found, document.input.text, document.path));
      }
    }
    return { findings, links };
  },
};
