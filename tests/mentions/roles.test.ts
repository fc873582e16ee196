/**
 * Roles of quantities, one example per kind of evidence: the section a figure stands in, the time words of its
 * sentence, estimate words, baselines, instruments, thresholds, names, and the document type. Each sentence is
 * invented in the genre and read by the whole mentions reading (extractMentions) with the committed model.
 */
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../src/mentions/extract.js';
import type { MentionRole } from '../../src/mentions/roles.js';

const roles = (text: string, issuedYear = 2023, region = '某市') =>
  extractMentions(text, { docId: 'd', region, issuedYear }).map((m) => [m.value, m.role] as const);

const EXAMPLES: { name: string; text: string; issuedYear?: number; roles: [number, MentionRole][] }[] = [
  {
    name: 'a review section reports, the plan section aims',
    text:
      '政府工作报告\n各位代表：现在，我代表市人民政府，向大会报告工作。\n一、2022年工作回顾\n' +
      '全市地区生产总值385.2亿元，增长11.3%。\n二、2023年工作安排\n今年主要预期目标是：地区生产总值增长6%左右。',
    roles: [
      [3.852e10, 'outcome'],
      [11.3, 'outcome'],
      [6, 'target'],
    ],
  },
  {
    name: 'a figure dated to a past year in its own sentence is reported, even among targets',
    text: '一、主要目标\n到2026年，全市规模以上工业增加值年均增长8%以上。2023年全市规上工业营业收入达到1.8万亿元，同比增长5.6%。',
    issuedYear: 2024,
    roles: [
      [8, 'target'],
      [1.8e12, 'outcome'],
      [5.6, 'outcome'],
    ],
  },
  {
    name: '预计 marks an estimate of the year just ending',
    text: '一、2022年工作回顾\n预计全年地区生产总值增长7.8%左右。',
    roles: [[7.8, 'estimate']],
  },
  {
    name: 'the starting point of a change is a baseline',
    text: '二、2023年工作安排\n全员劳动生产率从人均8.7万元提高到12万元以上。',
    roles: [
      [87000, 'baseline'],
      [120000, 'target'],
    ],
  },
  {
    name: 'deficits, bonds and subsidy standards are instruments, not targets',
    text: '二、2023年工作安排\n今年赤字率拟按3%安排，拟安排地方政府专项债券3.8万亿元。城乡居民医保人均财政补助标准提高到610元。',
    roles: [
      [3, 'instrument'],
      [3.8e12, 'instrument'],
      [610, 'instrument'],
    ],
  },
  {
    name: 'a reward the document promises is one of its targets',
    text: '对年营业收入首次突破5亿元的工业企业，给予一次性50万元奖励。',
    roles: [
      [5e8, 'threshold'],
      [5e5, 'target'],
    ],
  },
  {
    name: 'a size inside a subject is a threshold, a list name a label',
    text: '到2025年，全市营业收入超100亿元的企业达到20家，打造“1515”产业体系。',
    roles: [
      [1e10, 'threshold'],
      [20, 'target'],
    ],
  },
  {
    name: 'a statistical communiqué states no targets',
    text: '2022年某市国民经济和社会发展统计公报\n某市统计局 国家统计局某市调查队\n全年全市地区生产总值达到1000亿元，比上年增长6%。',
    roles: [
      [1e11, 'outcome'],
      [6, 'outcome'],
    ],
  },
];

describe('roles', () => {
  it.each(EXAMPLES.map((e) => [e.name, e] as const))('%s', (_name, e) => {
    expect(roles(e.text, e.issuedYear)).toEqual(e.roles);
  });

  it('an outcome carries the year it is for, from its time words or the report year', () => {
    const ms = extractMentions(
      '一、过去五年工作回顾\n过去五年，地区生产总值年均增长7.5%。2022年新增规上工业企业120家。',
      {
        docId: 'd',
        region: '某市',
        issuedYear: 2023,
      },
    );
    expect(ms.map((m) => [m.value, m.role, m.period_start_year, m.period_year])).toEqual([
      [7.5, 'outcome', 2018, 2022],
      [120, 'outcome', null, 2022],
    ]);
  });

  it('every mention says why it got its role, and its quote is its span', () => {
    const text = '二、2023年工作安排\n地区生产总值增长6%左右，赤字率拟按3%安排。';
    for (const m of extractMentions(text, { docId: 'd', region: '某市', issuedYear: 2023 })) {
      expect(m.why.length).toBeGreaterThan(3);
      expect(text.slice(m.span_start, m.span_end)).toBe(m.quote);
    }
  });
});
