import type { Finding } from '@egov/core';
import type { ReadInput } from '../input/document-input';
import type { DocumentLink } from '../analysis/document-set-analysis';

/**
 * One recognised file of a set, as cross-document checks see it: its kind and the model its kind read.
 *
 * @example
 * ```ts
 * set.documents.filter((document) => document.kind === 'budget');
 * ```
 */
export interface SetDocument {
  readonly path: string;
  readonly kind: string;
  readonly input: ReadInput;
  /** What the kind's `read` gave (a `BudgetPlan` for `budget`, a `PlanValidationResult` for `plan`, …). */
  readonly value: unknown;
}

/**
 * What a cross-document check gives: findings (located in one of the files) and the links it used.
 *
 * @example
 * ```ts
 * const none: CrossCheckResult = { findings: [], links: [] };
 * ```
 */
export interface CrossCheckResult {
  readonly findings: readonly Finding[];
  readonly links: readonly DocumentLink[];
}

/**
 * A check across the documents of a set (a plan's budget against the budget table beside it, …).
 *
 * @example
 * ```ts
 * const check: CrossCheck = { id: 'none', run: () => ({ findings: [], links: [] }) };
 * ```
 */
export interface CrossCheck {
  readonly id: string;
  readonly run: (documents: readonly SetDocument[]) => CrossCheckResult;
}
