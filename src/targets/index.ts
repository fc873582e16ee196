/** Targets: one row per numeric target in a policy text. */
export * from './types.js';
