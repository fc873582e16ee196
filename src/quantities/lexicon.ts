/**
 * Word lists the quantity scanner consults around a number: comparators and hedges before and after it, the
 * 力争 stretch markers, suffixes that make a number a date or an index, and names that merely contain numerals.
 * Every list is matched at a known position with `startsWith`/`endsWith`, never by a regular expression over
 * the whole text.
 */
import type { Comparator } from './types.js';

/** A word and what it means when it stands directly before a number. */
export interface PrefixWord {
  word: string;
  comparator: Comparator | null;
  approx: boolean;
  /** Characters that, standing right before `word`, make it part of another word (通过, 节约). */
  notAfter?: string;
}

/**
 * Comparator and hedge words that may stand directly before a number, longest first so that 不低于 wins over 低于.
 * 以上/以下 include the number (Chinese legal usage), so 不低于 and 以上 are both `>=`.
 */
export const PREFIX_WORDS: readonly PrefixWord[] = [
  { word: '大于或者等于', comparator: '>=', approx: false },
  { word: '小于或者等于', comparator: '<=', approx: false },
  { word: '大于或等于', comparator: '>=', approx: false },
  { word: '小于或等于', comparator: '<=', approx: false },
  { word: '大于等于', comparator: '>=', approx: false },
  { word: '小于等于', comparator: '<=', approx: false },
  { word: '不低于', comparator: '>=', approx: false },
  { word: '不少于', comparator: '>=', approx: false },
  { word: '不小于', comparator: '>=', approx: false },
  { word: '控制在', comparator: '<=', approx: false },
  { word: '不超过', comparator: '<=', approx: false },
  { word: '不高于', comparator: '<=', approx: false },
  { word: '不大于', comparator: '<=', approx: false },
  { word: '不多于', comparator: '<=', approx: false },
  { word: '超过了', comparator: '>', approx: false },
  { word: '至少有', comparator: '>=', approx: false },
  { word: '至少是', comparator: '>=', approx: false },
  { word: '至少为', comparator: '>=', approx: false },
  { word: '最多为', comparator: '<=', approx: false },
  { word: '最多是', comparator: '<=', approx: false },
  { word: '最多有', comparator: '<=', approx: false },
  { word: '突破', comparator: '>', approx: false },
  { word: '超过', comparator: '>', approx: false },
  { word: '超出', comparator: '>', approx: false },
  { word: '高于', comparator: '>', approx: false },
  { word: '大于', comparator: '>', approx: false },
  { word: '多于', comparator: '>', approx: false },
  { word: '低于', comparator: '<', approx: false },
  { word: '小于', comparator: '<', approx: false },
  { word: '少于', comparator: '<', approx: false },
  { word: '达到', comparator: '>=', approx: false },
  { word: '至少', comparator: '>=', approx: false },
  { word: '最少', comparator: '>=', approx: false },
  { word: '最多', comparator: '<=', approx: false },
  { word: '接近', comparator: '~', approx: true },
  { word: '将近', comparator: '~', approx: true },
  { word: '约为', comparator: '~', approx: true },
  { word: '大约', comparator: '~', approx: true },
  { word: '大概', comparator: '~', approx: true },
  { word: '约', comparator: '~', approx: true, notAfter: '节制签条契合简预邀履公集违' },
  { word: '近', comparator: '~', approx: true, notAfter: '最附接将邻靠就亲' },
  { word: '逾', comparator: '>', approx: false },
  { word: '超', comparator: '>', approx: false, notAfter: '赶高' },
  {
    word: '过',
    comparator: '>',
    approx: false,
    notAfter: '通经不越度跨错路放胜透穿跳记改用看难闯吃去来到超',
  },
  { word: '达', comparator: '>=', approx: false, notAfter: '表到传发送抵直下通雷' },
  { word: '≥', comparator: '>=', approx: false },
  { word: '≤', comparator: '<=', approx: false },
  { word: '>=', comparator: '>=', approx: false },
  { word: '<=', comparator: '<=', approx: false },
  { word: '>', comparator: '>', approx: false },
  { word: '<', comparator: '<', approx: false },
];

/** Words that mark the figure after them as the stretch (力争) value. */
export const STRETCH_WORDS: readonly string[] = ['力争', '争取'];

/** A word and what it means when it follows a number and its unit. */
export interface SuffixWord {
  word: string;
  comparator: Comparator;
  approx: boolean;
}

/** Comparator and hedge words that may follow a number and its unit, longest first. */
export const SUFFIX_WORDS: readonly SuffixWord[] = [
  { word: '（含）以上', comparator: '>=', approx: false },
  { word: '(含)以上', comparator: '>=', approx: false },
  { word: '（含）以下', comparator: '<=', approx: false },
  { word: '(含)以下', comparator: '<=', approx: false },
  { word: '或者以上', comparator: '>=', approx: false },
  { word: '或者更多', comparator: '>=', approx: false },
  { word: '及以上', comparator: '>=', approx: false },
  { word: '或以上', comparator: '>=', approx: false },
  { word: '及以下', comparator: '<=', approx: false },
  { word: '或以下', comparator: '<=', approx: false },
  { word: '以上', comparator: '>=', approx: false },
  { word: '之上', comparator: '>=', approx: false },
  { word: '以下', comparator: '<=', approx: false },
  { word: '之下', comparator: '<', approx: false },
  { word: '以内', comparator: '<=', approx: false },
  { word: '之内', comparator: '<=', approx: false },
  { word: '左右', comparator: '~', approx: true },
  { word: '上下', comparator: '~', approx: true },
];

/**
 * Characters that, right after a bare number (no unit), make it a date, a time, an index or a serial number
 * rather than a quantity: 3月, 28日, 16号, 20时, 第二届 (after 第), 一季度, 一期.
 */
export const INDEX_SUFFIXES: ReadonlySet<number> = new Set(
  [...'月日号時时秒届季期版楼层强'].map((c) => c.charCodeAt(0)),
);

/** Fixed phrases that start with a numeral but name something (一带一路 is not 1). Checked at the numeral. */
export const NAME_PHRASES: readonly string[] = [
  '一带一路',
  '一次性',
  '一站式',
  '一把手',
  '一号工程',
  '一批',
  '一体化',
  '一揽子',
  '一系列',
  '一盘棋',
  '一张网',
  '一张图',
  '一条龙',
  '一门式',
  '一件事',
  '一公里',
  '一平方公里',
  '一张蓝图',
  '一刻钟',
  '一小时',
  '十一五',
  '十二五',
  '十三五',
  '十四五',
  '十五五',
  '五个中心',
  '两个维护',
  '四个意识',
  '四个自信',
  '三个一',
  '五个一',
  '一网通办',
  '一窗',
  '一事一议',
  '三次产业',
  '一二三产业',
  '二三产业',
];

/** Verbs that, directly before `X倍`, make it a growth by X times: 增长1倍 = ×2, 增长两倍 = ×3. */
export const GROWTH_VERBS: readonly string[] = [
  '增长了',
  '提高了',
  '增加了',
  '扩大了',
  '增长',
  '提高',
  '增加',
  '扩大',
];
