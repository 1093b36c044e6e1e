import { describe, expect, it } from 'vitest';
import { agencySchema } from './agency';
import { catalogueSchema } from './catalogue';
import { isoDateSchema } from './iso-date-schema';
import { onlineLevelSchema } from './online-level';
import { procedureSchema } from './procedure';

describe('procedureSchema', () => {
  it('reads a service of source 002 and normalises text to NFC', () => {
    const nfd = 'Cấp phép hợp báo'.normalize('NFD');
    const procedure = procedureSchema.parse({
      name: `  ${nfd} `,
      onlineLevel: 4,
      leadAgency: 'Sở Thông tin và Truyền thông',
      tier: 'province',
    });
    expect(procedure.name).toBe('Cấp phép hợp báo'.normalize('NFC'));
    expect(procedure.name.length).toBe(16);
    expect(procedure.onlineLevel).toBe(4);
  });

  it('keeps the historical district tier and both classifications', () => {
    const procedure = procedureSchema.parse({
      code: '1.001193.000.00.00.H55',
      name: 'Đăng ký hộ kinh doanh',
      tier: 'district',
      onlineLevel: 4,
      onlineClass: 'partial',
      fee: 100000,
      timeLimitDays: 3,
      fullOnlineEligible: true,
      validFrom: '2022-08-15',
      validTo: '2025-06-30',
    });
    expect(procedure.tier).toBe('district');
    expect(procedure.onlineClass).toBe('partial');
  });

  it.each([
    [{ name: '' }],
    [{ name: 'x', onlineLevel: 5 }],
    [{ name: 'x', onlineClass: 'toàn trình' }],
    [{ name: 'x', fee: -1 }],
    [{ name: 'x', fee: 1.5 }],
    [{ name: 'x', validFrom: '2025-02-30' }],
    [{ name: 'x', tier: 'huyện' }],
  ])('rejects %j', (input) => {
    expect(procedureSchema.safeParse(input).success).toBe(false);
  });
});

describe('other schemas', () => {
  it('accepts levels 1–4 only', () => {
    expect([1, 2, 3, 4].map((level) => onlineLevelSchema.safeParse(level).success)).toEqual([true, true, true, true]);
    expect(onlineLevelSchema.safeParse(0).success).toBe(false);
    expect(onlineLevelSchema.safeParse('3').success).toBe(false);
  });

  it('checks ISO dates for existence', () => {
    expect(isoDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(isoDateSchema.safeParse('2023-02-29').success).toBe(false);
    expect(isoDateSchema.safeParse('28/9/2018').success).toBe(false);
  });

  it('reads an agency and a catalogue', () => {
    expect(agencySchema.parse({ name: ' Sở Y tế ', kind: 'department' }).name).toBe('Sở Y tế');
    const catalogue = catalogueSchema.parse({
      province: 'Lạng Sơn',
      asOf: '2018-09-28',
      procedures: [{ name: 'Đăng ký doanh nghiệp', onlineLevel: 4 }],
    });
    expect(catalogue.procedures).toHaveLength(1);
    expect(catalogueSchema.safeParse({ province: 'Lạng Sơn', asOf: '2018', procedures: [] }).success).toBe(false);
  });
});
