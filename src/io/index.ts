/** I/O helpers: CSV, text decoding, bundled paths, progress. */
export * from './csv.js';
export * from './paths.js';
export * from './progress.js';
export * from './text.js';
