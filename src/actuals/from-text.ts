/**
 * `actualsFromText`: the outcomes and estimates of a text (a 统计公报, a 政府工作报告, a news report) as actuals rows,
 * each with its provenance (the verbatim quote, its offsets and the mention id). Built on the extractor's mentions
 * table (`extractMentions`, role `outcome` or `estimate`); every such mention is one record in: a row used, or a
 * reject with the reason (no subject, a unit the unit table does not know, a change over several years…).
 */
import { dropUnlessTooShort } from '../dictionaries/names.js';
import { placeOf, resolvePlace, wholeScopeOf } from '../dictionaries/places.js';
import { extractMentions, type MentionOptions } from '../mentions/extract.js';
import type { MentionRow } from '../mentions/types.js';
import { normalizeUnit } from '../quantities/units.js';
import type { PriceBasis } from '../targets/types.js';
import { readIndicator, readQualifier } from './interpret.js';
import { readMetric } from './metric.js';
import { growthBasisFor } from './normalize.js';
import type { ActualRow, Bound, LoadResult, RejectRow } from './types.js';

/** Options of {@link actualsFromText}: the extractor's options (all read from the text when absent), and a source. */
export interface TextActualsOptions extends Partial<MentionOptions> {
  /** Where the text comes from (a URL or a citation), written into every row's `source`. Default: the file name. */
  source?: string;
  /** The file name used in rejects. Default: `docId`. */
  fileName?: string;
}

/** One rule that cleans the phrase before a figure into an indicator name, with an example the tests check. */
export interface PhraseRule {
  name: string;
  example: readonly [string, string];
  apply: (s: string) => string;
}

const LEADING =
  /^(?:其中|特别是|同时|此外|全年|年末|年底|年初|去年|上年|今年|当年|预计|初步核算|初步统计|经初步核算|据初步核算|截至\d{4}年(?:\d{1,2}月)?(?:底|末)?|\d{4}年(?:末|底|全年)?|全市|全省|全国|全区|全县|我市|我省|本市|本省|全社会(?=固定资产投资)|实现|完成|共有|共|累计)+/;
const TRAILING =
  /(?:比上年|同比|较上年|比去年)?(?:增长|下降|增加|减少|提高|提升|降低|降)?(?:至|到|了)?$|(?:达到|达|突破|超过|超|逾|近|约|为|是|共计|合计|总计|累计|实现|完成|大幅|分别|仍|控制在|保持在|稳定在|维持在|按可比价格计算|按可比价计算|按不变价格计算)+$/;

/** The steps that turn the phrase before a figure into an indicator name (rules as data). */
export const PHRASE_RULES: readonly PhraseRule[] = [
  {
    name: 'chain',
    example: ['城镇新增就业690万人、占全国1/10、新增医疗机构床位', '新增医疗机构床位'],
    apply: (s) => {
      // a phrase holding earlier figures of the same sentence: keep what follows the last of them
      const parts = s.split(/[、，,；;：:]/);
      let i = parts.length - 1;
      while (i > 0 && !/\d/.test(parts.slice(0, i).join(''))) i--;
      return i > 0 && /\d/.test(parts.slice(0, i).join('')) ? parts.slice(i).join('、') : s;
    },
  },
  {
    name: 'leading-words',
    example: ['预计2022年全省地区生产总值', '地区生产总值'],
    apply: (s) => dropUnlessTooShort(s, LEADING),
  },
  {
    name: 'inner-verb',
    example: ['第一产业实现增加值', '第一产业增加值'],
    apply: (s) =>
      s.replace(/(?:实现|完成|达到)(?=总?(?:增加值|产值|营业收入|主营业务收入|收入|投资|产量|进出口))/, ''),
  },
  {
    name: 'trailing-words',
    example: ['高等教育毛入学率提高至', '高等教育毛入学率'],
    apply: (s) => {
      let t = s;
      for (let k = 0; k < 4; k++) {
        const u = t.replace(TRAILING, '');
        if (u === '') return ''; // only words of change: 同比增长
        if (u === t || u.length < 2) break;
        t = u;
      }
      return t;
    },
  },
];

/** Phrases that name no indicator: a growth rate stated after its level (…亿元，增长8.0%), a bare verb. */
const GENERIC =
  /^(?:增长|下降|增速|增幅|同比|比上年|按可比价格?计算|按不变价格计算|其中|分别|跨过|超过|完成|新增|增加|减少|达到|突破|国家级|省级|市级|共|.)?$/;

/** Words that make a figure a change or an average over several years (五年净增608万户, 年均增长5%). */
const MULTI_YEAR = /^(?:[一二三四五六七八九十两]+年|\d+年来|年均|累计|历年)/;

/** A phrase that states a growth rate (增长, 下降…), not a level reached (提高至57%). */
const GROWTH_PHRASE = /(?:增长|下降|增速|增幅|回落|减少|降低)$/;
const LEVEL_PHRASE = /(?:提高|提升|降|下降|增|增长)(?:至|到)$|(?:达到|达|为)$/;

/**
 * The indicator a phrase names: {@link PHRASE_RULES} in order.
 *
 * @example
 * cleanPhrase('全市实现农林牧渔业总产值') // '农林牧渔业总产值'
 * cleanPhrase('同比增长') // ''
 */
export function cleanPhrase(phrase: string): string {
  let s = phrase.trim();
  for (const r of PHRASE_RULES) s = r.apply(s);
  s = s.replace(/^[、，,；;：:（(\s]+|[、，,；;：:（(\s]+$/g, '');
  return GENERIC.test(s) ? '' : s;
}

/** Why a mention cannot be an actual, or `null` when it can (rules as data: each with an example the tests check). */
const REJECT_RULES: readonly { name: string; test: (m: MentionRow) => string | null }[] = [
  {
    name: 'period',
    test: (m) =>
      m.period_year === null ? 'no period: the text does not say which year the figure is for' : null,
  },
  {
    name: 'multi-year',
    test: (m) =>
      m.period_start_year !== null && m.period_start_year < (m.period_year ?? m.period_start_year)
        ? `a change or an average over ${m.period_start_year}–${m.period_year}, not one year's figure`
        : null,
  },
  {
    name: 'unit',
    test: (m) =>
      m.unit === 'number'
        ? m.source_unit
          ? `unit "${m.source_unit}" is not in the unit table`
          : 'no unit: a bare number'
        : null,
  },
  {
    name: 'points',
    test: (m) =>
      m.unit === 'percentage_point'
        ? 'a difference in percentage points, not a level or a growth rate'
        : null,
  },
  {
    name: 'multiple',
    test: (m) => (m.unit === 'multiple' ? 'a multiple (翻番, 倍) of a base the figure does not state' : null),
  },
  {
    name: 'range',
    test: (m) => (m.value_max !== null ? 'a range, not one figure' : null),
  },
  {
    name: 'year',
    test: (m) => (m.unit === 'year' ? 'a calendar year, not a figure' : null),
  },
];

const BOUND_OF: Record<string, Bound> = { '>': '>', '<': '<', '<=': '<=', '~': '~', '=': '=' };

/** A figure's bound as an actual: 超过/突破 `>`, 以上 `>=`, 约/左右 `~`; 达/达到 state the value itself. */
function boundOf(m: MentionRow): Bound {
  if (m.comparator === '>=') return /以上|不低于|不少于/.test(m.quote) ? '>=' : '=';
  return m.comparator ? (BOUND_OF[m.comparator] ?? '=') : '=';
}

/** The phrase before the figure in a mention's quote, and the figure's sign as written (增长-1.3%). */
function phraseOf(m: MentionRow): { phrase: string; negative: boolean } {
  const q = m.quote;
  let i = q.length;
  // the figure is at the end of the quote: step back over its unit, then its number
  while (i > 0 && !/[\d０-９]/.test(q[i - 1]!)) i--;
  while (i > 0 && /[\d０-９.．,，/]/.test(q[i - 1]!)) i--;
  let phrase = q.slice(0, i);
  const negative = /[-−－]$/.test(phrase);
  if (negative) phrase = phrase.slice(0, -1);
  return { phrase, negative };
}

/** Whether a phrase holds a figure with a unit (3座, 150万户, 49.7%): then it is a chain of figures, not a name. */
function holdsFigure(s: string): boolean {
  for (const m of s.matchAll(/\d[\d.]*\s*(%|[\u4e00-\u9fff]{1,3})/g)) {
    const after = m[1]!;
    if (after === '%') return true;
    for (let n = after.length; n >= 1; n--) {
      const u = normalizeUnit(after.slice(0, n));
      if (u && u.unit !== 'year' && u.unit !== 'number') return true;
    }
  }
  return false;
}

/** What {@link actualsFromText} returns: a load result whose rows carry their mention ids and offsets. */
export type TextActualsResult = LoadResult;

/**
 * The outcomes and estimates of a text as actuals rows. Each `outcome` or `estimate` mention of
 * `extractMentions` is one record: used (an {@link ActualRow} with `quote`, `mention_id`, `span_start`, `span_end`;
 * `preliminary` for 预计 estimates; a growth rate as `growth_pct` with its price basis) or rejected with the reason.
 * `rowsIn === rows.length + rejects.length`, and each record is one value cell. The indicator is the phrase before
 * the figure, cleaned by {@link PHRASE_RULES} (a growth rate stated after its level takes the level's indicator), and
 * is read by the same indicator and metric readers as a table's 指标 column.
 *
 * Complexity: O(text) for the mentions, then O(mentions).
 *
 * @example
 * const r = actualsFromText('2018年嵊州市国民经济和社会发展统计公报\n全市实现地区生产总值560.65亿元，同比增长8.0%。',
 *   { docId: 'shengzhou-2018', region: '嵊州市', issuedYear: 2019 });
 * r.rows[0] // { subject: '地区生产总值', year: 2018, value: 56065000000, unit: 'yuan', mention_id: 'shengzhou-2018:…', … }
 * @throws {Error} when no issue year is given or stated in the text (the extractor needs one to date the figures).
 */
export function actualsFromText(text: string, options: TextActualsOptions = {}): TextActualsResult {
  const docId = options.docId || options.fileName || 'text';
  const mentions = extractMentions(text, { ...options, docId } as MentionOptions).filter(
    (m) => m.role === 'outcome' || m.role === 'estimate',
  );
  const file = options.fileName ?? docId;
  const source = options.source ?? file;
  const rows: ActualRow[] = [];
  const rejects: RejectRow[] = [];
  let previous: Previous | null = null;
  mentions.forEach((m, k) => {
    const read = readMention(m, previous, source);
    if ('reason' in read) {
      rejects.push({ file, row: k + 1, column: '', reason: read.reason, raw: `${m.mention_id}: ${m.quote}` });
      return;
    }
    rows.push(read.row);
    if (read.row.value !== null)
      previous = { indicator: read.row.indicator, end: m.span_end, year: m.period_year };
  });
  return {
    rows,
    rejects,
    rowsIn: mentions.length,
    cells: { in: mentions.length, used: rows.length, rejected: rejects.length },
    warnings: [],
  };
}

/** The level figure read just before, which a growth rate or a share stated right after it refers to. */
interface Previous {
  indicator: string;
  end: number;
  year: number | null;
}

/** The indicator a mention names, and whether it is a growth rate: from its phrase, or the level just before it. */
function nameOf(m: MentionRow, previous: Previous | null): { indicator: string; growth: boolean } {
  const said = phraseOf(m).phrase.trim();
  const growth =
    m.kind === 'growth' &&
    m.unit === 'percent' &&
    !LEVEL_PHRASE.test(said) &&
    (said === '' || GROWTH_PHRASE.test(said) || /增长|下降/.test(said));
  const indicator = cleanPhrase(said);
  // a growth rate after its level (…560.65亿元，同比增长8.0%) takes the level's indicator; a share of the whole
  // after a level (企业超过700万户、占全国1/7) is that level's share
  const chained = previous !== null && m.span_start - previous.end <= 12 && previous.year === m.period_year;
  if (growth && chained && (indicator === '' || said.length <= 8))
    return { indicator: previous!.indicator, growth };
  if (growth && indicator === '' && GROWTH_PHRASE.test(said))
    return { indicator: cleanPhrase(m.subject), growth };
  if (indicator.startsWith('占') && chained)
    return {
      indicator: `${previous!.indicator}${indicator}${/比重|比例$/.test(indicator) ? '' : '比重'}`,
      growth,
    };
  return { indicator, growth };
}

/** Why an indicator name cannot be an actual's, or `null`. */
function nameProblem(indicator: string): string | null {
  if (indicator === '') return 'no subject: the phrase before the figure names no indicator';
  if (MULTI_YEAR.test(indicator))
    return `"${indicator}": a change or an average over several years, not one year's figure`;
  if (indicator.startsWith('占')) return `no subject: "${indicator}" is a share of an unnamed whole`;
  if (holdsFigure(indicator)) return `no subject: "${indicator}" is a chain of other figures`;
  return null;
}

/** One mention as an actual row, or the reason it cannot be one. */
function readMention(
  m: MentionRow,
  previous: Previous | null,
  source: string,
): { row: ActualRow } | { reason: string } {
  const why = REJECT_RULES.map((r) => r.test(m)).find((x) => x !== null);
  if (why) return { reason: why };
  const { indicator, growth } = nameOf(m, previous);
  const problem = nameProblem(indicator);
  if (problem) return { reason: problem };
  if (m.kind === 'growth' && m.unit !== 'percent')
    return { reason: `a growth stated in ${m.source_unit}, not in percent` };
  const share = /占(.{1,16}?)的?(比重|比例)/.exec(m.quote);
  const name =
    !growth && m.unit === 'percent' && share && !/占|比重|比例/.test(indicator)
      ? `${indicator}占${share[1]}${share[2]}`
      : indicator;
  const reading = readIndicator(name);
  const place = placeOf(m.region, m.scope, m.region_code) ?? resolvePlace(m.region);
  const top = place !== null && ['nation', 'province', 'prefecture_city'].includes(place.level);
  const q = readQualifier(m.quote);
  const value = (phraseOf(m).negative ? -1 : 1) * m.value;
  const metric = reading.metric ?? readMetric(name, growth ? null : m.unit, null).metric;
  const basis: PriceBasis = growth
    ? /可比价|不变价/.test(m.quote)
      ? 'real'
      : growthBasisFor(reading.subject, reading.metric)
    : m.unit === 'yuan' || m.unit === 'usd'
      ? 'nominal'
      : 'unspecified';
  const row: ActualRow = {
    region: place ? (top ? place.name : place.region) : m.region,
    region_code: place ? (top ? place.code : place.regionCode) : m.region_code,
    scope: place ? (top ? wholeScopeOf(place) : place.name) : m.scope,
    subject: reading.subject,
    metric,
    indicator: name,
    year: m.period_year!,
    period: q.period,
    value: growth ? null : value,
    unit: growth ? null : m.unit,
    bound: growth ? null : boundOf(m),
    growth_pct: growth ? value : null,
    growth_bound: growth ? boundOf(m) : null,
    price_basis: basis,
    preliminary: m.role === 'estimate' || reading.preliminary,
    source,
    quote: m.quote,
    mention_id: m.mention_id,
    span_start: m.span_start,
    span_end: m.span_end,
  };
  const notes = [...reading.notes, ...q.notes];
  if (notes.length) row.note = [...new Set(notes)].join('; ');
  return { row };
}
