/**
 * `cluster-targets/internals`: every building block of every stage, for those who extend the library (new rules,
 * other engines, tests). No stability promise: names here may change in any release. The public API is the package
 * root (`src/index.ts`).
 */
export * from './actuals/index.js';
export * from './charts/index.js';
export * from './dictionaries/index.js';
export * from './gaps/index.js';
export * from './io/index.js';
export * from './mentions/index.js';
export * from './notebook/index.js';
export * from './quantities/index.js';
export * from './reports/index.js';
export * from './targets/index.js';
export * from './text/index.js';
export * from './tiers/index.js';
