/**
 * cluster-targets: quantitative targets in Chinese industrial policy documents, held against statistics.
 *
 * The public API, stage by stage: text → quantities → mentions and targets → actuals → gaps → tiers and 亩均 →
 * charts → reports and notebooks. One verb vocabulary: `load*` reads files and bytes, `parse*` and `from*` read text
 * in memory, `extract*` reads policy documents, `format*` writes, `*Table` gives an arquero table, `*Chart` a
 * Vega-Lite spec. Every other building block is in `cluster-targets/internals` (no stability promise).
 *
 * @packageDocumentation
 */

export { loadBundledActuals } from './actuals/bundled.js';
export { actualsFromText, type TextActualsOptions } from './actuals/from-text.js';
// --- actuals -----------------------------------------------------------------------------------------------------
export { type LoadActualsOptions, loadActuals } from './actuals/load.js';
export { loadMapping, type MappingRow, parseMapping } from './actuals/mapping.js';
export { type MatchOptions, matchActuals, matchTable } from './actuals/match.js';
export { ACTUAL_COLUMNS, actualsTable } from './actuals/table.js';
export type { ActualRow, LoadResult, RejectRow, TargetMatch } from './actuals/types.js';
export { chartConfig, chartTitle, VEGA_LITE_SCHEMA } from './charts/config.js';
export { documentStatusChart } from './charts/document-status.js';
// --- charts ------------------------------------------------------------------------------------------------------
export { gapBulletChart } from './charts/gap-bullet.js';
export { muJunChart } from './charts/mujun.js';
export { renderPng, renderSvg } from './charts/render.js';
export { statusMatrix } from './charts/status-matrix.js';
export { targetsOverview } from './charts/targets-overview.js';
export { tierCountsChart, tierLadderChart } from './charts/tier-ladder.js';
export { requiredPath, trajectoryChart, type YearValue } from './charts/trajectory.js';
// --- dictionaries (places and indicators, for pairing the user's own statistics) ----------------------------------
export { type RegionMatch, resolveRegion } from './dictionaries/regions.js';
export { resolveSubject, type SubjectMatch } from './dictionaries/subjects.js';
export { cagr, requiredCagrBand } from './gaps/cagr.js';

// --- gaps --------------------------------------------------------------------------------------------------------
export { computeGaps } from './gaps/compute.js';
export { PLAN_REVIEWS, type PlanReview } from './gaps/forms.js';
export { judgeTarget } from './gaps/judge.js';
export type { GapOptions } from './gaps/options.js';
export { type GapSummaryRow, summarizeGaps } from './gaps/summarize.js';
export { GAP_COLUMNS, gapsTable } from './gaps/table.js';
export { GAP_STATUSES, type GapRow, type GapStatus } from './gaps/types.js';
export { evaluateMentions } from './mentions/evaluate.js';
// --- mentions and targets ----------------------------------------------------------------------------------------
export { extractMentions, type MentionOptions } from './mentions/extract.js';
export { formatMentions, mentionsTable } from './mentions/format.js';
export { MENTION_ROLES, type MentionRole } from './mentions/roles.js';
export { MENTION_COLUMNS, type MentionRow } from './mentions/types.js';
export type { ShowOptions } from './notebook/bundle.js';
export { show } from './notebook/show.js';
export { findQuantities } from './quantities/find.js';
export { parseQuantity } from './quantities/parse.js';
export {
  BASE_UNITS,
  type BaseUnit,
  COMPARATORS,
  type Comparator,
  type Quantity,
  QuantityParseError,
} from './quantities/types.js';
// --- reports and notebooks ---------------------------------------------------------------------------------------
export { buildReportHtml, type ReportOptions, writeReport } from './reports/html.js';
export { translateReason } from './reports/reasons.js';
export { reportSection } from './reports/sections.js';
export { writeWorkbook } from './reports/workbook.js';
// --- the bundled seed documents, their reviewed targets and the schedules they state ------------------------------
export * as seeds from './seeds.js';
export { evaluateTargets, type TargetEvaluation } from './targets/evaluate.js';
export { extractTargets } from './targets/extract.js';
export { formatTargets, targetsTable } from './targets/format.js';
export { loadTargets, parseTargets } from './targets/read.js';
export { TARGET_COLUMNS, type TargetKind, type TargetRow } from './targets/types.js';
export { TargetValidationError, validateTargets } from './targets/validate.js';
export { TARGET_KINDS } from './targets/vocabulary.js';
export {
  type DocType,
  type DocumentInfo,
  type DocumentInfoHints,
  parseDocumentInfo,
} from './text/document-info.js';
// --- documents and quantities ----------------------------------------------------------------------------------
export { type LoadDocumentOptions, loadDocument, type PolicyDocument } from './text/read.js';
export { tierCountsAsActuals } from './tiers/actuals.js';
// --- tiers and 亩均 -----------------------------------------------------------------------------------------------
export { classifyTiers } from './tiers/classify.js';
export { floorsFromTargets, muJunCompliance } from './tiers/compliance.js';
export { countByTier } from './tiers/count.js';
export { muJunEvaluation } from './tiers/evaluation.js';
export { CLUSTER_TIERS, defineLadder, FIRM_TIERS, loadLadder, parseLadder } from './tiers/ladders.js';
export { muJun } from './tiers/mujun.js';
export { compareRewardSchedules, type RewardSimulation, simulateRewards } from './tiers/rewards.js';
export { TierInputError } from './tiers/table.js';
export { tierTransitions } from './tiers/transitions.js';
export type { Ladder, MuJunFloor, RewardSchedule } from './tiers/types.js';
