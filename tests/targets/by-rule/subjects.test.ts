import { describe, expect, it } from 'vitest';
import { ex, pick } from '../helpers.js';

// Subjects: naming, carried subjects, ratios (clause-figures, ratio, phrase.ts).
// Invented sentences of the genre (other places, industries and wordings); expectations are read off the sentences
// by hand, by docs/targets-schema.md.

describe('subject naming', () => {
  it('keeps 产业 after a modifier that names no industry alone', () => {
    expect(ex('到2025年,数字产业规模达到800亿元。')[0]!.subject).toBe('数字产业');
    expect(ex('到2025年,海洋产业产值突破300亿元。')[0]!.subject).toBe('海洋产业');
  });
  it('drops verbs like 招引 and 支持 from the subject', () => {
    expect(ex('到2025年,招引世界500强企业10家。')[0]!.subject).toBe('世界500强企业');
  });
  it('names a share by its numerator, not its denominator', () => {
    const rows = ex('到2025年,战略性新兴产业产值年均增长10%,占工业经济总量的35%。');
    expect(pick(rows, 'subject', 'kind')).toEqual([
      { subject: '战略性新兴产业', kind: 'growth' },
      { subject: '战略性新兴产业', kind: 'share' },
    ]);
  });
  it('leaves an explicit base year out of the subject', () => {
    expect(ex('到2025年,规上工业增加值较2020年增长50%。')[0]!.subject).toBe('规上工业增加值');
  });
});

describe('growth with the subject in an earlier clause, and ratios', () => {
  it('carries the industry of a clause without figures, its verbs left out', () => {
    expect(
      pick(ex('推动农产品加工业提质增效,年均增长6%以上。'), 'subject', 'kind', 'value', 'aggregation'),
    ).toEqual([{ subject: '农产品加工业', kind: 'growth', value: 6, aggregation: 'annual_average' }]);
    expect(pick(ex('做大做强农产品加工业,到2025年,年均增长8%以上。'), 'subject', 'deadline_year')).toEqual([
      { subject: '农产品加工业', deadline_year: 2025 },
    ]);
    expect(
      pick(ex('大力发展食品加工业,全面提升精深加工水平,年均增长7%左右。'), 'subject', 'comparator'),
    ).toEqual([{ subject: '食品加工业', comparator: '~' }]);
  });
  it('reads ratios as relative rows in multiples of the term stated as 1', () => {
    expect(
      pick(ex('农业总产值与加工业总产值比例达到1:1.95。'), 'kind', 'value', 'unit', 'comparator'),
    ).toEqual([{ kind: 'relative', value: 1.95, unit: 'multiple', comparator: '>=' }]);
    expect(
      pick(ex('到2025年,农产品加工业产值与农业总产值之比达到2.8:1。'), 'kind', 'value', 'deadline_year'),
    ).toEqual([{ kind: 'relative', value: 2.8, deadline_year: 2025 }]);
    expect(pick(ex('规上工业企业数与全市企业数之比为2:5。'), 'value', 'comparator')).toEqual([
      { value: 2.5, comparator: '=' },
    ]);
  });
  it('reads the ratio colon ∶ and a bare 比 after 与', () => {
    const rows = ex('到2025年,农产品加工业产值与农业总产值比达到2.8∶1。');
    expect(pick(rows, 'subject', 'kind', 'value')).toEqual([
      { subject: '农产品加工业产值与农业总产值', kind: 'relative', value: 2.8 },
    ]);
  });
  it('carries the first term of a ratio clause to the growth after it', () => {
    const rows = ex('到2025年,农产品加工业产值与农业总产值之比达到2.5:1,年均增长6%以上。');
    expect(pick(rows, 'kind', 'subject', 'value')).toEqual([
      { kind: 'relative', subject: '农产品加工业产值与农业总产值', value: 2.5 },
      { kind: 'growth', subject: '农产品加工业', value: 6 },
    ]);
  });
  it('keeps the first industry named when a later clause without figures names another', () => {
    const rows = ex('着力培育壮大农产品加工业,加快推进一二三产业融合发展,年均增长6.5%以上。');
    expect(pick(rows, 'subject', 'value')).toEqual([{ subject: '农产品加工业', value: 6.5 }]);
  });
  it('keeps a ratio and a growth of the same sentence apart', () => {
    const rows = ex('力争到2025年,全市农业总产值与加工业产值之比提高到1:2.5,农产品加工业产值年均增长8%。');
    expect(pick(rows, 'kind', 'value')).toEqual([
      { kind: 'relative', value: 2.5 },
      { kind: 'growth', value: 8 },
    ]);
  });
});

describe('more variants', () => {
  it('reads a named list sized in Chinese numerals (新能源、新材料两个千亿级产业集群)', () => {
    const rows = ex('力争到2026年,培育智能终端、现代物流两个千亿级产业集群。');
    expect(pick(rows, 'subject', 'tier', 'metric')).toEqual([
      { subject: '智能终端', tier: '千亿', metric: '产业规模' },
      { subject: '现代物流', tier: '千亿', metric: '产业规模' },
    ]);
  });
  it('completes a tier-only item with the head noun of the next (2个千亿级、5个百亿级产业集群)', () => {
    const rows = ex('到2025年,打造2个千亿级、6个百亿级产业集群。');
    expect(pick(rows, 'subject', 'value', 'tier')).toEqual([
      { subject: '千亿级产业集群', value: 2, tier: '千亿' },
      { subject: '百亿级产业集群', value: 6, tier: '百亿' },
    ]);
  });
  it('names industries measured by 规模, per-mu figures and shares of GDP', () => {
    const a = ex('到2025年,数字经济规模突破3000亿元,占GDP比重达到45%。');
    expect(pick(a, 'subject', 'metric', 'kind')).toEqual([
      { subject: '数字经济', metric: '产业规模', kind: 'level' },
      { subject: '数字经济', metric: '占比', kind: 'share' },
    ]);
    expect(ex('到2025年,亩均营业收入年均提高6%。')[0]!.subject).toBe('亩均营业收入');
    expect(ex('某市产业发展行动方案\n设立规模20亿元的产业基金。')[0]!.metric).toBe('金额');
  });
  it('drops 引育, 集聚, 招引落地 and a trailing 降低 from subjects', () => {
    expect(ex('到2025年,引育高层次人才500名。')[0]!.subject).toBe('高层次人才');
    expect(ex('到2025年,集聚软件企业300家。')[0]!.subject).toBe('软件企业');
    expect(ex('全年招引落地亿元以上项目80个。')[0]!.subject).toBe('亿元以上项目');
    const [r] = ex('到2025年,万元工业增加值能耗降低15%以上。');
    expect([r!.subject, r!.value, r!.comparator]).toEqual(['万元工业增加值能耗', -15, '<=']);
  });
  it('ignores a window in a cited document title when reading the horizon', () => {
    const text =
      '为落实《某省制造业发展工作方案(2018-2020年)》,制定本方案。一、目标\n力争用3-5年时间,全市工业投资年均增长10%。\n二、任务\n规上工业企业突破2000家。';
    const rows = ex(text, 2019);
    expect(pick(rows, 'deadline_year', 'deadline_year_max')).toEqual([
      { deadline_year: 2022, deadline_year_max: 2024 },
      { deadline_year: 2022, deadline_year_max: 2024 },
    ]);
  });
});

describe('growth after a share, durations in Chinese numerals, 滚动实施', () => {
  it('reads 年均增长 after a share clause as a growth of the carried subject', () => {
    const rows = ex('到2025年,制造业增加值占比达到30%,规上工业总产值突破6000亿元,年均增长9%左右。');
    expect(pick(rows, 'subject', 'kind', 'aggregation')).toEqual([
      { subject: '制造业增加值', kind: 'share', aggregation: 'point' },
      { subject: '规上工业总产值', kind: 'level', aggregation: 'point' },
      { subject: '规上工业总产值', kind: 'growth', aggregation: 'annual_average' },
    ]);
  });
  it('reads 五年引进 as a cumulative five-year window, not part of the subject', () => {
    const [r] = ex('五年引进产业领军人才300名。', 2022);
    expect([r!.subject, r!.aggregation, r!.deadline_year]).toEqual(['产业领军人才', 'cumulative', 2027]);
  });
  it('drops 滚动实施 from the subject', () => {
    expect(ex('到2025年,每年滚动实施亿元以上技改项目200个。')[0]!.subject).toBe('亿元以上技改项目');
  });
});
