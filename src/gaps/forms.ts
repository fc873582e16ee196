/**
 * Target forms and the plan-review vocabulary: how a target row says what kind of promise it is (reach a figure by
 * a deadline, hold a floor or ceiling every year, add an increment to the base, beat another indicator, a
 * qualitative aim), whether it is 约束性 or 预期性, and the category Chinese plan reviews put it in
 * (提前完成 / 快于预期 / 基本符合预期 / 滞后, 已完成 / 未完成 after the deadline).
 */
import type { TargetRow } from '../targets/types.js';
import type { ReviewThresholds } from './options.js';
import type { GapStatus } from './types.js';

/**
 * The form a target row may state (optional field `form`): `point` — reach the figure by the deadline (the
 * default); `every_year` — a floor or ceiling that must hold in every year of the window (城镇调查失业率控制在5.5%以内,
 * 粮食综合生产能力6.5亿吨以上); `increment` — the figure is added to the base-year value (人均预期寿命提高1岁);
 * `qualitative` — no figure to judge (保持在合理区间); with a comparator (`>` 提高, `<` 下降) its trend is judged
 * the way Open SDG judges a target without a value.
 */
export type GapForm = 'point' | 'every_year' | 'increment' | 'qualitative';

/** Every form a target row may state. */
export const GAP_FORMS: readonly GapForm[] = ['point', 'every_year', 'increment', 'qualitative'];

/**
 * Optional fields the gap engine reads on a target row, besides `TargetRow` (docs/gaps.md, "Target forms"). They
 * are additive: a `TargetRow` without them is judged as before.
 */
export interface TargetFormFields {
  /** The form; inferred from the quote by {@link FORM_RULES} when absent or `null`. */
  form?: GapForm | null;
  /** 约束性 (binding, `true`) or 预期性 (indicative, `false`); `null` when the text does not say. */
  binding?: boolean | null;
  /**
   * For `kind: 'relative'` targets against another indicator (全员劳动生产率增长高于国内生产总值增长): the reference
   * indicator's subject (`国内生产总值`). `null` or absent: the reference is the scope `referenceScope` (全市).
   */
  reference_subject?: string | null;
  /** The reference indicator's metric (default `增速`). */
  reference_metric?: string | null;
}

/** A target as the gap engine takes it: a `TargetRow`, with the optional form fields. */
export type GapTarget = TargetRow & TargetFormFields;

/** The form the engine judges by: the stated or inferred form, and relative targets against another indicator. */
export type ResolvedForm = GapForm | 'relative_indicator';

/** One rule of form inference: the form, when it applies, and an example quote. */
export interface FormRule {
  form: GapForm;
  /** What the rule reads, in words. */
  when: string;
  test: (t: TargetRow) => boolean;
  example: string;
}

const LEVEL_KINDS = new Set(['level', 'share', 'count', 'intensity']);
const BOUND_COMPARATORS = new Set(['<=', '<', '>=', '>']);

/**
 * How the form is inferred when the row does not state it (first match wins; otherwise `point`). Rules as data,
 * each with its example (tests/gaps/forms.test.ts runs them).
 */
export const FORM_RULES: readonly FormRule[] = [
  {
    form: 'qualitative',
    when: 'the value is not a finite number',
    test: (t) => !Number.isFinite(t.value),
    example: '国内生产总值增长保持在合理区间',
  },
  {
    form: 'every_year',
    when: 'a floor or ceiling on a level, share, count or intensity, said with 控制在/保持在/稳定在',
    test: (t) =>
      LEVEL_KINDS.has(t.kind) &&
      t.comparator !== null &&
      BOUND_COMPARATORS.has(t.comparator) &&
      t.quote !== '' &&
      /控制在|保持在|稳定在/.test(t.quote),
    example: '城镇调查失业率控制在5.5%以内',
  },
  {
    form: 'increment',
    when: 'a level, share or count said as 提高/增加/提升/延长 by a figure (not 提高到/至)',
    test: (t) =>
      (t.kind === 'level' || t.kind === 'share' || t.kind === 'count') &&
      t.quote !== '' &&
      /(提高|增加|提升|延长)(?!到|至)\s*[0-9０-９.一二三四五六七八九十]/.test(t.quote),
    example: '人均预期寿命提高1岁',
  },
];

/**
 * The form a target is judged by: its `form` field, else the first {@link FORM_RULES} that applies, else `point`;
 * a relative target with a `reference_subject` is `relative_indicator`.
 *
 * Complexity: O(length of the quote).
 *
 * @example
 * resolveForm({ ...t, quote: '城镇调查失业率控制在5.5%以内', kind: 'share', comparator: '<=' }) // 'every_year'
 * resolveForm({ ...t, kind: 'relative', reference_subject: '国内生产总值' })                // 'relative_indicator'
 * @throws {RangeError} naming `caller` and the target when `form` is not one of {@link GAP_FORMS}.
 */
export function resolveForm(t: GapTarget, caller: string): ResolvedForm {
  if (t.kind === 'relative' && t.reference_subject) return 'relative_indicator';
  const stated = t.form;
  if (stated !== undefined && stated !== null) {
    if (!GAP_FORMS.includes(stated)) {
      throw new RangeError(
        `${caller}: target ${t.target_id} has form ${JSON.stringify(stated)}; expected one of ${GAP_FORMS.join(', ')}`,
      );
    }
    return stated;
  }
  for (const rule of FORM_RULES) if (rule.test(t)) return rule.form;
  return 'point';
}

/**
 * 约束性 / 预期性 from the row: its `binding` field, else the words 约束性 or 预期性 in its quote (a plan's indicator
 * table states the 属性 on the same line), else `null`.
 *
 * Complexity: O(length of the quote).
 *
 * @example
 * bindingOf({ ...t, quote: '单位GDP能源消耗降低(%) 【13.5】 约束性' }) // true
 */
export function bindingOf(t: GapTarget): boolean | null {
  if (t.binding === true || t.binding === false) return t.binding;
  if (t.quote === '') return null;
  if (/约束性/.test(t.quote)) return true;
  if (/预期性/.test(t.quote)) return false;
  return null;
}

/** The category a Chinese plan review gives an indicator. */
export type PlanReview =
  | 'achieved_early'
  | 'ahead'
  | 'on_pace'
  | 'lagging'
  | 'completed'
  | 'not_completed'
  | 'qualitative';

/** Every plan-review category, in display order. */
export const PLAN_REVIEWS: readonly PlanReview[] = [
  'achieved_early',
  'ahead',
  'on_pace',
  'lagging',
  'completed',
  'not_completed',
  'qualitative',
];

/** The Chinese words plan reviews use for each category. */
export const PLAN_REVIEW_ZH: Readonly<Record<PlanReview, string>> = {
  achieved_early: '提前完成',
  ahead: '快于预期',
  on_pace: '基本符合预期',
  lagging: '滞后',
  completed: '已完成',
  not_completed: '未完成',
  qualitative: '定性',
};

/** What {@link planReview} decides on. */
export interface ReviewInput {
  status: GapStatus;
  form: ResolvedForm;
  /** True once the deadline year is judged. */
  due: boolean;
  /** R (Open SDG's pace ratio) or its linear analogue; for qualitative targets Open SDG's P. */
  ratio: number | null;
  /** Open SDG's bound factor C applied to this row's thresholds (shares near 100%), else `null`. */
  boundFactor: number | null;
}

/**
 * The plan-review category of a judged row (docs/gaps.md, "Plan-review categories"): after the deadline 已完成 or
 * 未完成; before it 提前完成 when a point target is already met, 快于预期 when the pace R ≥ `ahead` (1.2), 基本符合预期
 * when R ≥ `lagging` (0.8), else 滞后; a floor or ceiling held every year so far, or an indicator beaten so far, is
 * 基本符合预期 (never 提前完成: it must hold to the end); a qualitative target without a verdict is 定性. `null` when
 * the row has no verdict (no data, not due, not comparable).
 *
 * Complexity: O(1).
 *
 * @example
 * planReview({ status: 'on_track', form: 'point', due: false, ratio: 1.7, boundFactor: null }, DEFAULT_REVIEW) // 'ahead'
 * planReview({ status: 'missed', form: 'point', due: true, ratio: 0.5, boundFactor: null }, DEFAULT_REVIEW)   // 'not_completed'
 */
export function planReview(r: ReviewInput, th: ReviewThresholds): PlanReview | null {
  return reviewCategory(r.status, r.form, r.due, r.ratio, r.boundFactor, th);
}

/**
 * {@link planReview} with its inputs as arguments (the engine calls it once per judged year, without an object).
 *
 * Complexity: O(1).
 *
 * @example
 * reviewCategory('on_track', 'point', false, 1.7, null, DEFAULT_REVIEW) // 'ahead'
 */
export function reviewCategory(
  status: GapStatus,
  form: ResolvedForm,
  due: boolean,
  ratio: number | null,
  boundFactor: number | null,
  th: ReviewThresholds,
): PlanReview | null {
  const achieved = status === 'achieved' || status === 'achieved_stretch';
  if (due && achieved) return 'completed';
  if (status === 'missed') return 'not_completed';
  if (achieved) return 'achieved_early';
  const trend =
    status === 'on_track' ||
    status === 'needs_acceleration' ||
    status === 'off_track' ||
    status === 'regressing';
  if (!trend) return form === 'qualitative' && status === 'not_comparable' ? 'qualitative' : null;
  if (status === 'regressing') return 'lagging';
  if (form === 'every_year' || form === 'relative_indicator' || form === 'qualitative') {
    return status === 'on_track' || status === 'needs_acceleration' ? 'on_pace' : 'lagging';
  }
  if (ratio === null) return null;
  const c = boundFactor ?? 1;
  if (ratio >= th.ahead * c) return 'ahead';
  if (ratio >= th.lagging * c) return 'on_pace';
  return 'lagging';
}
