/**
 * Indicator names as keys: the same indicator written two ways (`每千人口拥有执业（助理）医师` and
 * `每千人口拥有执业(助理)医师数`, `社零` and `社会消费品零售总额`, `地表水…水体` and `地表水…水体比例`) gets one key.
 * The key drops what says *how* a thing is measured (数, 比例, 率, 总额…); the metric is read separately
 * (`src/actuals/metric.ts`), so two names with one key and different metrics are still told apart.
 */
import { toSimplified } from '../text/simplified.js';
import { readDictionary } from './load.js';

/** One step of the name key, with an example the tests check. */
export interface NameRule {
  name: string;
  /** What the rule does, for the docs. */
  does: string;
  example: readonly [string, string];
  apply: (s: string) => string;
}

/** The abbreviations of `data/dictionaries/abbreviations.csv`, longest first. */
export function abbreviations(): readonly (readonly [string, string])[] {
  if (abbrevCache) return abbrevCache;
  abbrevCache = readDictionary('abbreviations.csv')
    .map((r) => [r.name!, r.expansion ?? ''] as const)
    .filter(([, e]) => e !== '')
    .sort((a, b) => b[0].length - a[0].length);
  return abbrevCache;
}
let abbrevCache: (readonly [string, string])[] | null = null;

/** Expand abbreviations in one left-to-right pass, longest first (an expansion is never expanded again). */
function expand(s: string): string {
  const table = abbreviations();
  let out = '';
  let i = 0;
  outer: while (i < s.length) {
    for (const [abbr, full] of table) {
      if (s.startsWith(abbr, i)) {
        out += full;
        i += abbr.length;
        continue outer;
      }
    }
    out += s[i];
    i++;
  }
  return out;
}

/** A bracket holding only a unit or nothing: `(%)`, `(亿元)`, `(人)`, `(万吨标准煤)`, `(‰)`. */
const UNIT_BRACKET =
  /\((?:%|‰|[十百千万亿]*(?:元|美元|人|个|件|家|户|吨|吨标准煤|标准煤|千瓦|千瓦时|公里|平方公里|公顷|亩|岁|年|项|张|床|斤|人次|立方米))?\)/g;

/** Words before a name that say where or when, not what (全年 社会消费品零售总额, 年末 常住人口城镇化率). */
const LEADING = /^(?:全年|年末|年底|年初|全国|全省|全市|全区|全县|全社会|我国|本市|本省|其中:?|其中)+/;

/**
 * `s` without what `re` matches, unless fewer than two characters would be left (a name is never cut to nothing).
 *
 * @example
 * dropUnlessTooShort('全年社零', /^全年/) // '社零'
 * dropUnlessTooShort('全年', /^全年/) // '全年'
 */
export function dropUnlessTooShort(s: string, re: RegExp): string {
  const t = s.replace(re, '');
  return t.length >= 2 ? t : s;
}

/** Endings that say how a thing is measured, not what it is. Longest first; at most one is dropped. */
const TRAILING = [
  '增长速度',
  '增长率',
  '增速',
  '增幅',
  '增长',
  '总数量',
  '数量',
  '个数',
  '总数',
  '人数',
  '户数',
  '家数',
  '比率',
  '比例',
  '比重',
  '占比',
  '总额',
  '总量',
  '数',
  '率',
];

/**
 * The steps of {@link indicatorKey}, in order (rules as data: each example is a test).
 */
export const NAME_RULES: readonly NameRule[] = [
  {
    name: 'nfkc',
    does: 'Unicode NFKC (full-width letters, digits and brackets to ASCII; Ⅲ to III), upper-case Latin letters',
    example: ['每千人口拥有执业（助理）医师，gdp', '每千人口拥有执业(助理)医师,GDP'],
    apply: (s) => s.normalize('NFKC').replace(/[a-z]/g, (c) => c.toUpperCase()),
  },
  {
    name: 'simplified',
    does: 'traditional characters to simplified ones',
    example: ['社會消費品零售總額', '社会消费品零售总额'],
    apply: toSimplified,
  },
  {
    name: 'spacing',
    does: 'drop spaces, quotes and title marks',
    example: ['“十四五” 期间 研发 投入', '十四五期间研发投入'],
    apply: (s) => s.replace(/[\s"'“”‘’《》〈〉「」『』]/g, ''),
  },
  {
    name: 'unit-brackets',
    does: 'drop a bracket that holds only a unit: (%), (亿元), (人)',
    example: ['常住人口城镇化率(%)', '常住人口城镇化率'],
    apply: (s) => s.replace(UNIT_BRACKET, ''),
  },
  {
    name: 'latin-gloss',
    does: 'drop a bracket that glosses the words before it in Latin letters: (R&D), (GDP), (FDI)',
    example: ['研究与试验发展(R&D)经费投入', '研究与试验发展经费投入'],
    apply: (s) => s.replace(/\((?=[^()]*[A-Z])[A-Z0-9&.\- ]+\)/g, ''),
  },
  {
    name: 'abbreviations',
    does: 'expand abbreviations (data/dictionaries/abbreviations.csv): 社零, 规上, GDP, 单位GDP, 能耗, R&D…',
    example: ['单位GDP能耗', '单位生产总值能源消耗'],
    apply: expand,
  },
  {
    name: 'leading-words',
    does: 'drop leading words of time and place: 全年, 年末, 全国, 全市, 全社会, 其中',
    example: ['年末常住人口城镇化率', '常住人口城镇化率'],
    apply: (s) => dropUnlessTooShort(s, LEADING),
  },
  {
    name: 'per-capita-filler',
    does: 'drop the verb of 每千人口拥有…/每万人口拥有… (the statistic is the same with or without it)',
    example: ['每千人口拥有执业(助理)医师', '每千人口执业(助理)医师'],
    apply: (s) => s.replace(/(每[十百千万]+(?:人口|人|户))(?:拥有|拥|有)/g, '$1'),
  },
  {
    name: 'measure-suffix',
    does: 'drop one ending that says how a thing is measured: 数, 数量, 比例, 比重, 率, 总额, 增速…',
    example: ['地表水达到或好于III类水体比例', '地表水达到或好于III类水体'],
    apply: (s) => {
      for (const t of TRAILING) if (s.endsWith(t) && s.length - t.length >= 2) return s.slice(0, -t.length);
      return s;
    },
  },
];

const keyCache = new Map<string, string>();

/**
 * The key two names of the same indicator share: {@link NAME_RULES} applied in order (NFKC, simplified characters,
 * spacing, unit brackets, abbreviations, leading words, one measure suffix). Names are compared by key; the metric
 * is compared separately, so `城镇调查失业率` and `城镇调查失业人数` share nothing they should not.
 *
 * Complexity: O(length × abbreviations) on first sight of a name, O(1) after.
 *
 * @example
 * indicatorKey('每千人口拥有执业（助理）医师') === indicatorKey('每千人口拥有执业(助理)医师数') // true
 * indicatorKey('社零') === indicatorKey('社会消费品零售总额') // true
 * indicatorKey('GDP') === indicatorKey('国内生产总值') // true
 * @throws {Error} only when data/dictionaries/abbreviations.csv is missing or malformed.
 */
export function indicatorKey(name: string): string {
  const hit = keyCache.get(name);
  if (hit !== undefined) return hit;
  let s = name;
  for (const r of NAME_RULES) s = r.apply(s);
  keyCache.set(name, s);
  return s;
}

/**
 * Character-bigram similarity of two keys (Dice coefficient, 0..1): how close two names are when their keys differ.
 * Used to name the near misses a user may want to pair with a mapping row; never to pair by itself.
 *
 * @example
 * nameSimilarity('全社会研发经费投入', '研究与试验发展经费支出') < 0.5 // true
 */
export function nameSimilarity(a: string, b: string): number {
  const grams = (s: string): Map<string, number> => {
    const m = new Map<string, number>();
    for (let i = 0; i + 1 < s.length; i++) {
      const g = s.slice(i, i + 2);
      m.set(g, (m.get(g) ?? 0) + 1);
    }
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  let common = 0;
  let total = 0;
  for (const n of ga.values()) total += n;
  for (const n of gb.values()) total += n;
  for (const [g, n] of ga) common += Math.min(n, gb.get(g) ?? 0);
  return total === 0 ? (a === b ? 1 : 0) : (2 * common) / total;
}
