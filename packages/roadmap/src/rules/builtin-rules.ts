import { after2025Reform } from './after-2025-reform';
import { agencyMinimum } from './agency-minimum';
import { belowNationalTarget } from './below-national-target';
import { budgetBeforeSchedule } from './budget-before-schedule';
import { budgetServicesMismatch } from './budget-services-mismatch';
import { budgetTotalMismatch } from './budget-total-mismatch';
import { budgetUnknownService } from './budget-unknown-service';
import { budgetWordsMismatch } from './budget-words-mismatch';
import { duplicateEntry } from './duplicate-entry';
import { entryOutsidePeriod } from './entry-outside-period';
import { levelDown } from './level-down';
import { levelFourWithoutThree } from './level-four-without-three';
import type { AnyRoadmapRule } from './rule';
import { serviceNameVariant } from './service-name-variant';
import { statedTotalMismatch } from './stated-total-mismatch';
import { stepAfterDue } from './step-after-due';
import { stepMismatch } from './step-mismatch';
import { targetUnreachable } from './target-unreachable';
import { unknownAgency, unknownProcedure } from './unknown-reference';

/**
 * The built-in rules, in the order they run.
 *
 * @example
 * ```ts
 * builtinRules.map((rule) => rule.id); // ["roadmap/level-down", …]
 * ```
 */
export const builtinRules: readonly AnyRoadmapRule[] = [
  levelDown,
  levelFourWithoutThree,
  entryOutsidePeriod,
  duplicateEntry,
  statedTotalMismatch,
  stepMismatch,
  stepAfterDue,
  budgetTotalMismatch,
  budgetWordsMismatch,
  budgetServicesMismatch,
  budgetBeforeSchedule,
  budgetUnknownService,
  targetUnreachable,
  agencyMinimum,
  unknownAgency,
  unknownProcedure,
  belowNationalTarget,
  serviceNameVariant,
  after2025Reform,
] as readonly AnyRoadmapRule[];
