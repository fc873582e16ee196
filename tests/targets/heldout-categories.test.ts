import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/targets/extract.js';
import type { TargetRow } from '../../src/targets/types.js';
import { validateTargets } from '../../src/targets/validate.js';

// Invented sentences of the genre (other cities, industries and wordings), one block per error category found on
// unseen plans. Expectations are read off the sentences by hand, by docs/targets-schema.md.

function ex(text: string, issuedYear = 2023, horizon?: string): TargetRow[] {
  const rows = extractTargets(text, { docId: 'doc', region: '某市', issuedYear, horizon });
  return validateTargets(rows, { doc: text });
}
const pick = (rows: TargetRow[], ...cols: (keyof TargetRow)[]) =>
  rows.map((r) => Object.fromEntries(cols.map((c) => [c, r[c]])));

describe('1. named lists with the count after the noun', () => {
  it('gives one tier row per named member of a 等…集群N个 list', () => {
    const rows = ex('到2025年,培育电子信息、装备制造、绿色化工等千亿级主导产业集群3个。');
    expect(pick(rows, 'subject', 'tier', 'value', 'unit', 'comparator', 'metric')).toEqual(
      ['电子信息', '装备制造', '绿色化工'].map((subject) => ({
        subject,
        tier: '千亿',
        value: 1e11,
        unit: 'yuan',
        comparator: '>=',
        metric: '产业规模',
      })),
    );
  });
  it('reads firms named before 百亿级企业N家 as firms', () => {
    const rows = ex('力争到2026年,做强华光、金石、云帆等百亿级企业3家。');
    expect(pick(rows, 'subject', 'tier', 'subject_type')).toEqual([
      { subject: '华光', tier: '百亿', subject_type: 'firms' },
      { subject: '金石', tier: '百亿', subject_type: 'firms' },
      { subject: '云帆', tier: '百亿', subject_type: 'firms' },
    ]);
  });
  it('reads a second named list in the same sentence', () => {
    const rows = ex(
      '到2027年,打造新能源汽车、生物医药等千亿级产业集群2个、新材料、纺织服装等五百亿级产业集群2个。',
    );
    expect(pick(rows, 'subject', 'tier')).toEqual([
      { subject: '新能源汽车', tier: '千亿' },
      { subject: '生物医药', tier: '千亿' },
      { subject: '新材料', tier: '五百亿' },
      { subject: '纺织服装', tier: '五百亿' },
    ]);
  });
  it('keeps an unnamed count a count row', () => {
    const rows = ex('到2025年,全市形成千亿级产业集群3个。');
    expect(pick(rows, 'kind', 'value', 'tier')).toEqual([{ kind: 'count', value: 3, tier: '千亿' }]);
  });
});

describe('2. the horizon of an annual plan from its title', () => {
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

describe('3. task tables of another layout', () => {
  const oneCellPerLine = [
    '关于印发2020年全市工业经济重点工作任务的通知',
    '现将重点工作任务(共3项)印发给你们。今年共分解26项工作任务。',
    '序号',
    '工作任务',
    '目标',
    '牵头责任单位',
    '配合单位',
    '1',
    '地区生产总值',
    '增长6.5%',
    '市发展改革委',
    '市统计局',
    '2',
    '新增规模以上工业企业',
    '120家',
    '市经信局',
    '市市场监管局、市税务局',
    '',
  ].join('\n');
  it('reads subjects from the cell before, responsible units from both columns, and skips the notice counts', () => {
    const rows = ex(oneCellPerLine, 2020);
    expect(pick(rows, 'subject', 'value', 'responsible', 'deadline_year')).toEqual([
      { subject: '地区生产总值', value: 6.5, responsible: ['市发展改革委', '市统计局'], deadline_year: 2020 },
      {
        subject: '新增规模以上工业企业',
        value: 120,
        responsible: ['市经信局', '市市场监管局', '市税务局'],
        deadline_year: 2020,
      },
    ]);
  });
  it('reads a table whose cells are separated by tabs without gluing the row number', () => {
    const text =
      '某市2022年制造业工作任务分解表\n序号\t工作任务\t目标\t牵头单位\t配合单位\n1\t规模以上工业增加值\t增长9%以上\t市经信局\t各区人民政府\n2\t工业投资\t增长15%\t市发改委\t市经信局\n';
    const rows = ex(text, 2022);
    expect(pick(rows, 'subject', 'value', 'comparator', 'responsible')).toEqual([
      {
        subject: '规模以上工业增加值',
        value: 9,
        comparator: '>=',
        responsible: ['市经信局', '各区人民政府'],
      },
      { subject: '工业投资', value: 15, comparator: '=', responsible: ['市发改委', '市经信局'] },
    ]);
  });
  it('reads a table whose cells are separated by single spaces', () => {
    const text =
      '某区2021年经济工作目标任务分解表\n序号 工作任务 目标 牵头责任单位 配合单位\n1 社会消费品零售总额 增长10%以上 区商务局 各街道办事处\n2 新增市场主体 3000户 区市场监管局 区税务局\n';
    const rows = extractTargets(text, { docId: 'doc', region: '某区', issuedYear: 2021 });
    expect(
      pick(validateTargets(rows, { doc: text }), 'scope', 'subject', 'value', 'deadline_year', 'responsible'),
    ).toEqual([
      {
        scope: '全区',
        subject: '社会消费品零售总额',
        value: 10,
        deadline_year: 2021,
        responsible: ['区商务局', '各街道办事处'],
      },
      {
        scope: '全区',
        subject: '新增市场主体',
        value: 3000,
        deadline_year: 2021,
        responsible: ['区市场监管局', '区税务局'],
      },
    ]);
  });
  it('never makes a target of 共N项 or N项工作任务', () => {
    expect(ex('全年共安排重点项目推进任务,分解为45项具体任务,共计12项。')).toEqual([]);
  });
});

describe('4. subject naming', () => {
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

describe('5. growth of an intensity', () => {
  it('reads 亩均…年均增长7% as a growth rate', () => {
    const [r] = ex('到2025年,工业园区亩均税收年均增长7%。');
    expect([r!.kind, r!.unit, r!.value, r!.aggregation]).toEqual(['growth', 'percent', 7, 'annual_average']);
  });
  it('still reads a 亩均 floor as an intensity', () => {
    const [r] = ex('到2025年,省级开发区亩均税收不低于25万元。');
    expect([r!.kind, r!.unit, r!.value]).toEqual(['intensity', 'yuan_per_mu', 250000]);
  });
});

describe('6. 余, explicit base years, 年均 scope', () => {
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

describe('7. declines', () => {
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

describe('8. size bands name their tier', () => {
  it('gives 五百亿 and 百亿 for 500亿元以上 and 100亿元以上 firms, counts before or after the noun', () => {
    const a = ex('到2025年,培育500亿元以上企业5家、100亿元以上企业20家。');
    expect(pick(a, 'subject', 'value', 'tier')).toEqual([
      { subject: '500亿元以上企业', value: 5, tier: '五百亿' },
      { subject: '100亿元以上企业', value: 20, tier: '百亿' },
    ]);
    const b = ex('到2025年,培育3家500亿元以上企业、10家100亿元以上企业。');
    expect(pick(b, 'subject', 'value', 'tier')).toEqual([
      { subject: '500亿元以上企业', value: 3, tier: '五百亿' },
      { subject: '100亿元以上企业', value: 10, tier: '百亿' },
    ]);
  });
  it('gives no tier to a threshold that is not one', () => {
    expect(ex('到2025年,年营业收入超50亿元的企业达到10家。')[0]!.tier).toBeNull();
  });
});

describe('a bare 万 before a person noun', () => {
  it('counts people: 留住30万高校毕业生, 引进1.5万名人才', () => {
    const rows = ex('确保3年留住30万高校毕业生,引进1.5万名技能人才。');
    expect(pick(rows, 'value', 'unit', 'deadline_year')).toEqual([
      { value: 300000, unit: 'people', deadline_year: 2026 },
      { value: 15000, unit: 'people', deadline_year: 2026 },
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

describe('named lists sized by N大 or 一批', () => {
  it('gives one tier row per member of 打造A、B、C三大千亿级产业集群', () => {
    const rows = ex('到2026年,打造智能网联汽车、集成电路、现代物流三大千亿级产业集群。');
    expect(pick(rows, 'subject', 'tier', 'value')).toEqual([
      { subject: '智能网联汽车', tier: '千亿', value: 1e11 },
      { subject: '集成电路', tier: '千亿', value: 1e11 },
      { subject: '现代物流', tier: '千亿', value: 1e11 },
    ]);
  });
  it('gives one tier row per member of 培育形成A、B等一批百亿级产业集群, verbs left out', () => {
    const rows = ex('到2025年,培育形成医疗器械、绿色建材等一批百亿级产业集群。');
    expect(pick(rows, 'subject', 'tier')).toEqual([
      { subject: '医疗器械', tier: '百亿' },
      { subject: '绿色建材', tier: '百亿' },
    ]);
  });
  it('leaves N大 and its noun out of the last member of a distributed list', () => {
    const rows = ex('到2025年,装备制造、食品饮料两大产业集群营业收入均突破1500亿元。');
    expect(pick(rows, 'subject', 'metric', 'value')).toEqual([
      { subject: '装备制造', metric: '营业收入', value: 1.5e11 },
      { subject: '食品饮料', metric: '营业收入', value: 1.5e11 },
    ]);
  });
});

describe('size bands with no noun of their own', () => {
  it('counts the entities named before a bare band (其中500亿元以上3家)', () => {
    const rows = ex('到2025年,培育营业收入超百亿元企业8家,其中500亿元以上2家。');
    expect(pick(rows, 'subject', 'value', 'tier', 'subject_type')).toEqual([
      { subject: '营业收入超百亿元企业', value: 8, tier: '百亿', subject_type: 'firms' },
      { subject: '500亿元以上企业', value: 2, tier: '五百亿', subject_type: 'firms' },
    ]);
  });
  it('reads …以上的达到N家 after an entity named earlier in the sentence', () => {
    const rows = ex('到2025年,规上工业企业中,营业收入100亿元以上的达到15家。');
    expect(pick(rows, 'subject', 'tier', 'comparator')).toEqual([
      { subject: '营业收入100亿元以上企业', tier: '百亿', comparator: '>=' },
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
