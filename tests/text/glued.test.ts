import { describe, expect, it } from 'vitest';
import { findGluedUnitRuns, splitGluedUnits } from '../../src/text/glued.js';
import { segmentSentences } from '../../src/text/segment.js';

describe('splitGluedUnits', () => {
  it('splits at 、 outside brackets and between names written together', () => {
    expect(splitGluedUnits('市发展改革委各县(市、区)政府、临江经济开发区、东湖港区')).toEqual([
      '市发展改革委',
      '各县(市、区)政府',
      '临江经济开发区',
      '东湖港区',
    ]);
    expect(splitGluedUnits('市发展改革委市商务局')).toEqual(['市发展改革委', '市商务局']);
  });
});

describe('findGluedUnitRuns', () => {
  it('finds each row’s units, the next row number and the number that opens the table', () => {
    const t = '1地区生产总值增长7%市发改委2社会消费品零售总额增长8%市商务局';
    const runs = findGluedUnitRuns(t);
    expect(runs.map((r) => [t.slice(r.start, r.end), t.slice(r.numberStart, r.numberEnd), r.units])).toEqual([
      ['市发改委', '2', ['市发改委']],
      ['市商务局', '', ['市商务局']],
    ]);
    expect(runs[0]!.opening).toEqual([0, 1]);
  });
  it('needs a sequence: no previous row number, a count (5家), or a number out of order give nothing', () => {
    expect(findGluedUnitRuns('全市生产总值增长7%市发改委2社会消费品零售总额增长8%市商务局')).toEqual([]);
    expect(findGluedUnitRuns('创建2家以上国家级制造业创新中心、5家以上省级制造业创新中心')).toEqual([]);
    expect(findGluedUnitRuns('1地区生产总值增长7%市发改委5社会消费品零售总额增长8%')).toEqual([]);
  });
});

describe('findGluedUnitRuns on hostile text', () => {
  it('stays linear on long runs of organisation suffixes (no catastrophic backtracking)', () => {
    for (const piece of ['委', '办公室', '局委', '政府']) {
      const t = `1增长7%${piece.repeat(Math.ceil(3000 / piece.length))}。`;
      const t0 = performance.now();
      expect(findGluedUnitRuns(t)).toEqual([]);
      expect(performance.now() - t0).toBeLessThan(500);
    }
  });
  it('needs every name of the run to be an organisation', () => {
    expect(findGluedUnitRuns('1地区生产总值增长7%市场主体活跃2社会消费品零售总额增长8%市商务局')).toEqual([]);
  });
});

describe('segmentSentences on a glued task table', () => {
  it('cuts the units and row numbers into cells of their own', () => {
    const t = '1地区生产总值增长7%市发改委、市统计局2服务业增加值增长8%市商务局';
    expect(segmentSentences(t).map((s) => s.clean)).toEqual([
      '1',
      '地区生产总值增长7%',
      '市发改委、市统计局',
      '2',
      '服务业增加值增长8%',
      '市商务局',
    ]);
  });
});

describe('a glued task table whose rows end with a full stop', () => {
  it('reads the units after "。" as the row’s 责任单位, not as subjects', async () => {
    const { extractTargets } = await import('../../src/targets/extract.js');
    const t =
      '序号主要工作任务第一责任单位主要责任单位一、主要发展指标1地区生产总值年均增长10%左右,人均生产总值达到8万元左右。' +
      '市发展改革委各县(市、区)政府、某某经济开发区2服务业增加值占生产总值比重达到45%。' +
      '市发展改革委各县(市、区)政府、市服务业领导小组各成员单位3全社会固定资产投资年均增长11%左右。市发展改革委各县(市、区)政府';
    const rows = extractTargets(t, { docId: 'glued-example', region: '某市', issuedYear: 2006 });
    expect(rows.map((r) => [r.subject, r.value, r.responsible.join('|')])).toEqual([
      ['地区生产总值', 10, '市发展改革委|各县(市、区)政府|某某经济开发区'],
      ['人均生产总值', 80000, '市发展改革委|各县(市、区)政府|某某经济开发区'],
      ['服务业增加值', 45, '市发展改革委|各县(市、区)政府|市服务业领导小组各成员单位'],
      ['全社会固定资产投资', 11, '市发展改革委|各县(市、区)政府'],
    ]);
  });
});
