/**
 * Time words of a sentence and where they point relative to the document's issue year: 去年, 过去五年, 2022年 (in a
 * 2023 report: the past), 今年 (the current year), 到2025年 (the future), "十三五"时期 (a past plan period).
 */

/** Where a time word points, seen from the issue date. */
export type Tense = 'past' | 'current' | 'future';

/** A time word found in a sentence. */
export interface TimeAnchor {
  start: number;
  end: number;
  tense: Tense;
  /** The (last) year it denotes, when it denotes one. */
  year: number | null;
  /** The first year of a period (过去五年 in a 2021 report: 2016), else `null`. */
  fromYear: number | null;
  /** A base of comparison (比2020年, 较上年, 与2015年相比): it dates no figure. */
  base?: boolean;
  /** An aspect word (已, 已经, 截至, 以来): it dates only the figures of its own clause. */
  clauseBound?: boolean;
}

const FIVE_YEAR_PLANS: Record<string, [number, number]> = {
  九五: [1996, 2000],
  十五: [2001, 2005],
  十一五: [2006, 2010],
  十二五: [2011, 2015],
  十三五: [2016, 2020],
  十四五: [2021, 2025],
  十五五: [2026, 2030],
};

interface TimeWord {
  re: RegExp;
  anchor: (m: RegExpExecArray, issued: number) => Omit<TimeAnchor, 'start' | 'end'> | null;
}

const tenseOfYear = (y: number, issued: number): Tense =>
  y < issued ? 'past' : y === issued ? 'current' : 'future';

/** The time words, tried in this order at each position (longer and more specific first). */
const TIME_WORDS: readonly TimeWord[] = [
  {
    // 过去五年, 五年来, 近五年, 过去的五年
    re: /过去(?:的)?([三五十])年|([三五十])年来|近([三五十])年/y,
    anchor: (m, issued) => {
      const n = { 三: 3, 五: 5, 十: 10 }[(m[1] ?? m[2] ?? m[3]) as '三' | '五' | '十'];
      return { tense: 'past', year: issued - 1, fromYear: issued - n };
    },
  },
  {
    // “十三五”时期, 十四五期间, 十四五以来
    re: /[“"]?(九五|十一五|十二五|十三五|十四五|十五五)[”"]?(?:时期|期间|以来|末|规划)?/y,
    anchor: (m, issued) => {
      const [a, b] = FIVE_YEAR_PLANS[m[1]!]!;
      if (b < issued) return { tense: 'past', year: b, fromYear: a };
      if (a > issued) return { tense: 'future', year: b, fromYear: a };
      // the plan in force: 十四五以来 looks back, 十四五末/规划 looks ahead
      return { tense: /以来/.test(m[0]) ? 'past' : 'future', year: b, fromYear: a };
    },
  },
  {
    re: /过去一年|过去的一年|一年来|去年|上年|上一年|前一年/y,
    anchor: (_m, i) => ({ tense: 'past', year: i - 1, fromYear: null }),
  },
  { re: /今年|本年度?|当年/y, anchor: (_m, i) => ({ tense: 'current', year: i, fromYear: null }) },
  { re: /明年|下一年/y, anchor: (_m, i) => ({ tense: 'future', year: i + 1, fromYear: null }) },
  {
    // 到2025年, 至2025年底, 力争2025年, 2025年前
    re: /(?:到|至|在|于)\s*(20\d\d|19\d\d)\s*年(?:底|末)?|(20\d\d|19\d\d)\s*年(?:底|末)?前/y,
    anchor: (m, issued) => {
      const y = Number(m[1] ?? m[2]);
      return { tense: y < issued ? 'past' : 'future', year: y, fromYear: null };
    },
  },
  {
    // 2016—2020年 (a window)
    re: /(20\d\d|19\d\d)\s*[-—–~至到]\s*(20\d\d)\s*年/y,
    anchor: (m, issued) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      return { tense: b < issued ? 'past' : 'future', year: b, fromYear: a };
    },
  },
  {
    re: /(20\d\d|19\d\d)\s*年(?![\d—–-])/y,
    anchor: (m, issued) => {
      const y = Number(m[1]);
      return { tense: tenseOfYear(y, issued), year: y, fromYear: null };
    },
  },
  {
    re: /截至|截止|以来|已经|已/y,
    anchor: (_m, i) => ({ tense: 'past', year: i - 1, fromYear: null, clauseBound: true }),
  },
];

const FIRST = new Set('过五三十近“"九今本当明到至在于去上一前截以已12');

/**
 * Every time word of a sentence, in order, none overlapping.
 *
 * Complexity: O(n) (each position tries a fixed set of sticky patterns).
 *
 * @example
 * timeAnchors('2022年全市生产总值增长5%,今年预期增长6%左右', 2023).map((a) => a.tense) // ['past', 'current']
 */
export function timeAnchors(s: string, issuedYear: number): TimeAnchor[] {
  const out: TimeAnchor[] = [];
  for (let i = 0; i < s.length; ) {
    if (!FIRST.has(s[i]!)) {
      i++;
      continue;
    }
    let hit: TimeAnchor | null = null;
    for (const w of TIME_WORDS) {
      w.re.lastIndex = i;
      const m = w.re.exec(s);
      if (!m) continue;
      const a = w.anchor(m, issuedYear);
      if (a) hit = { start: i, end: i + m[0].length, ...a };
      break;
    }
    if (hit) {
      if (/(?:比|较|相比|相较|对比|与|同)$/.test(s.slice(Math.max(0, i - 2), i))) hit.base = true;
      out.push(hit);
      i = hit.end;
    } else i++;
  }
  return out;
}
