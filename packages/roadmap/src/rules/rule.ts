import type { LocalizedMessage, PointerSegment, Severity } from '@egov/core';
import type { ServiceIndex } from '../identity/service-index';
import type { Roadmap } from '../model/roadmap-schema';
import type { RoadmapFacts } from './roadmap-facts';

/** Reference data a validation may be given: who the agencies are, which procedures exist. */
export interface ValidationReferences {
  /** The agencies of the province (names as the registry writes them); enables agency rules. */
  readonly agencies?: readonly string[];
  /** The procedure catalogue (code and/or name); enables `roadmap/unknown-procedure`. */
  readonly catalogue?: readonly { readonly code?: string; readonly name: string }[];
  /** National targets, each with its legal source; enables `roadmap/below-national-target`. */
  readonly nationalTargets?: readonly NationalTarget[];
}

/** A national target for the share of services at a level by a year, with its legal source. */
export interface NationalTarget {
  readonly source: string;
  readonly level: number;
  /** A share in [0, 1]. */
  readonly share: number;
  readonly by: number;
  readonly note?: string;
}

/** One problem a rule reports; the engine adds the rule id and severity. */
export interface RuleReport {
  readonly message: LocalizedMessage;
  readonly path: readonly PointerSegment[];
  readonly data?: Readonly<Record<string, unknown>>;
}

/** What a rule sees when it runs. */
export interface RuleContext<TOptions> {
  readonly roadmap: Roadmap;
  readonly services: ServiceIndex;
  readonly options: TOptions;
  readonly references: ValidationReferences;
  readonly report: (report: RuleReport) => void;
  /**
   * Facts about the roadmap shared by every rule of the validation (due days and years of the entries,
   * resolved step names, service timelines), each computed on first use: read them instead of
   * recomputing them on large roadmaps.
   */
  readonly facts: RoadmapFacts;
}

/**
 * A validation rule, like an ESLint rule: a stable id, a default severity, documented options with
 * defaults, a description for the rule table, and a `check` that reports problems with a JSON-pointer
 * path into the roadmap.
 */
export interface RoadmapRule<TOptions extends object = Record<string, never>> {
  /** Stable id, `namespace/rule-name`; built-ins use `roadmap/`. */
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** One sentence for the rule table, in Vietnamese and English. */
  readonly description: LocalizedMessage;
  readonly defaultOptions: TOptions;
  readonly check: (context: RuleContext<TOptions>) => void;
}

/**
 * A rule with its option type erased, as stored in a rule set.
 *
 * @example
 * ```ts
 * const rules: AnyRoadmapRule[] = [...builtinRules];
 * ```
 */
export type AnyRoadmapRule = RoadmapRule<object>;

/**
 * Defines a rule with its option type checked; identity at run time.
 *
 * @param rule - The rule.
 * @returns The same rule.
 * @example
 * ```ts
 * const noEmptyAgency = defineRule({
 *   id: 'acme/lead-agency-required',
 *   defaultSeverity: 'warning',
 *   description: { vi: 'Mục chưa có cơ quan chủ trì', en: 'Entry without a lead agency' },
 *   defaultOptions: {},
 *   check: ({ roadmap, report }) => {
 *     roadmap.entries.forEach((entry, index) => {
 *       if (entry.lead_agency === undefined) {
 *         report({ message: { vi: 'Thiếu cơ quan chủ trì', en: 'Missing lead agency' }, path: ['entries', index] });
 *       }
 *     });
 *   },
 * });
 * ```
 */
export function defineRule<TOptions extends object>(rule: RoadmapRule<TOptions>): RoadmapRule<TOptions> {
  return rule;
}
