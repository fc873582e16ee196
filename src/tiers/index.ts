/**
 * Tiers, reward ladders and 亩均: ladder logic applied to firm and park data.
 *
 * Convention: every function takes tables as arquero tables or arrays of plain row objects and returns arquero
 * tables (several, in a named object, when it has more than one result); `tierCountsAsActuals` returns plain
 * `ActualRow`s, the actuals contract. Money is in yuan, 亩均 in 元/亩.
 */
export { type TierActualsOptions, tierCountsAsActuals } from './actuals.js';
export { bandIndex, type ClassifyOptions, classifyTiers } from './classify.js';
export {
  type ComplianceOptions,
  type ComplianceResult,
  floorsFromTargets,
  muJunCompliance,
  WUHAN_MUJUN_FLOORS,
} from './compliance.js';
export { type CountOptions, countByTier } from './count.js';
export {
  type EvaluationOptions,
  type EvaluationResult,
  MUJUN_DEFAULT_SHARES,
  MUJUN_DEFAULT_WEIGHTS,
  MUJUN_EVALUATION_SOURCES,
  MUJUN_INDICATORS,
  muJunEvaluation,
} from './evaluation.js';
export {
  bandSubjects,
  CLUSTER_TIERS,
  defineLadder,
  FIRM_TIERS,
  LADDER_COLUMNS,
  type LadderBandSpec,
  type LadderSpec,
  loadLadder,
  parseLadder,
  XIANGYANG_FIRM_BANDS,
} from './ladders.js';
export { type LandUnit, type MoneyUnit, MU_PER_UNIT, type MuJunOptions, muJun, toMu } from './mujun.js';
export {
  compareRewardSchedules,
  HUANGGANG_REWARDS,
  type RewardOptions,
  type RewardSimulation,
  simulateRewards,
  WUHAN_REWARDS,
} from './rewards.js';
export { TierInputError } from './table.js';
export { type TransitionOptions, tierTransitions } from './transitions.js';
export type * from './types.js';
