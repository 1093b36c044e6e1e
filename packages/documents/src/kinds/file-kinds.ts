import { budgetKind } from './budget-kind';
import { catalogueKind } from './catalogue-kind';
import type { FileKind } from './file-kind';
import { indicatorsKind } from './indicators-kind';
import { planKind } from './plan-kind';
import { procedureLevelsKind } from './procedure-levels-kind';
import { ranksKind } from './ranks-kind';
import { recordsKind } from './records-kind';
import { roadmapKind } from './roadmap-kind';

/**
 * The kinds of file a document set may hold, in detection order: the first whose `detect` holds is the
 * file's kind. Adding a kind is one file beside these and one line here.
 *
 * @example
 * ```ts
 * fileKinds.map((kind) => kind.id); // ["roadmap", "plan", "budget", "procedure-levels", "records", "catalogue", "indicators", "ranks"]
 * ```
 */
export const fileKinds: readonly FileKind[] = [roadmapKind, planKind, budgetKind, procedureLevelsKind, recordsKind, catalogueKind, indicatorsKind, ranksKind];
