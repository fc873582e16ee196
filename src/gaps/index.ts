/** Gaps: targets judged against actuals. */
export * from './types.js';
