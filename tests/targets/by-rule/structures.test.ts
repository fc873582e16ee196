import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/mentions/extract.js';
import { findStructures, STRUCTURES } from '../../../src/targets/structure.js';
import { ex, pick } from '../helpers.js';

// Structures (三次产业结构7∶43∶50) and changes in years (人均预期寿命提高1岁): invented sentences of the genre,
// expectations by the labelling guide (a structure → one share row per term; 提高1岁 → relative, years).

describe('findStructures', () => {
  it('reads runs of three or more colon terms after a structure word, in any colon', () => {
    for (const t of [
      '三次产业结构调整为7∶43∶50',
      '三次产业结构比例为5.8:38.3:55.9',
      '产业结构优化为6：40：54',
    ])
      expect(findStructures(t)[0]?.entry?.name, t).toBe('三次产业结构');
  });
  it('leaves runs that are not a split of a whole: no structure word, or terms that do not add to 100', () => {
    expect(findStructures('会议于9:30:00开始')).toEqual([]);
    expect(findStructures('三次产业结构调整为7∶43∶20')).toEqual([]);
  });
  it('keeps a structure whose terms have no names, without an entry', () => {
    const [s] = findStructures('能源消费结构中煤炭、油品、天然气之比为50∶30∶20');
    expect(s?.values).toEqual([50, 30, 20]);
    expect(s?.entry).toBeNull();
  });
  it('names terms only when the vocabulary has as many names as the structure has terms', () => {
    for (const e of STRUCTURES) expect(e.terms.length).toBeGreaterThan(2);
    expect(findStructures('三次产业结构为5∶40∶50∶5')[0]?.entry ?? null).toBeNull();
  });
});

describe('structures in documents', () => {
  it('a structure to reach is one share row per named term', () => {
    const rows = ex('“十四五”时期主要目标：到2025年，全市三次产业结构调整为6.5∶41∶52.5。', 2021);
    expect(pick(rows, 'subject', 'kind', 'metric', 'value', 'unit', 'deadline_year')).toEqual([
      {
        subject: '第一产业',
        kind: 'share',
        metric: '占比',
        value: 6.5,
        unit: 'percent',
        deadline_year: 2025,
      },
      { subject: '第二产业', kind: 'share', metric: '占比', value: 41, unit: 'percent', deadline_year: 2025 },
      {
        subject: '第三产业',
        kind: 'share',
        metric: '占比',
        value: 52.5,
        unit: 'percent',
        deadline_year: 2025,
      },
    ]);
  });
  it('a structure the text starts from is three baselines; the one it reached, three outcomes', () => {
    const text = '过去五年，全市三次产业结构由9.1∶46.6∶44.3调整为7.2∶40.1∶52.7。';
    expect(ex(text, 2021)).toEqual([]);
    const ms = extractMentions(text, { docId: 'd', region: '某市', issuedYear: 2021 });
    expect(ms.map((m) => [m.role, m.subject, m.value])).toEqual([
      ['baseline', '第一产业', 9.1],
      ['baseline', '第二产业', 46.6],
      ['baseline', '第三产业', 44.3],
      ['outcome', '第一产业', 7.2],
      ['outcome', '第二产业', 40.1],
      ['outcome', '第三产业', 52.7],
    ]);
  });
  it('a structure with unnamed terms gives mentions and no rows', () => {
    const text = '到2025年，能源消费结构中煤炭、油品、天然气之比调整为50∶30∶20。';
    expect(ex(text, 2021)).toEqual([]);
    const ms = extractMentions(text, { docId: 'd', region: '某市', issuedYear: 2021 });
    expect(ms.filter((m) => m.unit === 'percent').map((m) => m.value)).toEqual([50, 30, 20]);
  });
  it('a two-term ratio stays a ratio, and a three-term run is never read as one', () => {
    expect(pick(ex('到2025年，农产品加工业产值与农业总产值之比达到2.8:1。'), 'kind', 'value')).toEqual([
      { kind: 'relative', value: 2.8 },
    ]);
    expect(ex('2020年全市三次产业结构比例为5.8:38.3:55.9。', 2021).map((r) => r.kind)).not.toContain(
      'relative',
    );
  });
  it('三次产业 is a name, not the quantity 3', () => {
    const ms = extractMentions('推动三次产业融合发展。', { docId: 'd', region: '某市', issuedYear: 2021 });
    expect(ms).toEqual([]);
  });
});

describe('a change in years', () => {
  it('人均预期寿命提高1岁 is a change from the base year; 提高到79岁 is a level', () => {
    const [by] = ex('到2025年，人均预期寿命提高1岁。', 2021);
    expect(by && pick([by], 'kind', 'metric', 'value', 'unit', 'base_year')).toEqual([
      { kind: 'relative', metric: '变化量', value: 1, unit: 'years', base_year: 2020 },
    ]);
    const [to] = ex('到2025年，人均预期寿命提高到79岁。', 2021);
    expect(to && pick([to], 'kind', 'value', 'unit', 'base_year')).toEqual([
      { kind: 'level', value: 79, unit: 'years', base_year: null },
    ]);
  });
});

describe('amounts per mu', () => {
  it('name what they measure: 亩产 is a yield, 亩均税收 a tax (the default), 亩均产值 an output', () => {
    const metric = (t: string) => ex(t, 2021).map((r) => r.metric);
    expect(metric('到2025年，全市粮食亩产达到500公斤。')).toEqual(['亩产']);
    expect(metric('到2025年，工业园区亩均税收不低于35万元。')).toEqual(['亩均税收']);
    expect(metric('到2025年，工业园区亩均产值达到500万元。')).toEqual(['亩均产值']);
    expect(metric('到2025年，新建项目每亩不低于30万元。')).toEqual(['亩均税收']);
  });
});
