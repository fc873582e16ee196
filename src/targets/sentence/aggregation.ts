/**
 * The aggregation a figure has from the words before it (年均 → annual_average, 累计 → cumulative, 每年 → annual),
 * read in one pass over the sentence so that a long sentence with many figures stays linear.
 */
import type { DeadlinePhrase } from '../../text/horizon.js';
import { AGGREGATION_WORDS } from '../lexicon.js';
import type { Aggregation } from '../types.js';
import type { Horizon } from './context.js';

interface Hit {
  at: number;
  end: number;
  agg: Aggregation;
  /** Index of the pattern in AGGREGATION_WORDS (earlier wins a tie at one offset). */
  rank: number;
}

const GLOBAL = AGGREGATION_WORDS.map(([re, agg]) => [new RegExp(re.source, 'g'), agg] as const);
/** What starts a new clause for 年均: a comma, a semicolon, a bracket (年均增长8%(其中制造业增长9%)). */
const CLAUSE_OPENERS = new Set([',', '，', '；', ';', '(', '（']);

/** Hits sorted by end, with the best (last-starting, then earliest-ranked) hit among the first i at `best[i]`. */
interface Ladder {
  ends: number[];
  best: (Hit | null)[];
}

function ladder(hits: Hit[]): Ladder {
  hits.sort((a, b) => a.end - b.end);
  const best: (Hit | null)[] = [null];
  for (const h of hits) {
    const prev = best[best.length - 1] ?? null;
    best.push(!prev || h.at > prev.at || (h.at === prev.at && h.rank < prev.rank) ? h : prev);
  }
  return { ends: hits.map((h) => h.end), best };
}

/** How many of the sorted `ends` are ≤ pos (binary search). */
function countUpTo(ends: readonly number[], pos: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `table[i]`: the offset of the last character before offset i (i.e. at an offset < i) that `is` accepts, or −1.
 * One pass; answers "where is the last X before here?" in O(1) for any offset.
 */
export function lastBefore(s: string, is: (c: string) => boolean): Int32Array {
  const table = new Int32Array(s.length + 1);
  let last = -1;
  for (let i = 0; i <= s.length; i++) {
    table[i] = last;
    const c = s[i];
    if (c !== undefined && is(c)) last = i;
  }
  return table;
}

/** The aggregation words of one sentence, indexed for the question "which one governs offset `pos`?". */
export class AggregationIndex {
  /** 年均 hits: they govern only inside their own clause. */
  private readonly average: Ladder;
  /** 累计, 每年… hits: they reach over the sentence. */
  private readonly other: Ladder;
  /** `clauseStart[i]`: offset of the last clause opener (or 其中) wholly before offset i, or −1. */
  private readonly clauseStart: Int32Array;

  constructor(s: string) {
    const average: Hit[] = [];
    const other: Hit[] = [];
    GLOBAL.forEach(([g, agg], rank) => {
      g.lastIndex = 0;
      for (let m = g.exec(s); m; m = g.exec(s))
        (agg === 'annual_average' ? average : other).push({
          at: m.index,
          end: m.index + m[0].length,
          agg,
          rank,
        });
    });
    this.average = ladder(average);
    this.other = ladder(other);
    const cs = new Int32Array(s.length + 1);
    let last = -1;
    for (let i = 0; i <= s.length; i++) {
      cs[i] = last;
      const c = s[i];
      if (c !== undefined && CLAUSE_OPENERS.has(c)) last = Math.max(last, i);
      // 其中 counts once both its characters lie before the offset
      if (c === '中' && s[i - 1] === '其') last = Math.max(last, i - 1);
    }
    this.clauseStart = cs;
  }

  /**
   * The aggregation word that governs a figure at `pos`: the last one wholly before it, 年均 only within its own
   * clause; `null` when none. O(log n).
   */
  wordAt(pos: number): Aggregation | null {
    const clauseStart = this.clauseStart[Math.min(pos, this.clauseStart.length - 1)] ?? -1;
    const o = this.other.best[countUpTo(this.other.ends, pos)] ?? null;
    // the last 年均 before pos is the only one that can lie in pos's clause
    const a0 = this.average.best[countUpTo(this.average.ends, pos)] ?? null;
    const a = a0 && a0.at >= clauseStart ? a0 : null;
    if (!a) return o?.agg ?? null;
    if (!o) return a.agg;
    return a.at > o.at || (a.at === o.at && a.rank < o.rank) ? a.agg : o.agg;
  }
}

/**
 * The aggregation of a figure: the governing word before it, else `cumulative` for a duration deadline (3年内) or a
 * 新增 flow over a multi-year horizon, else `point`.
 */
export function aggregationOf(
  word: Aggregation | null,
  horizon: Horizon,
  phrase: string,
  deadline: DeadlinePhrase | null,
): Aggregation {
  if (word) return word;
  if (deadline?.duration && deadline.deadlineYearMax === null) return 'cumulative';
  const multiYear = horizon.deadlineYear !== null && horizon.deadlineYear > horizon.startYear;
  if (multiYear && /新增|新引进|净增/.test(phrase)) return 'cumulative';
  return 'point';
}
