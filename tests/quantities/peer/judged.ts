/**
 * Peer cases whose expectation does not fit the usage of Chinese policy texts, each with the reason.
 *
 * A category is decided on the case itself (its input and expected results), never on what our parser returns:
 * a judged case is left out of the policy-fit pass rate whether we happen to pass it or not. The full list of
 * judged cases is in docs/quantities.md.
 */
import type { PeerCase, PeerModel } from './adapter.js';

/** One category of cases judged wrong (or out of scope) for policy text. */
export interface Judgement {
  id: string;
  reason: string;
  applies(model: PeerModel, c: PeerCase): boolean;
}

const texts = (c: PeerCase): string[] => c.Results.map((r) => r.Text.trim());
const anyText = (c: PeerCase, re: RegExp): boolean => texts(c).some((t) => re.test(t));
const SINGLE = /^[零〇一二两兩三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾]$/;
const POLICY_DIMENSIONS = new Set(['Mu', 'Hectare', 'Square kilometer']);

/** In order: the first category that applies names the reason. */
export const JUDGEMENTS: readonly Judgement[] = [
  {
    id: 'non-policy-unit',
    reason:
      'units outside the policy base units (kg, 斤, 两, m, cm, km, bit, byte, Hz, kW, kcal, μg): out of scope; where the number is written in digits it is still returned, with unit number',
    applies: (m, c) =>
      m === 'Dimension' && c.Results.some((r) => !POLICY_DIMENSIONS.has(r.Resolution?.unit ?? '')),
  },
  {
    id: 'two-denominations',
    reason:
      'amounts in two denominations (五元三毛, 50元6角三分, 两美元又三美分, 10日元5日本銭): absent from policy texts',
    applies: (m, c) => m === 'Currency' && anyText(c, /[元币].*[角分毛銭]|又/),
  },
  {
    id: 'colloquial-money',
    reason:
      '块 for yuan is colloquial, and a currency name without an amount (人民币 美元) is not a quantity',
    applies: (m, c) =>
      m === 'Currency' && (anyText(c, /块/) || c.Results.some((r) => r.Resolution?.value == null)),
  },
  {
    id: 'crypto',
    reason: '比特币 is not a currency of policy texts; 20个比特币 is read as a count',
    applies: (m, c) => m === 'Currency' && /比特币/.test(c.Input),
  },
  {
    id: 'bare-yi',
    reason:
      'a bare 亿 amount (奖池36.57亿) is read as yuan: in policy texts 突破3000亿 means 3000亿元; the currency model expects no money there',
    applies: (m, c) => m === 'Currency' && /[0-9]亿(?!元)/.test(c.Input) && !anyText(c, /亿/),
  },
  {
    id: 'tenths',
    reason:
      '成 and 折 (tenths, discounts: 三成 = 30%, 八五折): not used for targets, and 成 after a number is usually the verb (建成, 形成)',
    applies: (m, c) => m === 'Percent' && (anyText(c, /成|折/) || /[成折]$/.test(c.Input)),
  },
  {
    id: 'percentage-point',
    reason:
      'the expectation returns 个百分点 as %: a percentage point is not a percent (高于全市平均2个百分点); we return unit percentage_point with the same number (checked in peer.test.ts)',
    applies: (m, c) => m === 'Percent' && anyText(c, /百分[点點]/) && !anyText(c, /\S\s+\S|[kKＫ]/),
  },
  {
    id: 'fraction-as-percent',
    reason:
      'a fraction is a share: we return 五百分之2.2 as a percent (0.44%) where the percent model expects nothing',
    applies: (m, c) => m === 'Percent' && c.Results.length === 0 && /分之/.test(c.Input),
  },
  {
    id: 'shared-unit-range',
    reason:
      'in 5-20% the unit of the second number applies to the first (issue 3: 50-100亿元), so the figure is the range 5..20%, not 20% alone',
    applies: (m, c) => m === 'Percent' && /[0-9]-[0-9]+%/.test(c.Input),
  },
  {
    id: 'two-sided',
    reason:
      'one interval built from two comparisons or from 之间/与…间 (大于10小于20, 在1000以上，1500以下, 位于20和30之间): policy texts state each bound as its own figure, and we return each bound with its comparator; written ranges (50-100亿元, 3至5年) are read as ranges',
    applies: (m, c) =>
      m === 'NumberRange' && anyText(c, /大于|小于|多于|少于|最多|最少|之间|间$|以上.*以下|同时|并且/),
  },
  {
    id: 'yishang-inclusive',
    reason: '以上 includes the number in Chinese legal usage (issue 3): 五百以上 is [500,), not (500,)',
    applies: (m, c) => m === 'NumberRange' && anyText(c, /以上$/),
  },
  {
    id: 'comparative',
    reason:
      'comparative 比X大 / 比X低: in policy texts 比 introduces the base of a change (比上年增长), not a bound on the figure; 大 after a numeral is a name (十大, 三大)',
    applies: (_m, c) => anyText(c, /^比|比.*[大小低高]$/),
  },
  {
    id: 'spaced',
    reason:
      'spaces inside one numeral or between a numeral and its unit (7 万5 千4 百, 百 分 之 2, 六   个 百 分点): official texts never space a numeral, and joining across spaces would merge neighbouring cells of the flattened tables in the seeds',
    applies: (_m, c) => anyText(c, /\S\s+\S/) && !anyText(c, /^[0-9.,]+$/),
  },
  {
    id: 'scientific',
    reason:
      'exponent, power and SI-suffix notation (2e5, 2^5, 40k, 15k个百分点, -2.5 M): not written in policy texts',
    applies: (_m, c) => anyText(c, /[0-9][eE][-+]?[0-9]|\^|[0-9]\s*[kKＫ]|[0-9]\s+[mM]$/),
  },
  {
    id: 'leading-dot',
    reason:
      'decimals without a leading digit and dots before digits (.5, -.5, ...9): a dot before digits is read as part of a code',
    applies: (_m, c) => anyText(c, /^-?\./) || /^\.\.\./.test(c.Input),
  },
  {
    id: 'dotted',
    reason: 'dotted digit groups (2222.2222.22222.222) are version or code numbers, not figures',
    applies: (_m, c) => /[0-9]+\.[0-9]+\.[0-9]+/.test(c.Input),
  },
  {
    id: 'double-minus',
    reason: '－－9: doubled minus signs do not occur in policy texts',
    applies: (_m, c) => /[-－]{2}/.test(c.Input),
  },
  {
    id: 'date',
    reason:
      'numbers inside a date or a time of day (１９９１年１月１６日, ２０点): dates are not quantities (issue 3)',
    applies: (_m, c) => /年.{1,3}月.{1,3}日/.test(c.Input),
  },
  {
    id: 'ordinal',
    reason: 'a numeral after 第 is an ordinal and must yield no quantity (issue 3)',
    applies: (m, c) => m !== 'Ordinal' && texts(c).some((t) => c.Input.includes(`第${t}`)),
  },
  {
    id: 'quoted',
    reason: 'a numeral inside quotation marks is a name in policy texts (“965”, “五个中心”, “一”和“五”)',
    applies: (_m, c) => texts(c).some((t) => c.Input.includes(`“${t}”`)),
  },
  {
    id: 'single-numeral',
    reason:
      'a lone numeral character with no measure word we know (二, 十, 两, 五, 一对, 十斤, 八吨): in policy texts such characters are words or names (一是, 四川, 三大, 一流, 长三角), so a single Chinese numeral counts only before a known measure word or unit',
    applies: (_m, c) => texts(c).some((t) => SINGLE.test(t) || t === '一以上'),
  },
  {
    id: 'colloquial',
    reason: '打 (dozen) and 半 (half, 半百): colloquial counting, absent from policy texts',
    applies: (_m, c) => anyText(c, /打|半/),
  },
  {
    id: 'zhao',
    reason:
      '兆 is ambiguous (10^6 in mainland technical usage such as 兆瓦, 10^12 in Taiwan): not read as a multiplier',
    applies: (_m, c) => anyText(c, /兆/),
  },
  {
    id: 'mixed-number',
    reason:
      'mixed numbers (三百五又三分之一, 1 4/3, 3又一千分之23): absent from policy texts; we read the fraction as a percent on its own',
    applies: (_m, c) => anyText(c, /又|[0-9]\s+[0-9]+\s*[/／]/) || /又/.test(c.Input),
  },
  {
    id: 'signed-fraction',
    reason: 'fractions with a sign on both terms (负3分之负一百五十七): absent from policy texts',
    applies: (_m, c) => /[负負].*分之[负負]/.test(c.Input),
  },
  {
    id: 'money-in-number-model',
    reason:
      'the number model leaves amounts of money to the currency model (一美元 expects nothing); we return one quantity per figure, with its unit (一美元 = 1 usd)',
    applies: (m, c) => m === 'Number' && c.Results.length === 0 && /美元|美刀|元/.test(c.Input),
  },
  {
    id: 'stacked-hedges',
    reason: '十几万多亿 stacks two hedges on two magnitudes; not a policy form',
    applies: (_m, c) => anyText(c, /几.*多|多.*几/),
  },
];

/** The first judgement that applies to a case, or null when its expectation fits policy usage. */
export function judge(model: PeerModel, c: PeerCase): Judgement | null {
  for (const j of JUDGEMENTS) if (j.applies(model, c)) return j;
  return null;
}
