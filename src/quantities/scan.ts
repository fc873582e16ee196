/**
 * The quantity scanner: given a position where a number (or a tier word, 倍增, 翻一番) starts, read the whole
 * quantity around it — comparator and hedge words before, the numeral, 多/余/几, the unit, a range, 以上/左右
 * after — or decide that it is not a quantity (a date, a document number, an ordinal, a name).
 *
 * One pass over char codes: every check looks at a bounded window around the number, so scanning a text of n
 * characters is O(n).
 */
import {
  GROWTH_VERBS,
  INDEX_SUFFIXES,
  NAME_PHRASES,
  PREFIX_WORDS,
  type PrefixWord,
  STRETCH_WORDS,
  SUFFIX_WORDS,
} from './lexicon.js';
import {
  BIG_UNITS,
  CHINESE_DIGITS,
  cleanFloat,
  isArabicDigit,
  isSpace,
  type NumeralRead,
  readNumeral,
  SMALL_UNITS,
} from './numerals.js';
import type { BaseUnit, Comparator, Quantity, QuantityTier } from './types.js';
import { MAX_UNIT_LENGTH, UNIT_TABLE } from './units.js';

/** Start-character classes, indexed by char code. */
const ARABIC = 1;
const CHINESE = 2;
const SPECIAL = 4;
const OPEN = 8;

/** `START[c] !== 0` when a quantity (or something the scanner must skip as a whole) can start at char code c. */
export const START: Uint8Array = buildStart();

function buildStart(): Uint8Array {
  const t = new Uint8Array(65536);
  for (let c = 48; c <= 57; c++) t[c] = ARABIC;
  for (let c = 0xff10; c <= 0xff19; c++) t[c] = ARABIC;
  for (const c of CHINESE_DIGITS.keys()) t[c] = CHINESE;
  for (const c of SMALL_UNITS.keys()) t[c] = CHINESE;
  for (const ch of '万萬') t[ch.charCodeAt(0)] = CHINESE;
  for (const ch of '第倍翻负負-－−') t[ch.charCodeAt(0)] = SPECIAL;
  for (const ch of '“「『《〈〔') t[ch.charCodeAt(0)] = OPEN;
  return t;
}

/** Closing character and maximum span for each opening quote or bracket whose content is a name, not a figure. */
const CLOSERS: ReadonlyMap<number, readonly [number, number]> = new Map([
  ['“'.charCodeAt(0), ['”'.charCodeAt(0), 24]],
  ['「'.charCodeAt(0), ['」'.charCodeAt(0), 24]],
  ['『'.charCodeAt(0), ['』'.charCodeAt(0), 24]],
  ['《'.charCodeAt(0), ['》'.charCodeAt(0), 120]],
  ['〈'.charCodeAt(0), ['〉'.charCodeAt(0), 60]],
  ['〔'.charCodeAt(0), ['〕'.charCodeAt(0), 12]],
] as const);

const NAMES_BY_FIRST: ReadonlyMap<number, readonly string[]> = groupByFirst(NAME_PHRASES);
const PREFIX_BY_LAST: ReadonlyMap<number, readonly PrefixWord[]> = (() => {
  const m = new Map<number, PrefixWord[]>();
  for (const w of PREFIX_WORDS) {
    const k = w.word.charCodeAt(w.word.length - 1);
    const list = m.get(k) ?? [];
    list.push(w);
    m.set(k, list);
  }
  return m;
})();
const UNIT_FIRST: ReadonlySet<number> = new Set([...UNIT_TABLE.keys()].map((k) => k.charCodeAt(0)));

/** Foreign currencies: the figure keeps its value but is not yuan or usd (unit `number`, sourceUnit says which). */
const OTHER_CURRENCIES: readonly string[] = [
  '新台币',
  '瑞士法郎',
  '比特币',
  '日元',
  '港元',
  '港币',
  '欧元',
  '英镑',
  '台币',
  '卢布',
  '韩元',
  '澳元',
  '加元',
  '法郎',
  '美分',
  '奈拉',
];

const TIER_WORDS: ReadonlyMap<string, QuantityTier> = new Map([
  ['五千亿', '五千亿'],
  ['千亿', '千亿'],
  ['五百亿', '五百亿'],
  ['百亿', '百亿'],
  ['十亿', '十亿'],
] as const);

const RANGE_SEPARATORS: ReadonlySet<number> = new Set([...'-－—–~～〜至到'].map((c) => c.charCodeAt(0)));
const CLAUSE_BREAKS: ReadonlySet<number> = new Set([...'，。；;！？!?\n'].map((c) => c.charCodeAt(0)));
const APPROX_MARKS: ReadonlySet<number> = new Set([...'多余几幾餘'].map((c) => c.charCodeAt(0)));

const C = (s: string): number => s.charCodeAt(0);
/** Characters that, right before digits, make them part of a code, URL or formula (.5, %28, q=30, 2^5). */
const CODE_CONTEXT: ReadonlySet<number> = new Set([...'.%=&?#@_\\^/'].map(C));
const CH_DI = C('第');
const CH_YEAR = C('年');
const CH_MONTH = C('月');
const CH_BIG = C('大');
/** What may follow a bare 亿 figure that is money: the end, punctuation, 以上/左右…, or a money noun. */
const MONEY_AFTER_BARE_YI =
  /^(?:$|[^\u4e00-\u9fff]|以上|以下|左右|以内|及以上|之|的|和|与|及|或|至|到|为|是|在|级|量级|大关|台阶|规模|产值|营收|营业|收入|投资|资金|产业|集群|企业|项目|等|、|人民币)/;
/** Person nouns after a bare 万 figure (100万大学生, 5万人才): the figure counts people. */
const PERSON_NOUN =
  /^(?:大学生|大中专|高校毕业生|毕业生|人才|青年|技能人才|高技能人才|农民工|学生|职工|劳动力|从业人员|专业人才|工程师|研究生|博士|硕士|人口|名|人)/;
/** Words after a bare 万 figure that are not the noun it counts (100万以上, 100万的, 100万和…). */
const NOT_A_NOUN = /^(?:以上|以下|左右|以内|及以上|之|的|和|与|及|或|至|到|为|是|在|元|余|多)/;
const CH_GE = C('个');
const CH_PLUS = C('+');
const CH_SLASH = C('/');
const CH_FSLASH = C('／');

/** What the scanner decided at one position. */
export interface ScanResult {
  /** The quantity found, or null when the text at this position is not a quantity. */
  quantity: Quantity | null;
  /** Where scanning should resume (always greater than the position scanned). */
  next: number;
  /** Why nothing was returned (for parseQuantity's error message). */
  reason?: string;
}

function groupByFirst(words: readonly string[]): Map<number, string[]> {
  const m = new Map<number, string[]>();
  for (const w of words) {
    const k = w.charCodeAt(0);
    const list = m.get(k) ?? [];
    list.push(w);
    m.set(k, list);
  }
  for (const list of m.values()) list.sort((a, b) => b.length - a.length);
  return m;
}

/** Skip at most two whitespace characters (spaces, NBSP, a line break inside a sentence broken across lines). */
function skipGap(text: string, j: number): number {
  let k = j;
  while (k < text.length && k < j + 2 && isSpace(text.charCodeAt(k))) k++;
  return k;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** Skip a run of ASCII letters, digits and the joiners of codes (+ - . _ / :). */
function skipCode(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isAsciiAlnum(c) || c === 43 || c === 45 || c === 46 || c === 95 || c === 47 || c === 58) i++;
    else break;
  }
  return i;
}

function skip(next: number, reason: string): ScanResult {
  return { quantity: null, next, reason };
}

/** True when a numeral (Arabic or Chinese) can start at i. */
function numeralAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const f = START[text.charCodeAt(i)]!;
  return (f & (ARABIC | CHINESE)) !== 0;
}

/** A unit found after a number. */
interface UnitHit {
  unit: BaseUnit;
  factor: number;
  word: string;
  end: number;
}

/** The longest unit word starting at j (after at most two spaces), or null. */
function unitAt(text: string, j: number): UnitHit | null {
  const n = text.length;
  const k = skipGap(text, j);
  if (k >= n) return null;
  const c = text.charCodeAt(k);
  if (c === CH_GE && text.charCodeAt(k + 1) === CH_MONTH)
    return { unit: 'number', factor: 1, word: '个月', end: k + 2 };
  for (const cur of OTHER_CURRENCIES)
    if (text.startsWith(cur, k)) return { unit: 'number', factor: 1, word: cur, end: k + cur.length };
  if (!UNIT_FIRST.has(c)) return null;
  for (let len = Math.min(MAX_UNIT_LENGTH, n - k); len >= 1; len--) {
    const word = text.slice(k, k + len);
    const hit = UNIT_TABLE.get(word);
    if (hit === undefined) continue;
    // magnitude words alone are read by the numeral reader, not as units
    if (hit.unit === 'number') continue;
    const after = k + len < n ? text.charCodeAt(k + len) : -1;
    if (word === '次' && after === C('性')) return null;
    if (word.endsWith('人') && after === C('民')) continue;
    if (word === '年' && after === C('均')) return null;
    // a rate per time (30万吨/日, 600立方米/秒, 100亿千瓦时/年 is kept): a unit the table does not know
    const per = /^(?:[/／]|每)(?:日|天|秒|小时|时|月)/.exec(text.slice(k + len, k + len + 4));
    if (per) return { unit: 'number', factor: 1, word: word + per[0], end: k + len + per[0].length };
    return { unit: hit.unit, factor: hit.factor, word, end: k + len };
  }
  return null;
}

/** Comparator/hedge word ending at `end`, if any. */
function prefixAt(text: string, end: number): PrefixWord | null {
  if (end <= 0) return null;
  const list = PREFIX_BY_LAST.get(text.charCodeAt(end - 1));
  if (list === undefined) return null;
  for (const w of list) {
    const s = end - w.word.length;
    if (s < 0 || !text.startsWith(w.word, s)) continue;
    if (w.notAfter !== undefined && s > 0 && w.notAfter.includes(text[s - 1]!)) continue;
    return w;
  }
  return null;
}

function wordEndingAt(text: string, end: number, words: readonly string[]): string | null {
  for (const w of words) {
    const s = end - w.length;
    if (s >= 0 && text.startsWith(w, s)) return w;
  }
  return null;
}

/** 亩均, 每亩 or 亩产 in the same clause before `start` (at most 30 characters back): an amount per mu. */
function perMuContext(text: string, start: number): boolean {
  const lo = Math.max(0, start - 30);
  for (let k = start - 1; k > lo; k--) {
    const c = text.charCodeAt(k);
    if (CLAUSE_BREAKS.has(c)) return false;
    const prev = text.charCodeAt(k - 1);
    if ((c === C('均') || c === C('产')) && prev === C('亩')) return true;
    if (c === C('亩') && prev === C('每')) return true;
  }
  return false;
}

/** A relative word before a rate in the same clause: 高于全省平均水平1.5个百分点, 比全国高2个百分点. */
const RELATIVE_BEFORE: ReadonlyArray<readonly [RegExp, Comparator]> = [
  [/(?:高于|快于|超过|多于|超出)[^\d，,。；;]{0,24}$/, '>'],
  [/(?:低于|慢于|少于)[^\d，,。；;]{0,24}$/, '<'],
  [/比[^\d，,。；;]{1,20}(?<![提增升])(?:高|快|多)(?:出)?$/, '>'],
  [/比[^\d，,。；;]{1,20}(?<![降减])(?:低|慢|少)$/, '<'],
];

/** The comparator a relative phrase before a rate states (for percent and percentage points), if any. */
function relativeComparator(text: string, start: number): Comparator | null {
  const before = text.slice(Math.max(0, start - 30), start);
  for (const [re, c] of RELATIVE_BEFORE) if (re.test(before)) return c;
  return null;
}

/** The numeral and what follows it, before any unit. */
interface Figure {
  value: number;
  /** Offset after the numeral and any 多/余/几 and magnitude that followed it. */
  end: number;
  read: NumeralRead;
  approxMark: boolean;
  /** Product of the magnitude words (万, 亿, 万亿) written in or after the numeral; 1 when none. */
  magnitude: number;
  /** The magnitude words as written (万亿), '' when none. */
  magnitudeText: string;
}

function readFigure(text: string, s: number): Figure | null {
  const r = readNumeral(text, s);
  if (r === null) return null;
  let value = r.value;
  let end = r.end;
  let approxMark = false;
  let magnitude = 1;
  let magnitudeText = '';
  if (r.bigStart >= 0) {
    // trailing magnitude words: 1.76万亿 → 万亿
    let k = r.end;
    while (k > r.bigStart && BIG_UNITS.has(text.charCodeAt(k - 1))) k--;
    magnitudeText = text.slice(k, r.end);
    for (let q = k; q < r.end; q++) magnitude *= BIG_UNITS.get(text.charCodeAt(q))!;
  }
  if (end < text.length && APPROX_MARKS.has(text.charCodeAt(end)) && r.placeRun < 2) {
    approxMark = true;
    end++;
    let k = end;
    let m = 1;
    while (k < text.length && BIG_UNITS.has(text.charCodeAt(k))) m *= BIG_UNITS.get(text.charCodeAt(k++))!;
    if (m > 1) {
      value = cleanFloat(value * m);
      magnitude *= m;
      magnitudeText += text.slice(end, k);
      end = k;
    }
  }
  return { value, end, read: r, approxMark, magnitude, magnitudeText };
}

/** `突破10⏎亿元`: a magnitude word after a line break that split the number from it (scraped text). */
function joinBrokenMagnitude(text: string, fig: Figure): void {
  const k = skipGap(text, fig.end);
  if (k === fig.end || !BIG_UNITS.has(text.charCodeAt(k))) return;
  let e = k;
  let m = 1;
  while (e < text.length && BIG_UNITS.has(text.charCodeAt(e))) m *= BIG_UNITS.get(text.charCodeAt(e++))!;
  fig.value = cleanFloat(fig.value * m);
  fig.magnitude = m;
  fig.magnitudeText = text.slice(k, e);
  fig.end = e;
}

/**
 * Scan one quantity starting at `p` (a position where `START` is non-zero): the work of `findQuantities` and
 * `parseQuantity` at one position.
 *
 * Complexity: O(length of the quantity + a bounded look-around).
 *
 * @example
 * scanAt('产值突破5000亿元', 2, false).quantity // { text: '突破5000亿元', value: 5e11, comparator: '>', … }
 * scanAt('鄂政发〔2018〕16号', 3, false) // { quantity: null, next: 9, reason: 'quoted name' }
 * @param parse true for `parseQuantity`: the caller asserts the text is a quantity, so bare single numerals and
 *   names are read as numbers instead of being skipped.
 * @returns the quantity (or null with the reason) and where to resume scanning, always after `p`.
 */
export function scanAt(text: string, p: number, parse: boolean): ScanResult {
  const n = text.length;
  const c = text.charCodeAt(p);
  const flags = START[c]!;

  if (flags === OPEN) {
    if (parse) return skip(p + 1, 'a quoted name or title is not a quantity');
    const [close, span] = CLOSERS.get(c)!;
    const lim = Math.min(n, p + 1 + span);
    for (let k = p + 1; k < lim; k++) {
      const d = text.charCodeAt(k);
      if (d === close) return skip(k + 1, 'quoted name');
      if (d === 10 || d === 0x3002 /* 。 */) break;
    }
    return skip(p + 1, 'unclosed quote');
  }

  if (!parse && p > 0 && flags === ARABIC) {
    const prev = text.charCodeAt(p - 1);
    if (isAsciiAlnum(prev) || CODE_CONTEXT.has(prev)) return skip(skipCode(text, p), 'part of a code or URL');
  }

  if (c === CH_DI) {
    // ordinal: 第二届, 第250
    const r = readNumeral(text, p + 1);
    return skip(r === null ? p + 1 : r.end, 'ordinal');
  }
  if (c === C('倍')) {
    if (text.charCodeAt(p + 1) === C('增')) return fixedMultiple(text, p, p + 2, 2, '倍增');
    return skip(p + 1, 'not a quantity');
  }
  if (c === C('翻')) return doubling(text, p);

  // names that start with a numeral
  const names = NAMES_BY_FIRST.get(c);
  if (names !== undefined && !parse)
    for (const w of names) if (text.startsWith(w, p)) return skip(p + w.length, 'name');

  // 万亿 standing alone
  if (c === C('万') || c === C('萬')) {
    const y = text.charCodeAt(p + 1);
    if (y === C('亿') || y === C('億')) return tier(text, p, p + 2, '万亿', 1e12);
    // 万分之三 (0.03%), 万万分之七
    let k = p;
    let denominator = 1;
    while (k < n && BIG_UNITS.has(text.charCodeAt(k))) denominator *= BIG_UNITS.get(text.charCodeAt(k++))!;
    if (text.startsWith('分之', k)) {
      const f2 = readFigure(text, k + 2);
      if (f2 !== null && f2.read.placeRun < 2)
        return finish(
          text,
          p,
          f2.end,
          (f2.value * 100) / denominator,
          null,
          'percent',
          text.slice(p, k + 2),
          f2.approxMark,
        );
    }
    return skip(p + 1, 'magnitude without a number');
  }

  let s = p;
  let sign = 1;
  if (flags === SPECIAL) {
    // a minus sign or 负 before a number
    if (!numeralAt(text, p + 1)) return skip(p + 1, 'not a number');
    if (p > 0 && c !== C('负') && c !== C('負')) {
      const pc = text.charCodeAt(p - 1);
      if (isAsciiAlnum(pc) || (pc >= 0x3400 && pc <= 0x9fff) || numeralAt(text, p - 1))
        return skip(p + 1, 'a dash between words or numbers');
    }
    sign = -1;
    s = p + 1;
  }

  const fig = readFigure(text, s);
  if (fig === null) {
    // not a finite number (a run of thousands of digits): skip the whole run so that scanning stays linear
    let k = s + 1;
    while (k < n && (START[text.charCodeAt(k)]! & (ARABIC | CHINESE)) !== 0) k++;
    return skip(k, 'not a finite number');
  }
  if (fig.magnitude === 1 && !fig.approxMark) joinBrokenMagnitude(text, fig);
  const r = fig.read;
  let j = fig.end;
  const cnOnly = r.chinese && !r.arabic;
  const numText = text.slice(s, r.end);

  // --- things that look like numbers but are not quantities ---
  if (!parse) {
    const nc = j < n ? text.charCodeAt(j) : -1;
    if (r.arabic && (nc === 58 || nc === 0xff1a) && isArabicDigit(text.charCodeAt(j + 1)))
      return skip(skipCode(text, j + 1), 'time of day');
    if (r.arabic && r.leadingZero && !r.decimal) return skip(skipCode(text, j), 'code or phone number');
    if (r.arabic && nc === CH_PLUS && j + 1 < n) {
      const d = text.charCodeAt(j + 1);
      if (isAsciiAlnum(d) || START[d] === CHINESE) return skip(skipCode(text, j), 'formula or name (1+4+N)');
    }
    if (r.arabic && nc === 94 /* ^ */) return skip(skipCode(text, j + 1), 'exponent notation');
    if (r.arabic && isAsciiLetter(nc)) {
      const u = unitAt(text, j);
      if (u === null) return skip(skipCode(text, j), 'part of a code (5G)');
    }
    if (
      nc === CH_BIG &&
      !fig.approxMark &&
      !r.decimal &&
      !(fig.magnitude > 1 && PERSON_NOUN.test(text.slice(j, j + 4)))
    )
      return skip(j + 1, 'name (十大, 二十大, 3大开发区)');
    if (cnOnly && r.placeRun >= 2 && !(r.placeRun === 4 && nc === CH_YEAR)) {
      let k = j;
      while (k < n && START[text.charCodeAt(k)] === CHINESE) k++;
      return skip(k, 'digits written without multipliers (一二三, 二三十)');
    }
    // ISO dates 2023-09-12, 2021/04/06
    if (r.arabic && r.intDigits === 4 && !r.decimal && (nc === 45 || nc === CH_SLASH)) {
      const m = readNumeral(text, j + 1);
      if (m?.arabic && m.intDigits <= 2 && text.charCodeAt(m.end) === nc) {
        const d = readNumeral(text, m.end + 1);
        return skip(d === null ? m.end + 1 : d.end, 'date');
      }
    }
  }

  // dates: 2021年3月28日, 2018年*月*日, 3月5日
  if (j < n && text.charCodeAt(j) === CH_YEAR) {
    const k = j + 1;
    const m = k < n ? readNumeral(text, k) : null;
    if (m !== null && text.charCodeAt(m.end) === CH_MONTH) return dateSkip(text, m.end + 1, parse);
    if (text.charCodeAt(k) === C('*') || text.charCodeAt(k) === C('＊')) return dateSkip(text, k + 1, parse);
  }
  if (j < n && text.charCodeAt(j) === CH_MONTH) return dateSkip(text, j + 1, parse);

  // --- fractions: 四分之一, 百分之十二, 2/3 ---
  if (text.startsWith('分之', j)) {
    const f2 = readFigure(text, j + 2);
    if (f2 !== null && r.value !== 0 && f2.read.placeRun < 2) {
      // no float cleaning: 2/3 must stay the nearest double to 66.66…
      const pct = (f2.value * 100) / r.value;
      const src = numText.length === 1 && r.value >= 100 ? `${numText}分之` : '分之';
      return finish(text, p, f2.end, sign * pct, null, 'percent', src, f2.approxMark);
    }
  }
  if (r.arabic && !r.decimal && fig.magnitude === 1) {
    const sl = text.charCodeAt(j);
    if ((sl === CH_SLASH || sl === CH_FSLASH) && isArabicDigit(text.charCodeAt(j + 1))) {
      const d = readNumeral(text, j + 1);
      if (d?.arabic && !d.decimal && d.value !== 0) {
        const after = text.charCodeAt(d.end);
        if (after === CH_SLASH || after === CH_FSLASH || after === 45) return skip(d.end + 1, 'date');
        return finish(text, p, d.end, (sign * r.value * 100) / d.value, null, 'percent', '/', false);
      }
    }
  }

  // --- tier words standing alone: 千亿, 百亿, 十亿, 五百亿, 五千亿 ---
  if (sign === 1 && cnOnly && !fig.approxMark) {
    const t = TIER_WORDS.get(numText);
    if (t !== undefined) {
      const u = unitAt(text, j);
      if (u === null || u.unit === 'yuan') return tier(text, s, j, t, r.value);
    }
  }

  // --- unit ---
  let value = sign * fig.value;
  let u = unitAt(text, j);
  // a magnitude in the unit after a magnitude in the numeral (十万亿亿元, 十亿亿十万元) would stack again: not a unit
  if (u !== null && fig.read.bigUnits > 0 && u.factor >= 10) u = null;
  let unit: BaseUnit;
  let sourceUnit: string;
  let factor = 1;
  if (u !== null) {
    factor = u.factor;
    unit = u.unit;
    sourceUnit = fig.magnitudeText + u.word;
    j = u.end;
  } else if (fig.magnitude > 1) {
    const yi = fig.magnitudeText.includes('亿') || fig.magnitudeText.includes('億');
    // a bare 亿 is money only where nothing else can be meant (突破5000亿, 5000亿以上, 5000亿产值); before an
    // unknown word (6.5亿标准间) the unit is not known, and an unknown unit is never taken for money
    unit = yi && MONEY_AFTER_BARE_YI.test(text.slice(j, j + 3)) ? 'yuan' : 'number';
    sourceUnit = fig.magnitudeText;
    // 100万大学生, 5万人才: a bare 万 figure right before a noun counts that noun (people for person words)
    if (!yi && START[text.charCodeAt(j)] !== CHINESE) {
      const noun = text.slice(j, j + 6);
      if (PERSON_NOUN.test(noun)) unit = 'people';
      else if (/^[\u4e00-\u9fff]/.test(noun) && !NOT_A_NOUN.test(noun)) unit = 'count';
    }
  } else {
    unit = 'number';
    sourceUnit = '';
  }

  // currency symbols before the number: ￥300, $20
  let symbolStart = -1;
  if (u === null && p > 0) {
    const pc = text.charCodeAt(p - 1);
    if (pc === 0xffe5 /* ￥ */ || pc === 0xa5 /* ¥ */) {
      unit = 'yuan';
      sourceUnit = fig.magnitudeText + text[p - 1];
      symbolStart = p - 1;
    } else if (pc === 36 /* $ */ || pc === 0xff04 /* ＄ */) {
      unit = 'usd';
      sourceUnit = fig.magnitudeText + text[p - 1];
      symbolStart = p - 1;
    }
  }

  // years and durations
  if (u !== null && u.word === '年') {
    const isYear =
      (r.arabic && r.intDigits === 4 && !r.decimal && r.value >= 1900 && r.value <= 2100) ||
      (cnOnly && r.placeRun === 4);
    unit = isYear ? 'year' : 'years';
  }

  // --- range: 50-100亿元, 3-5年, 10%-15%, 2016年到2018年 ---
  let valueMax: number | null = null;
  let approx = fig.approxMark;
  if (j < n && RANGE_SEPARATORS.has(text.charCodeAt(j)) && numeralAt(text, j + 1)) {
    const sepIsWord = text.charCodeAt(j) === C('至') || text.charCodeAt(j) === C('到');
    const f2 = readFigure(text, j + 1);
    if (f2 !== null && !(sepIsWord && f2.read.arabic !== r.arabic && u === null)) {
      const u2 = unitAt(text, f2.end);
      let lo = value;
      let hi = f2.value;
      let ok = false;
      let end2 = f2.end;
      let unit2: BaseUnit = unit;
      let src2 = sourceUnit;
      if (u === null) {
        // the second number's magnitude and unit apply to the first
        if (fig.magnitude === 1) lo = value * f2.magnitude;
        if (u2 !== null) {
          factor = u2.factor;
          unit2 = u2.unit;
          src2 = f2.magnitudeText + u2.word;
          end2 = u2.end;
          ok = true;
          if (u2.word === '年') {
            const y1 = r.arabic && r.intDigits === 4 && r.value >= 1900 && r.value <= 2100;
            const y2 = f2.read.arabic && f2.read.intDigits === 4 && f2.value >= 1900 && f2.value <= 2100;
            if (y1 !== y2) ok = false;
            unit2 = y2 ? 'year' : 'years';
          }
        } else if (
          f2.magnitude > 1 ||
          (r.arabic && f2.read.arabic) ||
          (cnOnly && !f2.read.arabic && r.end - s > 1 && f2.end - (j + 1) > 1)
        ) {
          unit2 = f2.magnitudeText.includes('亿') ? 'yuan' : 'number';
          src2 = f2.magnitudeText;
          ok = true;
        }
      } else if (u2 !== null && (u2.unit === u.unit || (u.word === '年' && u2.word === '年'))) {
        // both numbers carry a unit: 10%-15%, 500亩-1000亩, 2016年到2018年
        hi = (f2.value * u2.factor) / u.factor;
        end2 = u2.end;
        ok = true;
      }
      if (ok && hi > lo) {
        value = lo;
        valueMax = hi;
        unit = unit2;
        sourceUnit = src2;
        j = end2;
        approx = approx || f2.approxMark;
      }
    }
  }

  // bare numbers that are indexes, list markers, codes or words
  if (u === null && symbolStart < 0 && fig.magnitude === 1 && valueMax === null && !parse) {
    const nc = j < n ? text.charCodeAt(j) : -1;
    if (INDEX_SUFFIXES.has(nc) || (r.arabic && (nc === C('点') || nc === C('點'))))
      return skip(j + 1, 'date, time or index');
    const k = skipGap(text, j);
    if (k > j && INDEX_SUFFIXES.has(text.charCodeAt(k))) return skip(k + 1, 'index');
    if (r.arabic && r.intDigits >= 10 && !r.decimal) return skip(j, 'identifier');
    if (cnOnly && j - s <= 1 && !fig.approxMark) return skip(j, 'single numeral without a measure word');
    if (isListMarker(text, s, j, r)) return skip(j + 1, 'list marker');
  }

  if (valueMax === null && u !== null && u.unit === 'multiple') {
    // 增长1倍 = ×2, 增长两倍 = ×3
    const verb = wordEndingAt(text, p, GROWTH_VERBS);
    if (verb !== null)
      return finish(text, p - verb.length, j, value + 1, null, 'multiple', u.word, approx, null, true);
  }

  value = cleanFloat(value * factor);
  if (valueMax !== null) valueMax = cleanFloat(valueMax * factor);
  if (unit === 'yuan' && perMuContext(text, p)) unit = 'yuan_per_mu';
  return finish(text, symbolStart >= 0 ? symbolStart : p, j, value, valueMax, unit, sourceUnit, approx);
}

function isListMarker(text: string, s: number, j: number, r: NumeralRead): boolean {
  if (r.decimal || r.value > 99) return false;
  const nc = j < text.length ? text.charCodeAt(j) : -1;
  if (nc === C('、')) return true;
  if ((nc === 46 || nc === 0xff0e) && !isArabicDigit(text.charCodeAt(j + 1))) return true;
  const pc = s > 0 ? text.charCodeAt(s - 1) : -1;
  if ((pc === 40 || pc === 0xff08) && (nc === 41 || nc === 0xff09)) return true;
  // an Arabic number alone on its line (序号 of a flattened table)
  if (r.arabic && (pc === 10 || pc === 13) && (nc === 10 || nc === 13)) return true;
  return false;
}

function dateSkip(text: string, k: number, parse: boolean): ScanResult {
  // consume 28日 / *日 / 5日前
  const n = text.length;
  if (k < n && (text.charCodeAt(k) === C('*') || text.charCodeAt(k) === C('＊'))) k++;
  else {
    const d = k < n ? readNumeral(text, k) : null;
    if (d !== null && (text.charCodeAt(d.end) === C('日') || text.charCodeAt(d.end) === C('号'))) k = d.end;
  }
  if (k < n && (text.charCodeAt(k) === C('日') || text.charCodeAt(k) === C('号'))) k++;
  return skip(k, parse ? 'a date is not a quantity' : 'date');
}

function tier(text: string, s: number, j: number, t: QuantityTier, yuan: number): ScanResult {
  let end = j;
  let src: string = t;
  if (text.charCodeAt(end) === C('元')) {
    end++;
    src += '元';
  }
  if (text.charCodeAt(end) === C('级')) end++;
  return finish(text, s, end, yuan, null, 'yuan', src, false, t);
}

function fixedMultiple(text: string, s: number, end: number, value: number, src: string): ScanResult {
  return finish(text, s, end, value, null, 'multiple', src, false);
}

/** 翻一番 = 2, 翻两番 = 4, 翻番 = 2, 翻了一番 = 2. */
function doubling(text: string, p: number): ScanResult {
  let k = p + 1;
  if (text.charCodeAt(k) === C('番')) return fixedMultiple(text, p, k + 1, 2, '翻番');
  if (text.charCodeAt(k) === C('了')) k++;
  const r = readNumeral(text, k);
  if (r === null || text.charCodeAt(r.end) !== C('番') || r.value < 1 || r.value > 10)
    return skip(p + 1, 'not a doubling');
  return fixedMultiple(text, p, r.end + 1, 2 ** r.value, text.slice(p, r.end + 1));
}

/**
 * Build the quantity from its core span [s, end): take in comparator and hedge words before and after, 每亩,
 * 到 before a year, and note 力争/争取 before it.
 */
function finish(
  text: string,
  s: number,
  end: number,
  value: number,
  valueMax: number | null,
  unit: BaseUnit,
  sourceUnit: string,
  approxMark: boolean,
  tierWord: QuantityTier | null = null,
  noPrefix = false,
): ScanResult {
  const n = text.length;
  let start = s;
  let comparator: Comparator | null = null;
  let approx = approxMark;
  if (!noPrefix) {
    if (unit === 'year' && s > 0 && text.charCodeAt(s - 1) === C('到')) start = s - 1;
    else {
      const w = prefixAt(text, s);
      if (w !== null && !(w.word === '近' && (unit === 'years' || unit === 'year'))) {
        start = s - w.word.length;
        comparator = w.comparator;
        approx = approx || w.approx;
      }
    }
    if ((unit === 'yuan' || unit === 'yuan_per_mu') && text.startsWith('每亩', start - 2)) {
      start -= 2;
      unit = 'yuan_per_mu';
    }
  }
  const stretch = wordEndingAt(text, start, STRETCH_WORDS) !== null;
  // after: 以上, 左右, (含)以上, 3年内
  let e = end;
  for (const w of SUFFIX_WORDS) {
    if (text.startsWith(w.word, e)) {
      e += w.word.length;
      if (comparator === null || w.approx) comparator = comparator ?? w.comparator;
      approx = approx || w.approx;
      break;
    }
  }
  if (e === end && unit === 'years' && text.charCodeAt(e) === C('内')) {
    e++;
    comparator = comparator ?? '<=';
  }
  if (e === end && e < n && text.charCodeAt(e) === CH_PLUS && !isAsciiAlnum(text.charCodeAt(e + 1))) {
    e++;
    comparator = comparator ?? '>=';
  }
  if (comparator === null && (unit === 'percent' || unit === 'percentage_point'))
    comparator = relativeComparator(text, start);
  if (comparator === null && approxMark) comparator = '>';
  if (comparator === null && approx) comparator = '~';
  const q: Quantity = {
    text: text.slice(start, e),
    start,
    end: e,
    value,
    valueMax,
    unit,
    sourceUnit,
    comparator,
    approx,
    stretch,
  };
  if (tierWord !== null) q.tier = tierWord;
  return { quantity: q, next: e };
}
