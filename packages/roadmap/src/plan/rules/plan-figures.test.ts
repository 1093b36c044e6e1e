import { describe, expect, it } from 'vitest';
import { validatePlan } from '../validate-plan';

const langSon = {
  kind: 'Kế hoạch',
  document: { number: '200/KH-SKHĐT', date: '2018-09-28' },
  province: 'Lạng Sơn',
  plan_year: 2019,
};

function findings(plan: object, ruleId: string) {
  const result = validatePlan(plan);
  expect(result.findings.filter((f) => f.ruleId === 'plan/schema')).toEqual([]);
  return result.findings.filter((f) => f.ruleId === ruleId);
}

describe('plan figures and budgets printed with a qualifier', () => {
  const figure = (printed: string, value: number) => ({
    ...langSon,
    current_state: {
      figures: [{ id: 'eoffice.accounts_issued', printed, value, parts: [{ value: 41 }, { value: 5 }, { value: 1 }, { value: 11 }] }],
    },
  });

  it('plan/printed-value-mismatch reads "trên 50" as 50', () => {
    expect(findings(figure('trên 50', 50), 'plan/printed-value-mismatch')).toEqual([]);
    expect(findings(figure('trên 50', 58), 'plan/printed-value-mismatch')).toHaveLength(1);
  });

  it('plan/printed-value-mismatch applies a magnitude word: "1,488 triệu" is 1488000 (or 1.488 as printed)', () => {
    const records = (printed: string, value: number) => ({ ...langSon, current_state: { figures: [{ id: 'records.full_online', printed, value, unit: 'hồ sơ' }] } });
    expect(findings(records('1,488 triệu', 1_488_000), 'plan/printed-value-mismatch')).toEqual([]);
    expect(findings(records('1,488 triệu', 1.488), 'plan/printed-value-mismatch')).toEqual([]);
    expect(findings(records('hơn 2 nghìn', 2000), 'plan/printed-value-mismatch')).toEqual([]);
    const wrong = findings(records('1,488 triệu', 1488), 'plan/printed-value-mismatch');
    expect(wrong.map((finding) => finding.message.en)).toEqual(['The printed figure "1,488 triệu" reads 1.488 (1488000) but the value given is 1488']);
  });

  it('plan/budget-words-mismatch checks a figure printed with its amount in words', () => {
    const amount = (printed: string, in_words: string) => ({ ...langSon, current_state: { figures: [{ id: 'budget.total', printed, unit: 'tỷ đồng', in_words }] } });
    expect(findings(amount('hơn 22 tỷ đồng', 'Hai mươi hai tỷ đồng'), 'plan/budget-words-mismatch')).toEqual([]);
    const wrong = findings(amount('hơn 22 tỷ đồng', 'Hai mươi hai triệu đồng'), 'plan/budget-words-mismatch');
    expect(wrong.map((finding) => finding.path)).toEqual(['/current_state/figures/0/in_words']);
    expect(findings(amount('22', 'Hai mươi hai tỷ đồng'), 'plan/budget-words-mismatch')).toEqual([]);
  });

  it('plan/parts-sum-mismatch judges the parts against a qualified total by its reading', () => {
    expect(findings(figure('trên 50', 50), 'plan/parts-sum-mismatch')).toEqual([]);
    const found = findings(figure('khoảng 40', 40), 'plan/parts-sum-mismatch');
    expect(found).toHaveLength(1);
    expect(found[0]?.message.en).toBe(
      'The parts of "eoffice.accounts_issued" add up to 58; "khoảng 40" is read as about 40 (tolerance ±5%: 38 to 42); 58 does not fit',
    );
  });

  it('plan/budget-words-mismatch checks a stated budget total against its amount in words', () => {
    const budget = (value: string, in_words: string) => ({
      ...langSon,
      funding: { stated_totals: [{ kind: 'budget', value, unit: 'đồng', in_words }] },
    });
    expect(findings(budget('212.000.000', 'Hai trăm mười hai triệu đồng'), 'plan/budget-words-mismatch')).toEqual([]);
    const wrong = findings(budget('212.000.000', 'Hai trăm mười một triệu đồng'), 'plan/budget-words-mismatch');
    expect(wrong.map((f) => [f.path, f.data?.difference])).toEqual([['/funding/stated_totals/0/in_words', '-1000000']]);
    expect(findings({ ...budget('x', 'x'), funding: { stated_totals: [{ kind: 'budget', value: 'hơn 5 tỷ', in_words: 'Năm tỷ đồng' }] } }, 'plan/budget-words-mismatch')).toEqual([]);
    const bound = findings({ ...langSon, funding: { stated_totals: [{ kind: 'budget', value: 'hơn 5 tỷ', in_words: 'Sáu tỷ đồng' }] } }, 'plan/budget-words-mismatch');
    expect(bound[0]?.message.en).toContain('the amount printed after "hơn"');
    expect(bound[0]?.data).toMatchObject({ reading: 'at-least', difference: '1000000000' });
    const unreadable = findings(budget('212.000.000', 'Hai trăm mười hai triệu đô'), 'plan/budget-words-mismatch');
    expect(unreadable).toHaveLength(1);
  });
});
