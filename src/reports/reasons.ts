/**
 * The reasons of gap rows in the report's language. The gap engine (`src/gaps`) and the matcher
 * (`src/actuals/match.ts`) write each row's `reason` in English, as parts joined by `; `. The report translates them
 * here, at the report layer, through one table of named rules keyed by each part's pattern: each rule reads one part
 * (a verdict, a caveat, a matcher note) with a regular expression, keeps the names and numbers it captures, and
 * writes the part in Chinese. A part no rule reads is kept in English and marked untranslated, so a test (and a
 * reader) can see it; `tests/reports/reasons.test.ts` checks that the seeds' report has none.
 *
 * The rules also say what kind of reason a part is ({@link REASON_CATEGORIES}): the report counts the rows it folds
 * away (no verdict) by that kind.
 */
import type { ChartLang } from '../charts/types.js';
import { BASE_UNITS, type BaseUnit } from '../quantities/types.js';

/** Kinds of reasons a row has no verdict, for counting the rows the report folds away. */
export const REASON_CATEGORIES = {
  no_series: { zh: '没有该对象的统计数据', en: 'No statistics for the subject' },
  other_scope: { zh: '只有其他范围的数据', en: 'Statistics only for another scope' },
  other_metric: { zh: '只有其他指标的数据', en: 'Statistics only for another metric' },
  no_growth: { zh: '只公布总量，没有增速', en: 'Levels published, no growth rate' },
  no_level: { zh: '只公布增速，没有总量', en: 'Growth rates published, no level' },
  price_basis: { zh: '价格口径不同', en: 'Different price basis' },
  unit: { zh: '单位不同', en: 'Different unit' },
  partial_year: { zh: '只有非全年数据', en: 'Only part-year figures' },
  deadline_year: { zh: '截止年份尚无全年数据', en: 'No full-year figure for the deadline year' },
  missing_years: { zh: '缺少部分年份的数据', en: 'Years missing from the series' },
  base: { zh: '缺少基期数据', en: 'No base-year figure' },
  bound: { zh: '只公布区间值，无法判断', en: 'Published only as a bound' },
  reward: { zh: '奖励政策，不是可评判的结果', en: 'A reward, not an outcome' },
  not_due: { zh: '尚未到期', en: 'Not yet due' },
  no_values: { zh: '序列没有数值', en: 'The series has no values' },
  other: { zh: '其他原因', en: 'Other reasons' },
} as const;

/** A kind of reason: a key of {@link REASON_CATEGORIES}. */
export type ReasonCategory = keyof typeof REASON_CATEGORIES;

/** The named groups a rule's pattern captures. */
type Groups = Readonly<Record<string, string | undefined>>;

/** One rule of {@link REASON_RULES}. */
export interface ReasonRule {
  /** A short name, for tests and for the report's data attributes. */
  name: string;
  /** The English part as the engine writes it (anchored at the part's start; named groups for what is kept). */
  pattern: RegExp;
  /** The part in Chinese, from the captured groups. */
  zh: (g: Groups) => string;
  /** The kind of reason this part gives, for counting rows without a verdict (none for notes and caveats). */
  category?: ReasonCategory;
  /** A prefix (`match: `): the next part follows it directly, not after `; `. */
  prefix?: boolean;
  /** An English part and its Chinese, checked by the tests. */
  example: readonly [en: string, zh: string];
}

/** Chinese names of base units, as the engine prints them after a number (`3 count`). */
const UNIT_ZH: Readonly<Record<string, string>> = {
  count: '个',
  people: '人',
  mu: '亩',
  km2: '平方公里',
  hectare: '公顷',
  year: '年',
  years: '年',
  permille: '‰',
  tonne: '吨',
  tce: '吨标准煤',
  kw: '千瓦',
  kwh: '千瓦时',
  km: '公里',
  m3: '立方米',
  teu: '标箱',
  microgram_per_m3: '微克/立方米',
  yuan: '元',
  usd: '美元',
  yuan_per_mu: '元/亩',
  percent: '%',
  percentage_point: '个百分点',
  multiple: '倍',
  number: '',
};

const PRICE_BASIS_ZH: Readonly<Record<string, string>> = {
  real: '可比价',
  nominal: '现价',
  unspecified: '未注明价格口径',
};

const BOUND_ZH: Readonly<Record<string, string>> = {
  '>': '超过',
  '>=': '不低于',
  '<': '低于',
  '<=': '不超过',
  '~': '约',
  约: '约',
};

/** A number as `formatValue` (src/gaps/format.ts) prints it, with its unit: `17716.76亿元`, `12.2%`, `3 count`, `n/a`. */
const VALUE = String.raw`(?:n\/a|-?\d+(?:\.\d+)?(?:e[+-]?\d+)?(?: [a-z_0-9]+|[^\s\d;,:–)（(][^\s;,:–)（(]*)?)`;
/** A year. */
const YEAR = String.raw`\d{4}`;
/** A list of years: `2021, 2022`. */
const YEARS = String.raw`\d{4}(?:, \d{4})*`;
/** A number (thresholds, counts). */
const NUM = String.raw`-?\d+(?:\.\d+)?`;

/** A value in Chinese: `n/a` → `—`, an English unit name → its Chinese name (`3 count` → `3个`). */
function value(s: string | undefined): string {
  if (s === undefined || s === 'n/a') return '—';
  const m = /^(\S+) ([a-z_0-9]+)$/.exec(s);
  if (m && (BASE_UNITS as readonly string[]).includes(m[2]!))
    return `${m[1]}${UNIT_ZH[m[2] as BaseUnit] ?? ''}`;
  return s;
}

/** A list in Chinese: `a, b` → `a、b`. */
function list(s: string | undefined): string {
  return (s ?? '').split(', ').join('、');
}

/** Unit names in a list (`yuan, count`) in Chinese. */
function units(s: string | undefined): string {
  return (s ?? '')
    .split(', ')
    .map((u) => UNIT_ZH[u] || u)
    .join('、');
}

/** The matcher's label `region / subject / metric`, kept as it is (names are data). */
const LABEL = '(?<label>[^;]+?)';

/** The verdicts of `classifyStatus` (src/gaps/status.ts), in Chinese. */
const WHY_ZH: readonly (readonly [RegExp, (m: RegExpExecArray) => string])[] = [
  [/^力争 figure met$/, () => '力争目标已实现'],
  [/^力争 figure met early \(提前实现\)$/, () => '力争目标提前实现'],
  [/^target met$/, () => '目标已实现'],
  [/^target met early \(提前实现\)$/, () => '目标提前实现'],
  [/^deadline passed and target not met$/, () => '已到期，目标未实现'],
  [
    /^the actual is published only as a bound that cannot show whether the target was met$/,
    () => '实际值只以区间公布，无法判断是否实现目标',
  ],
  [/^R ≥ (\S+) \(符合序时进度\)$/, (m) => `R ≥ ${m[1]}（符合序时进度）`],
  [/^(\S+) ≤ R < (\S+)$/, (m) => `${m[1]} ≤ R < ${m[2]}（需加快进度）`],
  [/^0 ≤ R < (\S+) \(滞后\)$/, (m) => `0 ≤ R < ${m[1]}（滞后）`],
  [/^moving away from the target \(倒退\)$/, () => '偏离目标（倒退）'],
];

const WHY = String.raw`(?<why>力争 figure met(?: early \(提前实现\))?|target met(?: early \(提前实现\))?|deadline passed and target not met|the actual is published only as a bound that cannot show whether the target was met|R ≥ \S+ \(符合序时进度\)|0 ≤ R < \S+ \(滞后\)|\S+ ≤ R < \S+|moving away from the target \(倒退\))`;

function why(s: string | undefined): string {
  for (const [re, zh] of WHY_ZH) {
    const m = re.exec(s ?? '');
    if (m) return zh(m);
  }
  return s ?? '';
}

/**
 * The rules, most specific first: the first rule whose pattern reads a part wins. Each pattern is anchored at the
 * start of a part and must end where the part ends (at `; ` or at the end), except prefixes.
 */
export const REASON_RULES: readonly ReasonRule[] = [
  // --- the verdict of a judged year (src/gaps/measure.ts, src/gaps/status.ts)
  {
    name: 'verdict-bound',
    pattern: new RegExp(
      `(?<why>the actual is published only as a bound that cannot show whether the target was met): (?<year>${YEAR}) (?<actual>${VALUE})(?: \\(published as (?<bound>[^)]+)\\))? against (?<target>${VALUE})(?: due (?<due>${YEAR}))?`,
    ),
    zh: (g) =>
      `${why(g.why)}：${g.year}年实际${value(g.actual)}${g.bound ? `（公布为“${BOUND_ZH[g.bound] ?? g.bound}”）` : ''}，目标${value(g.target)}${g.due ? `（${g.due}年到期）` : ''}`,
    category: 'bound',
    example: [
      'the actual is published only as a bound that cannot show whether the target was met: 2021 1000亿元 (published as >) against 1200亿元 due 2021',
      '实际值只以区间公布，无法判断是否实现目标：2021年实际1000亿元（公布为“超过”），目标1200亿元（2021年到期）',
    ],
  },
  {
    name: 'verdict',
    pattern: new RegExp(
      `${WHY}: (?<year>${YEAR}) (?<actual>${VALUE})(?: \\(published as (?<bound>[^)]+)\\))? against (?<target>${VALUE})(?: due (?<due>${YEAR}))?`,
    ),
    zh: (g) =>
      `${why(g.why)}：${g.year}年实际${value(g.actual)}${g.bound ? `（公布为“${BOUND_ZH[g.bound] ?? g.bound}”）` : ''}，目标${value(g.target)}${g.due ? `（${g.due}年到期）` : ''}`,
    example: [
      'target met: 2021 17716.76亿元 against 17600亿元 due 2021',
      '目标已实现：2021年实际17716.76亿元，目标17600亿元（2021年到期）',
    ],
  },
  {
    name: 'stretch',
    pattern: new RegExp(`力争 (?<v>${VALUE}) (?<word>met|cannot be confirmed|not met)`),
    zh: (g) =>
      `力争目标${value(g.v)}${g.word === 'met' ? '已实现' : g.word === 'not met' ? '未实现' : '无法确认是否实现'}`,
    example: ['力争 13% not met', '力争目标13%未实现'],
  },
  {
    name: 'attainment',
    pattern: new RegExp(`attainment (?<p>${NUM})%`),
    zh: (g) => `完成度${g.p}%`,
    example: ['attainment 96.3%', '完成度96.3%'],
  },
  {
    name: 'uncertain',
    pattern: new RegExp(`uncertain: the approximate figure ±(?<v>${VALUE}) straddles the threshold`),
    zh: (g) => `不确定：约数±${value(g.v)}跨越目标线`,
    example: [
      'uncertain: the approximate figure ±0.5% straddles the threshold',
      '不确定：约数±0.5%跨越目标线',
    ],
  },
  {
    name: 'preliminary',
    pattern: /preliminary \(预计\) figure/,
    zh: () => '实际值为预计数',
    example: ['preliminary (预计) figure', '实际值为预计数'],
  },
  {
    name: 'cagr-band',
    pattern: new RegExp(`required CAGR band (?<a>${NUM})%–(?<b>${NUM})% for (?<y1>${YEAR})–(?<y2>${YEAR})`),
    zh: (g) => `${g.y1}–${g.y2}年所需年均增速区间${g.a}%–${g.b}%`,
    example: ['required CAGR band 8.5%–12.25% for 2021–2023', '2021–2023年所需年均增速区间8.5%–12.25%'],
  },
  {
    name: 'at-risk',
    pattern: new RegExp(`at risk: down from (?<v>${VALUE}) in (?<y>${YEAR})`),
    zh: (g) => `有回落风险：低于${g.y}年的${value(g.v)}`,
    example: ['at risk: down from 9000亿元 in 2021', '有回落风险：低于2021年的9000亿元'],
  },
  {
    name: 'lapsed',
    pattern: new RegExp(`no longer met in (?<ys>${YEARS})`),
    zh: (g) => `${list(g.ys)}年不再达标`,
    example: ['no longer met in 2022, 2023', '2022、2023年不再达标'],
  },
  {
    name: 'range',
    pattern: new RegExp(`the target is a range (?<a>${VALUE})–(?<b>${VALUE}): judged on its lower end`),
    zh: (g) => `目标为区间${value(g.a)}–${value(g.b)}：按下限评判`,
    example: [
      'the target is a range 3000亿元–3500亿元: judged on its lower end',
      '目标为区间3000亿元–3500亿元：按下限评判',
    ],
  },
  // --- notes of the measure spaces (src/gaps/build-*.ts)
  {
    name: 'growth-derived',
    pattern: /growth derived from published nominal levels/,
    zh: () => '增速由公布的现价总量推算',
    example: ['growth derived from published nominal levels', '增速由公布的现价总量推算'],
  },
  {
    name: 'chained',
    pattern: new RegExp(`chained Π\\(1\\+g\\) over (?<a>${YEAR})–(?<b>${YEAR})`),
    zh: (g) => `按${g.a}–${g.b}年逐年增速连乘Π(1+g)`,
    example: ['chained Π(1+g) over 2021–2023', '按2021–2023年逐年增速连乘Π(1+g)'],
  },
  {
    name: 'multiple-target',
    pattern: new RegExp(`T = (?<k>${NUM}) × (?<b>${VALUE}) \\((?<y>${YEAR})\\) = (?<t>${VALUE})`),
    zh: (g) => `目标 T = ${g.k} × ${value(g.b)}（${g.y}年）= ${value(g.t)}`,
    example: ['T = 2 × 500亿元 (2020) = 1000亿元', '目标 T = 2 × 500亿元（2020年）= 1000亿元'],
  },
  {
    name: 'relative',
    pattern:
      /relative to (?<ref>[^:;]+): (?<what>growth|value) of the subject minus the reference, in points/,
    zh: (g) => `相对于${g.ref}：对象的${g.what === 'growth' ? '增速' : '数值'}减去参照值（百分点）`,
    example: [
      'relative to 全省: growth of the subject minus the reference, in points',
      '相对于全省：对象的增速减去参照值（百分点）',
    ],
  },
  {
    name: 'sum-of',
    pattern: new RegExp(`(?<what>average|sum) of (?<a>${YEAR})–(?<b>${YEAR})`),
    zh: (g) => `${g.a}–${g.b}年${g.what === 'average' ? '平均' : '合计'}`,
    example: ['sum of 2021–2023', '2021–2023年合计'],
  },
  // --- rows that end before any measure (src/gaps/judge.ts, row.ts, build-*.ts, space.ts, status.ts)
  {
    name: 'reward',
    pattern: /a reward the policy promises \(一次性奖励\): not an outcome that actuals can be judged on/,
    zh: () => '政策承诺的奖励（一次性奖励）：不是可用实际值评判的结果',
    category: 'reward',
    example: [
      'a reward the policy promises (一次性奖励): not an outcome that actuals can be judged on',
      '政策承诺的奖励（一次性奖励）：不是可用实际值评判的结果',
    ],
  },
  {
    name: 'no-matching-series',
    pattern: /no matching actual series/,
    zh: () => '没有匹配的实际值序列',
    category: 'no_series',
    example: ['no matching actual series', '没有匹配的实际值序列'],
  },
  {
    name: 'no-usable-actual',
    pattern: /no usable actual/,
    zh: () => '没有可用的实际值',
    category: 'no_values',
    example: ['no usable actual', '没有可用的实际值'],
  },
  {
    name: 'not-due-as-of',
    pattern: new RegExp(`no actual after the base year yet \\(as of (?<y>${YEAR})\\)`),
    zh: (g) => `截至${g.y}年尚无基期之后的实际值`,
    category: 'not_due',
    example: ['no actual after the base year yet (as of 2021)', '截至2021年尚无基期之后的实际值'],
  },
  {
    name: 'not-due-tau',
    pattern: /no actual after the base year yet \(τ ≤ 0\)/,
    zh: () => '尚无基期之后的实际值（τ ≤ 0）',
    category: 'not_due',
    example: ['no actual after the base year yet (τ ≤ 0)', '尚无基期之后的实际值（τ ≤ 0）'],
  },
  {
    name: 'annual-not-started',
    pattern: new RegExp(`the first year of the annual target \\((?<a>${YEAR})\\) is after (?<b>${YEAR})`),
    zh: (g) => `年度目标的首年（${g.a}年）晚于${g.b}年`,
    category: 'not_due',
    example: [
      'the first year of the annual target (2024) is after 2023',
      '年度目标的首年（2024年）晚于2023年',
    ],
  },
  {
    name: 'no-base',
    pattern: /no base value: the trend cannot be assessed/,
    zh: () => '没有基期值：无法评估趋势',
    category: 'base',
    example: ['no base value: the trend cannot be assessed', '没有基期值：无法评估趋势'],
  },
  {
    name: 'rate-undefined',
    pattern: /the rate of progress is undefined \(zero or sign-changing values\)/,
    zh: () => '进度比率无定义（数值为零或正负变号）',
    category: 'no_values',
    example: [
      'the rate of progress is undefined (zero or sign-changing values)',
      '进度比率无定义（数值为零或正负变号）',
    ],
  },
  {
    name: 'no-deadline',
    pattern: /the target has no deadline year: only attainment is reported/,
    zh: () => '目标没有截止年份：只报告完成度',
    category: 'other',
    example: [
      'the target has no deadline year: only attainment is reported',
      '目标没有截止年份：只报告完成度',
    ],
  },
  {
    name: 'growth-needs-base',
    pattern: /a growth target needs a base year or a deadline/,
    zh: () => '增速目标需要基期或截止年份',
    category: 'base',
    example: ['a growth target needs a base year or a deadline', '增速目标需要基期或截止年份'],
  },
  {
    name: 'real-vs-nominal',
    pattern: /a real-terms \(comparable prices\) growth target; the published growth is nominal/,
    zh: () => '可比价增速目标，公布的增速为现价',
    category: 'price_basis',
    example: [
      'a real-terms (comparable prices) growth target; the published growth is nominal',
      '可比价增速目标，公布的增速为现价',
    ],
  },
  {
    name: 'real-missing',
    pattern:
      /a real-terms \(comparable prices\) growth target with no published real growth rate; it is never derived from nominal levels/,
    zh: () => '可比价增速目标，没有公布可比价增速（不由现价总量推算）',
    category: 'price_basis',
    example: [
      'a real-terms (comparable prices) growth target with no published real growth rate; it is never derived from nominal levels',
      '可比价增速目标，没有公布可比价增速（不由现价总量推算）',
    ],
  },
  {
    name: 'growth-chain-gap',
    pattern: new RegExp(
      `no published growth rate for (?<ys>${YEARS}) \\(the chain from (?<b>${YEAR}) needs every year\\)`,
    ),
    zh: (g) => `${list(g.ys)}年没有公布增速（自${g.b}年起逐年连乘，每年都需要）`,
    category: 'missing_years',
    example: [
      'no published growth rate for 2022 (the chain from 2020 needs every year)',
      '2022年没有公布增速（自2020年起逐年连乘，每年都需要）',
    ],
  },
  {
    name: 'deadline-year-missing',
    pattern: new RegExp(
      `no (?<what>full-year actual|growth rate) for the deadline year (?<y>${YEAR})(?: \\(later figures for (?<later>${YEARS}) are not used: a ${YEAR} target is judged on ${YEAR}\\))?`,
    ),
    zh: (g) =>
      `截止年份${g.y}年没有${g.what === 'growth rate' ? '增速' : '全年实际值'}${g.later ? `（${list(g.later)}年的数据不用：${g.y}年的目标按${g.y}年评判）` : ''}`,
    category: 'deadline_year',
    example: [
      'no full-year actual for the deadline year 2021 (later figures for 2022, 2023 are not used: a 2021 target is judged on 2021)',
      '截止年份2021年没有全年实际值（2022、2023年的数据不用：2021年的目标按2021年评判）',
    ],
  },
  {
    name: 'nothing-up-to',
    pattern: new RegExp(`no (?<what>full-year actual|growth rate) up to (?<y>${YEAR})`),
    zh: (g) => `截至${g.y}年没有${g.what === 'growth rate' ? '增速' : '全年实际值'}`,
    category: 'no_values',
    example: ['no full-year actual up to 2023', '截至2023年没有全年实际值'],
  },
  {
    name: 'only-partial',
    pattern: /only partial-year figures \((?<p>[^)]+)\)/,
    zh: (g) => `只有非全年数据（${list(g.p)}）`,
    category: 'partial_year',
    example: ['only partial-year figures (2023-01/06)', '只有非全年数据（2023-01/06）'],
  },
  {
    name: 'unit-mismatch',
    pattern: /the target is in (?<t>[a-z_0-9]+); the actuals are in (?<a>[a-z_0-9, ]+)/,
    zh: (g) => `目标单位为${units(g.t)}，实际值单位为${units(g.a)}`,
    category: 'unit',
    example: ['the target is in yuan; the actuals are in count', '目标单位为元，实际值单位为个'],
  },
  {
    name: 'only-growth-series',
    pattern: /only growth rates are published for this series, no levels/,
    zh: () => '该序列只公布增速，没有总量',
    category: 'no_level',
    example: ['only growth rates are published for this series, no levels', '该序列只公布增速，没有总量'],
  },
  {
    name: 'no-values',
    pattern: /the series has no values/,
    zh: () => '该序列没有数值',
    category: 'no_values',
    example: ['the series has no values', '该序列没有数值'],
  },
  {
    name: 'multiple-needs-base',
    pattern: new RegExp(
      `a multiple \\(倍增/翻番\\) target needs the base-year figure(?: for (?<y>${YEAR})| \\(no base year stated\\))`,
    ),
    zh: (g) => `倍数目标（倍增/翻番）需要${g.y ? `基期${g.y}年的数值` : '基期数值（未注明基期）'}`,
    category: 'base',
    example: [
      'a multiple (倍增/翻番) target needs the base-year figure for 2020',
      '倍数目标（倍增/翻番）需要基期2020年的数值',
    ],
  },
  {
    name: 'relative-needs-both',
    pattern:
      /a relative target needs both the subject's series and the reference series \(scope (?<s>[^)]+)\); got (?<n>\d+) subject and (?<m>\d+) reference rows/,
    zh: (g) => `相对目标需要对象和参照（${g.s}）两个序列；现有对象${g.n}行、参照${g.m}行`,
    category: 'no_series',
    example: [
      "a relative target needs both the subject's series and the reference series (scope 全省); got 3 subject and 0 reference rows",
      '相对目标需要对象和参照（全省）两个序列；现有对象3行、参照0行',
    ],
  },
  {
    name: 'sum-needs-years',
    pattern: new RegExp(
      `a (?<agg>[a-z_]+) target sums every year from (?<a>${YEAR}); no actual for (?<ys>${YEARS})`,
    ),
    zh: (g) =>
      `${g.agg === 'annual_average' ? '年均' : '累计'}目标需要自${g.a}年起每年的数据；${list(g.ys)}年没有实际值`,
    category: 'missing_years',
    example: [
      'a cumulative target sums every year from 2021; no actual for 2022',
      '累计目标需要自2021年起每年的数据；2022年没有实际值',
    ],
  },
  // --- the matcher (src/actuals/match.ts): why a target has no series
  {
    name: 'near-names',
    pattern: /similar names not paired: (?<names>.+?) \(add a mapping row if one is the same indicator\)/,
    zh: (g) =>
      `名称相近但未配对：${(g.names ?? '').replace(/ \(similarity ([\d.]+)\)/g, '（相似度$1）').replace(/, /g, '、')}（如为同一指标，请添加映射行）`,
    category: 'no_series',
    example: [
      'similar names not paired: 规上工业产值 (similarity 0.73), 规上工业增加值 (similarity 0.53) (add a mapping row if one is the same indicator)',
      '名称相近但未配对：规上工业产值（相似度0.73）、规上工业增加值（相似度0.53）（如为同一指标，请添加映射行）',
    ],
  },
  {
    name: 'no-actuals-in-region',
    pattern: new RegExp(`no actual for ${LABEL}: no actuals at all for (?<r>[^;]+)`),
    zh: (g) => `${g.label}无实际值：${g.r}没有任何实际值`,
    category: 'no_series',
    example: [
      'no actual for 示例市 / 工业 / 产值: no actuals at all for 示例市',
      '示例市 / 工业 / 产值无实际值：示例市没有任何实际值',
    ],
  },
  {
    name: 'no-series',
    pattern: new RegExp(`no actual for ${LABEL}: no series for (?<s>.+?) in (?<r>[^;]+)`),
    zh: (g) => `${g.label}无实际值：${g.r}没有“${g.s}”的统计序列`,
    category: 'no_series',
    example: [
      'no actual for 武汉市 / 新材料 / 产值: no series for 新材料 in 武汉市',
      '武汉市 / 新材料 / 产值无实际值：武汉市没有“新材料”的统计序列',
    ],
  },
  {
    name: 'only-levels',
    pattern: new RegExp(
      `no actual for ${LABEL}: only levels are published, no growth rate \\(never derive growth from levels\\)`,
    ),
    zh: (g) => `${g.label}无实际值：只公布总量，没有增速（不由总量推算增速）`,
    category: 'no_growth',
    example: [
      'no actual for 武汉市 / 高新技术产业增加值 / 增速: only levels are published, no growth rate (never derive growth from levels)',
      '武汉市 / 高新技术产业增加值 / 增速无实际值：只公布总量，没有增速（不由总量推算增速）',
    ],
  },
  {
    name: 'only-growth',
    pattern: new RegExp(`no actual for ${LABEL}: only growth rates are published, no level`),
    zh: (g) => `${g.label}无实际值：只公布增速，没有总量`,
    category: 'no_level',
    example: [
      'no actual for 襄阳市 / 装备制造 / 产值: only growth rates are published, no level',
      '襄阳市 / 装备制造 / 产值无实际值：只公布增速，没有总量',
    ],
  },
  {
    name: 'price-basis',
    pattern: new RegExp(
      `no actual for ${LABEL}: the target is (?<t>real|nominal|unspecified) growth but the published growth is (?<p>[a-z, ]+)`,
    ),
    zh: (g) =>
      `${g.label}无实际值：目标为${PRICE_BASIS_ZH[g.t!]}增速，公布的增速为${(g.p ?? '')
        .split(', ')
        .map((b) => PRICE_BASIS_ZH[b] ?? b)
        .join('、')}`,
    category: 'price_basis',
    example: [
      'no actual for 武汉市 / 地区生产总值 / 增速: the target is real growth but the published growth is nominal',
      '武汉市 / 地区生产总值 / 增速无实际值：目标为可比价增速，公布的增速为现价',
    ],
  },
  {
    name: 'real-needs-real',
    pattern: /a real growth target needs published real growth/,
    zh: () => '可比价增速目标需要公布的可比价增速',
    example: ['a real growth target needs published real growth', '可比价增速目标需要公布的可比价增速'],
  },
  {
    name: 'unit-differs',
    pattern: new RegExp(
      `no actual for ${LABEL}: the target is in (?<t>[a-z_0-9]+) but actuals are in (?<a>[a-z_0-9, ]+)`,
    ),
    zh: (g) => `${g.label}无实际值：目标单位为${units(g.t)}，实际值单位为${units(g.a)}`,
    category: 'unit',
    example: [
      'no actual for 武汉市 / 工业园区 / 面积: the target is in mu but actuals are in km2',
      '武汉市 / 工业园区 / 面积无实际值：目标单位为亩，实际值单位为平方公里',
    ],
  },
  {
    name: 'full-year-missing',
    pattern: new RegExp(`no actual for ${LABEL} for a full year`),
    zh: (g) => `${g.label}没有全年实际值`,
    category: 'partial_year',
    example: [
      'no actual for 武汉市 / 工业投资 / 总量 for a full year',
      '武汉市 / 工业投资 / 总量没有全年实际值',
    ],
  },
  {
    name: 'partial-exist',
    pattern: /partial-year figures exist \((?<p>[^)]+)\)/,
    zh: (g) => `现有非全年数据（${list(g.p)}）`,
    example: ['partial-year figures exist (2023 2023-01/06)', '现有非全年数据（2023 2023-01/06）'],
  },
  {
    name: 'zone-class-scope',
    pattern: new RegExp(
      `no actual for ${LABEL} at scope (?<s>[^;(]+?) \\(a zone class; no figures for its members (?<m>[^)]+)\\)`,
    ),
    zh: (g) => `${g.label}在“${g.s}”范围无实际值（园区类别，其成员${list(g.m)}均无数据）`,
    category: 'other_scope',
    example: [
      'no actual for 武汉市 / 到位资金 / 总量 at scope 中心城区 (a zone class; no figures for its members 江岸区, 江汉区)',
      '武汉市 / 到位资金 / 总量在“中心城区”范围无实际值（园区类别，其成员江岸区、江汉区均无数据）',
    ],
  },
  {
    name: 'scope',
    pattern: new RegExp(`no actual for ${LABEL} at scope (?<s>[^;]+)`),
    zh: (g) => `${g.label}在“${g.s}”范围无实际值`,
    category: 'other_scope',
    example: [
      'no actual for 武汉市 / 实际利用外资 / 增速 at scope 全市',
      '武汉市 / 实际利用外资 / 增速在“全市”范围无实际值',
    ],
  },
  {
    name: 'exists-for-scope',
    pattern:
      /(?<s>[^;]+?) exists for (?<have>[^;]+?), which is not (?<want>[^;(]+?)(?<city> \(zone-level and province rows are not city totals\))?/,
    zh: (g) =>
      `“${g.s}”只有${list(g.have)}的数据，不是${g.want}${g.city ? '（开发区和全省的数据不是全市合计）' : ''}`,
    example: [
      '实际利用外资 exists for 武汉经济技术开发区, which is not 全市 (zone-level and province rows are not city totals)',
      '“实际利用外资”只有武汉经济技术开发区的数据，不是全市（开发区和全省的数据不是全市合计）',
    ],
  },
  {
    name: 'other-metric',
    pattern: /(?<m>[^;]+?) exists but is a different metric/,
    zh: (g) => `现有“${list(g.m)}”，但指标不同`,
    category: 'other_metric',
    example: ['产值, 产量 exists but is a different metric', '现有“产值、产量”，但指标不同'],
  },
  {
    name: 'no-actual',
    pattern: new RegExp(`no actual for ${LABEL}`),
    zh: (g) => `${g.label}无实际值`,
    example: ['no actual for 武汉市 / 技改投资 / 占比', '武汉市 / 技改投资 / 占比无实际值'],
  },
  // --- how a series was matched, and its caveats (src/actuals/match.ts, src/gaps/row.ts)
  {
    name: 'match-prefix',
    pattern: /match: /,
    zh: () => '匹配说明：',
    prefix: true,
    example: ['match: ', '匹配说明：'],
  },
  {
    name: 'matched-by-prefix',
    pattern: /matched by /,
    zh: () => '匹配方式：',
    prefix: true,
    example: ['matched by ', '匹配方式：'],
  },
  {
    name: 'alias',
    pattern: /alias:(?<a>[^;]+)/,
    zh: (g) => `别名“${g.a}”`,
    example: ['alias:社零', '别名“社零”'],
  },
  {
    name: 'zone-class',
    pattern: /zone_class:(?<c>[^;(]+)\((?<m>[^)]*)\)/,
    zh: (g) => `园区类别“${g.c}”（${(g.m ?? '').split('|').join('、')}）`,
    example: [
      'zone_class:三大国家级开发区(东湖新技术开发区|武汉经济技术开发区)',
      '园区类别“三大国家级开发区”（东湖新技术开发区、武汉经济技术开发区）',
    ],
  },
  {
    name: 'zone',
    pattern: /zone:(?<z>[^;]+)/,
    zh: (g) => `范围“${g.z}”`,
    example: ['zone:东湖新技术开发区', '范围“东湖新技术开发区”'],
  },
  {
    name: 'caliber-prefix',
    pattern: /caliber: /,
    zh: () => '口径：',
    prefix: true,
    example: ['caliber: ', '口径：'],
  },
  {
    name: 'alias-caveat',
    pattern: /subject matched through (?<a>[^;]+?): check the caliber/,
    zh: (g) =>
      `对象经${(g.a ?? '')
        .split(', ')
        .map((a) => `别名“${a.replace(/^alias:/, '')}”`)
        .join('、')}匹配：请核对口径`,
    example: [
      'subject matched through alias:农产品深加工, alias:农产品加工业: check the caliber',
      '对象经别名“农产品深加工”、别名“农产品加工业”匹配：请核对口径',
    ],
  },
  {
    name: 'preliminary-years',
    pattern: new RegExp(`preliminary \\(预计\\) figures for (?<ys>${YEARS})`),
    zh: (g) => `${list(g.ys)}年为预计数`,
    example: ['preliminary (预计) figures for 2022, 2023', '2022、2023年为预计数'],
  },
  {
    name: 'growth-of',
    pattern: /growth of (?<m>[^;]+)/,
    zh: (g) => `增速所属指标：${list(g.m)}`,
    example: ['growth of 产值, 营业收入', '增速所属指标：产值、营业收入'],
  },
  {
    name: 'bounded-years',
    pattern: new RegExp(`bounded figures \\(>, ~…\\) for (?<ys>${YEARS})`),
    zh: (g) => `${list(g.ys)}年的数据为区间值（超过、约…）`,
    example: ['bounded figures (>, ~…) for 2021', '2021年的数据为区间值（超过、约…）'],
  },
  {
    name: 'partial-left-out',
    pattern: /(?<n>\d+) partial-year figure\(s\) left out/,
    zh: (g) => `未使用${g.n}个非全年数据`,
    example: ['2 partial-year figure(s) left out', '未使用2个非全年数据'],
  },
  // --- notes of the bundled actuals (data/actuals/actuals.csv `note`), read into caliber caveats
  {
    name: 'note-derived',
    pattern: /derived: (?<d>[^;]+)/,
    zh: (g) => `推算：${g.d!.replace(/^推算[:：]/, '')}`,
    example: [
      "derived: 推算:2022年增速19.3%减'比上年加快9.3个百分点'",
      "推算：2022年增速19.3%减'比上年加快9.3个百分点'",
    ],
  },
  {
    name: 'note-sum-of-industries',
    pattern: /合计 of several industries/,
    zh: () => '多个产业合计',
    example: ['合计 of several industries', '多个产业合计'],
  },
  {
    name: 'note-same-period',
    pattern: new RegExp(`growth is against (?<y>${YEAR})同期, not the previous year`),
    zh: (g) => `增速为与${g.y}年同期相比，不是与上年相比`,
    example: ['growth is against 2019同期, not the previous year', '增速为与2019年同期相比，不是与上年相比'],
  },
  // --- a part in Chinese already (a caliber note from the data: 不含农户, 占GDP比重): kept as it is
  {
    name: 'chinese-text',
    pattern: /(?=[^;]*\p{Script=Han})(?![^;]*\b[a-z]{2,}\b)[^;]+/u,
    zh: (g) => g[0] ?? '',
    example: ['不含农户', '不含农户'],
  },
];

/** The rules compiled once: sticky, and (except prefixes) required to end where a part ends. */
const COMPILED = REASON_RULES.map((rule) => ({
  rule,
  re: new RegExp(
    `(?:${rule.pattern.source})${rule.prefix ? '' : '(?=; |$)'}`,
    `y${rule.pattern.flags.includes('u') ? 'u' : ''}`,
  ),
}));

/** One part of a reason: the English text, and the rule that read it (none when no rule did). */
export interface ReasonPart {
  en: string;
  /** The part in Chinese, or `null` when no rule reads it. */
  zh: string | null;
  rule: string | null;
  prefix: boolean;
}

/** A reason read into parts: the text in the chosen language, the untranslated parts, and its kind. */
export interface TranslatedReason {
  /** The reason in the chosen language (`en`: as the engine wrote it). Untranslated parts are kept in English. */
  text: string;
  parts: ReasonPart[];
  /** The parts no rule reads (English kept in a Chinese text): empty when the reason is fully translated. */
  untranslated: string[];
  /** The kind of reason of the first part that has one, `other` when none has. */
  category: ReasonCategory;
}

/** Read a reason into parts with {@link REASON_RULES}. */
function readParts(reason: string): ReasonPart[] {
  const parts: ReasonPart[] = [];
  let i = 0;
  while (i < reason.length) {
    let part: ReasonPart | null = null;
    let end = i;
    for (const { rule, re } of COMPILED) {
      re.lastIndex = i;
      const m = re.exec(reason);
      if (!m || (m[0].length === 0 && !rule.prefix)) continue;
      const groups: Record<string, string | undefined> = { ...(m.groups ?? {}), 0: m[0] };
      part = { en: m[0], zh: rule.zh(groups), rule: rule.name, prefix: rule.prefix === true };
      end = i + m[0].length;
      break;
    }
    if (!part) {
      const j = reason.indexOf('; ', i);
      end = j < 0 ? reason.length : j;
      part = { en: reason.slice(i, end), zh: null, rule: null, prefix: false };
    }
    parts.push(part);
    i = part.prefix ? end : reason.startsWith('; ', end) ? end + 2 : end;
  }
  return parts;
}

const CATEGORY_OF = new Map(REASON_RULES.map((r) => [r.name, r.category]));

/**
 * A gap row's reason in the report's language: `zh` translates each part with {@link REASON_RULES} (parts joined
 * with `；`), `en` keeps the engine's English. Either way the parts, the untranslated ones and the kind of reason
 * (for counting rows without a verdict) are returned.
 *
 * Complexity: O(rules × length of the reason).
 *
 * @example
 * translateReason('no actual for 武汉市 / 新材料 / 产值: no series for 新材料 in 武汉市').text
 * // '武汉市 / 新材料 / 产值无实际值：武汉市没有“新材料”的统计序列'
 * translateReason('target met: 2021 12.2% against 12% due 2021; match: preliminary (预计) figures for 2021').text
 * // '目标已实现：2021年实际12.2%，目标12%（2021年到期）；匹配说明：2021年为预计数'
 * translateReason('something new', 'zh').untranslated // ['something new']
 */
export function translateReason(reason: string, lang: ChartLang = 'zh'): TranslatedReason {
  const parts = readParts(reason);
  const untranslated = parts.filter((p) => p.zh === null).map((p) => p.en);
  let category: ReasonCategory | undefined;
  for (const p of parts) {
    category = p.rule ? CATEGORY_OF.get(p.rule) : undefined;
    if (category) break;
  }
  let text = reason;
  if (lang === 'zh') {
    text = '';
    parts.forEach((p, k) => {
      text += p.zh ?? p.en;
      if (!p.prefix && k < parts.length - 1) text += '；';
    });
  }
  return { text, parts, untranslated: lang === 'zh' ? untranslated : [], category: category ?? 'other' };
}

/**
 * The label of a kind of reason.
 *
 * Complexity: O(1).
 *
 * @example
 * reasonCategoryLabel('no_series') // '没有该对象的统计数据'
 * reasonCategoryLabel('no_series', 'en') // 'No statistics for the subject'
 */
export function reasonCategoryLabel(category: ReasonCategory, lang: ChartLang = 'zh'): string {
  return REASON_CATEGORIES[category][lang];
}
