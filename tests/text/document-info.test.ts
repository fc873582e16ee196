/** What a document says of itself: title, type, region (with its code), issuer, date and period. */
import { describe, expect, it } from 'vitest';
import { divisionByCode, divisionsNamed, within } from '../../src/dictionaries/divisions.js';
import { parseDocumentInfo } from '../../src/text/document-info.js';
import { segmentSentences, windowSentences } from '../../src/text/segment.js';
import { toSimplified } from '../../src/text/simplified.js';

describe('parseDocumentInfo', () => {
  it('a provincial work report: subtitle date, region from the congress named, the report year', () => {
    const info = parseDocumentInfo(
      '政府工作报告\n——2023年1月12日在广东省第十四届人民代表大会第一次会议上\n广东省省长 王伟中\n各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。',
    );
    expect(info).toMatchObject({
      docType: 'work_report',
      region: '广东省',
      regionCode: '440000',
      regionLevel: 'province',
      issued: { year: 2023, month: 1, day: 12 },
      planStart: 2023,
      planEnd: 2023,
    });
  });

  it('a national work report with no date: the year its targets are for, region 全国', () => {
    const info = parseDocumentInfo(
      '各位代表：\n现在，我代表国务院，向大会报告政府工作。\n二、2019年经济社会发展总体要求和政策取向\n今年发展的主要预期目标是：国内生产总值增长6%-6.5%。',
    );
    expect(info).toMatchObject({
      docType: 'work_report',
      region: '全国',
      regionCode: '100000',
      issued: { year: 2019 },
    });
  });

  it('a city plan: the printed title, the window in it, the issuing government and the 落款 date', () => {
    const info = parseDocumentInfo(
      '广州市人民政府关于印发《广州市制造业高质量发展行动方案(2024—2026年)》的通知\n各区人民政府，市政府各部门：\n现将方案印发给你们，请认真组织实施。\n广州市人民政府\n2024年3月1日',
    );
    expect(info).toMatchObject({
      title: '广州市制造业高质量发展行动方案(2024—2026年)',
      docType: 'action_plan',
      region: '广州市',
      regionCode: '440100',
      issuer: '广州市人民政府',
      issued: { year: 2024, month: 3, day: 1 },
      planStart: 2024,
      planEnd: 2026,
    });
  });

  it('a district named with its city: the most specific division named in the title', () => {
    const info = parseDocumentInfo(
      '呼伦贝尔市海拉尔区2016年政府工作报告\n——2016年2月19日在海拉尔区第十四届人民代表大会第五次会议上',
    );
    expect([info.region, info.regionCode, info.regionLevel]).toEqual(['海拉尔区', '150702', 'district']);
  });

  it('a communiqué cut before its title, known by the bureau that signs it, dated by a (year, month) line', () => {
    const info = parseDocumentInfo(
      '铜山区统计局 国家统计局铜山调查队\n(2022年5月)\n2021年，全区实现地区生产总值1281.1亿元。',
    );
    expect(info).toMatchObject({ docType: 'statistical_communique', issued: { year: 2022, month: 5 } });
  });

  it('traditional characters read as simplified', () => {
    const info = parseDocumentInfo(
      '2017年沙河市政府工作報告\n各位代表：\n現在，我代表市人民政府，向大會報告工作。',
    );
    expect(info.docType).toBe('work_report');
    expect(info.region).toBe('沙河市');
  });

  it('hints win over the text, and every inference says where it came from', () => {
    const info = parseDocumentInfo(
      '广东省政府工作报告\n——2023年1月12日在广东省第十四届人民代表大会第一次会议上',
      {
        region: '深圳市',
        issuedYear: 2024,
      },
    );
    expect([info.region, info.regionCode, info.issued.year]).toEqual(['深圳市', '440300', 2024]);
    expect(info.evidence.join('\n')).toMatch(/region 深圳市: given/);
  });

  it('a national document by its title or its audience: 国务院关于…的报告, a report to the 全国人民代表大会', () => {
    const a = parseDocumentInfo(
      '国务院关于2023年国民经济和社会发展计划执行情况的报告\n2023年全国粮食总产量增长1.3%。',
    );
    expect([a.region, a.regionCode, a.issuer]).toEqual(['全国', '100000', '国务院']);
    const b = parseDocumentInfo(
      '关于2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n——2025年3月5日在第十四届全国人民代表大会第三次会议上\n国家发展和改革委员会\n',
    );
    expect([b.region, b.issuer]).toEqual(['全国', '国家发展和改革委员会']);
  });

  it('a text that names no place and no date says so', () => {
    const info = parseDocumentInfo('全市服务业增加值增长8%。');
    expect([info.region, info.issued.year]).toEqual([null, null]);
  });
});

describe('divisions', () => {
  it('every division from the nation down, with its code, level and parent', () => {
    expect(divisionByCode('100000')?.name).toBe('全国');
    expect(divisionsNamed('海拉尔区').map((d) => [d.code, d.parent])).toEqual([['150702', '呼伦贝尔市']]);
    expect(within(divisionByCode('150702')!, divisionByCode('150000')!)).toBe(true);
    expect(within(divisionByCode('150702')!, divisionByCode('440000')!)).toBe(false);
  });
});

describe('toSimplified and sentence windows', () => {
  it('maps traditional characters one for one', () => {
    const t = '全市生產總值完成235.7億元';
    expect(toSimplified(t)).toBe('全市生产总值完成235.7亿元');
    expect(toSimplified(t).length).toBe(t.length);
  });
  it('cuts a sentence longer than the window at clause separators, keeping offsets', () => {
    const text = '增长8%，'.repeat(400);
    const windows = windowSentences(segmentSentences(text), 100);
    expect(windows.every((s) => s.clean.length <= 100)).toBe(true);
    expect(windows.map((s) => s.clean).join('')).toBe(text);
    for (const s of windows) expect(text.slice(s.start, s.end)).toBe(s.clean);
    expect(() => windowSentences([], 1)).toThrow(/max must be at least 2/);
  });
});
