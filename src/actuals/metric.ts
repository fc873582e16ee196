/**
 * The metric: what is measured about a subject (产值, 营业收入, 增加值, 比率, 数量, 增速…), read by one function for a
 * target and for an actual, so that both sides speak one vocabulary. A percent level is `比率`/`占比` on both sides
 * (family `share`); 产值 ≠ 营业收入 ≠ 增加值 ≠ 产业规模 stay apart (family `level`, compared by name).
 */
import type { BaseUnit } from '../quantities/types.js';

/** Families of metrics: two metrics can pair only within a family (and, for `level`, only by the same name). */
export type MetricFamily = 'growth' | 'share' | 'count' | 'level' | 'intensity';

/** One metric of the vocabulary, the words that name it, and an example the tests check. */
export interface MetricRule {
  /** The canonical name. */
  metric: string;
  family: MetricFamily;
  /** Other words for it, as an extractor or a table header may state it (`占比` for `比率`…). */
  synonyms: readonly string[];
  /** Endings of an indicator name that state it (`光电子信息产业规模` ends in 产业规模). Longest first overall. */
  endings: readonly string[];
  /** `readMetric(name, unit, stated)` gives `metric`: the tests check every rule's example. */
  example: readonly [name: string, unit: string | null, stated: string | null, metric: string];
}

/**
 * The metric vocabulary (rules as data). Order matters only for endings: the longest ending that fits wins.
 */
export const METRIC_RULES: readonly MetricRule[] = [
  {
    metric: '增速',
    family: 'growth',
    synonyms: ['增长', '增长率', '增幅', '增长速度', '增速'],
    endings: [],
    example: ['地区生产总值', 'percent', '增速', '增速'],
  },
  {
    metric: '产业规模',
    family: 'level',
    synonyms: ['规模'],
    endings: ['产业规模', '规模'],
    example: ['光电子信息产业规模', 'yuan', null, '产业规模'],
  },
  {
    metric: '营业收入',
    family: 'level',
    synonyms: ['主营业务收入', '总收入', '业务收入', '收入'],
    endings: ['主营业务收入', '营业收入', '业务收入', '总收入'],
    example: ['规上工业企业营业收入', 'yuan', null, '营业收入'],
  },
  {
    metric: '销售产值',
    family: 'level',
    synonyms: [],
    endings: ['销售产值'],
    example: ['工业销售产值', 'yuan', null, '销售产值'],
  },
  {
    metric: '产值',
    family: 'level',
    synonyms: ['总产值'],
    endings: ['总产值', '产值'],
    example: ['汽车制造业产值', 'yuan', null, '产值'],
  },
  {
    metric: '增加值',
    family: 'level',
    synonyms: [],
    endings: ['增加值'],
    example: ['第二产业增加值', 'yuan', null, '增加值'],
  },
  {
    metric: '到位资金',
    family: 'level',
    synonyms: ['实际到位资金'],
    endings: ['实际到位资金', '到位资金'],
    example: ['产业项目到位资金', 'yuan', null, '到位资金'],
  },
  {
    metric: '协议投资额',
    family: 'level',
    synonyms: [],
    endings: ['协议投资额'],
    example: ['新签约项目协议投资额', 'yuan', null, '协议投资额'],
  },
  {
    metric: '合同投资额',
    family: 'level',
    synonyms: [],
    endings: ['合同投资额'],
    example: ['项目合同投资额', 'yuan', null, '合同投资额'],
  },
  {
    metric: '投资额',
    family: 'level',
    synonyms: ['总投资'],
    endings: ['总投资', '投资额'],
    example: ['亿元以上项目总投资', 'yuan', null, '投资额'],
  },
  {
    metric: '产能',
    family: 'level',
    synonyms: ['年产能'],
    endings: ['年产能', '产能'],
    example: ['动力电池产能', 'kwh', null, '产能'],
  },
  {
    metric: '产量',
    family: 'level',
    synonyms: [],
    endings: ['产量'],
    example: ['新能源汽车产量', 'count', null, '产量'],
  },
  {
    metric: '亩均税收',
    family: 'intensity',
    synonyms: [],
    endings: ['亩均税收'],
    example: ['工业园区亩均税收', 'yuan_per_mu', null, '亩均税收'],
  },
  {
    metric: '税收',
    family: 'level',
    synonyms: [],
    endings: ['税收'],
    example: ['规上工业税收', 'yuan', null, '税收'],
  },
  {
    metric: '占比',
    family: 'share',
    synonyms: ['比重', '比例', '份额'],
    endings: ['比重', '比例', '占比'],
    example: ['技改投资占工业投资比重', 'percent', null, '占比'],
  },
  {
    metric: '比率',
    family: 'share',
    synonyms: ['率'],
    endings: ['率'],
    example: ['常住人口城镇化率', 'percent', null, '比率'],
  },
  {
    metric: '比值',
    family: 'share',
    synonyms: [],
    endings: [],
    example: ['农产品加工产值与农业产值之比', null, '比值', '比值'],
  },
  {
    metric: '数量',
    family: 'count',
    synonyms: ['个数', '数', '总数', '家数', '户数', '人数'],
    endings: ['数量', '个数', '总数', '家数', '户数', '人数', '数'],
    example: ['高新技术企业数', 'count', null, '数量'],
  },
  {
    metric: '总量',
    family: 'level',
    synonyms: ['总额'],
    endings: [],
    example: ['地区生产总值', 'yuan', null, '总量'],
  },
  {
    metric: '金额',
    family: 'level',
    synonyms: [],
    endings: [],
    example: ['产业基金', 'yuan', '金额', '金额'],
  },
  {
    metric: '面积',
    family: 'level',
    synonyms: [],
    endings: ['面积'],
    example: ['粮食播种面积', 'km2', null, '面积'],
  },
];

const BY_WORD = new Map<string, MetricRule>();
for (const r of METRIC_RULES) {
  BY_WORD.set(r.metric, r);
  for (const s of r.synonyms) if (!BY_WORD.has(s)) BY_WORD.set(s, r);
}

/** Every ending of {@link METRIC_RULES}, longest first, with its rule. */
export const METRIC_ENDINGS: readonly (readonly [string, MetricRule])[] = METRIC_RULES.flatMap((r) =>
  r.endings.map((e) => [e, r] as const),
).sort((a, b) => b[0].length - a[0].length);

/** What {@link readMetric} decides. */
export interface MetricReading {
  metric: string;
  family: MetricFamily;
  /** `stated`, `name` (from the name's ending), or `unit` (from the unit alone). */
  from: 'stated' | 'name' | 'unit';
}

const GENERIC = new Set(['总量', '数量', '金额', '']);

/** The metric a unit alone implies: a percent level is a 比率, a count a 数量, anything else a 总量. */
function fromUnit(unit: BaseUnit | string | null): MetricRule {
  if (unit === 'percent' || unit === 'permille') return BY_WORD.get('比率')!;
  if (unit === 'count' || unit === 'people') return BY_WORD.get('数量')!;
  if (unit === 'yuan_per_mu') return BY_WORD.get('亩均税收')!;
  return BY_WORD.get('总量')!;
}

/** The metric an indicator name's ending states, or `null`. */
export function metricOfName(name: string): MetricRule | null {
  for (const [ending, rule] of METRIC_ENDINGS)
    if (name.endsWith(ending) && name.length > ending.length) return rule;
  return null;
}

/**
 * Read the metric of a target or an actual the same way: a specific stated metric (产值, 营业收入, 增速…) wins; a
 * generic one (总量, 数量, 金额, or none) gives way to the name's ending (…产值, …率, …数); then the unit decides
 * (percent → 比率, a count → 数量). A percent figure is never a count or a level: `常住人口城镇化率` in % is a 比率
 * whether a target or an actual says so, and `占比` and `比率` are one family.
 *
 * Complexity: O(endings) per call.
 *
 * @example
 * readMetric('常住人口城镇化率', 'percent', '占比') // { metric: '占比', family: 'share', from: 'stated' }
 * readMetric('常住人口城镇化率', 'percent', null) // { metric: '比率', family: 'share', from: 'name' }
 * readMetric('光电子信息产业规模', 'yuan', '总量') // { metric: '产业规模', family: 'level', from: 'name' }
 * readMetric('新登记市场主体', 'count', null) // { metric: '数量', family: 'count', from: 'unit' }
 */
export function readMetric(
  name: string,
  unit: BaseUnit | string | null,
  stated: string | null | undefined,
  kind?: string,
): MetricReading {
  const percent = unit === 'percent' || unit === 'permille';
  if (kind === 'growth') return { metric: '增速', family: 'growth', from: 'stated' };
  const said = stated ? BY_WORD.get(stated) : undefined;
  if (said && !GENERIC.has(said.metric)) {
    // a percent figure stated as a level metric (产值…) is a share of it, unless it is a growth rate
    if (percent && said.family !== 'growth' && said.family !== 'share')
      return { metric: '比率', family: 'share', from: 'unit' };
    return { metric: said.metric, family: said.family, from: 'stated' };
  }
  if (percent && kind !== 'multiple') {
    const byName = metricOfName(name);
    if (byName?.family === 'share') return { metric: byName.metric, family: 'share', from: 'name' };
    if (said?.family === 'share') return { metric: said.metric, family: 'share', from: 'stated' };
    return { metric: '比率', family: 'share', from: 'unit' };
  }
  const byName = metricOfName(name);
  if (byName && byName.family !== 'share' && byName.family !== 'growth')
    return { metric: byName.metric, family: byName.family, from: 'name' };
  if (said) {
    // 总量 of a count is a 数量 (the number of firms); 总量 of money stays 总量
    if (said.metric === '总量' && (unit === 'count' || unit === 'people'))
      return { metric: '数量', family: 'count', from: 'unit' };
    return { metric: said.metric, family: said.family, from: 'stated' };
  }
  const u = fromUnit(unit);
  return { metric: u.metric, family: u.family, from: 'unit' };
}

/** The family of a metric word (`占比` → share), or `level` for a word the vocabulary does not know. */
export function metricFamily(metric: string): MetricFamily {
  return BY_WORD.get(metric)?.family ?? 'level';
}
