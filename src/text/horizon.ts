/**
 * Horizons and deadlines stated in a text: 到2025年, 2016年到2018年, (2023-2025年), 2021年的主要目标,
 * 力争用3-5年时间, 3年内, 5年.
 */

/** A deadline phrase found in a text, with the years it implies. */
export interface DeadlinePhrase {
  /** Offset of the phrase in the searched string. */
  start: number;
  end: number;
  /** First year of the window when the phrase states one (2016年到2018年 → 2016), else `null`. */
  startYear: number | null;
  /** The (earlier) deadline year. */
  deadlineYear: number;
  /** The later deadline when a range of durations is given (用3-5年时间 → issue + 5), else `null`. */
  deadlineYearMax: number | null;
  /** True for a duration counted from the issue year (3年内, 5年): the figure is summed over the window. */
  duration: boolean;
}

const CN_DIGIT: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
function smallNumber(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : (CN_DIGIT[s] ?? Number.NaN);
}

const FIVE_YEAR_PLANS: Record<string, [number, number]> = {
  十一五: [2006, 2010],
  十二五: [2011, 2015],
  十三五: [2016, 2020],
  十四五: [2021, 2025],
  十五五: [2026, 2030],
};

const PATTERNS: {
  re: RegExp;
  make: (m: RegExpExecArray, issued: number, current: number) => Omit<DeadlinePhrase, 'start' | 'end'>;
}[] = [
  {
    // 2016年到2018年, (2023-2025年), 2018—2020年
    re: /(20\d\d)年?\s*(?:[-—–~～至到])\s*(20\d\d)年/g,
    make: (m) => ({
      startYear: Number(m[1]),
      deadlineYear: Number(m[2]),
      deadlineYearMax: null,
      duration: false,
    }),
  },
  {
    // 力争用3-5年时间, 用3到5年时间
    re: /用\s*([\d一二两三四五六七八九十])\s*(?:[-—–~～至到])\s*([\d一二两三四五六七八九十])\s*年(?:时间|左右)?/g,
    make: (m, issued) => ({
      startYear: issued,
      deadlineYear: issued + smallNumber(m[1]!),
      deadlineYearMax: issued + smallNumber(m[2]!),
      duration: true,
    }),
  },
  {
    // 到2018年, 至2025年, 2025年前/底/末, 力争2025年, 2021年的主要目标
    re: /(?:到|至|力争|争取|在)\s*(20\d\d)\s*年(?:底|末|前)?|(20\d\d)\s*年(?:底|末|前)|(20\d\d)\s*年(?:的)?(?:主要|工作|发展|预期)?目标/g,
    make: (m) => ({
      startYear: null,
      deadlineYear: Number(m[1] ?? m[2] ?? m[3]),
      deadlineYearMax: null,
      duration: false,
    }),
  },
  {
    // “十三五”时期, 十四五末, 十四五规划: a five-year plan's period (when it has not ended by the issue year)
    re: /[“"]?(十一五|十二五|十三五|十四五|十五五)[”"]?(?:时期|期间|末|规划|发展)/g,
    make: (m, issued) => {
      const [a, b] = FIVE_YEAR_PLANS[m[1]!]!;
      return b < issued
        ? { startYear: null, deadlineYear: Number.NaN, deadlineYearMax: null, duration: false }
        : { startYear: a, deadlineYear: b, deadlineYearMax: null, duration: false };
    },
  },
  {
    // 今年, 本年度, 到年末, 年底前 (an annual plan's own year: the issue year)
    re: /(?:到|至|在|于)?(?:今年|本年度|本年)(?!以来)(?:底|末|内)?|(?:到|至|于)年(?:末|底)|(?<![\d一二三四五六七八九十])年(?:底|末)前/g,
    make: (_m, _issued, current) => ({
      startYear: current,
      deadlineYear: current,
      deadlineYearMax: null,
      duration: false,
    }),
  },
  {
    // 用3年时间, 3年内, 确保5年留住, 5年内
    re: /(?:用\s*([\d一二两三四五六七八九十])\s*年(?:时间|左右)?|([\d一二两三四五六七八九十])\s*年(?:内|之内|时间)|(?<=确保|力争|争取)([\d一二两三四五六七八九十])\s*年(?=[\u4e00-\u9fff])|(?<=^|[，,。；;:：)）])([\d一二两三四五六七八九十])\s*年(?=(?:内)?(?:累计)?(?:引进|培育|新增|留住|招引|引育|集聚|建成|打造|新建|实现|完成)))/g,
    make: (m, issued) => ({
      startYear: issued,
      deadlineYear: issued + smallNumber((m[1] ?? m[2] ?? m[3] ?? m[4])!),
      deadlineYearMax: null,
      duration: true,
    }),
  },
];

/**
 * Every deadline phrase in `text`, in text order; `currentYear` (default: the issue year) is the year 今年, 年末 and
 * 年底前 refer to (an annual plan's own year) (overlapping matches of later patterns are dropped).
 *
 * Complexity: O(n).
 *
 * @example
 * findDeadlines('力争用3-5年时间,培育…', 2018)[0] // { deadlineYear: 2021, deadlineYearMax: 2023, … }
 * findDeadlines('到2025年,形成3个…', 2023)[0].deadlineYear // 2025
 * findDeadlines('到年末新增100家', 2017, 2018)[0].deadlineYear // 2018 (今年/年末: the plan's own year)
 */
export function findDeadlines(text: string, issuedYear: number, currentYear = issuedYear): DeadlinePhrase[] {
  const found: DeadlinePhrase[] = [];
  for (const { re, make } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const p = make(m, issuedYear, currentYear);
      if (Number.isNaN(p.deadlineYear)) continue;
      found.push({ start, end, ...p });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A title naming one year's plan: 2018年全市工业经济工作任务, 2024年度重点工作要点, 关于印发2019年…计划的通知. */
const ANNUAL_TITLE =
  /(?<![\d—–~～至到-])(20\d\d)\s*年度?(?![\d—–~～至到-])[^。；;\n]{0,40}?(?:工作任务|任务清单|任务分解|目标任务|工作要点|要点|工作计划|行动计划|计划|工作方案|实施方案|方案|工作安排|重点工作|责任分解|分解表|清单|目标)/;

/**
 * The year of an annual plan as its title or first heading states it (`2018年全市工业经济工作任务`), read from the
 * first lines of `head` (at most 300 characters); `null` when the title names a window (2023-2025年) or no year.
 *
 * Complexity: O(n) in the head length (≤ 300).
 *
 * @example
 * titleYear('某市2018年工业经济工作任务\n…') // 2018
 * titleYear('行动计划(2023-2025年)') // null
 * titleYear('2018年制造业三年行动计划') // null
 */
export function titleYear(head: string): number | null {
  const m = ANNUAL_TITLE.exec(head.slice(0, 300));
  // a multi-year plan named after its first year (2018年…三年行动计划) is no annual plan
  if (!m || /[一二两三四五六七八九十\d]年(?:行动|攻坚|规划|计划|发展)|规划|纲要/.test(m[0])) return null;
  return Number(m[1]);
}

/**
 * The horizon of a document as its index or its title states it (`到2018年`, `力争用3-5年时间; 有效期5年`,
 * `2021年`, `2018年(按季度/月)`, `(2023-2025年)`): the first deadline phrase, or a lone year.
 *
 * Returns `null` when no horizon is stated.
 *
 * Complexity: O(n).
 *
 * @example
 * parseHorizon('力争用3-5年时间; 有效期5年', 2018) // { startYear: 2018, deadlineYear: 2021, deadlineYearMax: 2023 }
 * parseHorizon('2021年', 2021) // { startYear: 2021, deadlineYear: 2021, deadlineYearMax: null }
 */
export function parseHorizon(
  horizon: string,
  issuedYear: number,
): { startYear: number; deadlineYear: number; deadlineYearMax: number | null } | null {
  const [first] = findDeadlines(horizon, issuedYear);
  if (first) {
    return {
      startYear: first.startYear ?? issuedYear,
      deadlineYear: first.deadlineYear,
      deadlineYearMax: first.deadlineYearMax,
    };
  }
  const lone = /(20\d\d)\s*年/.exec(horizon);
  if (lone) {
    const y = Number(lone[1]);
    return { startYear: Math.min(y, issuedYear), deadlineYear: y, deadlineYearMax: null };
  }
  return null;
}
