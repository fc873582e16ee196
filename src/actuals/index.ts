/** Actuals: the published statistics targets are judged against, and their loaders. */
export * from './types.js';
