import { locateYamlFindings } from '@egov/io';
import { documentKind, type ValidationResult } from '@egov/roadmap';
import { validatedRoadmap } from '../tables/validated-roadmap';
import { defineDocumentKind, type FileKind } from './file-kind';

/**
 * A roadmap of online public services (`entries` of services with target levels and due years), validated
 * with `@egov/roadmap`'s rules; findings at their YAML/JSON line and column.
 *
 * @example
 * ```ts
 * roadmapKind.detect({ path: 'r.yaml', format: 'document', data: { entries: [] }, text: '', findings: [] }); // true
 * ```
 */
export const roadmapKind: FileKind = defineDocumentKind<ValidationResult>({
  id: 'roadmap',
  label: { vi: 'lộ trình', en: 'roadmap' },
  detect: (data) => documentKind(data) === 'roadmap' || { vi: 'không có danh sách `entries` của lộ trình', en: 'no roadmap `entries` list' },
  read: (data, text, context) => {
    const result = validatedRoadmap(data);
    return { value: result, findings: locateYamlFindings(result.findings, text, context.path) };
  },
  summarise: (result) =>
    result.roadmap === undefined ? {} : { entries: result.roadmap.entries.length, services: new Set(result.roadmap.entries.map((entry) => entry.service)).size },
});
