/**
 * The five seed documents bundled with the package (`seeds/`), the hand-reviewed targets read from them
 * (`data/targets.csv`), the schedules they state (reward ladders, firm size bands, 亩均税收 floors), and `dataPath` to
 * the package's bundled data files (`data/`: published actuals, synthetic firms and parks). Exported from the package
 * root as the namespace `seeds`:
 *
 * @example
 * import { seeds } from 'cluster-targets';
 * seeds.index().map((d) => d.doc_id);
 * const text = seeds.load('wuhan-2021-industrial-transformation-plan');
 * const reviewed = seeds.reviewedTargets();
 */
export { dataPath } from './io/paths.js';
export {
  extractSeedTargets as extractTargets,
  loadReviewedTargets as reviewedTargets,
} from './targets/seeds.js';
export { loadSeed as load, type SeedDocument, seedIndex as index } from './text/seeds.js';
export { WUHAN_MUJUN_FLOORS } from './tiers/compliance.js';
export { MUJUN_EVALUATION_SOURCES } from './tiers/evaluation.js';
export { XIANGYANG_FIRM_BANDS } from './tiers/ladders.js';
export { HUANGGANG_REWARDS, WUHAN_REWARDS } from './tiers/rewards.js';
