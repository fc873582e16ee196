import { describe, expect, it } from 'vitest';
import { parseQuantity, QuantityParseError } from '../../src/quantities/index.js';

describe('parseQuantity', () => {
  it.each([
    ['突破5000亿元', { value: 5e11, unit: 'yuan', sourceUnit: '亿元', comparator: '>', start: 0, end: 8 }],
    ['50-100亿元', { value: 5e9, valueMax: 1e10, unit: 'yuan' }],
    ['力争13%', { value: 13, unit: 'percent', stretch: true, text: '13%', start: 2 }],
    ['力争达到17800亿元', { value: 1.78e12, comparator: '>=', stretch: true }],
    ['不低于35万元', { value: 350000, unit: 'yuan', comparator: '>=' }],
    ['35万元/亩', { value: 350000, unit: 'yuan_per_mu' }],
    ['10%以上', { value: 10, comparator: '>=' }],
    ['2个百分点', { value: 2, unit: 'percentage_point' }],
    ['四分之一左右', { value: 25, unit: 'percent', approx: true, comparator: '~' }],
    ['三', { value: 3, unit: 'number' }],
    ['  1.76万亿 ', { value: 1.76e12, start: 2, end: 8 }],
    ['万亿级', { value: 1e12, tier: '万亿' }],
    ['翻两番', { value: 4, unit: 'multiple' }],
    ['到2025年', { value: 2025, unit: 'year' }],
    ['3-5年', { value: 3, valueMax: 5, unit: 'years' }],
    ['约300家', { value: 300, unit: 'count', approx: true, comparator: '~' }],
    ['-5%', { value: -5, unit: 'percent' }],
  ] as const)('%s', (text, expected) => {
    expect(parseQuantity(text)).toMatchObject(expected);
  });

  it.each([
    ['12标准间', 2, 'after the quantity'],
    ['', 0, 'empty'],
    ['   ', 3, 'empty'],
    ['abc', 0, 'no number'],
    ['产值5000亿元', 0, 'before the number'],
    ['2021年3月28日', 0, 'date'],
    ['第二届', 0, 'ordinal'],
    ['“965”', 0, 'quoted'],
    ['十四五', 2, 'after the quantity'],
  ] as const)('%s fails at %d (%s)', (text, position, words) => {
    let err: unknown;
    try {
      parseQuantity(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(QuantityParseError);
    const e = err as QuantityParseError;
    expect(e.position).toBe(position);
    expect(e.input).toBe(text);
    expect(e.message).toContain(words);
    expect(e.message).toContain(JSON.stringify(text));
  });
});
