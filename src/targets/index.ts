/** Targets: one row per numeric target in a policy text. */
export * from './classify.js';
export * from './evaluate.js';
export * from './extract.js';
export * from './figures.js';
export * from './format.js';
export * from './phrase.js';
export * from './read.js';
export * from './responsible.js';
export * from './seeds.js';
export * from './types.js';
export * from './validate.js';
export * from './vocabulary.js';
