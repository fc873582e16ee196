import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { findBody } from '../../src/text/body.js';
import { findDeadlines, parseHorizon } from '../../src/text/horizon.js';
import { stripHtml } from '../../src/text/html.js';
import { guessIssuedYear } from '../../src/text/issued.js';
import { loadDocument } from '../../src/text/read.js';
import { loadSeed } from '../../src/text/seeds.js';

describe('loadDocument', () => {
  it('decodes GBK bytes and UTF-8 bytes to the same text', () => {
    const text = '到2018年,力争汽车及零部件产业产值达到3200亿元。';
    const gbk = loadDocument(iconv.encode(text, 'gbk'), { docId: 'x' });
    const utf8 = loadDocument(Buffer.from(text, 'utf8'), { docId: 'x' });
    expect(gbk.text).toBe(text);
    expect(gbk.encoding).toBe('gb18030');
    expect(utf8.text).toBe(text);
    expect(utf8.encoding).toBe('utf-8');
  });

  it('takes the doc id from the file name and reads a seed unchanged', () => {
    const doc = loadDocument('seeds/wuhan-2021-industrial-transformation-plan.txt');
    expect(doc.docId).toBe('wuhan-2021-industrial-transformation-plan');
    expect(doc.html).toBe(false);
    expect(doc.text).toBe(loadSeed('wuhan-2021-industrial-transformation-plan'));
  });

  it('names the path when the file cannot be read', () => {
    expect(() => loadDocument('no/such/file.txt')).toThrow(/no\/such\/file\.txt/);
  });

  it('strips HTML and maps each character back to the page', () => {
    const html = '<html><body><p>产值<b>突破</b>5000亿元&nbsp;</p><script>var x=1;</script></body></html>';
    const doc = loadDocument(Buffer.from(html), { docId: 'page' });
    expect(doc.html).toBe(true);
    expect(doc.text).toContain('产值突破5000亿元');
    const at = doc.text.indexOf('突破');
    expect(html.slice(doc.sourceOffsets![at]!, doc.sourceOffsets![at]! + 2)).toBe('突破');
    expect(doc.text).not.toContain('var x');
  });

  it('decodes numeric entities', () => {
    expect(stripHtml('&#20135;&#x503C;').text).toBe('产值');
  });
});

describe('findBody', () => {
  it('leaves out the site footer of the 2021 Wuhan plan (版权声明, 在线咨询, 10万+专利…)', () => {
    const text = loadSeed('wuhan-2021-industrial-transformation-plan');
    const b = findBody(text);
    const body = text.slice(b.start, b.end);
    expect(body).toContain('完善“企呼我应”机制');
    expect(body).not.toContain('10万+专利转让数据资源');
    expect(body).not.toContain('版权声明');
  });

  it('leaves out the file name and page count of a document-sharing site', () => {
    const text = loadSeed('wuhan-2018-wanqianbai-action-plan');
    const b = findBody(text);
    expect(text.slice(b.start, b.start + 8)).toBe('武汉市关于实施“');
    expect(text.slice(b.start, b.end)).not.toContain('学习参考');
  });

  it('leaves out the government-site footer of the task list', () => {
    const text = loadSeed('wuhan-2018-economy-it-commission-task-list');
    const b = findBody(text);
    expect(text.slice(b.start, b.end)).not.toContain('鄂ICP备');
    expect(text.slice(b.start, b.end)).toContain('组织企业参加香港创意设计博览会');
  });
});

describe('deadlines and horizons', () => {
  it('reads 力争用3-5年时间 from the issue year', () => {
    expect(parseHorizon('力争用3-5年时间; 有效期5年', 2018)).toEqual({
      startYear: 2018,
      deadlineYear: 2021,
      deadlineYearMax: 2023,
    });
  });
  it('reads 到2018年, 2021年的主要目标, 2016年到2018年, 3年内', () => {
    expect(findDeadlines('到2018年,力争', 2016)[0]!.deadlineYear).toBe(2018);
    expect(findDeadlines('2021年的主要目标:', 2021)[0]!.deadlineYear).toBe(2021);
    const window = findDeadlines('2016年到2018年,每年引进', 2016)[0]!;
    expect([window.startYear, window.deadlineYear]).toEqual([2016, 2018]);
    const within = findDeadlines('力争3年内全市境内外上市企业家数翻一番', 2018)[0]!;
    expect([within.deadlineYear, within.duration]).toEqual([2021, true]);
  });
  it('reads a lone year and gives null when there is none', () => {
    expect(parseHorizon('2018年(按季度/月)', 2018)?.deadlineYear).toBe(2018);
    expect(parseHorizon('长期', 2018)).toBeNull();
  });
  it('guesses the issue year from the first date', () => {
    expect(guessIssuedYear('关于…的实施方案 (2023-2025年)\n2023-09-12\n')).toBe(2023);
    expect(guessIssuedYear('日期:2018年03月06日')).toBe(2018);
    expect(guessIssuedYear('没有日期')).toBeNull();
  });
});
