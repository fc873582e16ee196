import { describe, expect, it } from 'vitest';
import { ex, pick } from '../helpers.js';

// Named lists, members and list sizes: postfix-list, named-list, bracket-members, named-after-ji, joined-list, standalone-tier.
// Invented sentences of the genre (other places, industries and wordings); expectations are read off the sentences
// by hand, by docs/targets-schema.md.

describe('named lists with the count after the noun', () => {
  it('gives one tier row per named member of a 等…集群N个 list', () => {
    const rows = ex('到2025年,培育电子信息、装备制造、绿色化工等千亿级主导产业集群3个。');
    expect(pick(rows, 'subject', 'tier', 'value', 'unit', 'comparator', 'metric')).toEqual(
      ['电子信息', '装备制造', '绿色化工'].map((subject) => ({
        subject,
        tier: '千亿',
        value: 1e11,
        unit: 'yuan',
        comparator: '>=',
        metric: '产业规模',
      })),
    );
  });
  it('reads firms named before 百亿级企业N家 as firms', () => {
    const rows = ex('力争到2026年,做强华光、金石、云帆等百亿级企业3家。');
    expect(pick(rows, 'subject', 'tier', 'subject_type')).toEqual([
      { subject: '华光', tier: '百亿', subject_type: 'firms' },
      { subject: '金石', tier: '百亿', subject_type: 'firms' },
      { subject: '云帆', tier: '百亿', subject_type: 'firms' },
    ]);
  });
  it('reads a second named list in the same sentence', () => {
    const rows = ex(
      '到2027年,打造新能源汽车、生物医药等千亿级产业集群2个、新材料、纺织服装等五百亿级产业集群2个。',
    );
    expect(pick(rows, 'subject', 'tier')).toEqual([
      { subject: '新能源汽车', tier: '千亿' },
      { subject: '生物医药', tier: '千亿' },
      { subject: '新材料', tier: '五百亿' },
      { subject: '纺织服装', tier: '五百亿' },
    ]);
  });
  it('keeps an unnamed count a count row', () => {
    const rows = ex('到2025年,全市形成千亿级产业集群3个。');
    expect(pick(rows, 'kind', 'value', 'tier')).toEqual([{ kind: 'count', value: 3, tier: '千亿' }]);
  });
});

describe('members in brackets after the count', () => {
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

describe('a place or verb before named lists, two lists in one sentence', () => {
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

describe('more wordings', () => {
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

describe('named members before a tier noun with the count after', () => {
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

describe('members named after 即', () => {
  it('gives one level row per member: the industry, its zone as scope, the stated size', () => {
    const rows = ex(
      '到2025年,形成1个千亿产业集聚区即临江经开区汽车及零部件产业,4个500亿产业集聚区,即高新区光电及通讯产业、' +
        '经开区光电产业、滨湖经开区生物医药产业、南岸区纺织服装产业。',
    );
    expect(pick(rows, 'scope', 'subject', 'kind', 'metric', 'value', 'tier', 'deadline_year')).toEqual([
      {
        scope: '临江经开区',
        subject: '汽车及零部件',
        kind: 'level',
        metric: '产业规模',
        value: 1e11,
        tier: '千亿',
        deadline_year: 2025,
      },
      ...[
        ['高新区', '光电及通讯'],
        ['经开区', '光电'],
        ['滨湖经开区', '生物医药'],
        ['南岸区', '纺织服装'],
      ].map(([scope, subject]) => ({
        scope,
        subject,
        kind: 'level',
        metric: '产业规模',
        value: 5e10,
        tier: '五百亿',
        deadline_year: 2025,
      })),
    ]);
    expect(rows.some((r) => r.kind === 'count')).toBe(false);
  });
  it('reads 百亿级 bases and parks named after 即', () => {
    const rows = ex(
      '到2027年,建成3个百亿产业园区,即南湖园区电子信息产业、西岭工业园区装备制造产业、北港新区化工产业。',
    );
    expect(pick(rows, 'scope', 'subject', 'value', 'tier')).toEqual([
      { scope: '南湖园区', subject: '电子信息', value: 1e10, tier: '百亿' },
      { scope: '西岭工业园区', subject: '装备制造', value: 1e10, tier: '百亿' },
      { scope: '北港新区', subject: '化工', value: 1e10, tier: '百亿' },
    ]);
  });
  it('reads members with no zone (scope 全市), 即: and a last member joined by 和', () => {
    const rows = ex('到2030年,打造3个百亿级产业集群,即:新材料产业、绿色食品产业和现代纺织产业。');
    expect(pick(rows, 'scope', 'subject', 'value', 'tier', 'deadline_year')).toEqual([
      { scope: '全市', subject: '新材料', value: 1e10, tier: '百亿', deadline_year: 2030 },
      { scope: '全市', subject: '绿色食品', value: 1e10, tier: '百亿', deadline_year: 2030 },
      { scope: '全市', subject: '现代纺织', value: 1e10, tier: '百亿', deadline_year: 2030 },
    ]);
  });
  it('stays a count when 即 names fewer members than the count', () => {
    const rows = ex('到2026年,打造3个百亿级产业基地,即甲县食品产业、乙区建材产业等。');
    expect(rows.some((r) => r.kind === 'level' && r.metric === '产业规模' && r.scope === '甲县')).toBe(false);
  });
});

describe('named lists sized by N大 or 一批', () => {
  it('gives one tier row per member of 打造A、B、C三大千亿级产业集群', () => {
    const rows = ex('到2026年,打造智能网联汽车、集成电路、现代物流三大千亿级产业集群。');
    expect(pick(rows, 'subject', 'tier', 'value')).toEqual([
      { subject: '智能网联汽车', tier: '千亿', value: 1e11 },
      { subject: '集成电路', tier: '千亿', value: 1e11 },
      { subject: '现代物流', tier: '千亿', value: 1e11 },
    ]);
  });
  it('gives one tier row per member of 培育形成A、B等一批百亿级产业集群, verbs left out', () => {
    const rows = ex('到2025年,培育形成医疗器械、绿色建材等一批百亿级产业集群。');
    expect(pick(rows, 'subject', 'tier')).toEqual([
      { subject: '医疗器械', tier: '百亿' },
      { subject: '绿色建材', tier: '百亿' },
    ]);
  });
  it('leaves N大 and its noun out of the last member of a distributed list', () => {
    const rows = ex('到2025年,装备制造、食品饮料两大产业集群营业收入均突破1500亿元。');
    expect(pick(rows, 'subject', 'metric', 'value')).toEqual([
      { subject: '装备制造', metric: '营业收入', value: 1.5e11 },
      { subject: '食品饮料', metric: '营业收入', value: 1.5e11 },
    ]);
  });
});
