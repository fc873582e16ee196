/** Gaps: targets judged against actuals. */
export * from './attainment.js';
export * from './cagr.js';
export { type ColumnMatch, type GapColumns, judgeColumns, judgeColumnsTable } from './columns.js';
export * from './compute.js';
export {
  GAP_CODE_COLUMNS,
  GAP_NUMERIC_COLUMNS,
  type GapCodeColumn,
  type GapNumericColumn,
} from './fields.js';
export {
  bindingOf,
  FORM_RULES,
  GAP_FORMS,
  type GapForm,
  type GapTarget,
  PLAN_REVIEW_ZH,
  PLAN_REVIEWS,
  type PlanReview,
  planReview,
  type ResolvedForm,
  resolveForm,
  type TargetFormFields,
} from './forms.js';
export { type GapMatch, judgeMatches, judgeTarget } from './judge.js';
export * from './options.js';
export * from './pair.js';
export * from './progress.js';
export * from './projection.js';
export * from './ratio.js';
export * from './schedule.js';
export * from './score.js';
export * from './status.js';
export * from './summarize.js';
export * from './table.js';
export * from './timing.js';
export * from './trend.js';
export * from './types.js';
