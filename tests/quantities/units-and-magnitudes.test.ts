/**
 * Units beyond money and counts (physical, demographic, environmental), magnitudes that never stack into values the
 * text cannot mean, and figures whose unit is unknown (never taken for money). Each case is a phrase of the kind
 * government work reports and national plans use.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuantities, normalizeUnit, parseQuantity } from '../../src/quantities/index.js';
import { BASE_UNITS } from '../../src/quantities/types.js';

const one = (text: string) => {
  const qs = findQuantities(text);
  expect(qs).toHaveLength(1);
  return qs[0]!;
};

describe('physical and demographic units', () => {
  it.each([
    ['粮食综合生产能力6.5亿吨以上', 6.5e8, 'tonne', '>='],
    ['粮食产量1.4万亿斤左右', 7e8, 'tonne', '~'],
    ['粮食产量稳定在1.3万亿斤以上', 6.5e8, 'tonne', '>='],
    ['人均粮食占有量480公斤', 0.48, 'tonne', '='],
    ['单位国内生产总值能耗控制在0.5吨标准煤', 0.5, 'tce', '<='],
    ['能源消费总量控制在2.3万吨标准煤以内', 23000, 'tce', '<='],
    ['新增可再生能源装机3.7亿千瓦', 3.7e8, 'kw', '='],
    ['光伏装机突破100万千瓦', 1e6, 'kw', '>'],
    ['全社会用电量达到100亿千瓦时', 1e10, 'kwh', '>='],
    ['新建高速公路500公里', 500, 'km', '='],
    ['城市轨道交通运营里程达到300千米', 300, 'km', '>='],
    ['集装箱吞吐量突破100万标箱', 1e6, 'teu', '>'],
    ['年供水能力2亿立方米', 2e8, 'm3', '='],
    ['细颗粒物(PM2.5)平均浓度降至35微克/立方米', 35, 'microgram_per_m3', '='],
    ['人口自然增长率控制在5‰以内', 5, 'permille', '<='],
    ['人均预期寿命达到78.5岁', 78.5, 'years', '>='],
    ['出栏生猪300万头', 3e6, 'count', '='],
    ['全国总人口14亿人口', 1.4e9, 'people', '='],
  ])('%s → %d %s, %s', (text, value, unit, comparator) => {
    const q = one(text);
    expect(q.value).toBeCloseTo(value as number, 6);
    expect(q.unit).toBe(unit);
    expect(q.comparator ?? '=').toBe(comparator);
  });

  it.each([
    ['万吨', 'tonne', 1e4],
    ['亿斤', 'tonne', 5e4],
    ['万千瓦', 'kw', 1e4],
    ['亿千瓦时', 'kwh', 1e8],
    ['万吨标准煤', 'tce', 1e4],
    ['‰', 'permille', 1],
    ['岁', 'years', 1],
    ['公里', 'km', 1],
    ['万标箱', 'teu', 1e4],
  ])(
    'normalizeUnit(%s) → %s × %d: the one unit table the parser, targets and actuals share',
    (u, unit, f) => {
      expect(normalizeUnit(u)).toMatchObject({ unit, factor: f });
    },
  );

  it('every unit the table resolves to is a base unit', () => {
    for (const u of ['吨', '斤', '千瓦时', '度电', '标准煤', '立方米', '微克/立方米', '人口'])
      expect(BASE_UNITS).toContain(normalizeUnit(u)!.unit);
  });
});

describe('an unknown unit is never money', () => {
  it('6.5亿标准间: the value is kept, the unit is not guessed', () => {
    const q = one('客房达到6.5亿标准间');
    expect(q.value).toBe(6.5e8);
    expect(q.unit).toBe('number');
  });
  it('a bare 亿 is money where nothing else can be meant', () => {
    expect(one('产值突破5000亿').unit).toBe('yuan');
    expect(one('营收达到1000亿以上').unit).toBe('yuan');
    expect(one('打造5000亿产业集群').unit).toBe('yuan');
    expect(one('14亿人民').unit).toBe('number');
  });
  it('parseQuantity refuses a unit it does not know, naming where', () => {
    expect(() => parseQuantity('12标准间')).toThrow(/at position 2/);
  });
});

describe('magnitudes', () => {
  it('千亿万亿元级: two tier words, never one value of 1e23', () => {
    const qs = findQuantities('培育壮大千亿万亿元级产业集群');
    expect(qs.map((q) => q.tier)).toEqual(['千亿', '万亿']);
    expect(Math.max(...qs.map((q) => q.value))).toBe(1e12);
  });
  it('stacks only upwards: 万亿, 万万, 亿亿; 亿万 ends the numeral', () => {
    expect(parseQuantity('1.76万亿元').value).toBe(1.76e12);
    expect(parseQuantity('10万万').value).toBe(1e9);
    expect(findQuantities('百亿万亿').map((q) => q.value)).toEqual([1e10, 1e12]);
  });
  it('no run of magnitude words parses past a stack of two big units, < 1e21 (property)', () => {
    const word = fc.constantFrom('十', '百', '千', '万', '亿', '五', '两', '三');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), (ws) => {
        for (const q of findQuantities(`达到${ws.join('')}元`)) expect(q.value).toBeLessThan(1e21);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('amounts per mu and relative rates', () => {
  it('每亩税收不低于十五万元 → 150000 yuan per mu', () => {
    const q = one('每亩税收不低于十五万元');
    expect(q).toMatchObject({ value: 150000, unit: 'yuan_per_mu', comparator: '>=' });
  });
  it('高于全省平均水平1.5个百分点 keeps its comparator', () => {
    expect(one('增速高于全省平均水平1.5个百分点')).toMatchObject({ value: 1.5, comparator: '>' });
    expect(one('比全国平均水平低0.5个百分点')).toMatchObject({ value: 0.5, comparator: '<' });
    expect(one('比上年提高1.2个百分点').comparator).toBeNull();
  });
});

describe('signs', () => {
  it('a minus sign after a word is negative (增长-1.3%); a dash between figures is a range, after a code a part of it', () => {
    const read = (t: string) => findQuantities(t).map((q) => [q.text, q.value, q.valueMax]);
    expect(read('工业增加值增长-1.3%')).toEqual([['-1.3%', -1.3, null]]);
    expect(read('利润为－5亿元')).toEqual([['－5亿元', -5e8, null]]);
    expect(read('用3-5年时间')).toEqual([['3-5年', 3, 5]]);
    expect(read('GB-2020')).toEqual([['2020', 2020, null]]);
  });
});
