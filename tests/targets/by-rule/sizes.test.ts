import { describe, expect, it } from 'vitest';
import { ex, pick } from '../helpers.js';

// Sizes and groups: sized-subject, group-total, group-size, size bands in subjects.
// Invented sentences of the genre (other places, industries and wordings); expectations are read off the sentences
// by hand, by docs/targets-schema.md.

describe('size words with 级别/级 before the subject', () => {
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

describe('group totals', () => {
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

describe('a count that sizes the subject group of a growth rate', () => {
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

describe('size bands name their tier', () => {
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
