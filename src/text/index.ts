/** Text: documents in, as the extractor reads them. */
export * from './body.js';
export * from './document-info.js';
export * from './glued.js';
export * from './horizon.js';
export * from './html.js';
export * from './issued.js';
export * from './read.js';
export * from './seeds.js';
export * from './segment.js';
export * from './simplified.js';
