import { describe, expect, it } from 'vitest';
import { ex, pick } from '../helpers.js';

// Row fields: horizon, kind, comparator, base year, aggregation, declines (sentence/row.ts, text/horizon.ts).
// Invented sentences of the genre (other places, industries and wordings); expectations are read off the sentences
// by hand, by docs/targets-schema.md.

describe('the horizon of an annual plan from its title', () => {
  it('takes the year of a 工作任务 title as the deadline of undated figures', () => {
    const text =
      '某县2019年工业经济重点工作任务\n一、规模以上工业增加值增长8.5%。\n二、到年末新增规上企业40家。';
    const rows = ex(text, 2019);
    expect(pick(rows, 'deadline_year', 'start_year')).toEqual([
      { deadline_year: 2019, start_year: 2019 },
      { deadline_year: 2019, start_year: 2019 },
    ]);
    expect(rows[1]!.subject).toBe('新增规上企业');
  });
  it('reads 今年 as the plan year', () => {
    const rows = ex('今年全区固定资产投资增长10%。', 2021);
    expect(rows[0]!.deadline_year).toBe(2021);
  });
  it('does not take a plan window in the title as an annual year', () => {
    const rows = ex('某市数字经济发展行动计划(2024-2026年)\n数字经济核心产业增加值年均增长12%。', 2024);
    expect(rows[0]!.deadline_year).toBe(2026);
  });
});

describe('growth of an intensity', () => {
  it('reads 亩均…年均增长7% as a growth rate', () => {
    const [r] = ex('到2025年,工业园区亩均税收年均增长7%。');
    expect([r!.kind, r!.unit, r!.value, r!.aggregation]).toEqual(['growth', 'percent', 7, 'annual_average']);
  });
  it('still reads a 亩均 floor as an intensity', () => {
    const [r] = ex('到2025年,省级开发区亩均税收不低于25万元。');
    expect([r!.kind, r!.unit, r!.value]).toEqual(['intensity', 'yuan_per_mu', 250000]);
  });
});

describe('余, explicit base years, 年均 scope', () => {
  it('reads 余 and 多 as more than', () => {
    expect(ex('到2025年,新增专精特新企业达到70余家。')[0]!.comparator).toBe('>');
    expect(ex('到2025年,培育省级技术中心200多个。')[0]!.comparator).toBe('>');
  });
  it('takes an explicit base year', () => {
    expect(ex('到2025年,全市工业投资较2020年增长60%。')[0]!.base_year).toBe(2020);
    expect(ex('到2026年,数字经济规模比2022年翻一番。', 2023)[0]!.base_year).toBe(2022);
  });
  it('keeps 年均 out of the 其中 clause that follows', () => {
    const rows = ex('到2025年,规上工业增加值年均增长8%(其中制造业增长9%)。');
    expect(pick(rows, 'subject', 'aggregation')).toEqual([
      { subject: '规上工业增加值', aggregation: 'annual_average' },
      { subject: '制造业', aggregation: 'point' },
    ]);
  });
});

describe('declines', () => {
  it('gives a negative growth with <= for 年均下降 and 下降', () => {
    const rows = ex('到2025年,单位GDP能耗年均下降3.2%,单位工业增加值用水量下降10%。');
    expect(pick(rows, 'value', 'comparator', 'kind')).toEqual([
      { value: -3.2, comparator: '<=', kind: 'growth' },
      { value: -10, comparator: '<=', kind: 'growth' },
    ]);
  });
  it('keeps ~ for 左右', () => {
    expect(ex('到2025年,单位地区生产总值能耗下降5%左右。')[0]!.comparator).toBe('~');
  });
});
