import type { Language } from '@egov/core';
import type { OnlineClass } from '../model/online-class';
import type { OnlineLevel } from '../model/online-level';
import type { Tier } from '../model/tier';
import type { Cell } from '../rows/row';
import { isEmptyCell, type Parsed } from './cells';
import { foldKey } from '@egov/core';

export function parseLevel(cell: Cell | undefined): Parsed<OnlineLevel> {
  if (isEmptyCell(cell) || cell === null || cell === undefined) return { kind: 'empty' };
  const text = typeof cell === 'number' ? String(cell) : typeof cell === 'string' ? foldKey(cell) : '';
  const match = /^(?:muc do |muc |level )?([1-4])$/.exec(text);
  return match === null ? { kind: 'invalid' } : { kind: 'value', value: Number(match[1]) as OnlineLevel };
}

export function parseClass(cell: Cell | undefined): Parsed<OnlineClass> {
  if (isEmptyCell(cell) || cell === null || cell === undefined || typeof cell !== 'string') {
    return isEmptyCell(cell) ? { kind: 'empty' } : { kind: 'invalid' };
  }
  const text = foldKey(cell);
  if (text.includes('toan trinh') || text === 'full') return { kind: 'value', value: 'full' };
  if (text.includes('mot phan') || text === 'partial') return { kind: 'value', value: 'partial' };
  if (text.startsWith('khong') || text === 'none') return { kind: 'value', value: 'none' };
  return { kind: 'invalid' };
}

export function parseTier(cell: Cell | undefined): Parsed<Tier> {
  if (isEmptyCell(cell) || cell === null || cell === undefined || typeof cell !== 'string') {
    return isEmptyCell(cell) ? { kind: 'empty' } : { kind: 'invalid' };
  }
  const words = foldKey(cell).split(' ');
  const has = (word: string): boolean => words.includes(word);
  if ((has('trung') && has('uong')) || has('central') || has('bo')) return { kind: 'value', value: 'central' };
  if (has('huyen') || has('district')) return { kind: 'value', value: 'district' };
  if (has('xa') || has('commune') || has('phuong')) return { kind: 'value', value: 'commune' };
  if (has('tinh') || has('province') || has('provincial') || has('so')) return { kind: 'value', value: 'province' };
  return { kind: 'invalid' };
}


/** Tier names as written in tables. */
export const tierLabels: Readonly<Record<Language, Readonly<Record<Tier, string>>>> = {
  vi: { central: 'Trung ương', province: 'Cấp tỉnh', district: 'Cấp huyện', commune: 'Cấp xã' },
  en: { central: 'central', province: 'province', district: 'district', commune: 'commune' },
};
