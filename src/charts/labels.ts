/**
 * Labels (Chinese and English) and the status colour scale every chart shares.
 */
import { GAP_STATUS_EN, GAP_STATUS_ZH, GAP_STATUSES, type GapStatus } from '../gaps/types.js';
import type { ChartLang } from './types.js';

/**
 * One colour per status, in verdict order: greys for no verdict, greens for achieved/on track, oranges to reds for
 * lagging, regressing and missed. Chosen so that the ordering reads without the legend and survives greyscale.
 */
export const STATUS_COLORS: Readonly<Record<GapStatus, string>> = {
  not_comparable: '#b0b0b0',
  insufficient_data: '#d4d4d4',
  not_due: '#9ecae1',
  achieved_stretch: '#00592e',
  achieved: '#1a9850',
  on_track: '#91cf60',
  needs_acceleration: '#fdae61',
  off_track: '#f46d43',
  regressing: '#d73027',
  missed: '#7f0000',
};

/**
 * The label of a status in the chosen language.
 *
 * Complexity: O(1).
 *
 * @example
 * statusLabel('on_track') // '符合序时进度'
 * statusLabel('on_track', 'en') // 'On track'
 * @throws {Error} when `status` is not one of GAP_STATUSES (names the value).
 */
export function statusLabel(status: GapStatus, lang: ChartLang = 'zh'): string {
  const label = (lang === 'en' ? GAP_STATUS_EN : GAP_STATUS_ZH)[status];
  if (label === undefined) throw new Error(`statusLabel: unknown status ${JSON.stringify(status)}`);
  return label;
}

/**
 * The Vega-Lite colour scale for a field holding status labels: the domain is every label in verdict order, the
 * range the matching {@link STATUS_COLORS}, so every chart colours a status the same way.
 *
 * Complexity: O(number of statuses).
 *
 * @example
 * encoding.color = { field: 'status_label', type: 'nominal', scale: statusColorScale('zh') }
 */
export function statusColorScale(lang: ChartLang = 'zh'): { domain: string[]; range: string[] } {
  return {
    domain: GAP_STATUSES.map((s) => statusLabel(s, lang)),
    range: GAP_STATUSES.map((s) => STATUS_COLORS[s]),
  };
}

/** Words the charts print, by language. */
export const WORDS = {
  zh: {
    source: '资料来源',
    documents: '文件',
    actuals: '实际值',
    actualSources: '实际值来源',
    noSource: '来源：调用方未注明',
    andMoreDocs: (n: number) => `等${n}份文件`,
    andMoreSources: (n: number) => `等${n}个来源`,
    status: '状态',
    target: '目标值',
    stretch: '力争目标',
    base: '基期值',
    actual: '实际值',
    year: '年份',
    requiredPath: '所需路径（几何）',
    requiredPathLinear: '所需路径（线性）',
    requiredBand: '所需路径区间',
    schedule: '序时进度',
    projection: '按现有增速外推',
    count: '数量（项）',
    share: '占比（%）',
    attainment: '完成度（目标=100%，%）',
    bulletTitle: '目标完成情况',
    bulletLegend: '灰条：目标值；黑线：目标；绿线：力争目标；圆圈：基期值；彩条：实际值（颜色为状态）',
    trajectoryTitle: '目标路径与实际值',
    matrixTitle: '目标状态矩阵',
    region: '地区',
    document: '文件',
    metric: '指标',
    subject: '对象',
    tierLadderTitle: '产业规模梯队',
    tierCountsTitle: '各梯队数量',
    tier: '梯队',
    belowTiers: '十亿以下',
    name: '名称',
    scale: '规模',
    mujunTitle: '亩均税收与分区底线',
    park: '园区',
    zoneClass: '分区类别',
    mujunTax: '亩均税收',
    floor: '底线',
    compliant: '达标',
    notCompliant: '未达标',
    compliantShare: '达标园区占比（%）',
    overviewTitle: '目标概览',
    kind: '目标类型',
    deadline: '截止年份',
    targets: '目标数（项）',
    noTier: '未标梯队',
    noDeadline: '未注明',
    preliminary: '预计数',
    list: '、',
    sep: '；',
    colon: '：',
  },
  en: {
    source: 'Source',
    documents: 'documents',
    actuals: 'actuals',
    actualSources: 'Actuals from',
    noSource: 'Source: not stated by the caller',
    andMoreDocs: (n: number) => `and ${n} more documents`,
    andMoreSources: (n: number) => `and ${n} more sources`,
    status: 'Status',
    target: 'Target',
    stretch: 'Stretch target (力争)',
    base: 'Base value',
    actual: 'Actual',
    year: 'Year',
    requiredPath: 'Required path (geometric)',
    requiredPathLinear: 'Required path (linear)',
    requiredBand: 'Required path band',
    schedule: 'Schedule (序时进度)',
    projection: 'Projection at current growth',
    count: 'Count (targets)',
    share: 'Share (%)',
    attainment: 'Attainment (target = 100%, %)',
    bulletTitle: 'Targets against actuals',
    bulletLegend:
      'Grey bar: target; black tick: target; green tick: stretch (力争); circle: base value; coloured bar: actual (colour = status)',
    trajectoryTitle: 'Required path and actuals',
    matrixTitle: 'Status matrix',
    region: 'Region',
    document: 'Document',
    metric: 'Metric',
    subject: 'Subject',
    tierLadderTitle: 'Tier ladder',
    tierCountsTitle: 'Count per tier',
    tier: 'Tier',
    belowTiers: 'Below 十亿',
    name: 'Name',
    scale: 'Size',
    mujunTitle: '亩均税收 (tax per mu) against zone-class floors',
    park: 'Park',
    zoneClass: 'Zone class',
    mujunTax: '亩均税收 (tax per mu)',
    floor: 'Floor',
    compliant: 'Compliant',
    notCompliant: 'Below floor',
    compliantShare: 'Compliant parks (%)',
    overviewTitle: 'Targets overview',
    kind: 'Kind',
    deadline: 'Deadline',
    targets: 'Targets (count)',
    noTier: 'No tier',
    noDeadline: 'Not stated',
    preliminary: 'Preliminary',
    list: ', ',
    sep: '; ',
    colon: ': ',
  },
} as const;

/** The word table of one language. */
export type Words = (typeof WORDS)['zh'] | (typeof WORDS)['en'];

/**
 * The word table for a language.
 *
 * Complexity: O(1).
 *
 * @example
 * words('en').target // 'Target'
 */
export function words(lang: ChartLang = 'zh'): Words {
  return lang === 'en' ? WORDS.en : WORDS.zh;
}

/** Labels of target kinds. */
export const KIND_LABELS: Readonly<Record<ChartLang, Readonly<Record<string, string>>>> = {
  zh: {
    level: '总量',
    growth: '增速',
    share: '占比',
    count: '数量',
    intensity: '强度（亩均）',
    multiple: '倍数',
    relative: '相对目标',
    reward: '奖励',
  },
  en: {
    level: 'Level',
    growth: 'Growth',
    share: 'Share',
    count: 'Count',
    intensity: 'Intensity (per mu)',
    multiple: 'Multiple',
    relative: 'Relative',
    reward: 'Reward',
  },
};
