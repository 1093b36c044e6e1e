import { describe, expectTypeOf, it } from 'vitest';
import {
  applicationRecordSchema,
  findDuplicates,
  levelToClass,
  procedureSchema,
  RecordAggregator,
  type ApplicationRecord,
  type OnlineClass,
  type OnlineLevel,
  type Procedure,
  type Ratio,
  type Tier,
} from './index';

describe('public types', () => {
  it('infers the procedure model from its schema', () => {
    expectTypeOf(procedureSchema.parse({})).toEqualTypeOf<Procedure>();
    expectTypeOf<Procedure['name']>().toEqualTypeOf<string>();
    expectTypeOf<Procedure['onlineLevel']>().toEqualTypeOf<OnlineLevel | undefined>();
    expectTypeOf<Procedure['onlineClass']>().toEqualTypeOf<OnlineClass | undefined>();
    expectTypeOf<Procedure['tier']>().toEqualTypeOf<Tier | undefined>();
    expectTypeOf<Procedure['partnerAgencies']>().toEqualTypeOf<readonly string[] | undefined>();
  });

  it('types records, conversions and results', () => {
    expectTypeOf(applicationRecordSchema.parse({})).toEqualTypeOf<ApplicationRecord>();
    expectTypeOf<ApplicationRecord['channel']>().toEqualTypeOf<'online' | 'counter' | 'post'>();
    expectTypeOf(levelToClass).returns.toEqualTypeOf<OnlineClass>();
    expectTypeOf(new RecordAggregator({ asOf: '2018-12-31' }).totals().onlineShare).toExtend<Ratio>();
    expectTypeOf(findDuplicates).parameter(0).toExtend<readonly Pick<Procedure, 'name'>[]>();
  });
});
