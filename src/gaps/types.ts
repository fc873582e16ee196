/**
 * The gaps table: one row per target and judged year, with every component of the verdict shown.
 * Method notes: `docs/gap-methods.md` (copied from the shared reference) and `docs/gaps.md`.
 */
import type { TargetRow } from '../targets/types.js';
import type { PlanReview, ResolvedForm } from './forms.js';

/** A verdict. First match wins, in this order. */
export type GapStatus =
  | 'not_comparable'
  | 'insufficient_data'
  | 'not_due'
  | 'achieved_stretch'
  | 'achieved'
  | 'on_track'
  | 'needs_acceleration'
  | 'off_track'
  | 'regressing'
  | 'missed';

/** Every status in verdict order. */
export const GAP_STATUSES: readonly GapStatus[] = [
  'not_comparable',
  'insufficient_data',
  'not_due',
  'achieved_stretch',
  'achieved',
  'on_track',
  'needs_acceleration',
  'off_track',
  'regressing',
  'missed',
];

/** Chinese labels of the statuses, as 五年规划 reviews word them. */
export const GAP_STATUS_ZH: Readonly<Record<GapStatus, string>> = {
  not_comparable: '口径不可比',
  insufficient_data: '数据不足',
  not_due: '未到期',
  achieved_stretch: '完成力争目标',
  achieved: '已完成',
  on_track: '符合序时进度',
  needs_acceleration: '需加快进度',
  off_track: '滞后',
  regressing: '倒退',
  missed: '未完成',
};

/** English labels of the statuses. */
export const GAP_STATUS_EN: Readonly<Record<GapStatus, string>> = {
  not_comparable: 'Not comparable',
  insufficient_data: 'Insufficient data',
  not_due: 'Not yet due',
  achieved_stretch: 'Stretch target achieved',
  achieved: 'Achieved',
  on_track: 'On track',
  needs_acceleration: 'Needs acceleration',
  off_track: 'Off track',
  regressing: 'Regressing',
  missed: 'Missed',
};

/** Direction of improvement: +1 higher is better, −1 lower is better. */
export type Direction = 1 | -1;

/** The judgement columns of a gaps row (the target's own columns precede them). */
export interface GapJudgement {
  /** The year the verdict is for. */
  judged_year: number | null;
  /** Base year and value used (explicit; `base_rule` says which rule chose it). */
  base_year_used: number | null;
  base_value: number | null;
  base_rule: string | null;
  /** The actual compared with the target. */
  actual_year: number | null;
  actual_value: number | null;
  /** Bound of the actual as published (`>` for 超过…). */
  actual_bound: string | null;
  actual_preliminary: boolean;
  /** Target year (the judged deadline) and value, in the target's unit. */
  target_year: number | null;
  target_value: number | null;
  /** The 力争 stretch figure paired with this target, when there is one. */
  stretch_value: number | null;
  direction: Direction;
  /** `linear`, `geometric`, `growth_rate`, `floor`, `count`… */
  method: string;
  /** Thresholds used for the status, as `name=value;…`. */
  thresholds: string;
  /** Sign-safe attainment 1 + d·(A − T)/|T|. */
  attainment: number | null;
  attainment_stretch: number | null;
  progress_linear: number | null;
  progress_geometric: number | null;
  /** 序时进度 τ = (t − t0)/(Y − t0). */
  tau: number | null;
  /** π − τ. */
  schedule_gap: number | null;
  /** π / τ. */
  schedule_ratio: number | null;
  cagr_observed: number | null;
  cagr_required: number | null;
  cagr_required_max: number | null;
  cagr_required_remaining: number | null;
  /** R = s·d·CAGR_obs/|CAGR_req|. */
  ratio_r: number | null;
  projection: number | null;
  years_ahead: number | null;
  eta_year: number | null;
  status: GapStatus;
  status_zh: string;
  status_en: string;
  /** Open SDG −5…+5 score. */
  score: number | null;
  /** Why the status is what it is, in words (and the matchActuals reason when unmatched). */
  reason: string;
  /** The actuals' sources used. */
  actual_source: string | null;
  actual_quote: string | null;
  /**
   * Additive (issue 6): the entity the actual is for when it differs from the target's `scope`: one zone of a
   * zone-class target (`东湖高新区` for `三大国家级开发区`), one park of a 亩均 floor. `null` otherwise.
   */
  actual_scope?: string | null;
  /** Additive: for zone-class targets, how many members of the class met the target in `judged_year`… */
  group_met?: number | null;
  /** …and how many members were judged (met or not); `group_met / group_total` is the share that comply. */
  group_total?: number | null;
  /** Additive: true when an approximate (约/左右) actual's uncertainty band straddles the target or 力争 figure. */
  uncertain?: boolean;
  /**
   * Additive (gap-methods §7.5): the time-weighted regression projection to the target year (UNESCAP's Anticipated
   * Progress Index), fitted on the years from the base year to the judged year, weight y − t0 + 1; on ln values for
   * geometric methods, on values for linear ones. `null` with fewer than 3 points or for growth and sum methods.
   */
  projection_weighted?: number | null;
  /** Additive: the number of yearly points the weighted regression was fitted on (`null` when not fitted). */
  trend_points?: number | null;
  /** Additive: ESCAP's anticipated gap G = (T − v̂_Y)/(T − B) from the constant-rate `projection`. */
  anticipated_gap?: number | null;
  /** Additive: the UN Progress Chart's E = 1 − G from the constant-rate `projection`. */
  anticipated_progress?: number | null;
  /** Additive: G from `projection_weighted`. */
  anticipated_gap_weighted?: number | null;
  /** Additive: E = 1 − G from `projection_weighted`. */
  anticipated_progress_weighted?: number | null;
  /**
   * Additive (gap-methods §2): Open SDG's bound factor C for a share near its natural limit of 100%, from the base
   * value; the on-track and acceleration thresholds of this row were multiplied by it. `null` when not applied.
   */
  bound_factor?: number | null;
  /**
   * Additive (issue 15): the form the target was judged by — `point`, `every_year`, `increment`,
   * `relative_indicator` or `qualitative` (docs/gaps.md, "Target forms").
   */
  form?: ResolvedForm;
  /** Additive: 约束性 (`true`) or 预期性 (`false`) as the target says, else `null`. */
  binding?: boolean | null;
  /**
   * Additive: the category a Chinese plan review gives the row — `achieved_early` 提前完成, `ahead` 快于预期,
   * `on_pace` 基本符合预期, `lagging` 滞后, `completed` 已完成, `not_completed` 未完成, `qualitative` 定性; `null` when
   * the row has no verdict (docs/gaps.md, "Plan-review categories").
   */
  review?: PlanReview | null;
  /** Additive: the Chinese word of `review` (提前完成…), or `null`. */
  review_zh?: string | null;
  /** Additive: for every-year and relative targets, how many years of the window breached the figure. */
  breaches?: number | null;
}

/** One gaps row: the target's columns followed by the judgement's. */
export type GapRow = TargetRow & GapJudgement;
