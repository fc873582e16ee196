/**
 * cluster-targets: quantitative targets in Chinese industrial policy documents.
 *
 * The pipeline, one folder per stage:
 * text → quantities → mentions and targets → actuals (+ dictionaries) → gaps → tiers → charts → reports.
 * Everything public is exported from here.
 */
export * from './actuals/index.js';
export * from './charts/index.js';
export * from './dictionaries/index.js';
export * from './gaps/index.js';
export * from './io/index.js';
export * from './mentions/index.js';
export { type MimeBundle, mimeBundles, type ShowOptions, show } from './notebook/index.js';
export * from './quantities/index.js';
export * from './reports/index.js';
export * from './targets/index.js';
export * from './text/index.js';
export * from './tiers/index.js';
