/**
 * findQuantities on phrases quoted from the five seed documents (each phrase is checked to occur in its seed),
 * plus the forms the issue lists. Expected values are computed by hand from the Chinese.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities, type Quantity } from '../../src/quantities/index.js';
import { loadSeed } from '../../src/text/seeds.js';

const W18 = 'wuhan-2018-wanqianbai-action-plan';
const W21 = 'wuhan-2021-industrial-transformation-plan';
const XY = 'xiangyang-2016-trillion-industrial-city-tasks';
const TL = 'wuhan-2018-economy-it-commission-task-list';
const HG = 'huanggang-2023-manufacturing-county-clusters-plan';

type Expected = Partial<Quantity>;

/** Every quantity's span must reproduce its text. */
function checkSpans(text: string, qs: Quantity[]): void {
  let last = 0;
  for (const q of qs) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.start).toBeGreaterThanOrEqual(last);
    last = q.end;
  }
}

function expectFound(text: string, expected: Expected[]): void {
  const qs = findQuantities(text);
  checkSpans(text, qs);
  expect(qs).toHaveLength(expected.length);
  for (const [k, q] of qs.entries()) expect(q).toMatchObject(expected[k]!);
}

const SEED_CASES: Array<[string, string, Expected[]]> = [
  [
    W18,
    '产值均突破5000亿元',
    [{ text: '突破5000亿元', value: 5e11, unit: 'yuan', sourceUnit: '亿元', comparator: '>' }],
  ],
  [W18, '总收入均突破万亿', [{ text: '突破万亿', value: 1e12, unit: 'yuan', comparator: '>', tier: '万亿' }]],
  [
    W18,
    '汽车及零部件2个万亿级产业集群',
    [
      { text: '2个', value: 2, unit: 'count', sourceUnit: '个' },
      { text: '万亿级', value: 1e12, unit: 'yuan', tier: '万亿' },
    ],
  ],
  [
    W18,
    '年均签约金额不低于5000亿',
    [{ text: '不低于5000亿', value: 5e11, unit: 'yuan', sourceUnit: '亿', comparator: '>=' }],
  ],
  [
    W18,
    '总投资万亿元以上',
    [{ text: '万亿元以上', value: 1e12, unit: 'yuan', comparator: '>=', tier: '万亿' }],
  ],
  [
    W18,
    '开工率达到2/3、当年签约项目开工率达到1/3',
    [
      { text: '达到2/3', value: 200 / 3, unit: 'percent', comparator: '>=' },
      { text: '达到1/3', value: 100 / 3, unit: 'percent', comparator: '>=' },
    ],
  ],
  [W18, '培育国家单项冠军10个以上', [{ text: '10个以上', value: 10, unit: 'count', comparator: '>=' }]],
  [
    W18,
    '力争用3-5年时间',
    [{ text: '3-5年', value: 3, valueMax: 5, unit: 'years', stretch: false, comparator: null }],
  ],
  [
    W18,
    '形成总规模1000亿元以上的产业基金',
    [{ text: '1000亿元以上', value: 1e11, unit: 'yuan', comparator: '>=' }],
  ],
  [
    W18,
    '力争3年内全市境内外上市企业家数翻一番',
    [
      { text: '3年内', value: 3, unit: 'years', comparator: '<=', stretch: true },
      { text: '翻一番', value: 2, unit: 'multiple' },
    ],
  ],
  [
    W18,
    '4个千亿产业产值实现倍增',
    [{ value: 4 }, { text: '千亿', value: 1e11, tier: '千亿' }, { text: '倍增', value: 2, unit: 'multiple' }],
  ],
  [W18, '引进200名海内外高层次人才', [{ text: '200名', value: 200, unit: 'people', sourceUnit: '名' }]],
  [
    W18,
    '使之壮大为500亿元乃至千亿元以上企业',
    [{ value: 5e10 }, { text: '千亿元以上', value: 1e11, comparator: '>=', tier: '千亿' }],
  ],
  [W18, '其中技改投资占比50%以上', [{ text: '50%以上', value: 50, unit: 'percent', comparator: '>=' }]],
  [
    W21,
    '地区生产总值达到17600亿元、增长12%,力争达到17800亿元、增长13%',
    [
      { text: '达到17600亿元', value: 1.76e12, unit: 'yuan', comparator: '>=', stretch: false },
      { text: '12%', value: 12, unit: 'percent', stretch: false },
      { text: '达到17800亿元', value: 1.78e12, comparator: '>=', stretch: true },
      { text: '13%', value: 13, stretch: false },
    ],
  ],
  [
    W21,
    '规模以上工业增加值增长12%、力争13%',
    [
      { text: '12%', value: 12, stretch: false },
      { text: '13%', value: 13, stretch: true },
    ],
  ],
  [
    W21,
    '社会消费品零售总额超过7070亿元、增长15%,力争超过7130亿元',
    [
      { text: '超过7070亿元', value: 7.07e11, comparator: '>' },
      { text: '15%', value: 15 },
      { text: '超过7130亿元', value: 7.13e11, comparator: '>', stretch: true },
    ],
  ],
  [
    W21,
    '三大国家级开发区重点工业园区亩均税收不低于35万元',
    [{ text: '不低于35万元', value: 350000, unit: 'yuan_per_mu', sourceUnit: '万元', comparator: '>=' }],
  ],
  [
    W21,
    '全年新登记市场主体20万户,力争达到25万户',
    [
      { text: '20万户', value: 200000, unit: 'count', sourceUnit: '万户' },
      { text: '达到25万户', value: 250000, comparator: '>=', stretch: true },
    ],
  ],
  [
    W21,
    '建立300家左右专精特新企业培育库',
    [{ text: '300家左右', value: 300, comparator: '~', approx: true }],
  ],
  [W21, '分别升级改造30平方公里的工业园区', [{ text: '30平方公里', value: 30, unit: 'km2' }]],
  [W21, '分别整理2平方公里左右的工业净地', [{ text: '2平方公里左右', value: 2, unit: 'km2', approx: true }]],
  [
    W21,
    '总投资超过1万亿元',
    [{ text: '超过1万亿元', value: 1e12, unit: 'yuan', sourceUnit: '万亿元', comparator: '>' }],
  ],
  [W21, '累计突破90栋', [{ text: '突破90栋', value: 90, unit: 'count', comparator: '>' }]],
  [W21, '实施市级重大项目390个以上', [{ text: '390个以上', value: 390, comparator: '>=' }]],
  [
    XY,
    '力争到2018年产销过100亿元、50-100亿元、10-50亿元的企业分别达到8家、8家和120家',
    [
      { text: '到2018年', value: 2018, unit: 'year', stretch: true },
      { text: '过100亿元', value: 1e10, comparator: '>' },
      { text: '50-100亿元', value: 5e9, valueMax: 1e10, unit: 'yuan', sourceUnit: '亿元' },
      { text: '10-50亿元', value: 1e9, valueMax: 5e9 },
      { text: '达到8家', value: 8, unit: 'count', comparator: '>=' },
      { text: '8家', value: 8, unit: 'count' },
      { text: '120家', value: 120, unit: 'count' },
    ],
  ],
  [
    XY,
    '新能源汽车产业产值占比达到四分之一左右',
    [{ text: '达到四分之一左右', value: 25, unit: 'percent', comparator: '>=', approx: true }],
  ],
  [
    XY,
    '2016年到2018年,每年引进和开工投资过5亿元的重大工业项目分别达到80个',
    [
      { text: '2016年到2018年', value: 2016, valueMax: 2018, unit: 'year' },
      { text: '过5亿元', value: 5e8, comparator: '>' },
      { text: '达到80个', value: 80, comparator: '>=' },
    ],
  ],
  [XY, '培育2-3名带领企业', [{ text: '2-3名', value: 2, valueMax: 3, unit: 'people' }]],
  [XY, '着力打造千亿级军民融合产业板块', [{ text: '千亿级', value: 1e11, tier: '千亿' }]],
  [
    XY,
    '累计竣工投产3000万元以上的工业项目1500个',
    [
      { text: '3000万元以上', value: 3e7 },
      { text: '1500个', value: 1500 },
    ],
  ],
  [
    XY,
    '力争新引进国内外总部型企业20家左右',
    [{ text: '20家左右', value: 20, approx: true, comparator: '~' }],
  ],
  [
    TL,
    '战略性新兴制造业产值增速高于全市工业平均水平2个百分点',
    [{ text: '2个百分点', value: 2, unit: 'percentage_point', sourceUnit: '个百分点' }],
  ],
  [TL, '规模以上工业增加值增长7.8%左右', [{ text: '7.8%左右', value: 7.8, unit: 'percent', approx: true }]],
  [TL, '智能制造产业产值增长17%以上', [{ text: '17%以上', value: 17, comparator: '>=' }]],
  [TL, '培育瞪羚企业500家', [{ text: '500家', value: 500, unit: 'count' }]],
  [
    HG,
    '形成3个产值过千亿优势产业集群、10个产值过百亿特色产业集群、30个过十亿地标块状经济',
    [
      { text: '3个', value: 3 },
      { text: '过千亿', value: 1e11, comparator: '>', tier: '千亿' },
      { text: '10个', value: 10 },
      { text: '过百亿', value: 1e10, comparator: '>', tier: '百亿' },
      { text: '30个', value: 30 },
      { text: '过十亿', value: 1e9, comparator: '>', tier: '十亿' },
    ],
  ],
  [HG, '3个园区工业总产值过500亿元', [{ value: 3 }, { text: '过500亿元', value: 5e10, comparator: '>' }]],
  [
    HG,
    '力争每年制造业项目协议投资额不低于2000亿元',
    [{ text: '不低于2000亿元', value: 2e11, comparator: '>=' }],
  ],
  [
    HG,
    '新增应用工业机器人不少于2万台',
    [{ text: '不少于2万台', value: 20000, unit: 'count', sourceUnit: '万台' }],
  ],
  [HG, '各县(市、区)储备500亩-1000亩', [{ text: '500亩-1000亩', value: 500, valueMax: 1000, unit: 'mu' }]],
  [HG, '集中资源定向突破1-2个特色产业', [{ text: '突破1-2个', value: 1, valueMax: 2, unit: 'count' }]],
  [HG, '营业务收入保持在15%(含)以上增速', [{ text: '15%(含)以上', value: 15, comparator: '>=' }]],
  [HG, '每个特色产业集群打造至少1家智能制造示范工厂', [{ text: '至少1家', value: 1, comparator: '>=' }]],
  [HG, '实施方案 (2023-2025年)', [{ text: '2023-2025年', value: 2023, valueMax: 2025, unit: 'year' }]],
  [HG, '到2025年,制造强县建设取得明显进展', [{ text: '到2025年', value: 2025, unit: 'year' }]],
];

describe('findQuantities on seed phrases', () => {
  it.each(SEED_CASES)('%s: %s', (doc, phrase, expected) => {
    expect(loadSeed(doc)).toContain(phrase);
    expectFound(phrase, expected);
  });

  it('joins a number split from its magnitude by a line break (huanggang: 突破10⏎亿元)', () => {
    const phrase = '对年主营业务收入首次突破10\n亿元、30亿元';
    expect(loadSeed(HG)).toContain(phrase);
    expectFound(phrase, [
      { text: '突破10\n亿元', value: 1e9, unit: 'yuan', comparator: '>' },
      { text: '30亿元', value: 3e9 },
    ]);
  });
});

describe('findQuantities: forms the issue lists', () => {
  it.each([
    ['１２％', { value: 12, unit: 'percent', sourceUnit: '％' }],
    ['３２００亿元', { value: 3.2e11, unit: 'yuan' }],
    ['1.76万亿', { value: 1.76e12, unit: 'yuan', sourceUnit: '万亿' }],
    ['3千亿', { value: 3e11, unit: 'yuan' }],
    ['1,234.5万元', { value: 12345000, unit: 'yuan' }],
    ['三千家', { value: 3000, unit: 'count' }],
    ['一万二千三百人', { value: 12300, unit: 'people' }],
    ['两家', { value: 2, unit: 'count' }],
    ['十几家', { value: 10, approx: true, unit: 'count' }],
    ['壹仟贰佰元', { value: 1200, unit: 'yuan' }],
    ['五百亿', { value: 5e10, tier: '五百亿' }],
    ['五千亿级', { value: 5e11, tier: '五千亿' }],
    ['100亿美元', { value: 1e10, unit: 'usd', sourceUnit: '亿美元' }],
    ['35万元/亩', { value: 350000, unit: 'yuan_per_mu', sourceUnit: '万元/亩' }],
    ['每亩35万元', { text: '每亩35万元', value: 350000, unit: 'yuan_per_mu' }],
    ['1000公顷', { value: 1000, unit: 'hectare' }],
    ['百分之十二', { value: 12, unit: 'percent' }],
    ['三分之二', { value: 200 / 3, unit: 'percent' }],
    ['增长1倍', { text: '增长1倍', value: 2, unit: 'multiple' }],
    ['增长两倍', { value: 3, unit: 'multiple' }],
    ['翻两番', { value: 4, unit: 'multiple' }],
    ['10—50亿元', { value: 1e9, valueMax: 5e9 }],
    ['3至5年', { value: 3, valueMax: 5, unit: 'years' }],
    ['10%-15%', { value: 10, valueMax: 15, unit: 'percent' }],
    ['高于5%', { comparator: '>' }],
    ['不超过5%', { comparator: '<=' }],
    ['5%以内', { comparator: '<=' }],
    ['5%以下', { comparator: '<=' }],
    ['低于5%', { comparator: '<' }],
    ['约5%', { comparator: '~', approx: true }],
    ['近5%', { comparator: '~', approx: true }],
    ['接近5%', { comparator: '~', approx: true }],
    ['争取达到5%', { text: '达到5%', comparator: '>=', stretch: true }],
  ] as Array<[string, Expected]>)('%s', (text, expected) => {
    const qs = findQuantities(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ text: expected.text ?? text, ...expected });
  });
});

describe('findQuantities: things that are not quantities', () => {
  it.each([
    ['鄂政发〔2018〕16号', W18],
    ['2021年3月28日', W21],
    ['日期:2018年03月06日', TL],
    ['027-87053558', W21],
    ['2021-04-06 17:17', W21],
    ['AM 8:30-PM 18:00', W21],
    ['本行动方案自2018年*月*日实施', W18],
    ['于2016年3月5日前报送', XY],
    ['加快构建“965”现代产业体系', W21],
    ['打造“1+4+N”军民融合集聚区', W18],
    ['锚定“五个中心”建设任务', W21],
    ['积极承办第二届中国工业设计展', TL],
    ['一是提升产业能级', W21],
    ['(三)壮大市场主体', W21],
    ['汽车及零部件产业高端化发展', XY],
    ['产业发展资金一次性奖励', HG],
    ['加强与长三角、珠三角、武汉都市圈产业协作', HG],
    ['对现有20户百亿企业实施“一企一策”', W18],
    ['深入贯彻党的二十大精神', HG],
    ['重点聚焦四个方向:一是提升产业能级', W21],
    ['落实“零土地”技改政策', W18],
    ['推进一二三产业融合发展', W21],
    ['鄂ICP备11011361号', TL],
    ['推动“0—1”颠覆式创新', W18],
    ['鼓励集群企业深度应用数字孪生、人工智能、“5G+工业互联网”等', HG],
    ['吸引世界500强、国内500强及跨国公司', W18],
    ['3月起每月组织重大工业项目集中开工活动', TL],
  ])('%s', (phrase, doc) => {
    expect(loadSeed(doc)).toContain(phrase);
    const qs = findQuantities(phrase);
    // the phrases above that hold a real figure are checked for it; the rest must yield nothing
    const allowed: Record<string, number[]> = {
      '对现有20户百亿企业实施“一企一策”': [20, 1e10],
      '重点聚焦四个方向:一是提升产业能级': [4],
    };
    expect(qs.map((q) => q.value)).toEqual(allowed[phrase] ?? []);
  });

  it.each(['十四五规划', '一带一路', '双一流', '十大产业', '一体化发展', '5G基站', '第250名', '第３万回'])(
    '%s',
    (text) => {
      expect(findQuantities(text)).toEqual([]);
    },
  );
});

describe('findQuantities on whole seed documents', () => {
  const docs = [W18, W21, XY, TL, HG];
  it.each(docs)('%s: spans are exact, ordered and never NaN', (doc) => {
    const text = loadSeed(doc);
    const qs = findQuantities(text);
    expect(qs.length).toBeGreaterThan(20);
    checkSpans(text, qs);
    for (const q of qs) {
      expect(Number.isFinite(q.value)).toBe(true);
      if (q.valueMax !== null) expect(q.valueMax).toBeGreaterThan(q.value);
    }
  });

  it('finds every 力争 stretch figure of the 2021 Wuhan targets list (12 figures directly after 力争)', () => {
    const text = loadSeed(W21);
    const from = text.indexOf('2021年的主要目标');
    const to = text.indexOf('二、主要任务');
    const stretch = findQuantities(text.slice(from, to)).filter((q) => q.stretch);
    // hand count of figures with 力争 directly before them (增长13% after 力争达到17800亿元、 is not)
    expect(stretch.map((q) => q.text)).toEqual([
      '达到17800亿元',
      '13%',
      '14%',
      '15%',
      '12%',
      '13%',
      '42%',
      '超过7130亿元',
      '达到9360亿元',
      '超过3000亿元',
      '9%',
      '18%',
    ]);
  });
});
