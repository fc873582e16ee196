/**
 * Chinese and Arabic numerals: reading (`parseChineseNumber`) and writing (`formatChineseNumber`).
 *
 * The tables here are indexed by UTF-16 char code so that the scanner in `find.ts` can classify a character in
 * one array/map lookup, without regular expressions.
 */
import { QuantityParseError } from './types.js';

/** Value of a Chinese digit character (〇零一二两三…九, 壹贰…玖, 兩, 貳, 参/參…), by char code. */
export const CHINESE_DIGITS: ReadonlyMap<number, number> = new Map(
  (
    [
      ['〇', 0],
      ['零', 0],
      ['一', 1],
      ['壹', 1],
      ['二', 2],
      ['贰', 2],
      ['貳', 2],
      ['两', 2],
      ['兩', 2],
      ['俩', 2],
      ['倆', 2],
      ['三', 3],
      ['叁', 3],
      ['參', 3],
      ['四', 4],
      ['肆', 4],
      ['五', 5],
      ['伍', 5],
      ['六', 6],
      ['陆', 6],
      ['陸', 6],
      ['七', 7],
      ['柒', 7],
      ['八', 8],
      ['捌', 8],
      ['九', 9],
      ['玖', 9],
    ] as const
  ).map(([c, v]) => [c.charCodeAt(0), v]),
);

/** Value of a small multiplier (十百千, 拾佰仟, 廿 = 20, 卅 = 30), by char code. */
export const SMALL_UNITS: ReadonlyMap<number, number> = new Map(
  (
    [
      ['十', 10],
      ['拾', 10],
      ['什', 10],
      ['百', 100],
      ['佰', 100],
      ['千', 1000],
      ['仟', 1000],
    ] as const
  ).map(([c, v]) => [c.charCodeAt(0), v]),
);

/** Value of a large multiplier (万/萬 = 1e4, 亿/億 = 1e8, 兆 is not used: it is ambiguous), by char code. */
export const BIG_UNITS: ReadonlyMap<number, number> = new Map(
  (
    [
      ['万', 1e4],
      ['萬', 1e4],
      ['亿', 1e8],
      ['億', 1e8],
    ] as const
  ).map(([c, v]) => [c.charCodeAt(0), v]),
);

/**
 * True for ASCII `0`-`9` and full-width `０`-`９`.
 *
 * Complexity: O(1).
 *
 * @example
 * isArabicDigit('１'.charCodeAt(0)) // true
 */
export function isArabicDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);
}

/**
 * The value of an ASCII or full-width digit char code (the caller checks `isArabicDigit` first).
 *
 * A non-digit gives a meaningless number.
 *
 * Complexity: O(1).
 *
 * @example
 * arabicDigitValue('７'.charCodeAt(0)) // 7
 */
export function arabicDigitValue(code: number): number {
  return code >= 0xff10 ? code - 0xff10 : code - 48;
}

const LIANG = new Set([0x4e24 /* 两 */, 0x5169 /* 兩 */, 0x4fe9 /* 俩 */, 0x5006 /* 倆 */]);
const KILO_UNITS = new Set([...'米克瓦卡帕焦赫字比'].map((c) => c.charCodeAt(0)));
const POINT_CODES = new Set([46 /* . */, 0xff0e /* ． */, 0x70b9 /* 点 */, 0x9ede /* 點 */]);

/**
 * Parse a number written in Arabic digits, Chinese numerals, financial numerals, or a mix.
 *
 * Accepts: `12`, `1,234.5`, `１２`, `３２００`, `1.76万亿` (1.76e12), `3千` (3000), `5000亿` (5e11), `三千`,
 * `一万二千三百`, `两`, `〇`, `一〇二四`, `十二`, `壹仟贰佰`, `三点五` (3.5), `一亿亿` (1e16), and a leading `-` or `负`.
 * Whitespace around the number is ignored. Multiplier words multiply what stands before them
 * (`一万二千亿` = 1.2e12, `3千万` = 3e7).
 *
 * Complexity: O(n) in the length of `text`.
 *
 * @example
 * parseChineseNumber('1.76万亿') // 1760000000000
 * parseChineseNumber('一万二千三百') // 12300
 * parseChineseNumber('壹仟贰佰叁拾肆') // 1234
 * @param text the numeral, with nothing else (no unit, no comparator).
 * @returns the value; never NaN or infinite.
 * @throws {QuantityParseError} naming the input and the offset of the first character that is not part of a
 *   well-formed number (e.g. `'12元'` at 2, `''` at 0, `'1..2'` at 2).
 */
export function parseChineseNumber(text: string): number {
  const end = trimEnd(text);
  let i = trimStart(text, end);
  if (i >= end) throw new QuantityParseError(text, i, 'expected a number, found nothing');
  let sign = 1;
  const c0 = text.charCodeAt(i);
  if (c0 === 45 /* - */ || c0 === 0x8d1f /* 负 */ || c0 === 0x2212 /* − */) {
    sign = -1;
    i++;
  }
  const r = readNumeral(text, i, end);
  if (r === null) throw new QuantityParseError(text, i, 'expected a digit or a Chinese numeral');
  if (r.end !== end)
    throw new QuantityParseError(text, r.end, `unexpected ${JSON.stringify(text[r.end])} after the number`);
  return sign * r.value;
}

/** The result of reading one numeral at a position. */
export interface NumeralRead {
  /** The value read. */
  value: number;
  /** Offset one past the last character of the numeral. */
  end: number;
  /** True when the numeral used Arabic digits (possibly with Chinese multipliers, as in `1.76万亿`). */
  arabic: boolean;
  /** True when the numeral used any Chinese digit or small multiplier (十百千…). */
  chinese: boolean;
  /** The number of large multipliers (万, 亿) read, e.g. 2 for `1.76万亿`. */
  bigUnits: number;
  /** Offset of the first large multiplier read, or -1. */
  bigStart: number;
  /** True when an Arabic part had thousands separators or a decimal point. */
  decimal: boolean;
  /** Number of Arabic digits before any point (for telling 2021 or 027 apart). */
  intDigits: number;
  /** True when an Arabic part starts with a 0 followed by another digit (027, 03). */
  leadingZero: boolean;
  /** Longest run of Chinese digits written without multipliers (一二三 → 3, 二〇二五 → 4), else 0 or 1. */
  placeRun: number;
}

/**
 * Read the longest numeral starting at `start` (no sign, no unit): the building block of the scanner.
 *
 * Complexity: O(length of the numeral).
 *
 * @example
 * readNumeral('突破5000亿元', 2) // { value: 500000000000, end: 7, arabic: true, bigUnits: 1, … }
 * readNumeral('一是', 0)?.end // 1
 * @returns the numeral read, or null when none starts at `start` or its value is not finite.
 */
export function readNumeral(text: string, start: number, limit = text.length): NumeralRead | null {
  // Parts already scaled by a big unit: values and their magnitudes, kept in order.
  const partValue: number[] = [];
  const partMag: number[] = [];
  let section = 0; // sum of digit × small unit inside the current 4-digit group
  let num = -1; // last digit (or Arabic number) not yet consumed by a unit; -1 = none
  let i = start;
  let arabic = false;
  let chinese = false;
  let bigUnits = 0;
  let bigStart = -1;
  let decimal = false;
  let intDigits = 0;
  let leadingZero = false;
  let prevBig = false; // the previous token was a big unit (for 万亿, 亿亿)
  let lastBig = 0; // the value of the last big unit read (a stack only multiplies upwards)
  let stacked = 0; // big units in the current stack (万亿: 2; at most 2)
  let zeroPending = false; // 零 seen: the next digit stands alone at a lower place
  let digitRun = 0; // consecutive Chinese digits without units (一〇二四 style)
  let digitRunValue = 0;
  let lastSmall = 0; // value of the last small unit in the current section, for 一万二 = 12000
  let any = false;
  let placeRun = 0;
  let pointSeen = false; // a Chinese decimal part was read (it ends the numeral)

  while (i < limit) {
    const c = text.charCodeAt(i);
    if (isArabicDigit(c)) {
      if (num >= 0 || digitRun > 0) break; // two numbers in a row: stop
      if (any && !arabic) break; // 千4: Arabic digits do not continue a Chinese numeral
      const a = readArabic(text, i, limit);
      if (a === null) break;
      num = a.value;
      arabic = true;
      decimal = decimal || a.decimal;
      if (intDigits === 0) intDigits = a.intDigits;
      leadingZero = leadingZero || a.leadingZero;
      i = a.end;
      any = true;
      prevBig = false;
      continue;
    }
    const d = CHINESE_DIGITS.get(c);
    if (d !== undefined) {
      if (arabic && num >= 0) break;
      // 两 is not a final digit after a multiplier (三十二, never 三十两): 三千两百两 = 3200 + 两 (a unit)
      if (d === 2 && LIANG.has(c) && (section > 0 || partValue.length > 0) && num < 0) {
        const nx = i + 1 < limit ? text.charCodeAt(i + 1) : -1;
        if (!SMALL_UNITS.has(nx) && !BIG_UNITS.has(nx)) break;
      }
      // 点 after a Chinese integer part: 三点五
      if (num >= 0 || digitRun > 0) {
        // two digits in a row after a multiplier (十四五) end the numeral
        if (section > 0 || partValue.length > 0) break;
        // consecutive digits: 一〇二四 / 二〇二五 (place-value style)
        if (digitRun === 0) {
          digitRun = 1;
          digitRunValue = num;
        }
        digitRun++;
        digitRunValue = digitRunValue * 10 + d;
        num = digitRunValue;
        if (digitRun > placeRun) placeRun = digitRun;
      } else {
        num = d;
        if (d === 0) {
          zeroPending = true;
          num = -1;
          digitRun = 0;
          // a leading 零/〇 starts a place-value run (〇 alone is 0)
          if (!any) {
            num = 0;
            digitRun = 1;
            digitRunValue = 0;
          }
        }
      }
      chinese = true;
      any = true;
      prevBig = false;
      i++;
      continue;
    }
    const s = SMALL_UNITS.get(c);
    if (s !== undefined) {
      // 千 opening a unit word (千米, 千克, 千瓦, 千卡) is not a multiplier
      if (s === 1000 && i + 1 < limit && KILO_UNITS.has(text.charCodeAt(i + 1))) break;
      if (digitRun > 1) break; // 二〇二五十 is not a numeral
      if (arabic && num >= 0 && !Number.isInteger(num)) break;
      // 十 at the start of a group means 一十
      // 十 at the start of a group or after 零 means 一十 (零十 = 10, 一千零十 = 1010)
      const mult = num > 0 ? num : num === 0 || section === 0 || zeroPending ? 1 : -1;
      if (mult < 0) break;
      if (lastSmall !== 0 && s >= lastSmall && num < 0) break; // 千百 / 十十
      section += mult * s;
      lastSmall = s;
      num = -1;
      digitRun = 0;
      zeroPending = false;
      chinese = true;
      any = true;
      prevBig = false;
      i++;
      continue;
    }
    const b = BIG_UNITS.get(c);
    if (b !== undefined) {
      if (!any) break;
      if (digitRun > 1 && partValue.length > 0) break;
      // a stack multiplies only upwards (万亿, 万万, 亿亿); a smaller unit after a larger one (亿万, as in 千亿万亿)
      // ends the numeral, so that "千亿万亿元级" reads as two tiers, never as one value of 1e23
      if (prevBig && (b < lastBig || stacked >= 2)) break;
      stacked = prevBig ? stacked + 1 : 1;
      lastBig = b;
      if (bigStart < 0) bigStart = i;
      bigUnits++;
      if (prevBig) {
        const k = partValue.length - 1;
        partValue[k] = partValue[k]! * b;
        partMag[k] = partMag[k]! * b;
        // fold smaller parts that precede it (一万二千亿 handled below; here e.g. 三万亿)
      } else {
        let cur = section + Math.max(num, 0);
        let folded = 1;
        while (partValue.length > 0 && partMag[partMag.length - 1]! < b) {
          cur += partValue.pop()!;
          folded = Math.max(folded, partMag.pop()!);
        }
        partValue.push(cur * b);
        partMag.push(b);
        // 一万二千亿 holds 万 × 亿: a stack after it (一万二千亿亿) would reach past any real figure
        lastBig = b * folded;
      }
      section = 0;
      num = -1;
      digitRun = 0;
      lastSmall = 0;
      zeroPending = false;
      prevBig = true;
      any = true;
      i++;
      continue;
    }
    if (POINT_CODES.has(c) && chinese && !arabic && !pointSeen && i + 1 < limit) {
      // Chinese decimal: 三点五, 十五点七, 两千三点一 (= 2300.1), 两千万点五五四四, 百分之十二点五
      let j = i + 1;
      let digits = '';
      while (j < limit) {
        const cj = text.charCodeAt(j);
        const dd = CHINESE_DIGITS.get(cj);
        if (dd === undefined || cj === 0x4e24 /* 两 */ || cj === 0x5169 /* 兩 */) break;
        digits += String.fromCharCode(48 + dd);
        j++;
      }
      if (digits === '') break;
      let whole = Math.max(num, 0);
      if (num >= 0 && digitRun === 0 && !zeroPending && lastSmall >= 100) whole = num * (lastSmall / 10);
      num = whole + Number(`0.${digits}`);
      pointSeen = true;
      i = j;
      prevBig = false;
      digitRun = 0;
      break;
    }
    break;
  }
  if (!any) return null;
  // 一万二 (12000), 三千五 (3500): a trailing lone digit after a unit takes the next lower place.
  if (num >= 0 && !arabic && digitRun === 0 && !zeroPending && !pointSeen) {
    if (lastSmall >= 100) num *= lastSmall / 10;
    else if (lastSmall === 0 && partMag.length > 0 && section === 0 && Number.isInteger(num) && num < 10)
      num *= partMag[partMag.length - 1]! / 10;
  }
  let value = section + Math.max(num, 0);
  for (const v of partValue) value += v;
  if (!Number.isFinite(value)) return null;
  value = cleanFloat(value);
  return { value, end: i, arabic, chinese, bigUnits, bigStart, decimal, intDigits, leadingZero, placeRun };
}

interface ArabicRead {
  value: number;
  end: number;
  decimal: boolean;
  intDigits: number;
  leadingZero: boolean;
}

/** Read an Arabic number: digits, `,` thousands separators between groups of three, one decimal point. */
function readArabic(text: string, start: number, limit: number): ArabicRead | null {
  let i = start;
  let digits = '';
  let group = 0; // digits since the start or the last separator
  let separated = false;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (isArabicDigit(c)) {
      digits += String.fromCharCode(48 + arabicDigitValue(c));
      group++;
      i++;
      continue;
    }
    // ',' between ASCII or full-width digits; '，' only between full-width digits (elsewhere it ends a clause)
    const fullWidth = c === 0xff0c && text.charCodeAt(i - 1) >= 0xff10;
    if (
      (c === 44 || fullWidth) &&
      group >= 1 &&
      group <= 3 &&
      (!separated || group === 3) &&
      digits[0] !== '0'
    ) {
      let k = 0;
      while (
        k < 4 &&
        i + 1 + k < limit &&
        isArabicDigit(text.charCodeAt(i + 1 + k)) &&
        (!fullWidth || text.charCodeAt(i + 1 + k) >= 0xff10)
      )
        k++;
      if (k === 3) {
        separated = true;
        group = 0;
        i++;
        continue;
      }
    }
    break;
  }
  if (digits.length === 0) return null;
  if (separated && group !== 3) return null;
  const leadingZero = digits.length > 1 && digits[0] === '0';
  let repr = digits;
  let decimal = separated;
  const p = i < limit ? text.charCodeAt(i) : -1;
  if ((p === 46 || p === 0xff0e) && i + 1 < limit && isArabicDigit(text.charCodeAt(i + 1))) {
    let j = i + 1;
    let frac = '';
    while (j < limit && isArabicDigit(text.charCodeAt(j))) {
      frac += String.fromCharCode(48 + arabicDigitValue(text.charCodeAt(j)));
      j++;
    }
    repr = `${digits}.${frac}`;
    decimal = true;
    i = j;
  }
  return { value: Number(repr), end: i, decimal, intDigits: digits.length, leadingZero };
}

function trimStart(text: string, end: number): number {
  let i = 0;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function trimEnd(text: string): number {
  let e = text.length;
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

/**
 * True for ASCII whitespace, NBSP and the ideographic space.
 *
 * Complexity: O(1).
 *
 * @example
 * isSpace(0x3000) // true
 */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000;
}

/**
 * Remove binary noise from decimal × power-of-ten products by rounding to 15 significant digits.
 *
 * Complexity: O(1).
 *
 * @example
 * cleanFloat(1.76 * 1e4 * 1e8) // 1760000000000
 */
export function cleanFloat(x: number): number {
  if (Number.isInteger(x)) return x;
  const r = Number(x.toPrecision(15));
  return r;
}

const DIGIT_CHARS = '零一二三四五六七八九';
const SMALL_CHARS = ['', '十', '百', '千'];
const GROUP_CHARS = ['', '万', '亿', '万亿', '亿亿'];

/**
 * Write a non-negative integer in Chinese numerals (the inverse of `parseChineseNumber` on integers).
 *
 * Groups of four digits with 万, 亿, 万亿, 亿亿; 零 marks skipped places; a leading 一十 is written 十.
 * Exact for every safe integer and for 10^16.
 *
 * Complexity: O(number of digits).
 *
 * @example
 * formatChineseNumber(12300) // '一万二千三百'
 * formatChineseNumber(100010) // '十万零一十'
 * formatChineseNumber(0) // '零'
 * @throws {RangeError} when `n` is negative, not an integer, or 10^20 or more.
 */
export function formatChineseNumber(n: number | bigint): string {
  if (typeof n === 'number' && (!Number.isInteger(n) || n < 0))
    throw new RangeError(`formatChineseNumber: expected a non-negative integer, got ${n}`);
  const big = BigInt(n);
  if (big < 0n || big >= 10n ** 20n)
    throw new RangeError(`formatChineseNumber: expected 0 <= n < 10^20, got ${String(n)}`);
  if (big === 0n) return '零';
  const digits = big.toString();
  const groups: string[] = [];
  for (let e = digits.length; e > 0; e -= 4) groups.unshift(digits.slice(Math.max(0, e - 4), e));
  let out = '';
  let zeroNeeded = false;
  for (let g = 0; g < groups.length; g++) {
    const grp = groups[g]!.padStart(4, '0');
    const level = groups.length - 1 - g;
    if (grp === '0000') {
      zeroNeeded = out.length > 0;
      continue;
    }
    let s = '';
    let lastWasZero = false;
    for (let k = 0; k < 4; k++) {
      const d = grp.charCodeAt(k) - 48;
      const place = 3 - k;
      if (d === 0) {
        lastWasZero = s.length > 0 || out.length > 0;
        continue;
      }
      if ((lastWasZero || (s.length === 0 && zeroNeeded)) && (s.length > 0 || out.length > 0)) s += '零';
      lastWasZero = false;
      s += DIGIT_CHARS[d]! + SMALL_CHARS[place]!;
    }
    out += s + GROUP_CHARS[level]!;
    zeroNeeded = grp.endsWith('0');
  }
  if (out.startsWith('一十')) out = out.slice(1);
  return out;
}
