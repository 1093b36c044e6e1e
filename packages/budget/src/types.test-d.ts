import type { Finding, Result } from '@egov/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  fromRows,
  safeParseAmount,
  safeWordsToAmount,
  type Amount,
  type budgetPlanSchema,
  type BudgetPlan,
  type FromRowsResult,
  type ParsedAmount,
  type PlanChange,
} from './index';

describe('public types', () => {
  it('schemas infer the published model types', () => {
    expectTypeOf<z.infer<typeof budgetPlanSchema>>().toEqualTypeOf<BudgetPlan>();
  });

  it('safe functions return results with findings', () => {
    expectTypeOf(safeParseAmount).returns.toEqualTypeOf<Result<ParsedAmount>>();
    expectTypeOf(safeWordsToAmount).returns.toEqualTypeOf<Result<Amount>>();
    expectTypeOf<Result<Amount>>().toExtend<{ ok: false; error: Finding } | { ok: true; value: Amount }>();
    expectTypeOf(fromRows).returns.toEqualTypeOf<FromRowsResult>();
  });

  it('plan changes are a discriminated union', () => {
    expectTypeOf<PlanChange['kind']>().toEqualTypeOf<'line-added' | 'line-removed' | 'line-renamed' | 'amount-changed'>();
  });
});
