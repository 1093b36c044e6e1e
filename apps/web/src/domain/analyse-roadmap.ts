import type { Finding } from '@egov/core';
import { readJson, readYaml } from '@egov/io';
import { projectRoadmap, validateRoadmap, type Roadmap, type RoadmapProjection } from '@egov/roadmap';

/** A roadmap document checked in the browser. */
export interface RoadmapAnalysis {
  readonly file: string;
  /** The typed roadmap, when it passed the schema. */
  readonly roadmap: Roadmap | undefined;
  /** Services per level per year, when the roadmap passed the schema. */
  readonly projection: RoadmapProjection | undefined;
  /** Reading and validation findings, errors first. */
  readonly findings: readonly Finding[];
}

/**
 * Reads a YAML or JSON text and validates it as a roadmap with `@egov/roadmap`.
 *
 * @param file - The file name (its extension picks the reader).
 * @param text - The file's text.
 * @returns The roadmap, its projection and the findings.
 * @example
 * ```ts
 * analyseRoadmap('roadmap.yaml', text).findings.length;
 * ```
 */
export function analyseRoadmap(file: string, text: string): RoadmapAnalysis {
  const read = file.toLowerCase().endsWith('.json') ? readJson(text, { file }) : readYaml(text, { file });
  if (!read.ok) return { file, roadmap: undefined, projection: undefined, findings: read.findings };
  const { roadmap, services, findings } = validateRoadmap(read.value);
  const projection = roadmap === undefined ? undefined : projectRoadmap(roadmap, services);
  return { file, roadmap, projection, findings: [...read.findings, ...findings] };
}
