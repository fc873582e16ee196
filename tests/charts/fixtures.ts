/**
 * Hand-made rows that follow the shared contracts exactly (TargetRow, GapRow, ActualRow), for chart and report
 * tests. Figures are invented for tests and are not data: they only need to be internally consistent.
 */
import type { ActualRow } from '../../src/actuals/types.js';
import type { MuJunRow, TierLadderRow } from '../../src/charts/types.js';
import { GAP_STATUS_EN, GAP_STATUS_ZH, type GapJudgement, type GapRow } from '../../src/gaps/types.js';
import type { TargetRow } from '../../src/targets/types.js';

/** A target row with defaults for every field not given. */
export function target(p: Partial<TargetRow> & Pick<TargetRow, 'target_id'>): TargetRow {
  return {
    doc_id: 'wuhan-2021-industrial-transformation-plan',
    region: '武汉市',
    region_code: '420100',
    scope: '全市',
    subject: '光电子信息',
    subject_type: 'cluster',
    metric: '营业收入',
    kind: 'level',
    aggregation: 'point',
    tier: null,
    comparator: '>=',
    value: 1e12,
    value_max: null,
    unit: 'yuan',
    stretch: false,
    base_year: null,
    start_year: 2021,
    deadline_year: 2025,
    deadline_year_max: null,
    price_basis: 'nominal',
    responsible: ['市经济和信息化局'],
    quote: '光电子信息产业营业收入达到1万亿元',
    span_start: 100,
    span_end: 116,
    ...p,
  };
}

const NULL_JUDGEMENT: Omit<GapJudgement, 'status' | 'status_zh' | 'status_en'> = {
  judged_year: null,
  base_year_used: null,
  base_value: null,
  base_rule: null,
  actual_year: null,
  actual_value: null,
  actual_bound: null,
  actual_preliminary: false,
  target_year: null,
  target_value: null,
  stretch_value: null,
  direction: 1,
  method: 'geometric',
  thresholds: 'on_track=0.95;needs_acceleration=0.6',
  attainment: null,
  attainment_stretch: null,
  progress_linear: null,
  progress_geometric: null,
  tau: null,
  schedule_gap: null,
  schedule_ratio: null,
  cagr_observed: null,
  cagr_required: null,
  cagr_required_max: null,
  cagr_required_remaining: null,
  ratio_r: null,
  projection: null,
  years_ahead: null,
  eta_year: null,
  score: null,
  reason: '',
  actual_source: null,
  actual_quote: null,
};

/** A gap row: a target plus a judgement; status labels filled from the shared tables. */
export function gap(t: TargetRow, j: Partial<GapJudgement> & Pick<GapJudgement, 'status'>): GapRow {
  return {
    ...t,
    ...NULL_JUDGEMENT,
    target_year: t.deadline_year,
    target_value: t.value,
    status_zh: GAP_STATUS_ZH[j.status],
    status_en: GAP_STATUS_EN[j.status],
    ...j,
  };
}

export const T_OPTO = target({
  target_id: 'wuhan-2021-industrial-transformation-plan:100:1',
  tier: '万亿',
});
export const T_AUTO = target({
  target_id: 'wuhan-2018-wanqianbai-action-plan:200:1',
  doc_id: 'wuhan-2018-wanqianbai-action-plan',
  subject: '汽车及零部件',
  metric: '产值',
  value: 5e11,
  start_year: 2018,
  deadline_year: 2021,
  deadline_year_max: 2023,
  tier: '五千亿',
  quote: '汽车及零部件产业产值突破5000亿元',
  span_start: 200,
  span_end: 216,
});
export const T_GROWTH = target({
  target_id: 'wuhan-2021-industrial-transformation-plan:300:1',
  subject: '规模以上工业增加值',
  subject_type: 'indicator',
  metric: '增速',
  kind: 'growth',
  aggregation: 'annual',
  value: 12,
  unit: 'percent',
  base_year: 2020,
  deadline_year: 2021,
  price_basis: 'real',
  quote: '规模以上工业增加值增长12%',
  span_start: 300,
  span_end: 313,
});
export const T_GROWTH_STRETCH = target({
  ...T_GROWTH,
  target_id: 'wuhan-2021-industrial-transformation-plan:300:2',
  value: 13,
  stretch: true,
  quote: '力争13%',
  span_start: 314,
  span_end: 319,
});
export const T_PROJECTS = target({
  target_id: 'wuhan-2018-economy-it-commission-task-list:50:1',
  doc_id: 'wuhan-2018-economy-it-commission-task-list',
  subject: '新开工亿元以上项目',
  subject_type: 'projects',
  metric: '数量',
  kind: 'count',
  value: 600,
  unit: 'count',
  start_year: 2018,
  deadline_year: 2018,
  price_basis: 'unspecified',
  quote: '全年新开工亿元以上项目600个',
  span_start: 50,
  span_end: 64,
});
export const T_MUJUN = target({
  target_id: 'wuhan-2018-wanqianbai-action-plan:400:1',
  doc_id: 'wuhan-2018-wanqianbai-action-plan',
  scope: '三大国家级开发区重点工业园区',
  subject: '工业用地',
  subject_type: 'parks',
  metric: '亩均税收',
  kind: 'intensity',
  value: 350000,
  unit: 'yuan_per_mu',
  start_year: 2018,
  deadline_year: 2021,
  price_basis: 'unspecified',
  quote: '亩均税收不低于35万元',
  span_start: 400,
  span_end: 411,
});
export const T_GDP = target({
  target_id: 'xiangyang-2016-trillion-industrial-city-tasks:10:1',
  doc_id: 'xiangyang-2016-trillion-industrial-city-tasks',
  region: '襄阳市',
  region_code: '420600',
  subject: '地区生产总值',
  subject_type: 'indicator',
  metric: '总量',
  value: 4.5e11,
  start_year: 2016,
  deadline_year: 2018,
  quote: '地区生产总值达到4500亿元',
  span_start: 10,
  span_end: 24,
});

export const G_OPTO = gap(T_OPTO, {
  status: 'on_track',
  judged_year: 2023,
  base_year_used: 2020,
  base_value: 5e11,
  base_rule: 'start_year-1',
  actual_year: 2023,
  actual_value: 8e11,
  tau: 0.6,
  projection: 1.08e12,
  reason: '实际增速高于所需增速',
  actual_source: 'http://www.example.gov.cn/tjj/2024/01.html',
});
export const G_AUTO = gap(T_AUTO, {
  status: 'needs_acceleration',
  judged_year: 2020,
  base_year_used: 2017,
  base_value: 3e11,
  actual_year: 2020,
  actual_value: 3.3e11,
  projection: 3.4e11,
  reason: '增速低于所需增速',
  actual_source: 'https://m.shzx.org/a/27-32995-0.html',
});
export const G_GROWTH = gap(T_GROWTH, {
  status: 'off_track',
  judged_year: 2021,
  actual_year: 2021,
  actual_value: 10.5,
  stretch_value: 13,
  method: 'growth_rate',
  reason: '增速10.5%低于目标12%',
  actual_source: '武汉市2021年国民经济和社会发展统计公报',
});
export const G_PROJECTS = gap(T_PROJECTS, {
  status: 'achieved',
  judged_year: 2018,
  actual_year: 2018,
  actual_value: 650,
  method: 'count',
  actual_source: 'http://www.example.gov.cn/jxj/2019.html',
});
export const G_MUJUN = gap(T_MUJUN, {
  status: 'insufficient_data',
  judged_year: 2021,
  method: 'floor',
  reason: '无园区亩均税收数据',
});
export const G_GDP = gap(T_GDP, {
  status: 'missed',
  judged_year: 2018,
  base_year_used: 2015,
  base_value: 3.38e11,
  actual_year: 2018,
  actual_value: 4.31e11,
  reason: '到期未达到目标',
  actual_source: 'http://www.example.gov.cn/xytj/2019.html',
});

export const TARGETS: TargetRow[] = [T_OPTO, T_AUTO, T_GROWTH, T_GROWTH_STRETCH, T_PROJECTS, T_MUJUN, T_GDP];
export const GAPS: GapRow[] = [G_OPTO, G_AUTO, G_GROWTH, G_PROJECTS, G_MUJUN, G_GDP];

/** An actual row with defaults. */
export function actual(p: Partial<ActualRow> & Pick<ActualRow, 'year' | 'value'>): ActualRow {
  return {
    region: '武汉市',
    region_code: '420100',
    scope: '全市',
    subject: '光电子信息',
    metric: '营业收入',
    indicator: '光电子信息产业营业收入',
    period: null,
    unit: 'yuan',
    bound: '=',
    growth_pct: null,
    growth_bound: null,
    price_basis: 'nominal',
    preliminary: false,
    source: 'http://www.example.gov.cn/tjj/2024/01.html',
    quote: '光电子信息产业营业收入',
    ...p,
  };
}

/** The 光电子信息 series 2020-2023 (5000, 6000, 7000, 8000 亿元; 2023 preliminary). */
export const OPTO_SERIES: ActualRow[] = [
  actual({ year: 2020, value: 5e11 }),
  actual({ year: 2021, value: 6e11 }),
  actual({ year: 2022, value: 7e11 }),
  actual({ year: 2023, value: 8e11, preliminary: true }),
];

export const AUTO_SERIES: ActualRow[] = [
  actual({ year: 2017, value: 3e11, subject: '汽车及零部件', metric: '产值', indicator: '汽车及零部件产值' }),
  actual({
    year: 2018,
    value: 3.1e11,
    subject: '汽车及零部件',
    metric: '产值',
    indicator: '汽车及零部件产值',
  }),
  actual({
    year: 2020,
    value: 3.3e11,
    subject: '汽车及零部件',
    metric: '产值',
    indicator: '汽车及零部件产值',
  }),
];

export const LADDER: TierLadderRow[] = [
  { name: '光电子信息', year: 2020, value: 5e11 },
  { name: '光电子信息', year: 2023, value: 1.02e12, tier: '万亿' },
  { name: '汽车及零部件', year: 2020, value: 3.3e11 },
  { name: '汽车及零部件', year: 2023, value: 4.6e11 },
  { name: '生物医药', year: 2023, value: 1.2e11 },
  { name: '某零部件企业', year: 2023, value: 3.5e9 },
  { name: '某小微企业', year: 2023, value: 4e8 },
];

export const MUJUN: MuJunRow[] = [
  { park: '东湖高新区A园', zone_class: '三大国家级开发区', mujun_tax: 520000, floor: 500000 },
  { park: '经开区B园', zone_class: '三大国家级开发区', mujun_tax: 380000, floor: 500000 },
  { park: '新城区C园', zone_class: '各新城区', mujun_tax: 260000, floor: 250000 },
  { park: '新城区D园', zone_class: '各新城区', mujun_tax: 300000, floor: 250000 },
  { park: '新城区E园', zone_class: '各新城区', mujun_tax: 120000, floor: 250000 },
];

/** Strings that must come out as text: markup, a script-closing tag, quotes, spreadsheet formulas. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  closing: '</script><script>alert("x")</script>',
  quotes: `"双引号" 'single' \`back\``,
  formula: '=HYPERLINK("http://evil.example/x","点我")',
  plus: '+1+2',
  minus: '-2+3',
  at: '@SUM(A1:A2)',
  tab: '\t=1+1',
};

export const T_HOSTILE = target({
  target_id: 'hostile-doc:1:1',
  doc_id: `hostile-doc${HOSTILE.script}`,
  region: HOSTILE.quotes,
  scope: HOSTILE.formula,
  subject: HOSTILE.script,
  metric: HOSTILE.closing,
  value: 1e10,
  responsible: [HOSTILE.at, HOSTILE.plus],
  quote: `${HOSTILE.closing} ${HOSTILE.formula}`,
});

export const G_HOSTILE = gap(T_HOSTILE, {
  status: 'off_track',
  judged_year: 2023,
  base_year_used: 2020,
  base_value: 5e9,
  actual_year: 2023,
  actual_value: 6e9,
  reason: `${HOSTILE.minus} ${HOSTILE.script}`,
  actual_source: 'javascript:alert(document.cookie)',
  actual_quote: HOSTILE.tab,
});

export const A_HOSTILE = actual({
  year: 2023,
  value: 6e9,
  subject: HOSTILE.script,
  metric: HOSTILE.closing,
  indicator: HOSTILE.formula,
  scope: HOSTILE.formula,
  region: HOSTILE.quotes,
  source: HOSTILE.at,
  quote: HOSTILE.minus,
});
