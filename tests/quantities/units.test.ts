import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatChineseNumber,
  formatYuan,
  normalizeUnit,
  parseChineseNumber,
  QuantityParseError,
} from '../../src/quantities/index.js';

describe('normalizeUnit', () => {
  it.each([
    ['亿元', 'yuan', 1e8],
    ['万元', 'yuan', 1e4],
    ['元', 'yuan', 1],
    ['万亿元', 'yuan', 1e12],
    ['千万元', 'yuan', 1e7],
    ['亿美元', 'usd', 1e8],
    ['万美元', 'usd', 1e4],
    ['%', 'percent', 1],
    ['％', 'percent', 1],
    ['个百分点', 'percentage_point', 1],
    ['百分点', 'percentage_point', 1],
    ['家', 'count', 1],
    ['个', 'count', 1],
    ['户', 'count', 1],
    ['万户', 'count', 1e4],
    ['项', 'count', 1],
    ['台', 'count', 1],
    ['栋', 'count', 1],
    ['座', 'count', 1],
    ['人', 'people', 1],
    ['万人', 'people', 1e4],
    ['名', 'people', 1],
    ['亩', 'mu', 1],
    ['万亩', 'mu', 1e4],
    ['公顷', 'hectare', 1],
    ['平方公里', 'km2', 1],
    ['万元/亩', 'yuan_per_mu', 1e4],
    ['元/亩', 'yuan_per_mu', 1],
    ['倍', 'multiple', 1],
    ['年', 'year', 1],
  ] as const)('%s → %s × %d', (source, unit, factor) => {
    expect(normalizeUnit(source)).toEqual({ unit, factor, sourceUnit: source });
  });

  it('reads units in spreadsheet headers: brackets, spaces, 单位：, full-width slash', () => {
    expect(normalizeUnit('（亿元）')).toEqual({ unit: 'yuan', factor: 1e8, sourceUnit: '亿元' });
    expect(normalizeUnit(' (万户) ')).toEqual({ unit: 'count', factor: 1e4, sourceUnit: '万户' });
    expect(normalizeUnit('单位：万元')).toEqual({ unit: 'yuan', factor: 1e4, sourceUnit: '万元' });
    expect(normalizeUnit('万元／亩')).toEqual({ unit: 'yuan_per_mu', factor: 1e4, sourceUnit: '万元/亩' });
  });

  it('returns null for units it does not know, never a guess', () => {
    for (const u of ['标准间', '', '  ', 'GDP', '亿元亿元', '元/吨']) expect(normalizeUnit(u)).toBeNull();
  });
});

describe('parseChineseNumber', () => {
  it.each([
    ['12', 12],
    ['1,234.5', 1234.5],
    ['12,345,678', 12345678],
    ['１２', 12],
    ['３２００', 3200],
    ['１２．５', 12.5],
    ['1.76万亿', 1.76e12],
    ['3千', 3000],
    ['3千万', 3e7],
    ['5000亿', 5e11],
    ['17600亿', 1.76e12],
    ['三千', 3000],
    ['一万二千三百', 12300],
    ['两', 2],
    ['〇', 0],
    ['零', 0],
    ['十', 10],
    ['十二', 12],
    ['一百零一', 101],
    ['一千零五', 1005],
    ['十万零一十', 100010],
    ['一亿二千万', 1.2e8],
    ['一万二千亿', 1.2e12],
    ['三万亿', 3e12],
    ['二〇二五', 2025],
    ['壹仟贰佰叁拾肆', 1234],
    ['伍佰', 500],
    ['三点五', 3.5],
    ['-5', -5],
    [' 35 ', 35],
  ] as const)('%s = %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it('throws QuantityParseError with the input and position', () => {
    const cases: Array<[string, number]> = [
      ['12元', 2],
      ['', 0],
      ['1..2', 1],
      ['abc', 0],
    ];
    for (const [text, position] of cases) {
      let err: unknown;
      try {
        parseChineseNumber(text);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(QuantityParseError);
      expect((err as QuantityParseError).input).toBe(text);
      expect((err as QuantityParseError).position).toBe(position);
    }
  });
});

describe('formatChineseNumber', () => {
  it.each([
    [0, '零'],
    [10, '十'],
    [15, '十五'],
    [101, '一百零一'],
    [1010, '一千零一十'],
    [100010, '十万零一十'],
    [12300, '一万二千三百'],
    [1e8, '一亿'],
    [100000001, '一亿零一'],
    [1e12, '一万亿'],
    [1e16, '一亿亿'],
  ] as const)('%d → %s', (n, text) => {
    expect(formatChineseNumber(n)).toBe(text);
  });

  it('rejects negative and fractional numbers', () => {
    expect(() => formatChineseNumber(-1)).toThrow(RangeError);
    expect(() => formatChineseNumber(1.5)).toThrow(RangeError);
  });

  it('round-trips every integer up to 10^16 exactly (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.maxSafeNat(), fc.nat({ max: 100000 }), fc.constant(1e16)), (n) => {
        expect(parseChineseNumber(formatChineseNumber(n))).toBe(n);
      }),
      { numRuns: 5000 },
    );
  });

  it('round-trips through financial numerals', () => {
    const financial: Record<string, string> = {
      一: '壹',
      二: '贰',
      三: '叁',
      四: '肆',
      五: '伍',
      六: '陆',
      七: '柒',
      八: '捌',
      九: '玖',
      十: '拾',
      百: '佰',
      千: '仟',
    };
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        const text = [...formatChineseNumber(n)].map((c) => financial[c] ?? c).join('');
        expect(parseChineseNumber(text)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatYuan', () => {
  it.each([
    [1.76e12, '17600亿元'],
    [5e11, '5000亿元'],
    [350000, '35万元'],
    [3.5e8, '3.5亿元'],
    [1234.5, '1234.5元'],
    [0, '0元'],
  ] as const)('%d → %s', (yuan, text) => {
    expect(formatYuan(yuan)).toBe(text);
  });

  it('rejects NaN', () => {
    expect(() => formatYuan(Number.NaN)).toThrow(RangeError);
  });
});
