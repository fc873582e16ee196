import { describe, expect, it } from 'vitest';
import { findBody } from '../../src/text/body.js';
import { loadSeed } from '../../src/text/seeds.js';
import { segmentSentences, toDocumentSpan } from '../../src/text/segment.js';

describe('segmentSentences', () => {
  it('joins a line wrapped mid-word and maps back to the document', () => {
    const text =
      '到2025年,形成3个产值过千亿优势产业集群、10个产值过百亿特色产业集群,全市规上工业总产\n值突破3000亿,1个县域规上工业总产值过千亿元。\n一、目标';
    const s = segmentSentences(text);
    expect(s[0]!.clean).toContain('全市规上工业总产值突破3000亿');
    const i = s[0]!.clean.indexOf('总产值');
    const span = toDocumentSpan(s[0]!, i, i + 3);
    expect(text.slice(span.start, span.end)).toBe('总产\n值');
    expect(s[1]!.clean).toBe('一、目标');
  });

  it('joins a number broken across lines (首次突破10\\n亿元)', () => {
    const text =
      '(三)支持企业提升规模。对年主营业务收入首次突破10\n亿元、30亿元、50亿元、100亿元的企业,分别给予30万元、50万元、80万元、100万元产业发展资金一次性奖励。';
    const s = segmentSentences(text);
    expect(s.map((x) => x.clean).join('')).toContain('首次突破10亿元、30亿元');
  });

  it('does not join a long unpunctuated line to a next line opening on 二是, 2) or ②', () => {
    const text =
      '一是全力推进工业经济稳增长全市规上工业增加值增长7%以上\n二是规上工业企业突破1000家\n' +
      '1)深入实施制造业高质量发展行动工业投资增长10%\n2)高新技术企业突破300家\n' +
      '①加快培育壮大市场主体新增市场主体3000户以上\n②专精特新企业突破120家';
    expect(segmentSentences(text).map((x) => x.clean)).toEqual([
      '一是全力推进工业经济稳增长全市规上工业增加值增长7%以上',
      '二是规上工业企业突破1000家',
      '1)深入实施制造业高质量发展行动工业投资增长10%',
      '2)高新技术企业突破300家',
      '①加快培育壮大市场主体新增市场主体3000户以上',
      '②专精特新企业突破120家',
    ]);
  });

  it('still joins a wrapped line that merely starts with 是', () => {
    const text = '到2025年全市规模以上工业企业数量达到1500家以上,这\n是全市工业经济的重要支撑。';
    expect(segmentSentences(text).map((x) => x.clean)).toEqual([
      '到2025年全市规模以上工业企业数量达到1500家以上,这是全市工业经济的重要支撑。',
    ]);
  });

  it('cuts before a heading that lost its line break', () => {
    const s = segmentSentences('提出本行动方案一、奋斗目标力争用3-5年时间,通过新旧动能转换');
    expect(s.map((x) => x.clean)).toEqual(['提出本行动方案', '一、奋斗目标力争用3-5年时间,通过新旧动能转换']);
  });

  it('ends a task at its 责任单位 bracket', () => {
    const s = segmentSentences('入库培育的企业达到100个以上(责任单位:市经信委)四)实施企业创新引领工程');
    expect(s[0]!.clean).toBe('入库培育的企业达到100个以上(责任单位:市经信委)');
  });

  it('keeps the cells of the flattened task list apart', () => {
    const text = loadSeed('wuhan-2018-economy-it-commission-task-list');
    const sentences = segmentSentences(text, findBody(text)).map((x) => x.clean);
    expect(sentences).toContain('一季度');
    expect(sentences).toContain('综合规划处会同');
    expect(sentences).toContain('培育瞪羚企业500家。');
  });

  it('rejects a span outside the text', () => {
    expect(() => segmentSentences('abc', { start: 0, end: 9 })).toThrow(RangeError);
  });

  it('a title line at the head ends its sentence, however long (…的报告, …统计公报)', () => {
    const text = '国务院关于2023年国民经济和社会发展计划执行情况的报告\n2023年全国粮食总产量增长1.3%。';
    expect(segmentSentences(text).map((s) => s.clean)).toEqual([
      '国务院关于2023年国民经济和社会发展计划执行情况的报告',
      '2023年全国粮食总产量增长1.3%。',
    ]);
  });

  it('every sentence of every seed maps back to its own characters', () => {
    for (const id of [
      'huanggang-2023-manufacturing-county-clusters-plan',
      'wuhan-2018-wanqianbai-action-plan',
    ]) {
      const text = loadSeed(id);
      for (const s of segmentSentences(text, findBody(text))) {
        for (let i = 0; i < s.clean.length; i++) expect(text[s.offsets[i]!]).toBe(s.clean[i]);
      }
    }
  });
});
