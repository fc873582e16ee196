/** The evidence the role decision reads: time words, section headings, the logistic heads, the scoring. */
import { describe, expect, it } from 'vitest';
import { evaluateMentions } from '../../src/mentions/evaluate.js';
import { extractMentions } from '../../src/mentions/extract.js';
import { fitLogistic, probability } from '../../src/mentions/model.js';
import { headingOrientation } from '../../src/mentions/sections.js';
import { timeAnchors } from '../../src/mentions/time.js';

const tenseOf = (y: number): 'past' | 'current' | 'future' =>
  y < 2023 ? 'past' : y === 2023 ? 'current' : 'future';

describe('timeAnchors: where time words point from the issue year', () => {
  it.each([
    ['2022年全市生产总值增长5%', [['past', 2022, null]]],
    ['今年预期增长6%左右', [['current', 2023, null]]],
    ['到2025年达到100亿元', [['future', 2025, null]]],
    ['过去五年年均增长7%', [['past', 2022, 2018]]],
    ['去年新增企业100家', [['past', 2022, null]]],
    ['“十三五”时期累计完成投资', [['past', 2020, 2016]]],
    ['2016—2020年', [['past', 2020, 2016]]],
  ])('%s', (text, expected) => {
    expect(timeAnchors(text, 2023).map((a) => [a.tense, a.year, a.fromYear])).toEqual(expected);
  });
  it('a base of comparison dates no figure: 比2020年增长50%', () => {
    expect(timeAnchors('到2025年比2020年增长50%', 2023).map((a) => [a.year, a.base === true])).toEqual([
      [2025, false],
      [2020, true],
    ]);
  });
});

describe('headingOrientation: what a section does', () => {
  it.each([
    ['一、2022年工作回顾', 'review', true],
    ['二、2023年工作安排', 'plan', true],
    ['（三）主要目标', 'plan', false],
    ['一、过去五年工作回顾', 'review', true],
    ['主要目标', 'plan', true],
    ['三、切实加强政府自身建设', null, true],
  ])('%s → %s', (line, orientation, top) => {
    expect(headingOrientation(line, tenseOf)).toEqual({ orientation, top });
  });
  it('a sentence or a date line is no heading', () => {
    expect(headingOrientation('全市地区生产总值增长6%，居民收入同步增长。', tenseOf)).toBeNull();
    expect(headingOrientation('(2022年5月)', tenseOf)).toBeNull();
  });
});

describe('the logistic heads', () => {
  it('learn a feature that separates the answers, and weigh missing features 0', () => {
    const w = fitLogistic([
      { features: ['bias', 'sec:plan'], y: 1 },
      { features: ['bias', 'sec:plan'], y: 1 },
      { features: ['bias', 'sec:review'], y: 0 },
      { features: ['bias', 'sec:review'], y: 0 },
    ]);
    expect(probability(w, ['bias', 'sec:plan'])).toBeGreaterThan(0.7);
    expect(probability(w, ['bias', 'sec:review'])).toBeLessThan(0.3);
    expect(probability(w, ['unseen'])).toBeCloseTo(0.5, 5);
  });
  it('refuse to fit nothing', () => {
    expect(() => fitLogistic([])).toThrow(/no training examples/);
  });
});

describe('evaluateMentions', () => {
  const text = '一、2022年工作回顾\n全市地区生产总值385.2亿元，增长11.3%。';
  const predicted = extractMentions(text, { docId: 'd', region: '某市', issuedYear: 2023 });
  it('matches reported values by span and size, and compares periods', () => {
    const gold = [
      {
        doc_id: 'd',
        role: 'outcome',
        value: 3.852e10,
        unit: 'yuan',
        period_year: 2022,
        span_start: 12,
        span_end: 29,
      },
      {
        doc_id: 'd',
        role: 'outcome',
        value: 11.3,
        unit: 'percent',
        period_year: 2021,
        span_start: 30,
        span_end: 37,
      },
    ];
    const ev = evaluateMentions(predicted, gold);
    expect(ev.overall).toMatchObject({ tp: 2, predicted: 2, gold: 2, recall: 1 });
    expect(ev.periodAgreement).toBe(0.5);
  });
  it('counts a labelled outcome it never reported as a miss', () => {
    const ev = evaluateMentions(
      [],
      [
        {
          doc_id: 'd',
          role: 'outcome',
          value: 1,
          unit: 'count',
          period_year: 2022,
          span_start: 0,
          span_end: 1,
        },
      ],
    );
    expect(ev.overall.recall).toBe(0);
    expect(ev.misses).toHaveLength(1);
  });
});
