import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/targets/extract.js';
import type { TargetRow } from '../../src/targets/types.js';
import { validateTargets } from '../../src/targets/validate.js';

// Invented sentences of the genre (other places, indicators and wordings), one block per error category found on
// unseen plans. Expectations are read off the sentences by hand, by docs/targets-schema.md.

function ex(text: string, issuedYear = 2023): TargetRow[] {
  const rows = extractTargets(text, { docId: 'doc', region: '某市', issuedYear });
  return validateTargets(rows, { doc: text });
}
const pick = (rows: TargetRow[], ...cols: (keyof TargetRow)[]) =>
  rows.map((r) => Object.fromEntries(cols.map((c) => [c, r[c]])));

describe('1. a task table glued row after row (责任单位 runs into the next row number)', () => {
  it('reads each row: the indicator is the subject, the units after it are its 责任单位', () => {
    const text =
      '2023年重点工作任务分解表\n序号 工作任务 责任单位\n' +
      '1地区生产总值增长7%市发展改革委各县(市、区)政府、临江经济开发区、东湖港区2服务业增加值占生产总值比重达到40%' +
      '市发展改革委市商务局3全社会固定资产投资年均增长12%左右市发展改革委、市统计局4社会消费品零售总额增长8%市商务局';
    const rows = ex(text);
    expect(pick(rows, 'subject', 'value', 'kind', 'responsible')).toEqual([
      {
        subject: '地区生产总值',
        value: 7,
        kind: 'growth',
        responsible: ['市发展改革委', '各县(市、区)政府', '临江经济开发区', '东湖港区'],
      },
      { subject: '服务业增加值', value: 40, kind: 'share', responsible: ['市发展改革委', '市商务局'] },
      { subject: '全社会固定资产投资', value: 12, kind: 'growth', responsible: ['市发展改革委', '市统计局'] },
      { subject: '社会消费品零售总额', value: 8, kind: 'growth', responsible: ['市商务局'] },
    ]);
  });
  it('reads rows whose units open the next line, after a heading before row 1', () => {
    const text =
      '某县2024年主要指标分解表\n' +
      '1全县生产总值增长7.5%左右\n' +
      '县发改局、县统计局2规模以上工业增加值年均增长10%以上\n' +
      '县经信局、滨河工业园区管委会3进出口总额突破20亿元县商务局、各乡镇人民政府4一般公共预算收入增长6%县财政局';
    const rows = ex(text, 2024);
    expect(pick(rows, 'subject', 'value', 'responsible')).toEqual([
      { subject: '生产总值', value: 7.5, responsible: ['县发改局', '县统计局'] },
      { subject: '规模以上工业增加值', value: 10, responsible: ['县经信局', '滨河工业园区管委会'] },
      { subject: '进出口总额', value: 2e9, responsible: ['县商务局', '各乡镇人民政府'] },
      { subject: '一般公共预算收入', value: 6, responsible: ['县财政局'] },
    ]);
    expect(rows.some((r) => /局|政府|管委会/.test(r.subject))).toBe(false);
  });
  it('keeps counts with their measure word (30家, 500家) and rows after a label', () => {
    const rows = ex(
      '重点任务:1新增规上工业企业30家市经信局、各区政府2高新技术企业达到500家市科技局3技改投资增长15%市经信局',
    );
    expect(pick(rows, 'subject', 'value', 'responsible')).toEqual([
      { subject: '新增规上工业企业', value: 30, responsible: ['市经信局', '各区政府'] },
      { subject: '高新技术企业', value: 500, responsible: ['市科技局'] },
      { subject: '技改投资', value: 15, responsible: ['市经信局'] },
    ]);
  });
  it('reads base and stretch figures of a row, a bracket after a unit, 部门 and 成员单位', () => {
    const rows = ex(
      '附件 2024年工业经济目标任务分解\n' +
        '1规模以上工业增加值增长12%、力争13%市经信局、各区人民政府(管委会)2工业投资增长15%以上市经信局、市发改委、' +
        '市直各相关部门3新增规上工业企业100家市经信局、市统计局、各成员单位',
      2024,
    );
    expect(pick(rows, 'subject', 'value', 'stretch', 'responsible')).toEqual([
      {
        subject: '规模以上工业增加值',
        value: 12,
        stretch: false,
        responsible: ['市经信局', '各区人民政府(管委会)'],
      },
      {
        subject: '规模以上工业增加值',
        value: 13,
        stretch: true,
        responsible: ['市经信局', '各区人民政府(管委会)'],
      },
      {
        subject: '工业投资',
        value: 15,
        stretch: false,
        responsible: ['市经信局', '市发改委', '市直各相关部门'],
      },
      {
        subject: '新增规上工业企业',
        value: 100,
        stretch: false,
        responsible: ['市经信局', '市统计局', '各成员单位'],
      },
    ]);
  });
  it('leaves prose with a count before a platform list alone (no row numbers)', () => {
    const rows = ex('力争到2025年,创建2家以上国家级制造业创新中心、5家以上省级制造业创新中心。');
    expect(pick(rows, 'subject', 'value')).toEqual([
      { subject: '国家级制造业创新中心', value: 2 },
      { subject: '省级制造业创新中心', value: 5 },
    ]);
  });
});

describe('2. members named after 即', () => {
  it('gives one level row per member: the industry, its zone as scope, the stated size', () => {
    const rows = ex(
      '到2025年,形成1个千亿产业集聚区即临江经开区汽车及零部件产业,4个500亿产业集聚区,即高新区光电及通讯产业、' +
        '经开区光电产业、滨湖经开区生物医药产业、南岸区纺织服装产业。',
    );
    expect(pick(rows, 'scope', 'subject', 'kind', 'metric', 'value', 'tier', 'deadline_year')).toEqual([
      {
        scope: '临江经开区',
        subject: '汽车及零部件',
        kind: 'level',
        metric: '产业规模',
        value: 1e11,
        tier: '千亿',
        deadline_year: 2025,
      },
      ...[
        ['高新区', '光电及通讯'],
        ['经开区', '光电'],
        ['滨湖经开区', '生物医药'],
        ['南岸区', '纺织服装'],
      ].map(([scope, subject]) => ({
        scope,
        subject,
        kind: 'level',
        metric: '产业规模',
        value: 5e10,
        tier: '五百亿',
        deadline_year: 2025,
      })),
    ]);
    expect(rows.some((r) => r.kind === 'count')).toBe(false);
  });
  it('reads 百亿级 bases and parks named after 即', () => {
    const rows = ex(
      '到2027年,建成3个百亿产业园区,即南湖园区电子信息产业、西岭工业园区装备制造产业、北港新区化工产业。',
    );
    expect(pick(rows, 'scope', 'subject', 'value', 'tier')).toEqual([
      { scope: '南湖园区', subject: '电子信息', value: 1e10, tier: '百亿' },
      { scope: '西岭工业园区', subject: '装备制造', value: 1e10, tier: '百亿' },
      { scope: '北港新区', subject: '化工', value: 1e10, tier: '百亿' },
    ]);
  });
  it('reads members with no zone (scope 全市), 即: and a last member joined by 和', () => {
    const rows = ex('到2030年,打造3个百亿级产业集群,即:新材料产业、绿色食品产业和现代纺织产业。');
    expect(pick(rows, 'scope', 'subject', 'value', 'tier', 'deadline_year')).toEqual([
      { scope: '全市', subject: '新材料', value: 1e10, tier: '百亿', deadline_year: 2030 },
      { scope: '全市', subject: '绿色食品', value: 1e10, tier: '百亿', deadline_year: 2030 },
      { scope: '全市', subject: '现代纺织', value: 1e10, tier: '百亿', deadline_year: 2030 },
    ]);
  });
  it('stays a count when 即 names fewer members than the count', () => {
    const rows = ex('到2026年,打造3个百亿级产业基地,即甲县食品产业、乙区建材产业等。');
    expect(rows.some((r) => r.kind === 'level' && r.metric === '产业规模' && r.scope === '甲县')).toBe(false);
  });
});

describe('3. 每年有N个…: a yearly count of things in a stated state', () => {
  it('names the counted things with their state, aggregation annual', () => {
    const rows = ex('每年有100个在建项目竣工投产,每年有100个技改项目实施推进。');
    expect(pick(rows, 'subject', 'subject_type', 'kind', 'aggregation', 'value')).toEqual([
      {
        subject: '竣工投产在建项目',
        subject_type: 'projects',
        kind: 'count',
        aggregation: 'annual',
        value: 100,
      },
      {
        subject: '实施推进技改项目',
        subject_type: 'projects',
        kind: 'count',
        aggregation: 'annual',
        value: 100,
      },
    ]);
  });
  it('reads other nouns, states and a 以上 comparator', () => {
    const rows = ex('到2025年,全县每年有50个以上工业项目开工建设,每年有20家企业升规入统。');
    expect(pick(rows, 'scope', 'subject', 'comparator', 'value', 'aggregation')).toEqual([
      { scope: '全县', subject: '开工建设工业项目', comparator: '>=', value: 50, aggregation: 'annual' },
      { scope: '全县', subject: '升规入统企业', comparator: '=', value: 20, aggregation: 'annual' },
    ]);
    expect(rows.map((r) => r.quote)).toEqual(['每年有50个以上工业项目开工建设', '每年有20家企业升规入统']);
  });
});

describe('4. designation counts (发展/聚焦 N个 categories) are plan structure', () => {
  it('gives no row for 优先发展/突破发展/聚焦/重点发展 N个, keeps 培育 outcomes', () => {
    const rows = ex(
      '优先发展2个先导产业,突破发展5个新兴产业,聚焦40个细分赛道,重点发展6个产业。培育10个产业集群。',
    );
    expect(pick(rows, 'subject', 'value')).toEqual([{ subject: '产业集群', value: 10 }]);
  });
  it('keeps outcome counts after 培育发展/打造/建成/引进/新增 and counts with a size', () => {
    const rows = ex(
      '到2025年,重点发展3个主导产业,加快发展4个未来产业,培育发展5个百亿级产业集群,新增10家规上企业;' +
        '聚焦12条重点产业链,打造3个千亿级产业集群,建成20个智能工厂,引进50个亿元以上项目。',
    );
    expect(pick(rows, 'subject', 'value')).toEqual([
      { subject: '百亿级产业集群', value: 5 },
      { subject: '新增规上企业', value: 10 },
      { subject: '千亿级产业集群', value: 3 },
      { subject: '智能工厂', value: 20 },
      { subject: '亿元以上项目', value: 50 },
    ]);
  });
  it('keeps a 发展 count whose noun states a size (发展30个十亿地标块状经济)', () => {
    const rows = ex('到2025年,大力发展8个特色产业,发展30个十亿地标块状经济。');
    expect(pick(rows, 'value', 'tier')).toEqual([{ value: 30, tier: '十亿' }]);
  });
});
