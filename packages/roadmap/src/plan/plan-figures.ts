import type { PointerSegment } from '@egov/core';
import type { Plan } from './plan-schema';
import type { StatedFigure } from './stated-figure-schema';

/** A stated figure of a plan with the JSON-pointer segments of its place. */
export interface PlacedFigure {
  readonly figure: StatedFigure;
  readonly path: readonly PointerSegment[];
}

/**
 * Every stated figure of a plan, those of the current state first, each with its path.
 *
 * @param plan - A parsed plan.
 * @returns The figures in document order of the two lists.
 * @example
 * ```ts
 * planFigures(plan).map(({ path }) => path.join('/')); // ["current_state/figures/0", …, "figures/0", …]
 * ```
 */
export function planFigures(plan: Plan): PlacedFigure[] {
  return [
    ...(plan.current_state?.figures ?? []).map((figure, index) => ({ figure, path: ['current_state', 'figures', index] })),
    ...(plan.figures ?? []).map((figure, index) => ({ figure, path: ['figures', index] })),
  ];
}
