/** Gaps: targets judged against actuals. */
export * from './attainment.js';
export * from './cagr.js';
export * from './columns.js';
export * from './compute.js';
export { type JudgeSettings, judgeSettings, judgeTarget, judgeWith } from './judge.js';
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
export * from './types.js';
