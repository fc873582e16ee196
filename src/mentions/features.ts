/**
 * The evidence a role decision reads for one figure, as named binary features: the section's orientation, the
 * document type, where the sentence's time words point (去年 / 今年 / 到2025年), aspect and modality words before the
 * figure (实现, 完成, 同比 / 力争, 确保, 要, 预期), estimate words (预计, 初步), instrument words (安排, 资金, 补贴),
 * the comparator and unit. The same features feed the hand rules and the learned model (`model.ts`).
 */
import type { Figure } from '../targets/figures.js';
import type { DocType } from '../text/document-info.js';
import type { Orientation } from './sections.js';
import type { TimeAnchor } from './time.js';

/** Cue words read in the clause before a figure, each a feature `cue:<group>:<word>`, grouped by what they suggest. */
export const ROLE_CUES = {
  /** aspect of a reported result */
  reported: [
    '实现了',
    '完成了',
    '达到了',
    '增长了',
    '提高了',
    '下降了',
    '实现',
    '完成',
    '同比',
    '比上年',
    '比去年',
    '较上年',
    '较去年',
    '累计',
    '共',
    '新增',
    '净增',
    '已',
    '已经',
    '创',
    '首次',
    '居',
    '位居',
    '分别增长',
    '由',
    '增至',
    '提高到',
    '提升到',
    '增加到',
    '达',
    '达到',
    '突破',
    '超过',
    '增长',
    '下降',
    '全年',
    '一年来',
    '拥有',
    '现有',
    '目前',
  ],
  /** modality of an aim */
  intended: [
    '力争',
    '争取',
    '确保',
    '要',
    '将',
    '预期',
    '目标',
    '计划',
    '拟',
    '努力',
    '力求',
    '推动',
    '不低于',
    '不少于',
    '控制在',
    '保持在',
    '稳定在',
    '到',
    '实现',
    '培育',
    '打造',
    '建成',
    '新建',
    '引进',
    '每年',
    '年均',
  ],
  /** a reported value marked as estimated */
  estimate: ['预计', '初步', '预估', '快报', '初步核算', '预计全年'],
  /** money the government moves, and prices */
  instrument: [
    '安排',
    '资金',
    '补助',
    '补贴',
    '奖励',
    '奖补',
    '投入',
    '拨付',
    '下达',
    '发放',
    '减税',
    '降费',
    '减税降费',
    '专项债',
    '债券',
    '赤字',
    '预算',
    '支出',
    '财政',
    '基金',
    '贷款',
    '融资',
    '给予',
    '一次性',
    '标准',
    '价格',
    '每人每月',
    '提高到',
  ],
} as const;

const CUE_LIST: readonly { group: string; word: string }[] = Object.entries(ROLE_CUES).flatMap(
  ([group, words]) => words.map((word) => ({ group, word })),
);

/** A sentence about a past year's result: 2023年全市规上工业营业收入达到1.8万亿元 (the year must be before the issue year). */
const PAST_STATEMENT =
  /^[^，,。；;]{0,8}?(20\d\d)年(?:底|末|上半年|前三季度)?(?:全市|全省|全县|全区|全年|我市|我省)?(?:共|累计)?(?:实现|完成|达到|新增|引进)|^[^，,。；;]{0,8}?(20\d\d)年(?![^。]*(?:目标|力争|争取|预期))[^。]{0,30}?(?:实现|完成|达到|同比|比上年)/;
/** A clause opening on a year and stating its result (…,2022年营收合计达到9000亿元). */
const PAST_CLAUSE =
  /^[,，;；]?(?:全市|全省|全县|全区|我市|其中)?(20\d\d)年(?:底|末|全年)?(?:全市|全省|全县|全区|我市)?[\u4e00-\u9fff]{0,16}?(?:实现|完成|达到|达|突破|同比增长|增长)/;

/** What the features of a figure are read from. */
export interface FeatureInput {
  /** The sentence's clean text. */
  s: string;
  f: Figure;
  /** The clause the figure is in (offsets into `s`). */
  clause: { start: number; end: number };
  /** The sentence's time words. */
  anchors: readonly TimeAnchor[];
  orientation: Orientation;
  docType: DocType;
  issuedYear: number;
  /** Where the last time word of the earlier sentences of this section pointed (到2025年,… then a list), if any. */
  carriedTense: TimeAnchor['tense'] | null;
}

/** The time word nearest before the figure in its sentence, else the first after it in its clause. */
export function governingAnchor(x: FeatureInput): TimeAnchor | null {
  let before: TimeAnchor | null = null;
  for (const a of x.anchors) if (a.end <= x.f.start && !a.base) before = a;
  if (before) return before;
  return x.anchors.find((a) => a.start >= x.f.end && a.start < x.clause.end && !a.base) ?? null;
}

/**
 * The features of one figure.
 *
 * @example
 * featuresOf({ s: '2022年全市生产总值增长5%', f, clause, anchors, orientation: 'review', docType: 'work_report' })
 * // ['bias', 'sec:review', 'doc:work_report', 'anchor:past', 'cue:reported:增长', 'unit:percent', …]
 */
export function featuresOf(x: FeatureInput): string[] {
  const { s, f } = x;
  const out = ['bias', `sec:${x.orientation}`, `doc:${x.docType}`, `unit:${f.q.unit}`];
  out.push(`cmp:${f.comparator ?? 'none'}`);
  if (f.q.approx) out.push('approx');
  if (f.q.stretch) out.push('stretch-word');
  const a = governingAnchor(x);
  out.push(`anchor:${a ? a.tense : 'none'}`);
  out.push(`sec-anchor:${x.orientation}:${a ? a.tense : 'none'}`);
  if (a && a.end <= x.clause.start) out.push('anchor-outside-clause');
  if (!a) out.push(`carried-anchor:${x.carriedTense ?? 'none'}`);
  const tenses = new Set(x.anchors.map((t) => t.tense));
  for (const t of tenses) out.push(`sent-has:${t}`);
  // cues: in the clause before the figure (and the sentence head for estimates)
  const before = s.slice(x.clause.start, f.start);
  const head = s.slice(0, f.start);
  for (const { group, word } of CUE_LIST) {
    const where = group === 'estimate' ? head : before;
    if (where.includes(word)) out.push(`cue:${group}:${word}`);
  }
  const statement = PAST_STATEMENT.exec(s);
  if (statement && Number(statement[1] ?? statement[2]) < x.issuedYear) out.push('past-statement');
  const clauseHead = PAST_CLAUSE.exec(s.slice(x.clause.start, f.end));
  if (clauseHead && Number(clauseHead[1]) < x.issuedYear) out.push('past-clause');
  // the words right after the figure: 以上, 左右, 的目标, 的任务
  const after = s.slice(f.end, Math.min(s.length, f.end + 4));
  if (/^(?:的)?(?:目标|任务)/.test(after)) out.push('after:goal-noun');
  if (/^(?:，|,|、|；|;|。|$)/.test(after)) out.push('after:clause-end');
  return out;
}
