import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/targets/extract.js';
import type { TargetRow } from '../../src/targets/types.js';
import { validateTargets } from '../../src/targets/validate.js';

/** Extract from a text and check every row against the schema and its quote. */
function ex(text: string, issuedYear = 2018, horizon?: string): TargetRow[] {
  const rows = extractTargets(text, {
    docId: 'doc',
    region: '武汉市',
    regionCode: '420100',
    issuedYear,
    horizon,
  });
  return validateTargets(rows, { doc: text });
}
const pick = (rows: TargetRow[], ...cols: (keyof TargetRow)[]) =>
  rows.map((r) => Object.fromEntries(cols.map((c) => [c, r[c]])));

describe('shared predicates (seed phrasing)', () => {
  it('two clusters × two metrics, 均 distributing both', () => {
    const rows = ex(
      '力争用3-5年时间,通过新旧动能转换,全市形成光电子信息、汽车及零部件2个万亿级产业集群,总收入均突破万亿,产值均突破5000亿元。',
      2018,
      '力争用3-5年时间',
    );
    expect(pick(rows, 'subject', 'metric', 'value', 'comparator', 'tier')).toEqual([
      { subject: '光电子信息', metric: '营业收入', value: 1e12, comparator: '>', tier: '万亿' },
      { subject: '汽车及零部件', metric: '营业收入', value: 1e12, comparator: '>', tier: '万亿' },
      { subject: '光电子信息', metric: '产值', value: 5e11, comparator: '>', tier: '万亿' },
      { subject: '汽车及零部件', metric: '产值', value: 5e11, comparator: '>', tier: '万亿' },
    ]);
    for (const r of rows) {
      expect([r.deadline_year, r.deadline_year_max, r.start_year]).toEqual([2021, 2023, 2018]);
      expect(r.subject_type).toBe('cluster');
      expect(r.stretch).toBe(false);
    }
  });

  it('a named list with 等N个 and 倍增 gives one multiple row per member, base year before the issue year', () => {
    const rows = ex(
      '现有装备制造、能源环保、健康食品、新材料等4个千亿产业产值实现倍增。',
      2018,
      '力争用3-5年时间',
    );
    expect(rows.map((r) => r.subject)).toEqual(['装备制造', '能源环保', '健康食品', '新材料']);
    for (const r of rows) {
      expect(pick([r], 'kind', 'unit', 'value', 'metric', 'tier', 'base_year')[0]).toEqual({
        kind: 'multiple',
        unit: 'multiple',
        value: 2,
        metric: '产值',
        tier: '千亿',
        base_year: 2017,
      });
    }
  });

  it('an invented sentence of the same shape', () => {
    const rows = ex('到2025年,全市集成电路、新型显示2个千亿级产业集群营业收入均突破1000亿元。', 2023);
    expect(pick(rows, 'subject', 'value', 'comparator', 'deadline_year', 'tier')).toEqual([
      { subject: '集成电路', value: 1e11, comparator: '>', deadline_year: 2025, tier: '千亿' },
      { subject: '新型显示', value: 1e11, comparator: '>', deadline_year: 2025, tier: '千亿' },
    ]);
  });
});

describe('分别 distributes figures over a list in order', () => {
  it('firm-size bands (seed phrasing)', () => {
    const rows = ex(
      '大力实施企业成长工程,支持骨干企业做大做强,力争到2018年产销过100亿元、50-100亿元、10-50亿元的企业分别达到8家、8家和120家。',
      2016,
    );
    expect(rows.map((r) => [r.value, r.comparator, r.unit, r.kind])).toEqual([
      [8, '>=', 'count', 'count'],
      [8, '>=', 'count', 'count'],
      [120, '>=', 'count', 'count'],
    ]);
    expect(rows[0]!.subject).toContain('过100亿元');
    expect(rows[1]!.subject).toContain('50-100亿元');
    expect(rows[2]!.subject).toContain('10-50亿元');
    expect(rows.every((r) => r.deadline_year === 2018)).toBe(true);
  });
});

describe('base and stretch figures', () => {
  it('four rows, the 力争 pair marked stretch (seed phrasing)', () => {
    const text = '2021年的主要目标:\n\n——地区生产总值达到17600亿元、增长12%,力争达到17800亿元、增长13%;';
    const rows = ex(text, 2021, '2021年');
    expect(pick(rows, 'value', 'unit', 'stretch', 'kind', 'comparator', 'price_basis')).toEqual([
      {
        value: 1.76e12,
        unit: 'yuan',
        stretch: false,
        kind: 'level',
        comparator: '>=',
        price_basis: 'nominal',
      },
      { value: 12, unit: 'percent', stretch: false, kind: 'growth', comparator: '=', price_basis: 'real' },
      {
        value: 1.78e12,
        unit: 'yuan',
        stretch: true,
        kind: 'level',
        comparator: '>=',
        price_basis: 'nominal',
      },
      { value: 13, unit: 'percent', stretch: true, kind: 'growth', comparator: '=', price_basis: 'real' },
    ]);
    for (const r of rows) {
      expect(r.subject).toBe('地区生产总值');
      expect(r.subject_type).toBe('indicator');
      expect(r.deadline_year).toBe(2021);
      expect(text.slice(r.span_start, r.span_end)).toBe(r.quote);
    }
    expect(rows[1]!.base_year).toBe(2020);
  });

  it('增长12%、力争13% (seed) and an invented 增长8%、力争9%', () => {
    const a = ex('——规模以上工业增加值增长12%、力争13%;', 2021, '2021年');
    expect(pick(a, 'value', 'stretch', 'metric')).toEqual([
      { value: 12, stretch: false, metric: '增速' },
      { value: 13, stretch: true, metric: '增速' },
    ]);
    const b = ex('2024年主要目标:全市服务业增加值增长8%、力争9%。', 2024);
    expect(pick(b, 'value', 'stretch', 'deadline_year')).toEqual([
      { value: 8, stretch: false, deadline_year: 2024 },
      { value: 9, stretch: true, deadline_year: 2024 },
    ]);
  });

  it('力争 over a whole sentence with no base figure is not a stretch', () => {
    const rows = ex(
      '力争用3-5年时间,培育国家单项冠军10个以上,省级“隐形冠军”40个以上。',
      2018,
      '力争用3-5年时间',
    );
    expect(pick(rows, 'subject', 'value', 'comparator', 'stretch')).toEqual([
      { subject: '国家单项冠军', value: 10, comparator: '>=', stretch: false },
      { subject: '省级隐形冠军', value: 40, comparator: '>=', stretch: false },
    ]);
  });
});

describe('deadlines and aggregation', () => {
  it('每年, 年均, 累计', () => {
    const annual = ex('力争每年引进2名诺奖得主、20名外籍外地院士。', 2018, '力争用3-5年时间');
    expect(pick(annual, 'value', 'unit', 'aggregation')).toEqual([
      { value: 2, unit: 'people', aggregation: 'annual' },
      { value: 20, unit: 'people', aggregation: 'annual' },
    ]);
    const avg = ex('确保制造业招商引资签约项目逐年递增,年均签约金额不低于5000亿。', 2018);
    expect(pick(avg, 'value', 'aggregation', 'comparator')).toEqual([
      { value: 5e11, aggregation: 'annual_average', comparator: '>=' },
    ]);
    // 累计 + a flow verb sums over the window; 累计突破/累计达到 states the stock reached at the deadline (a point)
    const flow = ex('2016年到2018年,累计竣工投产3000万元以上的工业项目1500个。', 2016);
    expect(pick(flow, 'value', 'aggregation', 'start_year', 'deadline_year')).toEqual([
      { value: 1500, aggregation: 'cumulative', start_year: 2016, deadline_year: 2018 },
    ]);
    const stock = ex('新增亿元楼宇10栋,累计突破90栋。', 2021, '2021年');
    expect(pick(stock, 'value', 'aggregation', 'comparator')).toEqual([
      { value: 10, aggregation: 'point', comparator: '=' },
      { value: 90, aggregation: 'point', comparator: '>' },
    ]);
  });

  it('3年内 and 5年 count from the issue year', () => {
    const rows = ex('力争3年内全市境内外上市企业家数翻一番。', 2018, '力争用3-5年时间');
    expect(pick(rows, 'kind', 'value', 'deadline_year', 'deadline_year_max', 'base_year')).toEqual([
      { kind: 'multiple', value: 2, deadline_year: 2021, deadline_year_max: null, base_year: 2017 },
    ]);
  });

  it('the task list: quarters fall in the list year, 责任处室 from the table column', () => {
    const text =
      '序号\n\n责任事项\n\n具体工作内容\n\n完成时限\n\n分管领导\n\n责任处室\n\n1\n\n加快发展先进制造业。\n\n4、抓好传统产业升级改造和战略性新兴产业培育工作,智能制造产业产值增长17%以上,战略性新兴制造业产值增速高于全市工业平均水平2个百分点。\n\n四季度\n\n  祝方东   \n\n综合规划处会同\n\n科学技术处、\n\n工业投资处\n\n2\n\n工业投资增长12%。\n\n3月\n\n投资和技术改造处\n';
    const rows = ex(text, 2018, '2018年(按季度/月)');
    expect(pick(rows, 'value', 'unit', 'kind', 'comparator', 'deadline_year', 'responsible')).toEqual([
      {
        value: 17,
        unit: 'percent',
        kind: 'growth',
        comparator: '>=',
        deadline_year: 2018,
        responsible: ['综合规划处', '科学技术处', '工业投资处'],
      },
      {
        value: 2,
        unit: 'percentage_point',
        kind: 'relative',
        comparator: '>',
        deadline_year: 2018,
        responsible: ['综合规划处', '科学技术处', '工业投资处'],
      },
      {
        value: 12,
        unit: 'percent',
        kind: 'growth',
        comparator: '=',
        deadline_year: 2018,
        responsible: ['投资和技术改造处'],
      },
    ]);
    expect(rows[1]!.metric).toBe('增速');
  });
});

describe('zone classes', () => {
  it('one row per zone class (seed phrasing)', () => {
    const rows = ex(
      '谋划产业链招商,围绕重点产业布局开展策划招商,三大国家级开发区产业项目到位资金占比不低于50%,各新城区产业项目到位资金占比不低于45%,各中心城区产业项目到位资金占比不低于22%。(责任单位:市商务局、市经济和信息化局,各区人民政府)',
      2021,
      '2021年',
    );
    expect(pick(rows, 'scope', 'value', 'kind', 'comparator')).toEqual([
      { scope: '三大国家级开发区', value: 50, kind: 'share', comparator: '>=' },
      { scope: '各新城区', value: 45, kind: 'share', comparator: '>=' },
      { scope: '各中心城区', value: 22, kind: 'share', comparator: '>=' },
    ]);
    for (const r of rows) expect(r.responsible).toEqual(['市商务局', '市经济和信息化局', '各区人民政府']);
  });

  it('亩均税收 floors are intensity rows in yuan per mu', () => {
    const rows = ex(
      '三大国家级开发区重点工业园区亩均税收不低于35万元,四个新城区重点工业园区亩均税收不低于20万元。',
      2021,
    );
    expect(pick(rows, 'scope', 'value', 'unit', 'kind', 'metric')).toEqual([
      {
        scope: '三大国家级开发区重点工业园区',
        value: 350000,
        unit: 'yuan_per_mu',
        kind: 'intensity',
        metric: '亩均税收',
      },
      {
        scope: '四个新城区重点工业园区',
        value: 200000,
        unit: 'yuan_per_mu',
        kind: 'intensity',
        metric: '亩均税收',
      },
    ]);
  });
});

describe('责任单位 in brackets', () => {
  it('square brackets after the task, 〈含…〉 notes dropped', () => {
    const a = ex(
      '到2018年,力争装备制造产业产值突破1500亿元。[责任单位:市经信委、市招商局,相关县区政府、高新区管委会]',
      2016,
    );
    expect(a[0]!.responsible).toEqual(['市经信委', '市招商局', '相关县区政府', '高新区管委会']);
    const b = ex(
      '全年新开工600个亿元以上项目。(责任单位:各区人民政府〈含开发区管委会,下同〉)',
      2021,
      '2021年',
    );
    expect(b[0]!.responsible).toEqual(['各区人民政府']);
    expect(b[0]!.subject).toBe('新开工亿元以上项目');
    expect(b[0]!.value).toBe(600);
  });
});

describe('reward schedules', () => {
  it('one reward row per amount, keeping the threshold it pays for (seed phrasing)', () => {
    const rows = ex(
      '对年主营业务收入首次突破10亿元、50亿元、100亿元的工业企业,给予一次性100万元、500万元、1000万元奖励;',
      2018,
    );
    expect(pick(rows, 'kind', 'value', 'unit', 'subject_type', 'metric')).toEqual([
      { kind: 'reward', value: 1e6, unit: 'yuan', subject_type: 'policy_reward', metric: '金额' },
      { kind: 'reward', value: 5e6, unit: 'yuan', subject_type: 'policy_reward', metric: '金额' },
      { kind: 'reward', value: 1e7, unit: 'yuan', subject_type: 'policy_reward', metric: '金额' },
    ]);
    expect(rows[0]!.subject).toContain('10亿元');
    expect(rows[1]!.subject).toContain('50亿元');
    expect(rows[2]!.subject).toContain('100亿元');
  });

  it('an invented schedule with 分别', () => {
    const rows = ex('对年营业收入首次突破5亿元、20亿元的工业企业,分别给予50万元、200万元奖励。', 2024);
    expect(rows.map((r) => [r.kind, r.value])).toEqual([
      ['reward', 5e5],
      ['reward', 2e6],
    ]);
    expect(rows[1]!.subject).toContain('20亿元');
  });
});

describe('numbers that are not targets', () => {
  it('document numbers, titles, names, ordinals, past statistics', () => {
    expect(
      ex('落实《湖北省工业经济稳增长快转型高质量发展工作方案(2018-2020年)的通知》(鄂政发〔2018〕16号)。'),
    ).toEqual([]);
    expect(ex('加快构建“965”现代产业体系,打造“1+4+N”军民融合集聚区。')).toEqual([]);
    expect(ex('积极承办第二届中国工业设计展,吸引世界500强来汉设立研发机构。')).toEqual([]);
    expect(ex('对现有20户百亿企业实施“一企一策”。')).toEqual([]);
    expect(ex('2022年全市实现地区生产总值5000亿元,同比增长6%。', 2023)).toEqual([]);
  });

  it('thresholds inside a subject are not rows of their own', () => {
    const rows = ex('三大国家级开发区引进30亿元以上工业项目不少于2个。', 2021, '2021年');
    expect(pick(rows, 'subject', 'value', 'unit', 'comparator')).toEqual([
      { subject: '30亿元以上工业项目', value: 2, unit: 'count', comparator: '>=' },
    ]);
  });
});

describe('ids and offsets', () => {
  it('ids are <doc>:<span_start>:<k> and quotes sit at their offsets', () => {
    const text = '前言。\n“建设库”和“达效库”转化率均达到30%以上。';
    const rows = ex(text, 2021, '2021年');
    expect(rows.map((r) => r.target_id)).toEqual([
      `doc:${text.indexOf('“建设库”')}:1`,
      `doc:${text.indexOf('“建设库”')}:2`,
    ]);
    expect(rows.map((r) => r.subject)).toEqual(['建设库', '达效库']);
  });

  it('rejects a bad issue year', () => {
    expect(() => extractTargets('x', { docId: 'd', region: 'r', issuedYear: 18 })).toThrow(/issuedYear/);
  });
});
