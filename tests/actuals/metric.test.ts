import { describe, expect, it } from 'vitest';
import { METRIC_RULES, readMetric } from '../../src/actuals/metric.js';

describe('the one metric reader', () => {
  it.each(METRIC_RULES.map((r) => [r.metric, r.example] as const))(
    '%s: %j',
    (metric, [name, unit, stated, out]) => {
      expect(out).toBe(metric);
      expect(readMetric(name, unit, stated).metric).toBe(metric);
    },
  );

  it('reads a % level as a share on both sides, whatever the side calls it', () => {
    const target = readMetric('常住人口城镇化率', 'percent', '比率');
    const actual = readMetric('常住人口城镇化率', 'percent', '占比');
    const bare = readMetric('常住人口城镇化率', 'percent', null);
    expect([target.family, actual.family, bare.family]).toEqual(['share', 'share', 'share']);
  });

  it('keeps 产值, 营业收入, 增加值 and 产业规模 apart, and a growth a growth', () => {
    const names = ['汽车产业产值', '汽车产业营业收入', '汽车产业增加值', '汽车产业规模'];
    expect(names.map((n) => readMetric(n, 'yuan', '总量').metric)).toEqual([
      '产值',
      '营业收入',
      '增加值',
      '产业规模',
    ]);
    expect(readMetric('地区生产总值', 'percent', '增速', 'growth').family).toBe('growth');
    // 可支配收入 is not a firm's revenue
    expect(readMetric('居民人均可支配收入', 'yuan', null).metric).toBe('总量');
  });

  it('reads a count as 数量, whether stated as 总量 or not at all', () => {
    expect(readMetric('高新技术企业', 'count', '总量').metric).toBe('数量');
    expect(readMetric('新登记市场主体', 'count', null).metric).toBe('数量');
  });
});
