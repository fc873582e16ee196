import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/mentions/extract.js';
import { ex, pick } from '../helpers.js';

// Counts: the noun after a count, yearly counts, counts that are plan structure (clause-figures, figures.ts).
// Invented sentences of the genre (other places, industries and wordings); expectations are read off the sentences
// by hand, by docs/targets-schema.md.

describe('counts with 突破 in a one-target-per-line work plan', () => {
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

describe('每年有N个…: a yearly count of things in a stated state', () => {
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

describe('designation counts (发展/聚焦 N个 categories) are plan structure', () => {
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

describe('a bare 万 before a person noun', () => {
  it('counts people: 留住30万高校毕业生, 引进1.5万名人才', () => {
    const rows = ex('确保3年留住30万高校毕业生,引进1.5万名技能人才。');
    expect(pick(rows, 'value', 'unit', 'deadline_year')).toEqual([
      { value: 300000, unit: 'people', deadline_year: 2026 },
      { value: 15000, unit: 'people', deadline_year: 2026 },
    ]);
  });
});

describe('a bare 万 after a noun that counts people', () => {
  it('counts people (城镇新增就业12万以上, 贫困人口减少25万); after another noun it stays a bare number', () => {
    expect(pick(ex('今年城镇新增就业12万以上。', 2024), 'unit', 'value')).toEqual([
      { unit: 'people', value: 120000 },
    ]);
    const ms = extractMentions('2008年，全省贫困人口减少25万。', {
      docId: 'd',
      region: '某省',
      issuedYear: 2009,
    });
    expect(ms.map((m) => [m.role, m.unit, m.value])).toEqual([['outcome', 'people', 250000]]);
    expect(ex('今年新增市场主体12万。', 2024)).toEqual([]);
  });
});
