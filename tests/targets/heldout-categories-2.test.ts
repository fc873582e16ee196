import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/targets/extract.js';
import type { TargetRow } from '../../src/targets/types.js';
import { validateTargets } from '../../src/targets/validate.js';

// Invented sentences of the genre (other cities, industries and wordings), one block per error category still open
// on unseen plans. Expectations are read off the sentences by hand, by docs/targets-schema.md.

function ex(text: string, issuedYear = 2023): TargetRow[] {
  const rows = extractTargets(text, { docId: 'doc', region: '某市', issuedYear });
  return validateTargets(rows, { doc: text });
}
const pick = (rows: TargetRow[], ...cols: (keyof TargetRow)[]) =>
  rows.map((r) => Object.fromEntries(cols.map((c) => [c, r[c]])));

describe('A. members in brackets after the count', () => {
  it('gives one level row per bracketed member with the stated size and the shared metric', () => {
    const rows = ex(
      '到2025年,营收规模达5000亿元级别的产业集群1个(物联网)、3000亿元级别的产业集群2个(新材料、汽车及零部件)。',
    );
    expect(pick(rows, 'subject', 'kind', 'metric', 'value', 'comparator', 'tier', 'deadline_year')).toEqual([
      {
        subject: '物联网',
        kind: 'level',
        metric: '营业收入',
        value: 5e11,
        comparator: '>=',
        tier: '五千亿',
        deadline_year: 2025,
      },
      {
        subject: '新材料',
        kind: 'level',
        metric: '营业收入',
        value: 3e11,
        comparator: '>=',
        tier: null,
        deadline_year: 2025,
      },
      {
        subject: '汽车及零部件',
        kind: 'level',
        metric: '营业收入',
        value: 3e11,
        comparator: '>=',
        tier: null,
        deadline_year: 2025,
      },
    ]);
    expect(rows.some((r) => r.kind === 'count')).toBe(false);
  });
  it('reads another metric, 千亿元级别 and a 500亿 band as 五百亿', () => {
    const rows = ex(
      '到2026年,主营业务收入达到千亿元级别的产业集群2个(生物医药、纺织服装)、500亿元级别的产业集群3个(食品加工、电子信息、化工)。',
    );
    expect(pick(rows, 'subject', 'metric', 'value', 'tier')).toEqual([
      { subject: '生物医药', metric: '营业收入', value: 1e11, tier: '千亿' },
      { subject: '纺织服装', metric: '营业收入', value: 1e11, tier: '千亿' },
      { subject: '食品加工', metric: '营业收入', value: 5e10, tier: '五百亿' },
      { subject: '电子信息', metric: '营业收入', value: 5e10, tier: '五百亿' },
      { subject: '化工', metric: '营业收入', value: 5e10, tier: '五百亿' },
    ]);
  });
  it('keeps 超 as > and reads firms named in brackets', () => {
    const rows = ex('到2025年,规上工业营业收入超过500亿元的企业2家(华星、云海)。');
    expect(pick(rows, 'subject', 'subject_type', 'comparator', 'value', 'metric')).toEqual([
      { subject: '华星', subject_type: 'firms', comparator: '>', value: 5e10, metric: '营业收入' },
      { subject: '云海', subject_type: 'firms', comparator: '>', value: 5e10, metric: '营业收入' },
    ]);
  });
  it('reads the count before the size, the bracket after the noun', () => {
    const rows = ex(
      '到2025年,打造2个万亿元级别产业集群(电子信息、汽车),培育3个千亿元级别产业集群(装备、食品、材料)。',
    );
    expect(pick(rows, 'subject', 'value', 'tier', 'metric', 'kind')).toEqual([
      { subject: '电子信息', value: 1e12, tier: '万亿', metric: '产业规模', kind: 'level' },
      { subject: '汽车', value: 1e12, tier: '万亿', metric: '产业规模', kind: 'level' },
      { subject: '装备', value: 1e11, tier: '千亿', metric: '产业规模', kind: 'level' },
      { subject: '食品', value: 1e11, tier: '千亿', metric: '产业规模', kind: 'level' },
      { subject: '材料', value: 1e11, tier: '千亿', metric: '产业规模', kind: 'level' },
    ]);
  });
  it('reads 级别以上的 and 以上的 before the noun', () => {
    const rows = ex(
      '到2025年,营业收入5000亿元级别以上的产业集群1个(电子信息),千亿元以上的产业集群2个(汽车、装备)。',
    );
    expect(pick(rows, 'subject', 'value', 'metric')).toEqual([
      { subject: '电子信息', value: 5e11, metric: '营业收入' },
      { subject: '汽车', value: 1e11, metric: '营业收入' },
      { subject: '装备', value: 1e11, metric: '营业收入' },
    ]);
  });
  it('does not read a 其中 bracket as members', () => {
    const rows = ex('到2025年,百亿级企业达到5家(其中千亿级企业1家)。');
    expect(pick(rows, 'subject', 'value', 'kind')).toEqual([
      { subject: '百亿级企业', value: 5, kind: 'count' },
      { subject: '千亿级企业', value: 1, kind: 'count' },
    ]);
  });
  it('leaves a bracket whose items do not match the count alone', () => {
    const rows = ex('到2025年,产值达到100亿元级别的产业集群3个(食品、纺织)。');
    expect(rows.every((r) => r.subject !== '食品')).toBe(true);
  });
});

describe('B. size words with 级别/级 before the subject', () => {
  it('reads 万亿元级别…高地 and 5000亿元级别…高地 as 产业规模 rows of their industries', () => {
    const rows = ex(
      '到2030年,打造万亿元级别新一代信息技术产业融合发展高地,建设5000亿元级别先进装备产业创新发展高地。',
    );
    expect(pick(rows, 'subject', 'kind', 'metric', 'value', 'tier', 'comparator')).toEqual([
      {
        subject: '新一代信息技术',
        kind: 'level',
        metric: '产业规模',
        value: 1e12,
        tier: '万亿',
        comparator: '>=',
      },
      {
        subject: '先进装备',
        kind: 'level',
        metric: '产业规模',
        value: 5e11,
        tier: '五千亿',
        comparator: '>=',
      },
    ]);
  });
  it('reads bare tier words before industries joined by 和 or 、', () => {
    expect(pick(ex('力争建成万亿新一代信息技术产业高地和千亿级智能家电产业。'), 'subject', 'tier')).toEqual([
      { subject: '新一代信息技术', tier: '万亿' },
      { subject: '智能家电', tier: '千亿' },
    ]);
    expect(pick(ex('到2025年,培育千亿级智能家电、千亿级生物医药产业。'), 'subject', 'tier')).toEqual([
      { subject: '智能家电', tier: '千亿' },
      { subject: '生物医药', tier: '千亿' },
    ]);
  });
  it('reads 一个…高地 as the sized subject, not a count of one', () => {
    const rows = ex('到2030年,打造一个万亿元级别新一代信息技术产业融合发展高地。');
    expect(pick(rows, 'subject', 'kind', 'value', 'tier')).toEqual([
      { subject: '新一代信息技术', kind: 'level', value: 1e12, tier: '万亿' },
    ]);
  });
  it('keeps an unnamed tiered count a count', () => {
    expect(pick(ex('到2025年,形成3个千亿级产业集群。'), 'kind', 'value', 'tier')).toEqual([
      { kind: 'count', value: 3, tier: '千亿' },
    ]);
  });
  it('drops 集聚高地 and 基地 after the industry', () => {
    expect(pick(ex('到2028年,建成千亿元级别现代种业产业集聚高地。'), 'subject', 'value')).toEqual([
      { subject: '现代种业', value: 1e11 },
    ]);
  });
  it('makes no row for a tier word naming no industry or with no creation verb', () => {
    expect(ex('依托万亿级汽车产业集群,推进零部件本地配套。')).toEqual([]);
    expect(ex('到2025年,建设万亿工业强市。')).toEqual([]);
    expect(ex('支持龙头企业建设千亿级产业链。')).toEqual([]);
    expect(ex('到2025年,打造百亿级品牌,培育千亿级商圈,建设十亿级特色小镇。')).toEqual([]);
  });
});

describe('C. group totals', () => {
  it('gives one level row for two counted groups and their combined revenue', () => {
    const rows = ex('到2025年,4个地标产业集群和6个优势产业集群营收合计达到2.6万亿元。');
    expect(pick(rows, 'subject', 'kind', 'metric', 'value', 'comparator', 'aggregation')).toEqual([
      {
        subject: '4个地标产业集群和6个优势产业集群',
        kind: 'level',
        metric: '营业收入',
        value: 2.6e12,
        comparator: '>=',
        aggregation: 'point',
      },
    ]);
  });
  it('reads tiered groups, 总产值 and 突破', () => {
    const rows = ex('到2027年,全市2个千亿级产业集群和8个百亿级产业集群总产值合计突破6000亿元。');
    expect(pick(rows, 'kind', 'metric', 'value', 'comparator')).toEqual([
      { kind: 'level', metric: '产值', value: 6e11, comparator: '>' },
    ]);
  });
  it('reads groups separated by 、', () => {
    const rows = ex('到2025年,4个地标产业集群、6个优势产业集群营收合计达到2.6万亿元。');
    expect(pick(rows, 'kind', 'value')).toEqual([{ kind: 'level', value: 2.6e12 }]);
  });
  it('reads one counted group with 合计', () => {
    const rows = ex('到2027年,3个国家级先进制造业集群营业收入合计超过1.5万亿元。');
    expect(pick(rows, 'kind', 'value', 'comparator')).toEqual([
      { kind: 'level', value: 1.5e12, comparator: '>' },
    ]);
  });
  it('reads groups named without counts, 合计 making no cumulative', () => {
    const rows = ex('到2025年,地标产业集群和优势产业集群营收合计达到2.6万亿元。');
    expect(pick(rows, 'kind', 'metric', 'value', 'aggregation')).toEqual([
      { kind: 'level', metric: '营业收入', value: 2.6e12, aggregation: 'point' },
    ]);
  });
  it('leaves a past year’s total out', () => {
    expect(ex('全市现有4个千亿产业集群,2022年营收合计达到9000亿元。')).toEqual([]);
  });
});

describe('D. a count that sizes the subject group of a growth rate', () => {
  it('reads 保持年均15%以上的增长 as a growth row of the group, not a count', () => {
    const rows = ex('5个未来产业营业收入保持年均15%以上的增长。');
    expect(pick(rows, 'subject', 'kind', 'value', 'comparator', 'aggregation')).toEqual([
      { subject: '未来产业', kind: 'growth', value: 15, comparator: '>=', aggregation: 'annual_average' },
    ]);
  });
  it('reads 年均增长12%以上 after a counted group', () => {
    const rows = ex('到2026年,8个重点产业链营业收入年均增长10%以上。');
    expect(pick(rows, 'subject', 'kind', 'value')).toEqual([
      { subject: '重点产业链', kind: 'growth', value: 10 },
    ]);
  });
  it('reads a level each member of a counted group reaches (均突破)', () => {
    const rows = ex('到2025年,10个重点产业链营业收入均突破100亿元。');
    expect(pick(rows, 'subject', 'kind', 'metric', 'value', 'comparator')).toEqual([
      { subject: '重点产业链', kind: 'level', metric: '营业收入', value: 1e10, comparator: '>' },
    ]);
  });
  it('reads 的年均增速 after the figure as an annual-average growth', () => {
    const rows = ex('到2026年,6个先进制造业集群产值保持20%左右的年均增长。');
    expect(pick(rows, 'subject', 'kind', 'value', 'comparator', 'aggregation')).toEqual([
      {
        subject: '先进制造业集群',
        kind: 'growth',
        value: 20,
        comparator: '~',
        aggregation: 'annual_average',
      },
    ]);
  });
  it('reads 左右的增长速度', () => {
    const rows = ex('4个战略性新兴产业集群产值保持年均20%左右的增长速度。');
    expect(pick(rows, 'kind', 'value', 'comparator')).toEqual([
      { kind: 'growth', value: 20, comparator: '~' },
    ]);
  });
});

describe('E. a place or verb before named lists, two lists in one sentence', () => {
  it('reads both lists after 在全市培育形成', () => {
    const rows = ex(
      '到2027年,在全市培育形成数字产业、绿色石化、高端装备等3个万亿级产业集群,新型功能材料、新能源、关键基础件等6个千亿级产业集群。',
    );
    expect(pick(rows, 'subject', 'tier')).toEqual([
      { subject: '数字产业', tier: '万亿' },
      { subject: '绿色石化', tier: '万亿' },
      { subject: '高端装备', tier: '万亿' },
      { subject: '新型功能材料', tier: '千亿' },
      { subject: '新能源', tier: '千亿' },
      { subject: '关键基础件', tier: '千亿' },
    ]);
    expect(rows.every((r) => r.kind === 'level' && r.metric === '产业规模' && r.deadline_year === 2027)).toBe(
      true,
    );
  });
  it('keeps a named place before the verb as the scope', () => {
    const rows = ex(
      '到2025年,在沿江地区培育石化、钢铁等2个千亿级产业集群,新型建材、纺织服装等4个百亿级产业集群。',
    );
    expect(pick(rows, 'scope', 'subject', 'tier')).toEqual([
      { scope: '沿江地区', subject: '石化', tier: '千亿' },
      { scope: '沿江地区', subject: '钢铁', tier: '千亿' },
      { scope: '全市', subject: '新型建材', tier: '百亿' },
      { scope: '全市', subject: '纺织服装', tier: '百亿' },
    ]);
  });
  it('reads a second list with its own place and verb', () => {
    const rows = ex(
      '到2025年,全省打造电子信息、装备制造等2个万亿级产业集群,在重点园区形成食品、纺织等2个千亿级产业集群。',
    );
    expect(pick(rows, 'scope', 'subject')).toEqual([
      { scope: '全省', subject: '电子信息' },
      { scope: '全省', subject: '装备制造' },
      { scope: '重点园区', subject: '食品' },
      { scope: '重点园区', subject: '纺织' },
    ]);
  });
});

describe('E. more wordings', () => {
  it('reads filler words between the scope and the verb (在全市范围内培育形成)', () => {
    const rows = ex('到2027年,在全市范围内培育形成数字产业、绿色石化等2个万亿级产业集群。');
    expect(pick(rows, 'subject', 'tier')).toEqual([
      { subject: '数字产业', tier: '万亿' },
      { subject: '绿色石化', tier: '万亿' },
    ]);
  });
  it('reads two named lists joined by 和 in one clause', () => {
    const rows = ex(
      '到2027年,着力在全市培育形成数字产业、绿色石化等2个万亿级产业集群和新材料、新能源等2个千亿级产业集群。',
    );
    expect(pick(rows, 'subject', 'tier', 'value')).toEqual([
      { subject: '数字产业', tier: '万亿', value: 1e12 },
      { subject: '绿色石化', tier: '万亿', value: 1e12 },
      { subject: '新材料', tier: '千亿', value: 1e11 },
      { subject: '新能源', tier: '千亿', value: 1e11 },
    ]);
  });
});

describe('F. named members before a tier noun with the count after', () => {
  it('reads a single member with 1个 as a level row of that member', () => {
    const rows = ex('到2025年,形成新一代信息技术及应用万亿级产业集群1个,智能装备千亿级产业集群1个。');
    expect(pick(rows, 'subject', 'kind', 'tier', 'value')).toEqual([
      { subject: '新一代信息技术及应用', kind: 'level', tier: '万亿', value: 1e12 },
      { subject: '智能装备', kind: 'level', tier: '千亿', value: 1e11 },
    ]);
  });
  it('reads a 等-list with N个以上 after the noun, names with digits included', () => {
    const rows = ex('到2025年,培育人工智能、工业互联网、5G应用、区块链等百亿级产业集群10个以上。');
    expect(pick(rows, 'subject', 'tier')).toEqual(
      ['人工智能', '工业互联网', '5G应用', '区块链'].map((subject) => ({ subject, tier: '百亿' })),
    );
  });
  it('reads a list of chains counted in 条', () => {
    const rows = ex('到2025年,打造光电、储能、氢能等千亿级产业链8条以上。');
    expect(pick(rows, 'subject', 'tier')).toEqual(
      ['光电', '储能', '氢能'].map((subject) => ({ subject, tier: '千亿' })),
    );
  });
  it('keeps an adjective before the tier a count', () => {
    const rows = ex('到2025年,培育特色千亿级产业集群1个。');
    expect(pick(rows, 'kind', 'value')).toEqual([{ kind: 'count', value: 1 }]);
  });
});

describe('G. growth with the subject in an earlier clause, and ratios', () => {
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

describe('H. counts with 突破 in a one-target-per-line work plan', () => {
  it('reads every line after 1. (1) ① 5) 一是 ——, each with its own subject', () => {
    const text = [
      '某市2024年工业经济工作要点',
      '1．规上工业企业突破1000家',
      '(2)高新技术企业突破300家',
      '①专精特新企业突破120家',
      '5)科技型中小企业突破900家',
      '六是规上服务业企业突破400家',
      '——亿元以上项目突破80个',
      '7 规上工业企业突破1100家',
      '8.规上工业企业数量突破1200家(责任单位:市经信局)',
      '',
    ].join('\n');
    const rows = ex(text, 2024);
    expect(pick(rows, 'subject', 'value', 'comparator', 'kind')).toEqual([
      { subject: '规上工业企业', value: 1000, comparator: '>', kind: 'count' },
      { subject: '高新技术企业', value: 300, comparator: '>', kind: 'count' },
      { subject: '专精特新企业', value: 120, comparator: '>', kind: 'count' },
      { subject: '科技型中小企业', value: 900, comparator: '>', kind: 'count' },
      { subject: '规上服务业企业', value: 400, comparator: '>', kind: 'count' },
      { subject: '亿元以上项目', value: 80, comparator: '>', kind: 'count' },
      { subject: '规上工业企业', value: 1100, comparator: '>', kind: 'count' },
      { subject: '规上工业企业', value: 1200, comparator: '>', kind: 'count' },
    ]);
  });
  it('reads counts in Chinese numerals after 突破', () => {
    const rows = ex('某县2024年工作要点\n1.规上工业企业突破一千家\n2.高新技术企业突破千家\n', 2024);
    expect(pick(rows, 'subject', 'value', 'comparator')).toEqual([
      { subject: '规上工业企业', value: 1000, comparator: '>' },
      { subject: '高新技术企业', value: 1000, comparator: '>' },
    ]);
  });
  it('reads 一是…,二是… inline', () => {
    const rows = ex('主要目标:一是规上工业企业突破1000家,二是高新技术企业突破500家。', 2024);
    expect(pick(rows, 'subject', 'value')).toEqual([
      { subject: '规上工业企业', value: 1000 },
      { subject: '高新技术企业', value: 500 },
    ]);
  });
  it('does not glue a 二是 line to a long line before it', () => {
    const text =
      '2024年目标任务\n一是全力推进工业经济稳增长全市规上工业增加值增长7%以上\n二是规上工业企业突破1000家\n';
    const rows = ex(text, 2024);
    expect(pick(rows, 'subject', 'value')).toEqual([
      { subject: '规上工业增加值', value: 7 },
      { subject: '规上工业企业', value: 1000 },
    ]);
  });
});
