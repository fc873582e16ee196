import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/targets/extract.js';
import { validateTargets } from '../../src/targets/validate.js';
import { guessIssuedYear } from '../../src/text/issued.js';

// An invented plan of the same genre from another city (not a seed): the rules must carry over.
const text = `成都市人民政府办公厅关于印发成都市制造业高质量发展三年行动计划(2024-2026年)的通知
成办发〔2024〕12号
各区(市)县政府,市政府各部门:
现将《成都市制造业高质量发展三年行动计划(2024-2026年)》印发给你们,请认真贯彻执行。
一、主要目标
到2026年,全市规模以上工业增加值年均增长8%以上,制造业增加值占地区生产总值比重达到25%。电子信息、装备制造2个万亿级产业集群营业收入均突破1万亿元,新增千亿级产业集群3个。培育国家级专精特新“小巨人”企业200家以上,新增规模以上工业企业1500户。2023年全市规上工业营业收入达到1.8万亿元,同比增长5.6%。
二、重点任务
(一)壮大优势产业。力争到2025年,生物医药产业规模达到3000亿元,新型材料产业规模突破2000亿元。(责任单位:市经信局、市发改委)
(二)加大招商力度。每年引进10亿元以上重大制造业项目不少于50个,其中50亿元以上项目10个。(责任单位:市投促局)
(三)强化政策支持。对首次入选国家级单项冠军的企业,给予一次性200万元奖励;对年营业收入首次突破50亿元、100亿元的企业,分别给予100万元、300万元奖励。
各区(市)县工业用地亩均税收不低于30万元,国家级开发区不低于50万元。
`;

describe('an invented plan from another city', () => {
  const issuedYear = guessIssuedYear(text);
  const rows = validateTargets(
    extractTargets(text, {
      docId: 'cd',
      region: '成都市',
      regionCode: '510100',
      issuedYear: issuedYear ?? 0,
    }),
    { cd: text },
  );

  it('takes the issue year from the document number and the horizon from 到2026年', () => {
    expect(issuedYear).toBe(2024);
    expect(rows[0]!.deadline_year).toBe(2026);
    expect(rows[0]!.start_year).toBe(2024);
  });

  it('finds every target figure and nothing else (not the 2023 statistic, not the document number)', () => {
    // read off the text by hand, in order
    expect(rows.map((r) => [r.value, r.unit])).toEqual([
      [8, 'percent'],
      [25, 'percent'],
      [1e12, 'yuan'],
      [1e12, 'yuan'],
      [3, 'count'],
      [200, 'count'],
      [1500, 'count'],
      [3e11, 'yuan'],
      [2e11, 'yuan'],
      [50, 'count'],
      [10, 'count'],
      [2e6, 'yuan'],
      [1e6, 'yuan'],
      [3e6, 'yuan'],
      [3e5, 'yuan_per_mu'],
      [5e5, 'yuan_per_mu'],
    ]);
  });

  it('names kinds, comparators, aggregation, deadlines and scopes by the conventions', () => {
    expect(rows.map((r) => `${r.kind} ${r.comparator} ${r.aggregation}`)).toEqual([
      'growth >= annual_average',
      'share >= point',
      'level > point',
      'level > point',
      'count = cumulative',
      'count >= point',
      'count = cumulative',
      'level >= point',
      'level > point',
      'count >= annual',
      'count = annual',
      'reward = point',
      'reward = point',
      'reward = point',
      'intensity >= point',
      'intensity >= point',
    ]);
    expect(rows.slice(2, 4).map((r) => [r.subject, r.metric, r.tier])).toEqual([
      ['电子信息', '营业收入', '万亿'],
      ['装备制造', '营业收入', '万亿'],
    ]);
    expect(rows[7]!.deadline_year).toBe(2025);
    expect(rows[7]!.responsible).toEqual(['市经信局', '市发改委']);
    expect(rows[12]!.subject).toContain('50亿元');
    expect(rows[13]!.subject).toContain('100亿元');
    expect(rows[11]!.deadline_year).toBeNull();
    expect(rows.slice(14).map((r) => r.scope)).toEqual(['各区(市)县', '国家级开发区']);
  });
});

describe('an invented provincial plan', () => {
  const text = `湖南省制造业高质量发展“十四五”规划
湘政办发〔2021〕45号
二、发展目标
到2025年,全省制造业增加值占地区生产总值比重稳定在28%左右,规模以上工业增加值年均增长7.5%。研发经费投入强度达到2.5%以上,单位工业增加值能耗下降13.5%。打造5个以上千亿级产业集群。
三、重点任务
(一)工程机械产业。巩固提升世界级工程机械产业集群地位,到2025年产业规模突破3000亿元。
`;
  const rows = validateTargets(
    extractTargets(text, { docId: 'hn', region: '湖南省', regionCode: '430000', issuedYear: 2021 }),
    { hn: text },
  );

  it('scopes a province to 全省 and reads a decline as a negative growth', () => {
    expect(rows.every((r) => r.scope === '全省')).toBe(true);
    const energy = rows.find((r) => r.subject === '单位工业增加值能耗')!;
    expect([energy.kind, energy.value, energy.comparator, energy.price_basis]).toEqual([
      'growth',
      -13.5,
      '<=',
      'unspecified',
    ]);
  });

  it('reads shares, 年均 growth, 左右, counts of tiered clusters', () => {
    expect(rows.map((r) => [r.subject, r.kind, r.comparator, r.value])).toEqual([
      ['制造业增加值', 'share', '~', 28],
      ['规模以上工业增加值', 'growth', '=', 7.5],
      ['研发经费投入强度', 'share', '>=', 2.5],
      // schema "Declines and reductions": 下降13.5% is a growth of −13.5% or lower
      ['单位工业增加值能耗', 'growth', '<=', -13.5],
      ['千亿级产业集群', 'count', '>=', 5],
      ['工程机械', 'level', '>', 3e11],
    ]);
    expect(rows[1]!.aggregation).toBe('annual_average');
    expect(rows[4]!.tier).toBe('千亿');
  });

  it('takes the industry of a short section heading as the subject of its figures', () => {
    expect(rows[5]!.metric).toBe('产业规模');
    expect(rows[5]!.subject_type).toBe('cluster');
  });
});
