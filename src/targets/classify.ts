/**
 * Naming a target once its figure and subject are known: kind, metric, subject type, price basis.
 */
import type { BaseUnit, Tier } from '../quantities/types.js';
import { INDICATOR_SUBJECT, METRIC_WORDS, REWARD_WORDS, SUBJECT_TYPE_WORDS } from './lexicon.js';
import type { PriceBasis, SubjectType, TargetKind } from './types.js';

/** What {@link classifyTarget} reads. */
export interface TargetContext {
  unit: BaseUnit;
  /** The subject as it will be written. */
  subject: string;
  /** The metric word of the phrase (`产值`, `总收入`, `占比`…) or `null`. */
  metricWord: string | null;
  /** The words right before the figure in its clause (for 增长, 高于, 占比…). */
  before: string;
  /** The clause the figure is in. */
  clause: string;
  /** The text of the whole phrase from the subject to the figure. */
  phrase: string;
  tier: Tier | null;
  /** The subject before generic suffixes were dropped (纺织服装产业), for the subject type. */
  rawSubject?: string;
  /** The scope of the row (重点工业园区), for the subject type of a metric-only subject. */
  scope?: string;
  /** True when the figure comes from a tier word alone (产业规模). */
  tierOnly: boolean;
}

/** The names {@link classifyTarget} gives. */
export interface TargetClass {
  kind: TargetKind;
  metric: string;
  subject_type: SubjectType;
  price_basis: PriceBasis;
}

const GROWTH_WORDS = /增长|增速|增幅|提高|提升|增加|新增|上升|下降|降低|减少/;

/** Which of a growth word (增长) or a share word (占比, 比重, 率) comes last in a phrase. */
function lastGrowthOrShare(phrase: string): 'growth' | 'share' | null {
  const g = Math.max(phrase.lastIndexOf('增长'), phrase.lastIndexOf('增速'), phrase.lastIndexOf('增幅'));
  const sh = Math.max(
    phrase.lastIndexOf('占比'),
    phrase.lastIndexOf('比重'),
    phrase.lastIndexOf('比例'),
    phrase.lastIndexOf('率'),
  );
  if (g < 0 && sh < 0) return null;
  return g > sh ? 'growth' : 'share';
}

function metricName(word: string | null): string | null {
  if (!word) return null;
  for (const [re, m] of METRIC_WORDS) if (re.test(word)) return m;
  return null;
}

/** What an amount per mu measures, by the words before it; 亩均税收 when they say no more (亩均不低于35万元). */
const INTENSITY_METRICS: ReadonlyArray<readonly [RegExp, string]> = [
  [/税收|税金|亩均效益/, '亩均税收'],
  [/亩产|单产/, '亩产'],
  [/亩均(?:工业)?(?:产值|总产值)/, '亩均产值'],
  [/亩均(?:工业)?增加值/, '亩均增加值'],
  [/亩均(?:营业收入|营收|主营业务收入)/, '亩均营业收入'],
  [/亩均投资|投资强度/, '亩均投资'],
] as const;

function intensityMetric(words: string): string {
  for (const [re, metric] of INTENSITY_METRICS) if (re.test(words)) return metric;
  return '亩均税收';
}

/** Units whose bare increase (提高1岁, 延长0.5年) is a change from the base year rather than a level. */
const CHANGE_UNITS: ReadonlySet<string> = new Set(['years']);
/** 提高/增加/延长/提升 right before the figure, without 到/至 (提高到 states a level). */
const CHANGE_BY = /(?:提高|增加|延长|提升|增长)(?:了)?$/;

/**
 * Classify a target: its kind (level, growth, share, count, intensity, multiple, relative, reward), metric, subject
 * type and price basis, by the conventions of docs/targets-schema.md.
 *
 * Complexity: O(length of the context strings).
 *
 * @example
 * classifyTarget({ unit: 'percent', subject: '地区生产总值', metricWord: null, before: '增长', clause: '增长12%',
 *   phrase: '地区生产总值达到17600亿元、增长', tier: null, tierOnly: false }).kind // 'growth'
 */
export function classifyTarget(c: TargetContext): TargetClass {
  const { unit, subject } = c;
  const indicator = INDICATOR_SUBJECT.test(subject) && !/企业|项目/.test(subject.slice(-2));
  let kind: TargetKind;
  const beforeTail = c.before.slice(-12);
  const rewardClause =
    (REWARD_WORDS.test(c.clause) && !/基金|专项资金/.test(c.clause)) ||
    /安排[^，,]*经费|^金额|^标准/.test(c.clause);
  if (rewardClause && (unit === 'yuan' || unit === 'percent')) {
    kind = 'reward';
  } else if (unit === 'multiple') kind = 'multiple';
  else if (unit === 'percentage_point')
    kind = /高于|低于|快于|超过|领先|落后/.test(c.phrase) ? 'relative' : 'growth';
  else if (CHANGE_UNITS.has(unit) && CHANGE_BY.test(beforeTail))
    // 人均预期寿命提高1岁 is a change from the base year, not a level (提高到79岁 is a level)
    kind = 'relative';
  else if (
    unit === 'yuan_per_mu' ||
    (/亩均|每亩|亩产/.test(c.phrase) && !(unit === 'percent' && GROWTH_WORDS.test(beforeTail)))
  )
    // 亩均税收年均增长7% is the growth of an intensity, not an intensity
    kind = 'intensity';
  else if (unit === 'percent') {
    if (
      /率|占比|比重|比例|占|集中度|覆盖/.test(c.metricWord ?? '') ||
      /率$|集中度$|占比$|比重$|比例$/.test(subject)
    )
      kind = 'share';
    else if (GROWTH_WORDS.test(beforeTail) || lastGrowthOrShare(c.phrase) === 'growth') kind = 'growth';
    else if (/率|占比|比重|比例|占/.test(c.phrase)) kind = 'share';
    else kind = 'share';
  } else if (unit === 'count' || unit === 'people') kind = 'count';
  else kind = 'level';

  // metric
  let metric: string;
  const word = metricName(c.metricWord);
  if (kind === 'reward') metric = unit === 'percent' ? '比率' : '金额';
  else if (kind === 'relative' && CHANGE_UNITS.has(unit)) metric = '变化量';
  else if (c.tierOnly) metric = '产业规模';
  else if (unit === 'km2' || unit === 'mu' || unit === 'hectare') metric = '面积';
  else if (kind === 'intensity') metric = intensityMetric(`${c.metricWord ?? ''}${c.phrase}`);
  else if (kind === 'count') metric = '数量';
  else if (
    kind === 'share' &&
    (/率$/.test(subject) || /率/.test(c.metricWord ?? '') || /率达/.test(c.phrase))
  )
    metric = '比率';
  else if (indicator && !word) metric = kind === 'growth' ? '增速' : kind === 'share' ? '占比' : '总量';
  else if (indicator && (word === '占比' || kind === 'share')) metric = '占比';
  else if (indicator && kind === 'growth') metric = '增速';
  else if (kind === 'share') metric = '占比';
  else if (kind === 'multiple' && (word === '数量' || /数$/.test(c.metricWord ?? ''))) metric = '数量';
  else if (word) metric = word;
  else if (kind === 'growth') metric = '增速';
  else if (kind === 'relative')
    metric = CHANGE_UNITS.has(unit) ? '变化量' : /增速|增长/.test(c.phrase) ? '增速' : '水平';
  else if (unit === 'yuan' || unit === 'usd')
    metric = /投资/.test(subject)
      ? '投资额'
      : /基金|资金|经费/.test(c.phrase + subject) || !c.tier
        ? '金额'
        : '产业规模';
  else metric = '数量';
  if (indicator && kind === 'level' && metric !== '总量' && (unit === 'yuan' || unit === 'usd') && !word)
    metric = '总量';

  // subject type
  let subject_type: SubjectType = 'other';
  if (kind === 'reward') subject_type = 'policy_reward';
  else if (indicator && kind !== 'count' && !/项目[^率]*率$/.test(subject)) subject_type = 'indicator';
  else {
    // the keyword nearest the end of the subject names its head (示范企业(平台、项目) → firms)
    const look = `${c.rawSubject ?? subject}`.replace(/[(（][^)）]*[)）]/g, '');
    let best = -1;
    for (const [re, t] of SUBJECT_TYPE_WORDS) {
      const g = new RegExp(re.source, 'g');
      for (let m = g.exec(look); m; m = g.exec(look)) {
        const end = m.index + m[0].length;
        if (end > best) {
          best = end;
          subject_type = t as SubjectType;
        }
      }
    }
    if (metric === '金额' && /基金|资金|经费/.test(look)) subject_type = 'funds';
    // a subject that is only the metric (亩均税收) takes its type from the scope (重点工业园区 → parks)
    if (
      subject_type === 'other' &&
      (kind === 'intensity' || subject === metric) &&
      /园区|开发区|产业园/.test(c.scope ?? '')
    )
      subject_type = 'parks';
    if (unit === 'people') subject_type = 'talent';
    if (
      (c.tier || /集群|块状经济|产业板块/.test(c.phrase)) &&
      (subject_type === 'industry' || subject_type === 'other' || subject_type === 'cluster')
    )
      subject_type = 'cluster';
    if (subject_type === 'other' && /^(?:产值|营业收入|增加值|产业规模)$/.test(metric))
      subject_type = 'industry';
  }

  // price basis
  let price_basis: PriceBasis = 'unspecified';
  const about = `${subject}${c.metricWord ?? ''}${metric}`;
  if (kind === 'growth' || kind === 'multiple' || kind === 'relative') {
    if (/能耗|排放|用水|强度/.test(about)) price_basis = 'unspecified';
    else if (/增加值|生产总值|GDP/.test(about)) price_basis = 'real';
    else if (/投资|零售|消费|进出口|出口|外资|收入|产值|销售|税收|到位资金|营收|产业规模/.test(about))
      price_basis = 'nominal';
  } else if (unit === 'yuan' || unit === 'usd' || unit === 'yuan_per_mu') price_basis = 'nominal';
  return { kind, metric, subject_type, price_basis };
}
