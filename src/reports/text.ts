/**
 * Every word the report prints, in one table per language: a report is in one language, labels and reasons alike
 * (reasons through `reasons.ts`).
 */
import type { ChartLang } from '../charts/types.js';

const ZH = {
  title: '目标差距报告',
  generated: '生成日期',
  targetsN: (t: number, d: number) => `共${t}项目标，来自${d}份文件`,
  overview: '各文件目标进展',
  overviewNote:
    '每项目标取最近评估年份的结论。已评判 = 已完成 + 符合进度 + 进度滞后 + 未完成；目标 = 已评判 + 数据不足 + 不可评判。',
  total: '合计',
  document: '文件',
  targetsCol: '目标',
  judged: '已评判',
  met: '已完成',
  missedCol: '未完成',
  onTrack: '符合进度',
  lagging: '进度滞后',
  noData: '数据不足',
  notJudged: '不可评判',
  notJudgedHint: '口径不可比或未到期',
  showDocument: '只看此文件',
  charts: '图表',
  gaps: '目标差距',
  gapsJudged: (n: number) => `已评判的行（${n}行）`,
  targets: '目标清单',
  targetsFold: (n: number) => `目标清单（${n}项）`,
  quotes: '原文',
  quotesFold: (n: number) => `原文（${n}条）`,
  quote: '原文',
  status: '状态',
  target: '目标',
  doc: '文件',
  judgedYear: '评估年份',
  actual: '实际值',
  targetValue: '目标值',
  stretch: '力争',
  attainment: '完成度（%）',
  tau: '序时进度 τ',
  reason: '说明',
  reasonKind: '原因',
  rows: '行数',
  source: '实际值来源',
  id: '编号',
  region: '地区',
  scope: '范围',
  subject: '对象',
  metric: '指标',
  kind: '类型',
  deadline: '截止年份',
  yes: '是',
  sortHint: '点击表头排序',
  method:
    '完成度 = 1 + d·(A − T)/|T|（A 实际值，T 目标值，d = +1 越高越好、−1 越低越好；等于目标为 100%）；序时进度 τ = (t − t0)/(Y − t0)（t 评估年份，t0 基期，Y 截止年份）。状态的判定规则见 docs/gap-methods.md 与 docs/gaps.md。',
  noscript: '图表和筛选需要启用 JavaScript；表格可直接阅读。',
  responsible: '责任单位',
  span: '位置',
  unjudgedHead: (n: number) => `未评判的行（${n}行：数据不足、口径不可比、未到期），按原因计数`,
  unjudgedOpen: (n: number) => `展开这${n}行`,
  unjudgedNone: '没有未评判的行。',
  filters: '筛选',
  all: '全部',
  search: '搜索',
  searchPlaceholder: '对象、指标、原文…',
  reset: '清除筛选',
  shown: '显示',
  of: '/',
  rowsWord: '行',
  chartFailed: '图表无法显示：',
  untranslated: '（未翻译）',
} as const;

const EN: { [K in keyof typeof ZH]: (typeof ZH)[K] extends string ? string : (typeof ZH)[K] } = {
  title: 'Target gap report',
  generated: 'Generated',
  targetsN: (t: number, d: number) => `${t} targets from ${d} documents`,
  overview: 'How each document is doing',
  overviewNote:
    'One verdict per target: its latest judged year. Judged = met + on track + lagging + missed; targets = judged + no data + not judged.',
  total: 'Total',
  document: 'Document',
  targetsCol: 'Targets',
  judged: 'Judged',
  met: 'Met',
  missedCol: 'Missed',
  onTrack: 'On track',
  lagging: 'Lagging',
  noData: 'No data',
  notJudged: 'Not judged',
  notJudgedHint: 'not comparable or not yet due',
  showDocument: 'Show only this document',
  charts: 'Charts',
  gaps: 'Gaps',
  gapsJudged: (n: number) => `Rows with a verdict (${n})`,
  targets: 'Targets',
  targetsFold: (n: number) => `Targets (${n})`,
  quotes: 'Quotes',
  quotesFold: (n: number) => `Quotes (${n})`,
  quote: 'Quote',
  status: 'Status',
  target: 'Target',
  doc: 'Document',
  judgedYear: 'Judged year',
  actual: 'Actual',
  targetValue: 'Target value',
  stretch: 'Stretch (力争)',
  attainment: 'Attainment (%)',
  tau: 'Schedule τ (序时进度)',
  reason: 'Reason',
  reasonKind: 'Reason',
  rows: 'Rows',
  source: 'Actual source',
  id: 'ID',
  region: 'Region',
  scope: 'Scope',
  subject: 'Subject',
  metric: 'Metric',
  kind: 'Kind',
  deadline: 'Deadline',
  yes: 'yes',
  sortHint: 'Click a column header to sort',
  method:
    'Attainment = 1 + d·(A − T)/|T| (A actual, T target, d = +1 when higher is better, −1 when lower is better; 100% at the target); schedule (序时进度) τ = (t − t0)/(Y − t0) (t judged year, t0 base year, Y deadline). The status rules are in docs/gap-methods.md and docs/gaps.md.',
  noscript: 'Charts and filters need JavaScript; the tables can be read without it.',
  responsible: 'Responsible',
  span: 'Span',
  unjudgedHead: (n: number) =>
    `Rows without a verdict (${n}: no data, not comparable, not yet due), counted by reason`,
  unjudgedOpen: (n: number) => `Show these ${n} rows`,
  unjudgedNone: 'No row is without a verdict.',
  filters: 'Filters',
  all: 'All',
  search: 'Search',
  searchPlaceholder: 'subject, metric, quote…',
  reset: 'Clear filters',
  shown: 'Showing',
  of: 'of',
  rowsWord: 'rows',
  chartFailed: 'Chart failed: ',
  untranslated: ' (untranslated)',
};

/** The words of one report language. */
export type ReportText = typeof EN;

/**
 * The word table of a report language.
 *
 * Complexity: O(1).
 *
 * @example
 * reportText('en').overview // 'How each document is doing'
 */
export function reportText(lang: ChartLang = 'zh'): ReportText {
  return lang === 'en' ? EN : ZH;
}
